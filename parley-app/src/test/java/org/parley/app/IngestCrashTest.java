package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley ingest} in a JVM of its own, killed with SIGKILL 24 times at random points while it stores a corpus
 * of real codings ({@link CodedCorpus}, loaded with {@code --events}: the real writer, one transaction per article,
 * without the 40 s it takes to load CoreNLP in each JVM). After every kill the store opens and holds the first n
 * articles whole and once ({@link StoreInvariants}), and the next run goes on from there; at the end every article
 * is stored once and the store equals one written by an uninterrupted run. The kills come three ways: a random delay
 * of up to 40 ms after the article a round aims at (so inside a transaction, in a commit, or between articles); a
 * pause inside an open transaction, after a random statement or just before the commit ({@link
 * TransactionPausingDriver}); and a random moment of start-up (JVM, opening the store and replaying its journal,
 * loading the merge index). Every other run makes DuckDB checkpoint every 64 KB of journal (it does at 16 MB by
 * default), so kills also land in checkpoints. The seed is printed; {@code -Dcrash.seed=N} replays a run.
 */
class IngestCrashTest {
  private static final int KILLS = 24;
  private static final int COPIES = 6;
  private static final int MAX_DELAY_MICROS = 40_000;
  private static final Pattern PROGRESS = Pattern.compile("parley: ingest ([\\d,]+)/");

  private enum KillPoint { WRITING, IN_TRANSACTION, STARTING }

  @TempDir
  Path folder;

  @Test
  void ingestKilledTwentyFourTimesAtRandomPointsStoresEveryArticleOnceAndTheEventsOfAnUninterruptedRun() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    Random random = new Random(seed);
    CodedCorpus corpus = CodedCorpus.ofExamples(COPIES, folder.resolve("corpus.events.jsonl"));
    Path db = folder.resolve("news.duckdb");
    long started = System.nanoTime();

