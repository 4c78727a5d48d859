package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.ParleyInputException;

/** The questions {@code parley query} answers over a store: events, time series, agreements, diffs and SQL. */
public final class EventQueries {
  /** The periods a series can be counted by. */
  public static final Set<String> PERIODS = Set.of("day", "week", "month", "quarter", "year");

  /** CAMEO codes that make an agreement: formal agreements, truces and ceasefires, de-escalation, settling. */
  static final String AGREEMENT = "(cameo = '057' OR cameo LIKE '087%' OR cameo = '0356' OR cameo = '037')";

  /** Accusations (CAMEO 112 and its children) and material conflict (CAMEO 17 to 20) after an agreement. */
  static final String VIOLATION = "(cameo LIKE '112%' OR cameo_root IN ('17', '18', '19', '20'))";

  private final Connection connection;

  public EventQueries(EventStore store) {
    this.connection = requireNonNull(store, "store is null").connection();
  }

  /** The events of the filter, by date, with their counts and first sentence. */
  public void events(EventFilter filter, int limit, QueryOutput output) {
    run("SELECT event_id, date_text AS date, source_code, target_code, cameo, plover, goldstein, quad_class, "
        + mode("") + " AS mode, location_text AS location, num_mentions, num_sources, num_articles, event_text "
        + "FROM events WHERE " + filter.sql("") + " ORDER BY date NULLS LAST, event_id LIMIT " + Math.max(0, limit), output);
  }

  /** Per period: events, mentions, Goldstein sum and mean, and events per quad class. */
  public void series(EventFilter filter, String period, QueryOutput output) {
    String unit = period.toLowerCase(Locale.ROOT);
    if (!PERIODS.contains(unit)) {
      throw new ParleyInputException("--by", "expected one of day, week, month, quarter, year, not " + period);
    }
    run("SELECT CAST(date_trunc('" + unit + "', date) AS DATE) AS period, count(*) AS events, CAST(sum(num_mentions) AS BIGINT) AS mentions, "
        + "round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean, "
        + "count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation, "
        + "count(*) FILTER (WHERE quad_class = 2) AS material_cooperation, "
        + "count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict, "
        + "count(*) FILTER (WHERE quad_class = 4) AS material_conflict "
        + "FROM events WHERE date IS NOT NULL AND " + filter.sql("") + " GROUP BY 1 ORDER BY 1", output);
  }

  /**
   * Agreements between the two sides (either direction, not negated), each followed by the accusations and the
   * attacks, asserted or claimed, between them in the {@code days} after it or until the next agreement.
   */
  public void agreements(EventFilter filter, int days, QueryOutput output) {
    String dyad = "((" + filter.sql("e.") + ") OR (" + filter.reversed().sql("e.") + "))";
    String sql = "WITH agreements AS ("
        + "  SELECT e.*, lead(e.date) OVER (ORDER BY e.date, e.event_id) AS next_date FROM events e"
        + "  WHERE " + dyad + " AND e.date IS NOT NULL AND NOT e.negated AND " + AGREEMENT.replace("cameo", "e.cameo") + "),"
        + " followups AS ("
        + "  SELECT g.event_id AS agreement_id, e.* FROM agreements g JOIN events e ON " + dyad
        + "  AND e.date >= g.date AND e.date <= g.date + " + Math.max(0, days)
        + "  AND (g.next_date IS NULL OR e.date < g.next_date) AND NOT e.negated"
        + "  AND " + VIOLATION.replace("cameo", "e.cameo") + ")"
        + " SELECT agreement_date, kind, date, days_after, by_actor, against, cameo, plover, mode, num_sources, event_text, agreement_id FROM ("
        + "  SELECT date AS agreement_date, 0 AS rank, 'agreement' AS kind, date_text AS date, 0 AS days_after, source_code AS by_actor,"
        + "   target_code AS against, cameo, plover, " + mode("") + " AS mode, num_sources, event_text, event_id AS agreement_id FROM agreements"
        + "  UNION ALL"
        + "  SELECT g.date, 1, CASE WHEN f.cameo LIKE '112%' THEN 'accusation' ELSE 'attack' END, f.date_text, f.date - g.date,"
        + "   f.source_code, f.target_code, f.cameo, f.plover, " + mode("f.") + ", f.num_sources, f.event_text, f.agreement_id"
        + "  FROM followups f JOIN agreements g ON g.event_id = f.agreement_id"
        + " ) ORDER BY agreement_date, agreement_id, rank, date, cameo";
    run(sql, output);
  }

