package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} and {@code query} as a user meets them, on a store loaded from coded events (no NLP models). */
class StoreCommandLineTest {
  private static final String EVENT =
      "{\"id\":\"e1\",\"article\":{\"id\":\"a1\",\"title\":\"Talks\",\"source\":\"Wire\",\"url\":null,\"published\":\"2025-03-02\"},"
          + "\"sentence\":{\"index\":1,\"text\":\"Lavrov met Rubio in Riyadh.\"},\"trigger\":{\"text\":\"met\",\"begin\":7,\"end\":10},"
          + "\"date\":\"2025-03-02\",\"source\":{\"text\":\"Lavrov\",\"code\":\"RUSGOV\",\"country\":\"RUS\",\"role\":\"GOV\",\"begin\":0,\"end\":6},"
          + "\"target\":{\"text\":\"Rubio\",\"code\":\"USAGOV\",\"country\":\"USA\",\"role\":\"GOV\",\"begin\":11,\"end\":16},"
          + "\"cameo\":\"042\",\"cameo_root\":\"04\",\"plover\":\"CONSULT\",\"goldstein\":1.9,\"quad_class\":1,"
          + "\"mode\":{\"negated\":false,\"hypothetical\":false,\"claimed_by\":null},\"location\":null}";

  @TempDir
  Path folder;

  private String db;

  @BeforeEach
  void loadOneEvent() throws IOException {
    Path events = Files.writeString(folder.resolve("events.jsonl"), EVENT + "\n{not json}\n", StandardCharsets.UTF_8);
    db = folder.resolve("news.duckdb").toString();
    CommandRun run = CommandRun.of("ingest", "--db", db, "--events", events.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.parleyErrors()).anySatisfy(line -> assertThat(line).contains("events.jsonl:2").contains("not a JSON event"));
  }

  @Test
  void seriesPrintsATableWithAHeader() {
    CommandRun run = CommandRun.of("query", "--db", db, "series", "--dyad", "RUS:USA", "--by", "month");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly(
        "period\tevents\tmentions\tgoldstein_sum\tgoldstein_mean\tverbal_cooperation\tmaterial_cooperation\tverbal_conflict\tmaterial_conflict",
        "2025-03-01\t1\t1\t1.9\t1.9\t1\t0\t0\t0");
  }

  @Test
  void eventsAsJsonLines() {
    CommandRun run = CommandRun.of("query", "--db", db, "events", "--json");
    assertThat(run.outLines()).singleElement().asString()
        .startsWith("{\"event_id\":\"e1\",\"date\":\"2025-03-02\",\"source_code\":\"RUSGOV\",\"target_code\":\"USAGOV\",\"cameo\":\"042\"");
  }

  @Test
  void sqlThatWritesIsRefusedInOneLine() {
    CommandRun run = CommandRun.of("query", "--db", db, "sql", "DELETE FROM events");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).singleElement().asString().contains("read-only");
    assertThat(CommandRun.of("query", "--db", db, "sql", "SELECT count(*) AS n FROM events").outLines()).containsExactly("n", "1");
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    CommandRun missing = CommandRun.of("query", "--db", folder.resolve("none.duckdb").toString(), "events");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.parleyErrors()).singleElement().asString().contains("none.duckdb").contains("no such event store");

    CommandRun period = CommandRun.of("query", "--db", db, "series", "--by", "fortnight");
    assertThat(period.exitCode()).isEqualTo(2);
    assertThat(period.parleyErrors()).singleElement().asString().contains("--by");

    CommandRun dyad = CommandRun.of("query", "--db", db, "events", "--dyad", "RUS");
    assertThat(dyad.exitCode()).isEqualTo(2);
    assertThat(dyad.parleyErrors()).singleElement().asString().contains("--dyad");

    CommandRun nothing = CommandRun.of("ingest", "--db", db);
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.parleyErrors()).singleElement().asString().contains("--events").contains("--recode");

    CommandRun noFile = CommandRun.of("ingest", "--db", db, "--events", folder.resolve("none.jsonl").toString());
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.parleyErrors()).singleElement().asString().contains("none.jsonl").contains("no such file");
  }

  @Test
  void aStoreWithASnapshotKeepsItCurrentAtTheEndOfEachIngest() throws IOException {
    Path snapshot = Path.of(db + ".snapshot");
    assertThat(snapshot).as("no snapshot unless asked for").doesNotExist();
    CommandRun zero = CommandRun.of("ingest", "--db", db, "--events", folder.resolve("events.jsonl").toString(), "--snapshot-seconds", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.parleyErrors()).singleElement().asString().contains("--snapshot-seconds").contains("more than 0");

    CommandRun first = CommandRun.of("ingest", "--db", db, "--events", folder.resolve("events.jsonl").toString(), "--snapshot-seconds", "30");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("snapshot " + snapshot + " published");
    assertThat(CommandRun.of("query", "--db", snapshot.toString(), "sql", "SELECT count(*) AS n FROM articles").outLines()).containsExactly("n", "1");

    Path more = Files.writeString(folder.resolve("more.jsonl"), EVENT.replace("\"a1\"", "\"a2\"").replace("\"e1\"", "\"e2\"") + "\n", StandardCharsets.UTF_8);
    CommandRun second = CommandRun.of("ingest", "--db", db, "--events", more.toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).as("no option given, and the snapshot is still kept current").contains("snapshot " + snapshot + " published");
    assertThat(CommandRun.of("query", "--db", snapshot.toString(), "sql", "SELECT count(*) AS n FROM articles").outLines()).containsExactly("n", "2");
  }
}
