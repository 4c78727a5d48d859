package org.parley.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one benchmark process measured about itself, and the wall time its parent saw.
 *
 * @param side what coded the corpus
 * @param articles articles coded
 * @param sentences sentences in them, as the side's sentence splitter found them
 * @param events events coded (0 for the parse baseline, which codes none)
 * @param loadMillis building the pipeline: models and tables
 * @param codeMillis coding the articles once the pipeline was built
 * @param peakHeapBytes the most heap in use at any sample (every 20 ms)
 * @param peakRssBytes the process's peak resident set size (Linux {@code VmHWM}), or -1 where unknown
 * @param cpuMillis CPU time the whole process used, all threads, JVM start included: less sensitive than wall time to
 *     other work on a shared machine
 * @param wallMillis the whole process from launch to exit as its parent measured it (JVM start included), or -1 before the parent fills it in
 */
public record RunResult(BenchmarkSide side, int articles, int sentences, int events, long loadMillis, long codeMillis, long peakHeapBytes,
    long peakRssBytes, long cpuMillis, long wallMillis) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RunResult {
    requireNonNull(side, "side is null");
    if (articles < 0 || sentences < 0 || events < 0) {
      throw new IllegalArgumentException("negative count: " + articles + " articles, " + sentences + " sentences, " + events + " events");
    }
  }

  public RunResult withWallMillis(long millis) {
    return new RunResult(side, articles, sentences, events, loadMillis, codeMillis, peakHeapBytes, peakRssBytes, cpuMillis, millis);
  }

  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("side", side.label());
    node.put("articles", articles);
    node.put("sentences", sentences);
    node.put("events", events);
    node.put("load_ms", loadMillis);
    node.put("code_ms", codeMillis);
    node.put("peak_heap_bytes", peakHeapBytes);
    node.put("peak_rss_bytes", peakRssBytes);
    node.put("cpu_ms", cpuMillis);
    node.put("wall_ms", wallMillis);
    return node.toString();
  }

  public static RunResult fromJson(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return new RunResult(BenchmarkSide.named(node.get("side").asText()), node.get("articles").asInt(), node.get("sentences").asInt(),
          node.get("events").asInt(), node.get("load_ms").asLong(), node.get("code_ms").asLong(), node.get("peak_heap_bytes").asLong(),
          node.get("peak_rss_bytes").asLong(), node.get("cpu_ms").asLong(), node.get("wall_ms").asLong());
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalArgumentException("not a benchmark result line: " + line, e);
    }
  }
}
