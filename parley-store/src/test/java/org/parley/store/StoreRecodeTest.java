package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.coding.TimedCoding;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.ParleyInputException;
import org.parley.read.ArticleReaders;
import org.parley.read.ReadOptions;

/**
 * Plain-text articles coded by a hand-written coder, then recoded by a changed one: the store records both codings'
 * versions, {@code diff} lists what changed, republished copies are marked, and a failing article is recorded.
 */
class StoreRecodeTest {
  @TempDir
  Path folder;

  private static final java.util.concurrent.atomic.AtomicInteger interrupted = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * Codes each line with "met" as a meeting RUSGOV-USAGOV (CAMEO {@code meetingCode}) and each "struck" as an attack;
   * "FAIL" throws, "REFUSE" is refused as the pipeline refuses an article, "HANG" codes for a minute.
   */
  private static CorpusIngest.ArticleCoder coder(String meetingCode) {
    return (article, input) -> {
      if (article.text().contains("FAIL")) {
        throw new IllegalStateException("the coder broke");
      }
      if (article.text().contains("REFUSE")) {
        throw new ParleyInputException("article " + article.id(), "a sentence of 100,000 words at character 0");
      }
      if (article.text().contains("HANG")) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
          throw new IllegalStateException("interrupted");
        }
      }
      String[] lines = article.text().split("\n");
      SortedMap<Integer, String> sentences = new TreeMap<>();
      List<Event> events = new ArrayList<>();
      for (int index = 0; index < lines.length; index++) {
        sentences.put(index, lines[index]);
        String date = article.publishedDate().map(Object::toString).orElse("");
        if (lines[index].contains("met")) {
          events.add(TestingEvents.event(article, index, lines[index], "RUSGOV", "USAGOV", meetingCode, date, null));
        }
        if (lines[index].contains("struck")) {
          events.add(TestingEvents.event(article, index, lines[index], "RUSMIL", "UKR", "190", date, null));
        }
      }
      return ArticleCoding.coded(article, input, sentences, events);
    };
  }

  private CorpusIngest.Summary run(Path db, RunSettings.Kind kind, String meetingCode, List<String> files) {
    CodingVersion version = new CodingVersion("test", "codebook-" + meetingCode, "actors0");
    try (EventStore store = EventStore.openForWriting(db)) {
      int run = store.startRun(new RunSettings(kind, files, "", version));
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      CorpusIngest ingest = new CorpusIngest(store, new StoreWriter(store, run, version, MergeRule.DEFAULT), run, new IngestProgress(quiet, false, 60_000), quiet);
      if (kind == RunSettings.Kind.RECODE) {
        return ingest.recode(coder(meetingCode), 2, false, new StoredEvents(store, TestingEvents.CODES), TimedCoding.DEFAULT_LIMIT);
      }
      return ingest.ingestArticles(InputFiles.expand(files), ReadOptions.none(), new ArticleReaders(), coder(meetingCode), 2, TimedCoding.DEFAULT_LIMIT);
    }
  }

  private ResultTable query(Path db, java.util.function.BiConsumer<EventQueries, ResultTable> query) {
    try (EventStore store = EventStore.openReadOnly(db)) {
      ResultTable table = new ResultTable();
      query.accept(new EventQueries(store), table);
      return table;
    }
  }

  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    String story = "Northern Wire\n2025-02-18\n\nLavrov met Rubio in Riyadh on Tuesday after a long flight from Moscow.\n"
        + "Russian drones struck Kharkiv overnight, officials in the city said on Tuesday morning.\n";
    Files.writeString(corpus.resolve("a-original.txt"), "Lavrov and Rubio meet\n" + story, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("b-copy.txt"), "Lavrov and Rubio meet in Riyadh\n" + story.replace("Northern Wire", "Harbor Times"), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("c-other.txt"), "Talks elsewhere\n2025-03-20\n\nLavrov met Rubio in Geneva on Thursday.\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("d-broken.txt"), "Broken\n2025-03-20\n\nThis article makes the coder FAIL.\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
    return corpus;
  }

  @Test
  void folderIngestMarksTheCopyAndRecordsTheFailure() throws IOException {
    Path db = folder.resolve("news.duckdb");
    CorpusIngest.Summary summary = run(db, RunSettings.Kind.ARTICLES, "042", List.of(corpus().toString()));

    assertThat(summary.stored()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(1);
    ResultTable articles = query(db, (queries, table) -> queries.sql(
        "SELECT source, status, error, duplicate_of IS NOT NULL AS copy FROM articles ORDER BY seq", table));
    assertThat(articles.rows()).containsExactly(
        java.util.Arrays.asList("Northern Wire", "coded", null, false),
        java.util.Arrays.asList("Harbor Times", "coded", null, true),
        java.util.Arrays.asList(null, "coded", null, false),
        java.util.Arrays.asList(null, "failed", "IllegalStateException: the coder broke", false));
    ResultTable events = query(db, (queries, table) -> queries.sql(
        "SELECT cameo, date_text, num_mentions, num_sources, num_articles FROM events ORDER BY date, cameo", table));
    assertThat(events.rows()).containsExactly(
        List.of("042", "2025-02-18", 2, 2, 2), List.of("190", "2025-02-18", 2, 2, 2), List.of("042", "2025-03-20", 1, 1, 1));
  }

  @Test
  void anArticlePastTheTimeLimitIsStoppedAndStoredAsFailedAndTheOthersAreStored() throws IOException {
    Path corpus = corpus();
    Files.writeString(corpus.resolve("e-hangs.txt"), "Hangs\n2025-03-21\n\nThis article makes the coder HANG.\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("f-refused.txt"), "Refused\n2025-03-21\n\nThis article makes the pipeline REFUSE it.\n", StandardCharsets.UTF_8);
    Path db = folder.resolve("news.duckdb");
    long started = System.nanoTime();
    CorpusIngest.Summary summary;
    try (EventStore store = EventStore.openForWriting(db)) {
      int run = store.startRun(new RunSettings(RunSettings.Kind.ARTICLES, List.of(corpus.toString()), "", TestingEvents.CODING));
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      summary = new CorpusIngest(store, new StoreWriter(store, run, TestingEvents.CODING, MergeRule.DEFAULT), run, new IngestProgress(quiet, false, 60_000), quiet)
          .ingestArticles(InputFiles.expand(List.of(corpus.toString())), ReadOptions.none(), new ArticleReaders(), coder("042"), 2, Duration.ofMillis(500));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the hanging article is given up, not waited for").isLessThan(Duration.ofSeconds(30));
    assertThat(summary.stored()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(3);
    ResultTable failed = query(db, (queries, table) -> queries.sql("SELECT title, error FROM articles WHERE status = 'failed' ORDER BY seq", table));
    assertThat(failed.rows()).containsExactly(
        List.of("Broken", "IllegalStateException: the coder broke"),
        List.of("Hangs", "coding took longer than 500 ms (the time limit per article), and was stopped"),
        List.of("Refused", "a sentence of 100,000 words at character 0"));
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (interrupted.get() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(interrupted.get()).as("the hanging coder's thread was interrupted").isEqualTo(1);
  }

  @Test
  void recodeWithAChangedCodebookShowsTheChangedEventsInDiff() throws IOException {
    Path db = folder.resolve("news.duckdb");
    run(db, RunSettings.Kind.ARTICLES, "042", List.of(corpus().toString()));
    CorpusIngest.Summary recoded = run(db, RunSettings.Kind.RECODE, "043", List.of());

    assertThat(recoded.stored()).isEqualTo(3);
    ResultTable events = query(db, (queries, table) -> queries.sql(
        "SELECT cameo, codebook_hash, num_mentions FROM events ORDER BY date, cameo", table));
    assertThat(events.rows()).containsExactly(List.of("043", "codebook-043", 2), List.of("190", "codebook-043", 2), List.of("043", "codebook-043", 1));

    ResultTable diff = query(db, (queries, table) -> queries.diff(1, table));
    assertThat(diff.column("change")).containsExactly("changed", "changed");
    assertThat(diff.column("before")).containsExactly("RUSGOV->USAGOV 042", "RUSGOV->USAGOV 042");
    assertThat(diff.column("after")).containsExactly("RUSGOV->USAGOV 043", "RUSGOV->USAGOV 043");
    assertThat(query(db, (queries, table) -> queries.diff(2, table)).rows()).isEmpty();
  }

  @Test
  void recodeWithTheSameCodingChangesNothing() throws IOException {
    Path db = folder.resolve("news.duckdb");
    run(db, RunSettings.Kind.ARTICLES, "042", List.of(corpus().toString()));
    ResultTable before = query(db, (queries, table) -> queries.sql("SELECT event_id, num_mentions, num_sources FROM events ORDER BY 1", table));
    run(db, RunSettings.Kind.RECODE, "042", List.of());

    assertThat(query(db, (queries, table) -> queries.sql("SELECT event_id, num_mentions, num_sources FROM events ORDER BY 1", table)).rows())
        .isEqualTo(before.rows());
    assertThat(query(db, (queries, table) -> queries.diff(1, table)).rows()).isEmpty();
  }
}
