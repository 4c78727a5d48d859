package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example articles ingested with the real pipeline (shared with the other tests of this module), then read back
 * through {@code parley query}: concrete events, their evidence, the runs, and a second ingest that stores nothing.
 */
class StoreEndToEndTest {
  @TempDir
  Path folder;

  @Test
  void exampleFolderIngestsAndQueriesWithTheRealPipeline() throws Exception {
    String db = folder.resolve("news.duckdb").toString();

    CommandRun first = CommandRun.of("ingest", "--db", db, "../examples");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("45 articles stored, 0 failed, 0 already in the store");

    CommandRun visit = CommandRun.of("query", "--db", db, "sql",
        "SELECT e.source_code, e.target_code, e.cameo, e.date_text, e.location_text, a.title FROM events e "
            + "JOIN articles a ON a.id = e.first_article_id WHERE e.cameo = '042' AND e.date_text = '2025-04-02' AND e.source_code = 'RUSGOV'");
    assertThat(visit.exitCode()).as(visit.err()).isZero();
    assertThat(visit.outLines()).contains(
        "RUSGOV\tUSAGOV\t042\t2025-04-02\tWashington\tPutin envoy Dmitriev holds talks with Witkoff in Washington");

    CommandRun accusations = CommandRun.of("query", "--db", db, "events", "--dyad", "RUS:UKR", "--from", "2025-04-17", "--to", "2025-04-17");
    assertThat(accusations.exitCode()).as(accusations.err()).isZero();
    assertThat(accusations.outLines().get(0)).startsWith("event_id\tdate\tsource_code\ttarget_code\tcameo\tplover");
    assertThat(accusations.outLines()).anySatisfy(line -> assertThat(line).contains("\t2025-04-17\tRUS\tUKR\t112\tACCUSE\t"));

    CommandRun counts = CommandRun.of("query", "--db", db, "sql",
        "SELECT (SELECT count(*) FROM articles WHERE status = 'coded'), (SELECT count(*) FROM mentions), "
            + "(SELECT CAST(sum(num_mentions) AS BIGINT) FROM events), (SELECT count(*) FROM sentences) > 400, "
            + "(SELECT count(DISTINCT codebook_hash) FROM events), (SELECT min(length(codebook_hash)) FROM events)");
    String[] row = counts.outLines().get(1).split("\t");
    assertThat(row[0]).isEqualTo("45");
    assertThat(Long.parseLong(row[1])).as("mentions").isGreaterThan(100).isEqualTo(Long.parseLong(row[2]));
    assertThat(row[3]).isEqualTo("true");
    assertThat(row[4]).isEqualTo("1");
    assertThat(row[5]).isEqualTo("12");

    CommandRun again = CommandRun.of("ingest", "--db", db, "../examples/corpus.jsonl", "../examples/*.txt");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 articles stored, 0 failed, 45 already in the store");

    Path out = folder.resolve("export");
    CommandRun export = CommandRun.of("query", "--db", db, "export", "--format", "gdelt", "--out", out.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("events.gdelt.tsv"));
    assertThat(rows).isNotEmpty().allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
  }
}
