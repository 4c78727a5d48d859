package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.TestingEvents.GENEVA;
import static org.parley.store.TestingEvents.RIYADH;
import static org.parley.store.TestingEvents.article;
import static org.parley.store.TestingEvents.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.EventMode;
import org.parley.model.ParleyInputException;
import org.parley.write.GdeltWriter;

/** Coded events into a real DuckDB file: merging across outlets, counts, idempotence, queries and exports. */
class StoreIngestTest {
  @TempDir
  Path folder;

  private final Article wire = article("wire-1", "Wire One", "2025-02-19");
  private final Article daily = article("daily-1", "Daily Two", "2025-02-19");
  private final Article copy = article("daily-2", "Daily Two", "2025-02-19");
  private final Article later = article("wire-2", "Wire One", "2025-03-21");

  private Path corpus() throws IOException {
    return TestingEvents.write(folder.resolve("events.jsonl"), List.of(
        event(wire, 1, "Russian Foreign Minister Sergei Lavrov met Marco Rubio in Riyadh on Tuesday.", "RUSGOV", "USAGOV", "042", "2025-02-18", RIYADH),
        event(wire, 2, "Lavrov and Rubio held talks in Riyadh about Ukraine.", "RUSGOV", "USAGOV", "046", "2025-02-18", RIYADH),
        event(daily, 1, "Moscow's top diplomat Lavrov sat down with Rubio in the Saudi capital on Tuesday.", "RUS", "USA", "043", "2025-02-19", null),
        event(copy, 1, "Lavrov held talks with Rubio in Riyadh, officials said.", "RUSGOV", "USAGOV", "046", "2025-02-18", RIYADH),
        event(later, 1, "Lavrov met Rubio in Geneva on Thursday for a second round.", "RUSGOV", "USAGOV", "042", "2025-03-20", GENEVA),
        event(later, 2, "Russia accused the United States of stalling.", "RUS", "USA", "112", "2025-03-20", null)));
  }

  private CorpusIngest.Summary ingest(Path store, Path events) {
    try (EventStore opened = EventStore.openForWriting(store)) {
      int run = opened.startRun(new RunSettings(RunSettings.Kind.EVENTS, List.of(events.toString()), "", TestingEvents.CODING));
      StoreWriter writer = new StoreWriter(opened, run, TestingEvents.CODING, MergeRule.DEFAULT);
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      return new CorpusIngest(opened, writer, run, new IngestProgress(quiet, false, 1000), quiet)
          .ingestEvents(List.of(events), new CodedEventReader(TestingEvents.CODES));
    }
  }

  private ResultTable sql(Path store, String sql) {
    try (EventStore opened = EventStore.openReadOnly(store)) {
      ResultTable table = new ResultTable();
      new EventQueries(opened).sql(sql, table);
      return table;
    }
  }

  @Test
  void mentionsOfOneMeetingInThreeOutletsBecomeOneEventWithGdeltCounts() throws IOException {
    Path store = folder.resolve("news.duckdb");
    CorpusIngest.Summary summary = ingest(store, corpus());

    assertThat(summary.stored()).isEqualTo(4);
    ResultTable events = sql(store, "SELECT event_id, cameo, date_text, num_mentions, num_sources, num_articles FROM events ORDER BY date, cameo");
    assertThat(events.rows()).containsExactly(
        List.of("wire-1-1-042-RUSGOV", "042", "2025-02-18", 4, 2, 3),
        List.of("wire-2-1-042-RUSGOV", "042", "2025-03-20", 1, 1, 1),
        List.of("wire-2-2-112-RUS", "112", "2025-03-20", 1, 1, 1));
    assertThat(sql(store, "SELECT count(*) FROM mentions WHERE event_id = 'wire-1-1-042-RUSGOV'").rows())
        .containsExactly(List.of(4L));
    assertThat(sql(store, "SELECT code, num_mentions FROM actors ORDER BY code").rows())
        .containsExactly(List.of("RUS", 2L), List.of("RUSGOV", 4L), List.of("USA", 2L), List.of("USAGOV", 4L));
    assertThat(sql(store, "SELECT DISTINCT parley_version, codebook_hash, actors_hash FROM events").rows())
        .containsExactly(List.of("test", "codebook0", "actors0"));
  }

  @Test
  void ingestingTheSameFileTwiceStoresEachArticleOnce() throws IOException {
    Path store = folder.resolve("news.duckdb");
    Path events = corpus();
    ingest(store, events);
    CorpusIngest.Summary second = ingest(store, events);

    assertThat(second.stored()).isZero();
    assertThat(second.known()).isEqualTo(4);
    assertThat(sql(store, "SELECT count(*), count(DISTINCT id) FROM articles").rows()).containsExactly(List.of(4L, 4L));
    assertThat(sql(store, "SELECT count(*) FROM mentions").rows()).containsExactly(List.of(6L));
    assertThat(sql(store, "SELECT CAST(sum(num_mentions) AS BIGINT) FROM events").rows()).containsExactly(List.of(6L));
    assertThat(sql(store, "SELECT kind, articles_stored, articles_known FROM ingest_runs ORDER BY run_id").rows())
        .containsExactly(List.of("events", 4, 0), List.of("events", 0, 4));
  }

