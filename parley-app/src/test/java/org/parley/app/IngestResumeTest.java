package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.codebook.CodeTable;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Span;
import org.parley.write.EventJsonWriter;

/**
 * {@code parley ingest} killed with SIGKILL half way, as a separate JVM, then run again: every article is stored
 * exactly once, and events and mentions agree. Uses {@code --events} so no NLP models load.
 */
class IngestResumeTest {
  private static final int ARTICLES = 500;
  private static final Pattern PROGRESS = Pattern.compile("parley: ingest ([\\d,]+)/");

  @TempDir
  Path folder;

  @Test
  void ingestKilledHalfWayResumesWithEveryArticleOnceAndConsistentCounts() throws Exception {
    Path events = corpus(folder.resolve("events.jsonl"));
    Path db = folder.resolve("news.duckdb");

    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--db", db.toString(), "--events", events.toString(), "--progress-seconds", "0")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    int seen = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher progress = PROGRESS.matcher(line);
        if (progress.lookingAt()) {
          seen = Integer.parseInt(progress.group(1).replace(",", ""));
          if (seen >= 100) {
            process.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("killed, not finished").isNotZero();

    long storedBeforeResume = scalar(db, "SELECT count(*) FROM articles");
    assertThat(storedBeforeResume).as("part of the corpus was stored before the kill").isBetween(100L, ARTICLES - 1L);
    assertThat(scalar(db, "SELECT count(*) FROM ingest_runs WHERE finished IS NULL")).isEqualTo(1);
    assertConsistent(db, storedBeforeResume);

    CommandRun resumed = CommandRun.of("ingest", "--db", db.toString(), "--events", events.toString());
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains(String.format(Locale.ROOT, "%d articles stored", ARTICLES - storedBeforeResume))
        .contains(storedBeforeResume + " already in the store");

    assertThat(scalar(db, "SELECT count(DISTINCT id) FROM articles")).isEqualTo(ARTICLES);
    assertConsistent(db, ARTICLES);

    CommandRun again = CommandRun.of("ingest", "--db", db.toString(), "--events", events.toString());
    assertThat(again.err()).contains("0 articles stored").contains(ARTICLES + " already in the store");
    assertConsistent(db, ARTICLES);
  }

  /** Every stored article once, with all its mentions; every mention in an event; the counts add up. */
  private static void assertConsistent(Path db, long articles) throws SQLException {
    assertThat(scalar(db, "SELECT count(*) FROM articles")).isEqualTo(articles);
    assertThat(scalar(db, "SELECT count(DISTINCT id) FROM articles")).isEqualTo(articles);
    assertThat(scalar(db, "SELECT count(*) FROM mentions")).isEqualTo(2 * articles);
    assertThat(scalar(db, "SELECT count(*) FROM (SELECT article_id FROM mentions GROUP BY 1 HAVING count(*) <> 2)")).isZero();
    assertThat(scalar(db, "SELECT count(*) FROM mentions m LEFT JOIN events e USING (event_id) WHERE e.event_id IS NULL")).isZero();
    assertThat(scalar(db, "SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.event_id)"))
        .isZero();
    assertThat(scalar(db, "SELECT CAST(coalesce(sum(num_mentions), 0) AS BIGINT) FROM events")).isEqualTo(2 * articles);
    assertThat(scalar(db, "SELECT count(*) FROM mentions m LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL")).isZero();
  }

  private static long scalar(Path db, String sql) throws SQLException {
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), readOnly);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Articles from four outlets, each with a meeting and a strike that other outlets also report. */
  private static Path corpus(Path file) throws IOException {
    CodeTable codes = CodeTable.bundled();
    String[] outlets = {"Wire One", "Daily Two", "Courier Three", "Gazette Four"};
    List<Event> events = new ArrayList<>();
    for (int index = 0; index < ARTICLES; index++) {
      LocalDate day = LocalDate.parse("2025-01-01").plusDays(index / 8);
      Article article = new Article(String.format(Locale.ROOT, "a%04d", index), "Story " + index, outlets[index % 4], "", day, "");
      events.add(new Event(article.id() + "-1", article, 1, "Lavrov met Rubio to discuss the war in round " + index / 8 + ".",
          new Span("met", 7, 10), day.toString(), actor("RUSGOV", "Lavrov"), actor("USAGOV", "Rubio"), codes.get("042"), EventMode.ASSERTED, null));
      events.add(new Event(article.id() + "-2", article, 2, "Russian drones struck Kharkiv overnight, wave " + index / 4 + ".",
          new Span("struck", 15, 21), day.toString(), actor("RUSMIL", "Russian drones"), actor("UKR", "Kharkiv"), codes.get("190"), EventMode.ASSERTED, null));
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      EventJsonWriter writer = new EventJsonWriter(out);
      events.forEach(writer::write);
      writer.flush();
    }
    return file;
  }

  private static Actor actor(String code, String text) {
    return new Actor(text, new Span(text, 0, text.length()), new ActorCode(code, code.substring(0, 3), code.substring(3)));
  }
}
