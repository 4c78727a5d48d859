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

/** The command line as a user meets it: exit codes, one-line errors, skipped articles, output formats. */
class CommandLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void missingFileGivesOneLineErrorAndExitCodeTwo() {
    CommandRun run = CommandRun.of("code", folder.resolve("nowhere.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).hasSize(1);
    assertThat(run.parleyErrors().get(0)).contains("nowhere.txt").contains("no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void emptyFileGivesOneLineErrorAndExitCodeTwo() throws IOException {
    Path empty = Files.writeString(folder.resolve("empty.txt"), "");
    CommandRun run = CommandRun.of("code", empty.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).singleElement().asString().contains("empty.txt").contains("empty");
  }

  @Test
  void binaryFileGivesOneLineErrorAndExitCodeTwo() throws IOException {
    Path binary = folder.resolve("image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, (byte) 0xff});
    CommandRun run = CommandRun.of("code", binary.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).singleElement().asString().contains("image.txt").contains("binary");
  }

  @Test
  void everyCommandThatCodesTakesTheSameCodingOptions() {
    picocli.CommandLine main = new picocli.CommandLine(new Main());
    java.util.List<String> pipeline = java.util.List.of("--fast", "--actors", "--codebook", "--petrarch-verbs");
    java.util.List<String> corpus = java.util.List.of("--date", "--source", "--url", "--threads", "--max-chars", "--article-time-limit");
    for (String command : java.util.List.of("code", "annotate", "actors", "ingest")) {
      picocli.CommandLine.Model.CommandSpec spec = main.getSubcommands().get(command).getCommandSpec();
      for (String option : concat(pipeline, corpus)) {
        assertThat(spec.findOption(option)).as(command + " " + option).isNotNull();
        assertThat(spec.findOption(option).description()).as(command + " " + option)
            .isEqualTo(main.getSubcommands().get("code").getCommandSpec().findOption(option).description());
      }
    }
    picocli.CommandLine.Model.CommandSpec serve = main.getSubcommands().get("serve").getCommandSpec();
    pipeline.forEach(option -> assertThat(serve.findOption(option)).as("serve " + option).isNotNull());

    CommandRun threads = CommandRun.of("code", "--threads", "0", "x.txt");
    assertThat(threads.exitCode()).isEqualTo(2);
    assertThat(threads.parleyErrors()).singleElement().asString().contains("--threads");
  }

  private static java.util.List<String> concat(java.util.List<String> first, java.util.List<String> second) {
    java.util.List<String> both = new java.util.ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  @Test
  void badDateOptionIsAUsageError() {
    CommandRun run = CommandRun.of("code", "--date", "yesterday", "x.txt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).singleElement().asString().contains("--date");
  }

  @Test
  void invalidJsonLineAndHugeArticleAreSkippedWhileTheOthersAreCoded() throws IOException {
    String huge = "Russia attacked Ukraine. ".repeat(220_000);
    Path corpus = Files.writeString(folder.resolve("corpus.jsonl"), String.join("\n",
        "{\"id\": \"a1\", \"date\": \"2025-03-01\", \"text\": \"Russian drones attacked Odesa on Friday.\"}",
        "{\"id\": \"a2\", \"text\": \"unterminated",
        "{\"id\": \"a3\", \"text\": \"" + huge + "\"}",
        "{\"id\": \"a4\", \"date\": \"2025-03-02\", \"text\": \"Russia accused Ukraine of shelling Donetsk.\"}") + "\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("code", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    List<String> articles = run.outLines().stream().map(CommandLineTest::articleId).distinct().toList();
    assertThat(articles).containsExactly("a1", "a4");
    assertThat(run.parleyErrors()).hasSize(2);
    assertThat(run.parleyErrors().get(0)).contains("corpus.jsonl:2");
    assertThat(run.parleyErrors().get(1)).contains("corpus.jsonl:3");
  }

  @Test
  void gdeltFormatPrintsSixtyOneColumns() throws IOException {
    Path article = Files.writeString(folder.resolve("strike.txt"), "Drones hit Odesa\n\nRussian drones attacked Odesa.\n");
    CommandRun run = CommandRun.of("code", "--format", "gdelt", "--date", "2025-03-07", article.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.outLines()).isNotEmpty();
    // The headline's "Drones hit Odesa" names no country (---MIL); the body's Russian drones are the row to check.
    String[] columns = run.outLines().stream().filter(line -> line.contains("\tRUSMIL\t")).findFirst().orElseThrow().split("\t", -1);
    assertThat(columns).hasSize(61);
    assertThat(columns[1]).isEqualTo("20250307");
    assertThat(columns[5]).isEqualTo("RUSMIL");
    assertThat(columns[28]).startsWith("19");
  }

  @Test
  void explicitOptionsOverrideDetectedMetadata() throws IOException {
    Path article = Files.writeString(folder.resolve("visit.txt"), "Envoy visits Washington\nRT.com\n03 Apr 2025\n\nPutin's envoy arrived in Washington on Wednesday.\n");
    CommandRun run = CommandRun.of("code", "--source", "Parley Wire", "--date", "2025-04-10", article.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    JsonNode event = run.outLines().stream().map(CommandLineTest::parse)
        .filter(line -> line.path("sentence").path("index").asInt() == 1).findFirst().orElseThrow();
    assertThat(event.path("article").path("source").asText()).isEqualTo("Parley Wire");
    assertThat(event.path("article").path("published").asText()).isEqualTo("2025-04-10");
    assertThat(event.path("date").asText()).isEqualTo("2025-04-09");
  }

  @Test
  void theWireDatelineIsPrintedWithTheArticle() throws IOException {
    Path article = Files.writeString(folder.resolve("wire.txt"),
        "Envoy visits Washington\n\nMOSCOW, April 3, 2025 (Reuters) - Putin's envoy arrived in Washington on Wednesday.\n");
    Path plain = Files.writeString(folder.resolve("plain.txt"), "Envoy visits Washington\n\nPutin's envoy arrived in Washington on Wednesday.\n");
    CommandRun run = CommandRun.of("code", article.toString(), plain.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.outLines().stream().map(CommandLineTest::parse).map(line -> line.path("article").path("dateline")))
        .extracting(JsonNode::isNull, node -> node.asText(""))
        .contains(org.assertj.core.groups.Tuple.tuple(false, "MOSCOW"), org.assertj.core.groups.Tuple.tuple(true, ""));
  }

  private static String articleId(String line) {
    return parse(line).path("article").path("id").asText();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
