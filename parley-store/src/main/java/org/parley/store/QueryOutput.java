package org.parley.store;

import java.util.List;

/** Receives a query's result: the column names once, then each row. */
public interface QueryOutput {
  void columns(List<String> names);

  void row(List<Object> values);
}