    int stored = 0;
    long articlesChecked = 0;
    long startupNanos = TimeUnit.SECONDS.toNanos(2);
    Map<KillPoint, Integer> kills = new java.util.EnumMap<>(KillPoint.class);
    int withCheckpoints = 0;
    for (int round = 0; round < KILLS; round++) {
      KillPoint point = switch (round % 5) {
        case 0, 2 -> KillPoint.WRITING;
        case 1, 3 -> KillPoint.IN_TRANSACTION;
        default -> KillPoint.STARTING;
      };
      int target = Math.max(stored + 1, corpus.size() * (round + 1) / (KILLS + 1));
      List<String> options = new ArrayList<>();
      if (round % 2 == 1) {
        options.addAll(List.of("--checkpoint-threshold", "64KB"));
        withCheckpoints++;
      }
      int pausedAfter = -1;
      if (point == KillPoint.IN_TRANSACTION) {
        int transaction = target - stored;
        options.addAll(List.of("--pause", transaction + ":" + random.nextInt(9)));
        pausedAfter = stored + transaction - 1;
      }
      RunningIngest child = RunningIngest.start(db, corpus, options);
      switch (point) {
        case WRITING -> {
          child.awaitProgress(target);
          LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(MAX_DELAY_MICROS)));
        }
        case IN_TRANSACTION -> child.awaitPause();
        case STARTING -> LockSupport.parkNanos((long) (random.nextDouble() * startupNanos));
      }
      int finished = child.kill();
      if (point == KillPoint.WRITING) {
        startupNanos = Math.min(startupNanos, child.startupNanos());
      }
      kills.merge(point, 1, Integer::sum);

      int now = StoreInvariants.assertWholeArticles(db, corpus);
      String where = String.format(Locale.ROOT, "kill %d (%s, seed %d): %s", round + 1, point, seed, child.stderr());
      assertThat(now).as("articles it had reported stored are there: " + where).isGreaterThanOrEqualTo(finished);
      assertThat(now).as("articles stored before this run are there: " + where).isGreaterThanOrEqualTo(stored);
      if (point == KillPoint.IN_TRANSACTION) {
        assertThat(now).as("exactly the articles committed before the paused transaction: " + where).isEqualTo(pausedAfter);
      }
      assertThat(StoreInvariants.scalar(db, "SELECT count(*) FROM ingest_runs WHERE finished IS NOT NULL")).as(where).isZero();
      stored = now;
      articlesChecked += now;
    }
    assertThat(stored).as("the kills left articles to the last run").isLessThan(corpus.size());

    RunningIngest last = RunningIngest.start(db, corpus, List.of());
    assertThat(last.awaitExit()).as(last.stderr()).isZero();
    assertThat(last.stderr()).contains(String.format(Locale.ROOT, "%d articles stored, 0 failed, %d already in the store",
        corpus.size() - stored, stored));
    assertThat(StoreInvariants.assertWholeArticles(db, corpus)).isEqualTo(corpus.size());
    articlesChecked += corpus.size();
    assertThat(StoreInvariants.scalar(db, "SELECT count(*) FROM ingest_runs WHERE finished IS NOT NULL")).isEqualTo(1);

    Path uninterrupted = folder.resolve("uninterrupted.duckdb");
    CommandRun reference = CommandRun.of("ingest", "--db", uninterrupted.toString(), "--events", corpus.file().toString());
    assertThat(reference.exitCode()).as(reference.err()).isZero();
    Map<String, List<String>> expected = StoreInvariants.dump(uninterrupted);
    Map<String, List<String>> actual = StoreInvariants.dump(db);
    for (String table : expected.keySet()) {
      assertThat(actual.get(table)).as("table %s after %d kills equals an uninterrupted run's (seed %d)", table, KILLS, seed)
          .isEqualTo(expected.get(table));
    }
    assertThat(expected.get("events")).hasSizeGreaterThan(100);

    System.out.printf(Locale.ROOT,
        "IngestCrashTest: %d kills survived (%d at a random delay while writing, %d inside an open transaction, %d during start-up; "
            + "%d runs checkpointing every 64 KB), %d articles checked in %d store checks, %d articles with %d mentions in %d events "
            + "equal to an uninterrupted run; %.0f s, seed %d%n",
        KILLS, kills.getOrDefault(KillPoint.WRITING, 0), kills.getOrDefault(KillPoint.IN_TRANSACTION, 0), kills.getOrDefault(KillPoint.STARTING, 0),
        withCheckpoints, articlesChecked, KILLS + 1, corpus.size(), expected.get("mentions").size(), expected.get("events").size(),
        (System.nanoTime() - started) / 1e9, seed);
  }

  /** A {@code parley ingest --events} child JVM whose stderr is read as it comes. */
  private static final class RunningIngest {
    private final Process process;
    private final long started = System.nanoTime();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    private volatile int finished;
    private volatile long firstProgress;
    private volatile boolean paused;

    private RunningIngest(Process process) {
      this.process = process;
      this.reader = new Thread(this::read, "ingest-stderr");
      reader.setDaemon(true);
      reader.start();
    }

    static RunningIngest start(Path db, CodedCorpus corpus, List<String> options) throws IOException {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), IngestCrashChild.class.getName()));
      command.addAll(options);
      command.addAll(List.of("ingest", "--db", db.toString(), "--events", corpus.file().toString(), "--progress-seconds", "0"));
      return new RunningIngest(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    private void read() {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          lines.add(line);
          Matcher progress = PROGRESS.matcher(line);
          if (progress.lookingAt()) {
            if (firstProgress == 0) {
              firstProgress = System.nanoTime();
            }
            finished = Integer.parseInt(progress.group(1).replace(",", ""));
          } else if (line.startsWith(TransactionPausingDriver.PAUSED)) {
            paused = true;
          }
        }
      } catch (IOException e) {
        // The process was killed.
      }
    }

    void awaitProgress(int articles) {
      await(() -> finished >= articles, "progress to " + articles + " articles");
    }

    void awaitPause() {
      await(() -> paused, "the pause inside a transaction");
    }

    private void await(java.util.function.BooleanSupplier condition, String what) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!condition.getAsBoolean()) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroyForcibly();
          fail("the ingest ended or stalled before " + what + ": " + stderr());
        }
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
      }
    }

    /** Kills the process with SIGKILL and returns how many articles it had reported stored, at the latest. */
    int kill() throws InterruptedException {
      assertThat(process.isAlive()).as("still running when killed: " + stderr()).isTrue();
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
      reader.join(TimeUnit.SECONDS.toMillis(10));
      return finished;
    }

    int awaitExit() throws InterruptedException {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(stderr()).isTrue();
      reader.join(TimeUnit.SECONDS.toMillis(10));
      return process.exitValue();
    }

    long startupNanos() {
      return firstProgress == 0 ? Long.MAX_VALUE : firstProgress - started;
    }

    String stderr() {
      synchronized (lines) {
        int from = Math.max(0, lines.size() - 4);
        return String.join(" | ", lines.subList(from, lines.size()));
      }
    }
  }
}
