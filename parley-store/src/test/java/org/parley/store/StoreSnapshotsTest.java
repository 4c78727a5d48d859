package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.TestingEvents.RIYADH;
import static org.parley.store.TestingEvents.article;
import static org.parley.store.TestingEvents.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

/** The snapshot an ingest publishes for readers: a whole copy of the store, taken between two articles. */
class StoreSnapshotsTest {
  @TempDir
  Path folder;

  private final Article wire = article("wire-1", "Wire One", "2025-02-19");
  private final Article daily = article("daily-1", "Daily Two", "2025-02-20");

  private Path events(String name, Article article, String cameo) throws IOException {
    return TestingEvents.write(folder.resolve(name), List.of(
        event(article, 1, "Lavrov met Rubio in Riyadh on Tuesday.", "RUSGOV", "USAGOV", cameo, "2025-02-18", RIYADH)));
  }

  private static CorpusIngest.Summary ingest(EventStore store, Path events, Runnable afterArticle) {
    int run = store.startRun(new RunSettings(RunSettings.Kind.EVENTS, List.of(events.toString()), "", TestingEvents.CODING));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new CorpusIngest(store, new StoreWriter(store, run, TestingEvents.CODING, MergeRule.DEFAULT), run,
        new IngestProgress(quiet, false, 60_000), quiet, afterArticle).ingestEvents(List.of(events), new CodedEventReader(TestingEvents.CODES));
  }

  private static long count(Path file, String sql) {
    try (EventStore store = EventStore.openReadOnly(file)) {
      ResultTable table = new ResultTable();
      new EventQueries(store).sql(sql, table);
      return ((Number) table.rows().get(0).get(0)).longValue();
    }
  }

  @Test
  void aSnapshotIsAWholeStoreThatReadersOpenWhileTheWriterHoldsTheStore() throws IOException {
    Path db = folder.resolve("news.duckdb");
    Path snapshot = StoreSnapshots.fileOf(db);
    assertThat(snapshot.getFileName()).hasToString("news.duckdb.snapshot");
    try (EventStore store = EventStore.openForWriting(db)) {
      StoreSnapshots snapshots = new StoreSnapshots(store, Duration.ZERO, System.err);
      ingest(store, events("first.jsonl", wire, "042"), snapshots::afterArticle);
      assertThat(snapshot).as("never published: the interval is zero").doesNotExist();
      assertThat(snapshots.publish()).isEqualTo(snapshot);

      ingest(store, events("second.jsonl", daily, "042"), () -> {});
      // The store is held by this writer; the snapshot opens, and holds the first article only.
      assertThat(count(snapshot, "SELECT count(*) FROM articles")).isEqualTo(1);
      assertThat(count(snapshot, "SELECT sum(num_mentions) FROM events")).isEqualTo(1);

      snapshots.publish();
      assertThat(count(snapshot, "SELECT count(*) FROM articles")).isEqualTo(2);
      assertThat(count(snapshot, "SELECT sum(num_mentions) FROM events")).isEqualTo(2);
      assertThat(snapshots.published()).isEqualTo(2);
    }
    assertThat(Path.of(snapshot + ".tmp")).doesNotExist();
    assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(2);
  }

  @Test
  void theWriterPublishesBetweenArticlesOnceTheIntervalHasPassed() throws IOException, InterruptedException {
    Path db = folder.resolve("news.duckdb");
    try (EventStore store = EventStore.openForWriting(db)) {
      StoreSnapshots snapshots = new StoreSnapshots(store, Duration.ofMillis(50), System.err);
      snapshots.afterArticle();
      assertThat(snapshots.published()).as("the interval has not passed").isZero();
      Thread.sleep(60);
      ingest(store, events("first.jsonl", wire, "042"), snapshots::afterArticle);
      assertThat(snapshots.published()).isEqualTo(1);
    }
    assertThat(count(StoreSnapshots.fileOf(db), "SELECT count(*) FROM articles")).isEqualTo(1);
  }

  @Test
  void aSnapshotThatCannotBeWrittenIsAWarningAndTheStoreIsUnharmed() throws IOException {
    Path db = folder.resolve("news.duckdb");
    // A folder where the snapshot's temporary copy must go: the copy fails as a full disk would.
    Files.createDirectories(Path.of(StoreSnapshots.fileOf(db) + ".tmp"));
    Files.writeString(Path.of(StoreSnapshots.fileOf(db) + ".tmp", "keep"), "x");
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    try (EventStore store = EventStore.openForWriting(db)) {
      StoreSnapshots snapshots = new StoreSnapshots(store, Duration.ofNanos(1),
          new PrintStream(warnings, true, StandardCharsets.UTF_8));
      assertThat(ingest(store, events("first.jsonl", wire, "042"), snapshots::afterArticle).stored()).isEqualTo(1);
      assertThatThrownBy(snapshots::publish).hasMessageStartingWith(StoreSnapshots.fileOf(db) + ": cannot publish the store's snapshot");
      assertThat(snapshots.published()).isZero();
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).startsWith("parley: " + StoreSnapshots.fileOf(db) + ": cannot publish")
        .contains("the store is unharmed and the ingest goes on").hasLineCount(1);
    assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(1);
    assertThat(StoreSnapshots.fileOf(db)).doesNotExist();
  }

  @Test
  void onlyTheWriterPublishes() throws IOException {
    Path db = folder.resolve("news.duckdb");
    try (EventStore store = EventStore.openForWriting(db)) {
      ingest(store, events("first.jsonl", wire, "042"), () -> {});
    }
    try (EventStore reader = EventStore.openReadOnly(db)) {
      assertThatThrownBy(() -> new StoreSnapshots(reader, Duration.ZERO, System.err)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
