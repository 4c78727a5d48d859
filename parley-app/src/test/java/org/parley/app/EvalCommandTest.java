package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley eval} through the command line with the real pipeline, on gold files written for these tests
 * in {@code src/test/resources/eval}: the figures, the baseline check and the errors for bad input.
 */
class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path GOLD = Path.of("src", "test", "resources", "eval");
  private static final String THREE_SENTENCES = GOLD.resolve("three-sentences.jsonl").toString();

  @TempDir
  Path folder;

  private static List<String> normalisedLines(String text) {
    return text.lines().map(line -> line.strip().replaceAll("\\s+", " ")).toList();
  }

  /** "will visit" is a hypothetical visit (042) and an asserted announcement of it (036, PLOVER AGREE). */
  @Test
  void scoresTheAssertedEventsAndRecordsTheFigures() throws IOException {
    Path baseline = folder.resolve("baseline.json");
    CommandRun run = CommandRun.of("eval", "--gold", THREE_SENTENCES, "--record", baseline.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(normalisedLines(run.out())).contains(
        "Sentences: 3 scored; skipped: none",
        "Events: 4 expected; Parley coded 5, 4 of them counted (asserted, or all where the gold gives modes)",
        "AGREE 1 1 1 1.000 1.000 1.000",
        "CONSULT 1 1 1 1.000 1.000 1.000",
        "ACCUSE 1 1 1 1.000 1.000 1.000",
        "ASSAULT 1 1 1 1.000 1.000 1.000",
        "all (micro) 4 4 4 1.000 1.000 1.000",
        "country level 1.000 (4 of 4)",
        "Modes: 1.000 (2 of 2 matched events with a gold mode)",
        "PETRARCH codings (exact CAMEO code, source and target): 4 expected, 4 produced (1.000), 0 false codings");
    JsonNode recorded = JSON.readTree(baseline.toFile()).path("baselines").get(0);
    assertThat(recorded.path("gold").asText()).isEqualTo("three-sentences.jsonl");
    assertThat(recorded.path("figures").path("plover_recall").asDouble()).isEqualTo(1.0);
    assertThat(recorded.path("figures").path("petrarch_produced_share").asDouble()).isEqualTo(1.0);

    CommandRun check = CommandRun.of("eval", "--gold", THREE_SENTENCES, "--check", baseline.toString());
    assertThat(check.exitCode()).as(check.err()).isEqualTo(0);
    assertThat(check.parleyErrors()).containsExactly("parley: eval check passed against " + baseline);
  }

  @Test
  void allModesCountsTheHypotheticalVisitAndTheCheckFailsOnTheDrop() throws IOException {
    Path baseline = Files.writeString(folder.resolve("baseline.json"), """
        {"baselines": [{"gold": "three-sentences.jsonl", "options": "--all-modes", "figures": {"plover_precision": 1.0, "plover_recall": 1.0}}]}
        """, StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("eval", "--gold", THREE_SENTENCES, "--all-modes", "--json", "--errors", "1", "--check", baseline.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.parleyErrors()).containsExactly(
        "parley: eval check failed: three-sentences.jsonl (--all-modes): plover_precision 0.8000, recorded 1.0000 (tolerance 0.02)");
    JsonNode report = JSON.readTree(run.outLines().get(0));
    assertThat(report.path("counted_modes").asText()).isEqualTo("all");
    assertThat(report.path("events").path("counted").asInt()).isEqualTo(5);
    assertThat(report.path("plover").path("types").path("CONSULT").path("coded").asInt()).isEqualTo(2);
    assertThat(report.path("plover").path("micro").path("precision").asDouble()).isEqualTo(0.8);
    assertThat(report.path("petrarch").path("false_codings").asInt()).isEqualTo(1);
    JsonNode worst = report.path("errors").get(0);
    assertThat(worst.path("id").asText()).isEqualTo("planned-visit");
    assertThat(worst.path("false").get(0).asText()).startsWith("042 INDGOV -> RUSGOV CONSULT (hypothetical)");
  }

  @Test
  void scoresPetrarchRecordsWithTheDictionariesBesideThem() {
    CommandRun run = CommandRun.of("eval", "--gold", GOLD.resolve("fictional.xml").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(normalisedLines(run.out())).contains(
        "Sentences: 2 scored; skipped: none",
        "CONSULT 1 1 1 1.000 1.000 1.000",
        "country level 1.000 (1 of 1)");
  }

  @Test
  void aBadGoldFileIsOneLineAndExitCodeTwoBeforeAnyCoding() throws IOException {
    Path gold = Files.writeString(folder.resolve("gold.jsonl"), "{\"id\": \"a\", \"text\": \"Text.\"}\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("eval", "--gold", gold.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).singleElement().asString().endsWith("gold.jsonl:1: missing \"events\" (write \"events\": [] when the sentence has no event)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aCheckWithoutRecordForTheGoldFileIsBadInput() throws IOException {
    Path baseline = Files.writeString(folder.resolve("baseline.json"), "{\"baselines\": []}", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("eval", "--gold", THREE_SENTENCES, "--fast", "--check", baseline.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).containsExactly("parley: " + baseline + ": no baseline for three-sentences.jsonl with options --fast; record one with --record");
  }
}
