package org.parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-to-end benchmark: codes a fixed corpus with Parley's default pipeline and, side by side in the same
 * run, annotates it with CoreNLP's constituency-parse pipeline ({@link ParseBaseline}), then prints each
 * side's steady-state articles/s and sentences/s, start-up on its own line, peak heap and RSS, and the ratio.
 * Each measurement is a fresh JVM: one article, then N, so that (wall(N) - wall(1)) / (N - 1) is the
 * steady-state cost and JVM start and model loading are reported apart. Runs one JVM at a time.
 *
 * <pre>
 * scripts/bench.sh                       # 500 articles, both sides: about 20 minutes on an idle 2-core machine, mostly the parser
 * scripts/bench.sh --articles 100 --sides parley --repeat 3
 * scripts/bench.sh --baseline-articles 41  # Parley on 500, the slow baseline on the first 41 (each of the 40 texts once)
 * </pre>
 *
 * or directly, after {@code mvn -o -q -B -DskipTests package}:
 *
 * <pre>
 * scripts/bench-corpus.sh 500 &gt; /tmp/corpus500.jsonl
 * java -cp "parley-bench/target/parley-bench.jar:$(cat parley-bench/target/classpath.txt)" \
 *     org.parley.bench.EndToEndBenchmark --corpus /tmp/corpus500.jsonl --articles 500
 * </pre>
 *
 * Options: {@code --corpus FILE} (required), {@code --articles N} (500), {@code --baseline-articles N} (as
 * {@code --articles}; steady-state cost per article is what is compared), {@code --threads N} (all cores),
 * {@code --sides parley,corenlp-parse}, {@code --repeat N} (1; the median of N is reported), {@code
 * --parley-jvm "-Xmx4g"}, {@code --baseline-jvm "-Xmx5g"}.
 */
public final class EndToEndBenchmark {
  private final Path corpus;
  private final int articles;
  private final int baselineArticles;
  private final int threads;
  private final List<BenchmarkSide> sides;
  private final int repeat;
  private final Map<BenchmarkSide, List<String>> jvmOptions;
  private final PrintStream progress;

