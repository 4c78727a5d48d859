package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in Spark's local mode on the five example articles and compares its Parquet output with what
 * {@code parley code} prints for the same files: the same event ids with the same codes.
 */
class SparkCodingJobTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir
  Path temp;

  @Test
  void writesTheEventsParleyCodePrintsAsParquetPartitionedByDate() throws Exception {
    List<String> inputs = examples();
    List<String> expected = parleyCode(inputs);
    Path output = temp.resolve("events");

    long written;
    List<String> actual = new ArrayList<>();
    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("parley-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate()) {
      written = SparkCodingJob.run(spark, new SparkCodingJob.JobOptions(inputs, output.toUri().toString(), 3, false, "", ""));
      for (Row row : spark.read().parquet(output.toString()).collectAsList()) {
        actual.add(key(row.getAs("id"), row.getAs("cameo"), row.getAs("plover"), row.getAs("source_code"), row.getAs("target_code"),
            row.getAs("date"), row.getAs("negated"), row.getAs("hypothetical")));
      }
    }

    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(written).isEqualTo(expected.size());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(output.resolve("date=2025-04-02")).isDirectory();
  }

  @Test
  void readsItsOptionsAndRejectsAJobWithoutOutput() {
    SparkCodingJob.JobOptions options = SparkCodingJob.options(new String[] {"--output", "out", "--partitions", "8", "--fast", "a.jsonl", "b/"});

    assertThat(options.inputs()).containsExactly("a.jsonl", "b/");
    assertThat(options.partitions()).isEqualTo(8);
    assertThat(options.fast()).isTrue();
    assertThatThrownBy(() -> SparkCodingJob.options(new String[] {"a.jsonl"})).hasMessageContaining("--output is required");
  }

  private static List<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(path -> path.toString().endsWith(".txt")).map(path -> path.toAbsolutePath().normalize().toString()).sorted().toList();
    }
  }

  /** {@code parley code} in its own JVM, so that this JVM holds one CoreNLP pipeline only. */
  private List<String> parleyCode(List<String> inputs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx4g",
        "-cp", System.getProperty("java.class.path"), "org.parley.app.Main", "code"));
    command.addAll(inputs);
    Path out = temp.resolve("parley-code.jsonl");
    Path err = temp.resolve("parley-code.err");
    int exit = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
    assertThat(exit).as(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo(0);
    ObjectMapper json = new ObjectMapper();
    List<String> keys = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode event = json.readTree(line);
      keys.add(key(event.get("id").asText(), event.get("cameo").asText(), event.get("plover").isNull() ? null : event.get("plover").asText(),
          event.get("source").get("code").asText(), event.get("target").isNull() ? null : event.get("target").get("code").asText(),
          event.get("date").asText(), event.get("mode").get("negated").asBoolean(), event.get("mode").get("hypothetical").asBoolean()));
    }
    return keys;
  }

  private static String key(Object... fields) {
    StringBuilder key = new StringBuilder();
    for (Object field : fields) {
      key.append(field).append(' ');
    }
    return key.toString().strip();
  }
}
