package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a store loaded from a {@link CodedCorpus} must look like whenever it is opened, after a clean run, a kill or a
 * full disk: the stored articles are the first n of the corpus in input order, each once and whole (its sentences,
 * mentions and near-duplicate signature all there, or no row of it anywhere), and every event agrees with its
 * mentions. Opens the store read-only, as {@code parley query} does.
 */
final class StoreInvariants {
  private static final int SIGNATURE_BANDS = 16;

  private StoreInvariants() {}

  /** Checks the store and returns how many articles it holds. */
  static int assertWholeArticles(Path db, CodedCorpus corpus) throws SQLException {
    try (Connection connection = readOnly(db)) {
      List<String> stored = column(connection, "SELECT id FROM articles ORDER BY seq");
      int count = stored.size();
      assertThat(stored).as("the stored articles are the first %d of the corpus, in input order, each once", count)
          .isEqualTo(corpus.articleIds().subList(0, count));
      assertThat(scalar(connection, "SELECT count(DISTINCT seq) FROM articles")).isEqualTo(count);
      assertThat(scalar(connection, "SELECT coalesce(max(seq), 0) FROM articles")).isEqualTo(count);

      Map<String, Long> mentions = countsByArticle(connection, "SELECT article_id, count(*) FROM mentions GROUP BY 1");
      Map<String, Long> sentences = countsByArticle(connection, "SELECT article_id, count(*) FROM sentences GROUP BY 1");
      Map<String, Long> bands = countsByArticle(connection, "SELECT article_id, count(*) FROM article_bands GROUP BY 1");
      Map<String, Long> signatures = countsByArticle(connection, "SELECT article_id, count(*) FROM article_signatures GROUP BY 1");
      Map<String, Long> expectedMentions = new HashMap<>();
      Map<String, Long> expectedSentences = new HashMap<>();
      Map<String, Long> expectedBands = new HashMap<>();
      Map<String, Long> expectedSignatures = new HashMap<>();
      for (String id : stored) {
        expectedMentions.put(id, (long) corpus.mentions().get(id));
        expectedSentences.put(id, (long) corpus.sentences().get(id));
        expectedBands.put(id, (long) SIGNATURE_BANDS);
        expectedSignatures.put(id, 1L);
      }
      assertThat(mentions).as("mentions of each stored article, and of no other").isEqualTo(expectedMentions);
      assertThat(sentences).as("sentences of each stored article, and of no other").isEqualTo(expectedSentences);
      assertThat(bands).as("signature bands of each stored article, and of no other").isEqualTo(expectedBands);
      assertThat(signatures).as("one signature for each stored article, and none for another").isEqualTo(expectedSignatures);

      assertThat(scalar(connection, "SELECT count(*) FROM mentions m LEFT JOIN events e USING (event_id) WHERE e.event_id IS NULL"))
          .as("mentions whose event is missing").isZero();
      assertThat(scalar(connection, "SELECT count(*) FROM events e LEFT JOIN articles a ON a.id = e.first_article_id WHERE a.id IS NULL"))
          .as("events whose first article is missing").isZero();
      assertThat(scalar(connection, """
          SELECT count(*) FROM events e LEFT JOIN (
            SELECT m.event_id, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
                   count(DISTINCT coalesce(a.source, 'article:' || a.id)) AS sources
            FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1) c USING (event_id)
          WHERE c.mentions IS NULL OR e.num_mentions <> c.mentions OR e.num_articles <> c.articles OR e.num_sources <> c.sources"""))
          .as("events whose num_mentions, num_articles or num_sources disagree with their mentions, or that have none").isZero();
      assertThat(scalar(connection, "SELECT CAST(coalesce(sum(num_mentions), 0) AS BIGINT) FROM events")).isEqualTo(corpus.mentionsOfFirst(count));
      return count;
    }
  }

  /** Every row of the tables a run writes, without the run ids, sorted: two stores with equal dumps hold the same data. */
  static Map<String, List<String>> dump(Path db) throws SQLException {
    Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
    try (Connection connection = readOnly(db)) {
      tables.put("articles", rows(connection, "SELECT * EXCLUDE (run_id, coded_run) FROM articles ORDER BY ALL"));
      tables.put("sentences", rows(connection, "SELECT * FROM sentences ORDER BY ALL"));
      tables.put("article_bands", rows(connection, "SELECT * FROM article_bands ORDER BY ALL"));
      tables.put("article_signatures", rows(connection, "SELECT * FROM article_signatures ORDER BY ALL"));
      tables.put("events", rows(connection, "SELECT * EXCLUDE (run_id) FROM events ORDER BY ALL"));
      tables.put("mentions", rows(connection, "SELECT * EXCLUDE (run_id) FROM mentions ORDER BY ALL"));
    }
    return tables;
  }

  static long scalar(Path db, String sql) throws SQLException {
    try (Connection connection = readOnly(db)) {
      return scalar(connection, sql);
    }
  }

  private static Connection readOnly(Path db) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), properties);
  }

  private static long scalar(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> column(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Map<String, Long> countsByArticle(Connection connection, String sql) throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData columns = result.getMetaData();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          row.append(column > 1 ? "\t" : "").append(result.getString(column));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
