package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store path that cannot be used, as a user meets it: one line on stderr naming the file and the problem, exit
 * code 2, no stack trace, and the store as it was. Read-only files and folders are made by permissions, or as root
 * by read-only bind mounts; the full disk is a tmpfs of 3 MB ({@link TestingMounts}; skipped where mount is refused).
 */
class StoreFileErrorsTest {
  @TempDir
  Path folder;

  private CodedCorpus examples;
  private CodedCorpus twice;

  @BeforeEach
  void writeCorpora() throws IOException {
    examples = CodedCorpus.ofExamples(1, folder.resolve("examples.events.jsonl"));
    twice = CodedCorpus.ofExamples(2, folder.resolve("twice.events.jsonl"));
  }

  @Test
  void ingestOntoAReadOnlyStoreFileFailsInOneLineAndLeavesTheStoreAsItWas() throws Exception {
    Path db = storeOfExamples(folder.resolve("news.duckdb"));
    byte[] before = Files.readAllBytes(db);
    try (TestingMounts mounts = new TestingMounts()) {
      mounts.readOnly(db);
      CommandRun run = CommandRun.of("ingest", "--db", db.toString(), "--events", twice.file().toString());
      assertOneLineError(run, db, "the event store is read-only");
      assertThat(CommandRun.of("query", "--db", db.toString(), "sql", "SELECT count(*) AS articles FROM articles").outLines())
          .as("query still reads it").containsExactly("articles", "45");
    }
    assertThat(Files.readAllBytes(db)).as("the store's bytes").isEqualTo(before);
    assertThat(Files.exists(Path.of(db + ".wal"))).isFalse();
    assertThat(StoreInvariants.assertWholeArticles(db, examples)).isEqualTo(45);
  }

  @Test
  void ingestIntoAReadOnlyFolderFailsInOneLineForAnExistingStoreAndForANewOne() throws Exception {
    Path readOnly = Files.createDirectories(folder.resolve("read-only"));
    Path db = storeOfExamples(readOnly.resolve("news.duckdb"));
    Path created = readOnly.resolve("new.duckdb");
    byte[] before = Files.readAllBytes(db);
    try (TestingMounts mounts = new TestingMounts()) {
      mounts.readOnly(readOnly);
      CommandRun existing = CommandRun.of("ingest", "--db", db.toString(), "--events", twice.file().toString());
      assertOneLineError(existing, db, "is read-only, and the store writes its journal (news.duckdb.wal) there");
      CommandRun fresh = CommandRun.of("ingest", "--db", created.toString(), "--events", twice.file().toString());
      assertOneLineError(fresh, created, "cannot create the event store: its folder " + readOnly.toAbsolutePath() + " is read-only");
      assertThat(CommandRun.of("query", "--db", db.toString(), "sql", "SELECT count(*) AS articles FROM articles").outLines())
          .as("query still reads it").containsExactly("articles", "45");
    }
    assertThat(Files.readAllBytes(db)).as("the store's bytes").isEqualTo(before);
    try (var files = Files.list(readOnly)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactly("news.duckdb");
    }
    assertThat(StoreInvariants.assertWholeArticles(db, examples)).isEqualTo(45);
  }

  @Test
  void queryOnAMissingFileAFolderOrAFileThatIsNoStoreFailsInOneLineAndChangesNothing() throws Exception {
    Path missing = folder.resolve("missing.duckdb");
    assertOneLineError(CommandRun.of("query", "--db", missing.toString(), "events"), missing, "no such event store");
    assertThat(Files.exists(missing)).isFalse();

    Path directory = Files.createDirectories(folder.resolve("store.duckdb"));
    assertOneLineError(CommandRun.of("query", "--db", directory.toString(), "events"), directory, "is a folder, not an event store file");
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }

    Path text = Files.writeString(folder.resolve("notes.duckdb"), "Lavrov met Rubio.\n", StandardCharsets.UTF_8);
    assertOneLineError(CommandRun.of("query", "--db", text.toString(), "events"), text, "not a DuckDB database, so not an event store");
    assertThat(Files.readString(text, StandardCharsets.UTF_8)).isEqualTo("Lavrov met Rubio.\n");

    Path empty = Files.createFile(folder.resolve("empty.duckdb"));
    assertOneLineError(CommandRun.of("query", "--db", empty.toString(), "series"), empty, "not a DuckDB database, so not an event store");
    assertThat(Files.size(empty)).isZero();

