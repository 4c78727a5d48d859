package org.parley.store;

import java.util.ArrayList;
import java.util.List;

/** A query's whole result in memory: for tests and small answers. */
public final class ResultTable implements QueryOutput {
  private List<String> columns = List.of();
  private final List<List<Object>> rows = new ArrayList<>();

  @Override
  public void columns(List<String> names) {
    columns = List.copyOf(names);
  }

  @Override
  public void row(List<Object> values) {
    rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(values)));
  }

  public List<String> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return List.copyOf(rows);
  }

  /** One column's values, in row order. */
  public List<Object> column(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + columns);
    }
    List<Object> values = new ArrayList<>();
    for (List<Object> row : rows) {
      values.add(row.get(index));
    }
    return values;
  }
}
