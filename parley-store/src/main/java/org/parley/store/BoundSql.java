package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text made only of fixed fragments, with the values for its {@code ?} placeholders in order: how the API's
 * queries keep what users send out of the SQL.
 *
 * @param sql the SQL text
 * @param values one value per placeholder, in order
 */
record BoundSql(String sql, List<Object> values) {
  BoundSql {
    requireNonNull(sql, "sql is null");
    values = List.copyOf(values);
    long placeholders = sql.chars().filter(character -> character == '?').count();
    if (placeholders != values.size()) {
      throw new IllegalArgumentException(placeholders + " placeholders but " + values.size() + " values in: " + sql);
    }
  }

  static BoundSql of(String sql, Object... values) {
    return new BoundSql(sql, List.of(values));
  }

  /** This SQL followed by another, their values in the same order. */
  BoundSql then(BoundSql next) {
    List<Object> joined = new ArrayList<>(values);
    joined.addAll(next.values);
    return new BoundSql(sql + next.sql, joined);
  }

  BoundSql then(String fixedSql) {
    return new BoundSql(sql + fixedSql, values);
  }

  void bind(PreparedStatement statement) throws SQLException {
    for (int index = 0; index < values.size(); index++) {
      if (values.get(index) instanceof java.sql.Array array) {
        statement.setArray(index + 1, array);
      } else {
        statement.setObject(index + 1, values.get(index));
      }
    }
  }
}