    Path other = folder.resolve("other.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + other.toAbsolutePath());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE readings (day DATE, value DOUBLE)");
    }
    assertOneLineError(CommandRun.of("query", "--db", other.toString(), "events"), other, "a DuckDB database but not an event store");
  }

  @Test
  void ingestOntoAFolderOrAFileThatIsNotADuckDbDatabaseFailsInOneLineAndChangesNothing() throws Exception {
    Path directory = Files.createDirectories(folder.resolve("store.duckdb"));
    assertOneLineError(CommandRun.of("ingest", "--db", directory.toString(), "--events", examples.file().toString()), directory,
        "is a folder, not an event store file");
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }

    Path text = Files.writeString(folder.resolve("notes.duckdb"), "Lavrov met Rubio.\n", StandardCharsets.UTF_8);
    assertOneLineError(CommandRun.of("ingest", "--db", text.toString(), "--events", examples.file().toString()), text,
        "not a DuckDB database, so not an event store");
    assertThat(Files.readString(text, StandardCharsets.UTF_8)).isEqualTo("Lavrov met Rubio.\n");
    assertThat(Files.exists(Path.of(text + ".wal"))).isFalse();
  }

  @Test
  void ingestOntoAFullDiskFailsInOneLineAndKeepsEveryArticleCommittedBeforeIt() throws Exception {
    CodedCorpus corpus = CodedCorpus.ofExamples(4, folder.resolve("corpus.events.jsonl"));
    try (TestingMounts mounts = new TestingMounts()) {
      Path small = mounts.tmpfs(folder.resolve("small"), "3m");
      Path db = small.resolve("news.duckdb");

      ChildRun run = ingestInItsOwnJvm(db, corpus);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      String err = run.err();
      List<String> errors = err.lines().filter(line -> !line.startsWith("parley: ingest ")).toList();
      assertThat(errors).as(err).singleElement().asString()
          .startsWith("parley: " + db + ": disk full (No space left on device) while storing article ")
          .endsWith("every article stored before is kept; free some space and run the command again to go on");

      mounts.remount(small, "size=64m");
      int kept = StoreInvariants.assertWholeArticles(db, corpus);
      assertThat(kept).as("articles committed before the disk filled").isPositive().isLessThan(corpus.size());
      assertThat(errors.get(0)).contains("storing article " + corpus.articleIds().get(kept) + ":");

      CommandRun resumed = CommandRun.of("ingest", "--db", db.toString(), "--events", corpus.file().toString());
      assertThat(resumed.exitCode()).as(resumed.err()).isZero();
      assertThat(resumed.err()).contains(String.format(Locale.ROOT, "%d articles stored, 0 failed, %d already in the store",
          corpus.size() - kept, kept));
      assertThat(StoreInvariants.assertWholeArticles(db, corpus)).isEqualTo(corpus.size());

      Path uninterrupted = storeOf(folder.resolve("uninterrupted.duckdb"), corpus);
      assertThat(StoreInvariants.dump(db)).isEqualTo(StoreInvariants.dump(uninterrupted));
      System.out.printf(Locale.ROOT, "StoreFileErrorsTest: the disk filled after %d of %d articles; all %d kept whole, and the resumed run "
          + "equals an uninterrupted one%n", kept, corpus.size(), kept);
    }
  }

  @Test
  void ingestWhoseFinalCheckpointFindsTheDiskFullFailsInOneLineAndKeepsEveryArticleInTheJournal() throws Exception {
    try (TestingMounts mounts = new TestingMounts()) {
      // The 45 articles' journal (0.9 MB) fits in 3,000 KB; the store file it is moved into at the end does not.
      Path small = mounts.tmpfs(folder.resolve("small"), "3000k");
      Path db = small.resolve("news.duckdb");
      ChildRun run = ingestInItsOwnJvm(db, examples);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err().lines().filter(line -> !line.startsWith("parley: ingest ")).toList()).as(run.err()).containsExactly(
          "parley: " + db + ": disk full (No space left on device) while moving the journal into the store file (checkpoint): "
              + "every article stored before is kept; free some space and run the command again to go on");
      assertThat(Files.exists(Path.of(db + ".wal"))).as("the journal").isTrue();

      mounts.remount(small, "size=64m");
      assertThat(StoreInvariants.assertWholeArticles(db, examples)).isEqualTo(45);
      CommandRun again = CommandRun.of("ingest", "--db", db.toString(), "--events", examples.file().toString());
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(again.err()).contains("0 articles stored, 0 failed, 45 already in the store");
      assertThat(Files.exists(Path.of(db + ".wal"))).as("the journal, moved into the store").isFalse();
      assertThat(StoreInvariants.dump(db)).isEqualTo(StoreInvariants.dump(storeOfExamples(folder.resolve("uninterrupted.duckdb"))));
    }
  }

  private record ChildRun(int exitCode, String err) {}

  /** {@code parley ingest --events} in a JVM of its own, as a user runs it, so DuckDB's failure ends with its process. */
  private static ChildRun ingestInItsOwnJvm(Path db, CodedCorpus corpus) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--db", db.toString(), "--events", corpus.file().toString(), "--progress-seconds", "3600"));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(err).isTrue();
    return new ChildRun(process.exitValue(), err);
  }

  private Path storeOfExamples(Path db) {
    return storeOf(db, examples);
  }

  private static Path storeOf(Path db, CodedCorpus corpus) {
    CommandRun run = CommandRun.of("ingest", "--db", db.toString(), "--events", corpus.file().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return db;
  }

  /** Exit code 2 and exactly one line on stderr, naming the file and the problem; no stack trace. */
  private static void assertOneLineError(CommandRun run, Path file, String problem) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines().toList()).as(run.err()).singleElement().asString()
        .startsWith("parley: " + file + ": ")
        .contains(problem);
  }
}
