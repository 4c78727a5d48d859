package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Codes each article in {@code examples/} through the command line and compares its events with the
 * reviewed golden file {@code src/test/resources/golden/NAME.events.jsonl}: one canonical line per event
 * (sorted keys, sorted rows), the fields an analyst checks. Run with {@code -Dgolden.update=true} to rewrite
 * the golden files, then review the diff.
 */
class GoldenExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleArticleCodesAsReviewed(String name) throws IOException {
    CommandRun run = CommandRun.of("code", EXAMPLES.resolve(name).toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    List<String> actual = canonical(run.outLines());
    Path golden = GOLDEN.resolve(name.replace(".txt", ".events.jsonl"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
  }

  private static List<String> canonical(List<String> lines) throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      ObjectNode row = JSON.createObjectNode();
      row.put("sentence", event.path("sentence").path("index").asInt());
      row.put("trigger", event.path("trigger").path("text").asText());
      row.put("cameo", event.path("cameo").asText());
      row.set("plover", event.path("plover"));
      row.put("source", actor(event.path("source")));
      row.put("target", actor(event.path("target")));
      row.put("date", event.path("date").asText());
      row.put("mode", mode(event.path("mode")));
      row.put("location", event.path("location").isNull() ? "" : event.path("location").path("text").asText());
      rows.add(JSON.writeValueAsString(row));
    }
    rows.sort(null);
    return rows;
  }

  private static String actor(JsonNode actor) {
    return actor.isNull() || actor.isMissingNode() ? "" : actor.path("code").asText() + " " + actor.path("text").asText();
  }

  private static String mode(JsonNode mode) {
    List<String> parts = new ArrayList<>();
    if (mode.path("negated").asBoolean()) {
      parts.add("negated");
    }
    if (mode.path("hypothetical").asBoolean()) {
      parts.add("hypothetical");
    }
    if (!mode.path("claimed_by").isNull()) {
      parts.add("claimed_by " + actor(mode.path("claimed_by")));
    }
    return parts.isEmpty() ? "asserted" : String.join(", ", parts);
  }
}