  /**
   * How the events changed since a run: those that appeared, vanished, or changed code or dyad, compared by their
   * first mention (article, sentence, trigger), which stays the same across codings.
   */
  public void diff(int sinceRun, QueryOutput output) {
    int latest = scalarInt("SELECT coalesce(max(run_id), 0) FROM ingest_runs");
    if (sinceRun < 1 || sinceRun > latest) {
      throw new ParleyInputException("--since", "no run " + sinceRun + " in this store (runs 1 to " + latest + ")");
    }
    int recode = scalarInt("SELECT coalesce(min(replaced_by_run), 0) FROM event_versions WHERE replaced_by_run > " + sinceRun);
    String before = recode > 0
        ? "SELECT event_key, event_id, date_text, source_code, target_code, cameo, event_text FROM event_versions "
            + "WHERE replaced_by_run = " + recode + " AND created_run <= " + sinceRun
        : "SELECT first_article_id || ':' || first_sentence_index || ':' || first_trigger_begin AS event_key, event_id, date_text, "
            + "source_code, target_code, cameo, event_text FROM events WHERE run_id <= " + sinceRun;
    String after = "SELECT first_article_id || ':' || first_sentence_index || ':' || first_trigger_begin AS event_key, event_id, "
        + "date_text, source_code, target_code, cameo, event_text FROM events";
    run("SELECT CASE WHEN b.event_key IS NULL THEN 'appeared' WHEN a.event_key IS NULL THEN 'vanished' ELSE 'changed' END AS change, "
        + "coalesce(a.event_key, b.event_key) AS event_key, coalesce(a.date_text, b.date_text) AS date, "
        + "b.source_code || '->' || coalesce(b.target_code, '') || ' ' || b.cameo AS before, "
        + "a.source_code || '->' || coalesce(a.target_code, '') || ' ' || a.cameo AS after, "
        + "coalesce(a.event_text, b.event_text) AS event_text "
        + "FROM (" + before + ") b FULL OUTER JOIN (" + after + ") a ON a.event_key = b.event_key "
        + "WHERE b.event_key IS NULL OR a.event_key IS NULL OR a.cameo <> b.cameo OR a.source_code <> b.source_code "
        + "OR a.target_code IS DISTINCT FROM b.target_code ORDER BY 1, 2", output);
  }

  /** Any SQL; on a store opened read-only it cannot change anything. */
  public void sql(String sql, QueryOutput output) {
    try {
      run(sql, output);
    } catch (StoreException e) {
      throw new ParleyInputException("sql", EventStore.firstLine(e.getCause().getMessage()));
    }
  }

  private static String mode(String prefix) {
    return "CASE WHEN " + prefix + "negated THEN 'negated' WHEN " + prefix + "hypothetical THEN 'hypothetical' WHEN "
        + prefix + "claimed_by_code IS NOT NULL THEN 'claimed by ' || " + prefix + "claimed_by_code ELSE 'asserted' END";
  }

  private int scalarInt(String sql) {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("cannot query the store", e);
    }
  }

  private void run(String sql, QueryOutput output) {
    // A prepared statement, because a plain one reports DuckDB's errors as "unsuccessful pending query result".
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (!statement.execute()) {
        output.columns(List.of("changed_rows"));
        output.row(List.of(statement.getUpdateCount()));
        return;
      }
      try (ResultSet rows = statement.getResultSet()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> names = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
          names.add(meta.getColumnLabel(column));
        }
        output.columns(names);
        while (rows.next()) {
          List<Object> values = new ArrayList<>(names.size());
          for (int column = 1; column <= names.size(); column++) {
            values.add(plain(rows.getObject(column)));
          }
          output.row(values);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("query failed", e);
    }
  }

  /** Dates and timestamps as ISO text. */
  private static Object plain(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.sql.Timestamp) {
      return value.toString();
    }
    return value;
  }
}