  @Test
  void eventsQueryFiltersByDirectedDyadAndDates() throws IOException {
    Path store = folder.resolve("news.duckdb");
    ingest(store, corpus());
    try (EventStore opened = EventStore.openReadOnly(store)) {
      ResultTable march = new ResultTable();
      new EventQueries(opened).events(EventFilter.dyad("RUS:USA").between(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-30")), 100, march);
      assertThat(march.column("cameo")).containsExactly("042", "112");
      ResultTable reversed = new ResultTable();
      new EventQueries(opened).events(EventFilter.dyad("USA:RUS"), 100, reversed);
      assertThat(reversed.rows()).isEmpty();
    }
  }

  @Test
  void seriesCountsEventsAndGoldsteinPerWeek() throws IOException {
    Path store = folder.resolve("news.duckdb");
    ingest(store, corpus());
    try (EventStore opened = EventStore.openReadOnly(store)) {
      ResultTable series = new ResultTable();
      new EventQueries(opened).series(EventFilter.dyad("RUS:USA"), "week", series);
      assertThat(series.column("period")).containsExactly("2025-02-17", "2025-03-17");
      assertThat(series.column("events")).containsExactly(1L, 2L);
      assertThat(series.column("mentions")).containsExactly(4L, 2L);
      assertThat(series.column("verbal_conflict")).containsExactly(0L, 1L);
    }
  }

  @Test
  void sqlCannotChangeAReadOnlyStore() throws IOException {
    Path store = folder.resolve("news.duckdb");
    ingest(store, corpus());
    assertThatThrownBy(() -> sql(store, "DELETE FROM events")).isInstanceOf(ParleyInputException.class).hasMessageContaining("read-only");
    assertThat(sql(store, "SELECT count(*) FROM events").rows()).containsExactly(List.of(3L));
  }

  @Test
  void exportsGdeltRowsWithTheStoresCountsPloverAndParquet() throws IOException {
    Path store = folder.resolve("news.duckdb");
    ingest(store, corpus());
    Path out = folder.resolve("out");
    try (EventStore opened = EventStore.openReadOnly(store)) {
      EventExport export = new EventExport(opened);
      export.export("gdelt", EventFilter.all(), out);
      export.export("plover", EventFilter.all(), out);
      export.export("parquet", EventFilter.all(), out);
    }
    List<String> gdelt = Files.readAllLines(out.resolve("events.gdelt.tsv"), StandardCharsets.UTF_8);
    assertThat(gdelt).hasSize(3);
    String[] first = gdelt.get(0).split("\t", -1);
    assertThat(first).hasSize(GdeltWriter.COLUMNS);
    assertThat(first[1]).isEqualTo("20250218");
    assertThat(first[5]).isEqualTo("RUSGOV");
    assertThat(first[26]).isEqualTo("042");
    assertThat(List.of(first[31], first[32], first[33])).containsExactly("4", "2", "3");
    List<String> plover = Files.readAllLines(out.resolve("events.plover.jsonl"), StandardCharsets.UTF_8);
    assertThat(plover).hasSize(3);
    assertThat(plover.get(0)).startsWith("{\"id\":\"wire-1-1-042-RUSGOV\",\"date\":\"2025-02-18\",\"actor\":[");
    assertThat(sql(store, "SELECT count(*) FROM read_parquet('" + out.resolve("events.parquet") + "')").rows())
        .containsExactly(List.of(3L));
    assertThat(out.resolve("mentions.parquet")).exists();
  }

  @Test
  void agreementsListTheAccusationsAndAttacksThatFollowed() throws IOException {
    Article truce = article("truce-1", "Wire One", "2025-03-26");
    Article after = article("after-1", "Daily Two", "2025-03-28");
    Article before = article("before-1", "Daily Two", "2025-03-20");
    Path events = TestingEvents.write(folder.resolve("truce.jsonl"), List.of(
        event(before, 1, "Russian drones struck Odesa.", "RUSMIL", "UKR", "190", "2025-03-19", null),
        event(truce, 1, "Russia and Ukraine declared a ceasefire in the Black Sea.", "RUS", "UKR", "0871", "2025-03-25", null),
        event(after, 1, "Ukraine accused Russia of violating the truce.", "UKRGOV", "RUS", "112", "2025-03-27", null),
        event(after, 2, "Russia said Ukrainian drones attacked an energy facility.", "UKRMIL", "RUS", "190", "2025-03-27", null,
            new EventMode(false, false, TestingEvents.actor("RUSGOV", "Russia")))));
    Path store = folder.resolve("news.duckdb");
    ingest(store, events);
    try (EventStore opened = EventStore.openReadOnly(store)) {
      ResultTable table = new ResultTable();
      new EventQueries(opened).agreements(EventFilter.dyad("RUS:UKR"), 30, table);
      assertThat(table.column("kind")).containsExactly("agreement", "accusation", "attack");
      assertThat(table.column("by_actor")).containsExactly("RUS", "UKRGOV", "UKRMIL");
      assertThat(table.column("date")).containsExactly("2025-03-25", "2025-03-27", "2025-03-27");
      assertThat(table.column("days_after")).containsExactly(0L, 2L, 2L);
      assertThat(table.column("mode")).containsExactly("asserted", "asserted", "claimed by RUSGOV");
    }
  }
}