  EndToEndBenchmark(Map<String, String> options, PrintStream progress) {
    this.corpus = Path.of(required(options, "corpus"));
    this.articles = Integer.parseInt(options.getOrDefault("articles", "500"));
    this.baselineArticles = Integer.parseInt(options.getOrDefault("baseline-articles", String.valueOf(articles)));
    this.threads = Integer.parseInt(options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
    this.sides = Arrays.stream(options.getOrDefault("sides", "parley,corenlp-parse").split(",")).map(BenchmarkSide::named).toList();
    this.repeat = Integer.parseInt(options.getOrDefault("repeat", "1"));
    this.jvmOptions = Map.of(
        BenchmarkSide.PARLEY, words(options.getOrDefault("parley-jvm", "-Xmx4g")),
        BenchmarkSide.PARSE_BASELINE, words(options.getOrDefault("baseline-jvm", "-Xmx5g")));
    this.progress = progress;
    if (articles < 2 || baselineArticles < 2 || threads < 1 || repeat < 1) {
      throw new IllegalArgumentException("need --articles >= 2, --baseline-articles >= 2, --threads >= 1, --repeat >= 1");
    }
  }

  public static void main(String[] args) throws Exception {
    EndToEndBenchmark benchmark;
    try {
      benchmark = new EndToEndBenchmark(options(args), System.err);
    } catch (IllegalArgumentException e) {
      System.err.println("parley-bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    Map<BenchmarkSide, SteadyState> results = benchmark.run();
    System.out.print(report(results));
  }

  Map<BenchmarkSide, SteadyState> run() throws IOException, InterruptedException {
    Map<BenchmarkSide, List<RunResult>> singles = new LinkedHashMap<>();
    Map<BenchmarkSide, List<RunResult>> corpora = new LinkedHashMap<>();
    for (int round = 1; round <= repeat; round++) {
      for (BenchmarkSide side : sides) {
        singles.computeIfAbsent(side, key -> new ArrayList<>()).add(measure(side, 1, round));
        int count = side == BenchmarkSide.PARSE_BASELINE ? baselineArticles : articles;
        corpora.computeIfAbsent(side, key -> new ArrayList<>()).add(measure(side, count, round));
      }
    }
    Map<BenchmarkSide, SteadyState> results = new LinkedHashMap<>();
    for (BenchmarkSide side : sides) {
      results.put(side, new SteadyState(median(singles.get(side)), median(corpora.get(side))));
    }
    return results;
  }

  private RunResult measure(BenchmarkSide side, int count, int round) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions.get(side));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), CodingRun.class.getName(), side.label(), String.valueOf(count),
        String.valueOf(threads), corpus.toString()));
    // Not in the shared temp folder: others clean it while a run is under way.
    Path logs = Path.of(System.getProperty("parley.bench.logs", "parley-bench/target/logs"));
    Files.createDirectories(logs);
    Path log = Files.createTempFile(logs, side.label() + "-" + count + "-", ".log");
    String load = loadAverage();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      throw new IllegalStateException(side.label() + " run of " + count + " articles failed with exit code " + exit + "; its log ends:\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
    }
    Files.deleteIfExists(log);
    String last = output.strip().lines().reduce((first, second) -> second).orElse("");
    RunResult result = RunResult.fromJson(last).withWallMillis(wall);
    progress.printf(Locale.ROOT, "parley-bench: round %d %-13s %4d articles %6d sentences: wall %7.1f s (load %5.1f s, coding %7.1f s), CPU %7.1f s, peak heap %.2f GB, peak RSS %.2f GB; load average before: %s%n",
        round, side.label(), result.articles(), result.sentences(), wall / 1000.0, result.loadMillis() / 1000.0, result.codeMillis() / 1000.0, result.cpuMillis() / 1000.0,
        gigabytes(result.peakHeapBytes()), gigabytes(result.peakRssBytes()), load);
    return result;
  }

  /** The run with the median wall time (the lower middle one for an even count). */
  static RunResult median(List<RunResult> runs) {
    List<RunResult> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(RunResult::wallMillis));
    return sorted.get((sorted.size() - 1) / 2);
  }

  static String report(Map<BenchmarkSide, SteadyState> results) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<BenchmarkSide, SteadyState> entry : results.entrySet()) {
      SteadyState state = entry.getValue();
      RunResult corpus = state.corpus();
      text.append(String.format(Locale.ROOT, "%s (%d articles, %d sentences)%n", entry.getKey().label(), corpus.articles(), corpus.sentences()));
      text.append(String.format(Locale.ROOT, "  steady state: %.2f articles/s (%,.0f articles/hour), %.1f sentences/s, %.0f ms/article%n",
          state.articlesPerSecond(), state.articlesPerHour(), state.sentencesPerSecond(), state.millisPerArticle()));
      text.append(String.format(Locale.ROOT, "  CPU:          %.0f CPU-ms/article in steady state (all threads; %.2f articles/s per fully used core)%n",
          state.cpuMillisPerArticle(), 1000.0 / state.cpuMillisPerArticle()));
      text.append(String.format(Locale.ROOT, "  start-up:     %.1f s (JVM, models and tables; one-article run %.1f s, of which pipeline load %.1f s)%n",
          state.startupMillis() / 1000.0, state.single().wallMillis() / 1000.0, state.single().loadMillis() / 1000.0));
      text.append(String.format(Locale.ROOT, "  whole run:    %.1f s wall, peak heap %.2f GB, peak RSS %.2f GB%n",
          corpus.wallMillis() / 1000.0, gigabytes(corpus.peakHeapBytes()), gigabytes(corpus.peakRssBytes())));
    }
    SteadyState parley = results.get(BenchmarkSide.PARLEY);
    SteadyState baseline = results.get(BenchmarkSide.PARSE_BASELINE);
    if (parley != null && baseline != null) {
      text.append(String.format(Locale.ROOT, "ratio: parley codes %.2fx the articles/s of CoreNLP's %s pipeline (steady state; %.2fx by CPU time)%n",
          parley.articlesPerSecond() / baseline.articlesPerSecond(), ParseBaseline.ANNOTATORS,
          baseline.cpuMillisPerArticle() / parley.cpuMillisPerArticle()));
    }
    return text.toString();
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value pairs, got '" + args[i] + "'");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double gigabytes(long bytes) {
    return bytes < 0 ? Double.NaN : bytes / 1e9;
  }
}
