package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndToEndBenchmarkTest {
  private static RunResult run(BenchmarkSide side, int articles, int sentences, long wallMillis) {
    return new RunResult(side, articles, sentences, 0, 14_000, wallMillis - 15_000, 3_000_000_000L, 3_600_000_000L, wallMillis * 19 / 10, wallMillis);
  }

  @Test
  void reportsBothSidesAndTheirRatio() {
    Map<BenchmarkSide, SteadyState> results = new LinkedHashMap<>();
    results.put(BenchmarkSide.PARLEY, new SteadyState(run(BenchmarkSide.PARLEY, 1, 10, 20_000), run(BenchmarkSide.PARLEY, 501, 5_010, 120_000)));
    results.put(BenchmarkSide.PARSE_BASELINE,
        new SteadyState(run(BenchmarkSide.PARSE_BASELINE, 1, 10, 20_000), run(BenchmarkSide.PARSE_BASELINE, 501, 5_010, 1_020_000)));

    String report = EndToEndBenchmark.report(results);

    assertThat(report).contains("parley (501 articles, 5010 sentences)")
        .contains("steady state: 5.00 articles/s (18,000 articles/hour), 50.0 sentences/s, 200 ms/article")
        .contains("start-up:     19.8 s")
        .contains("corenlp-parse (501 articles")
        .contains("steady state: 0.50 articles/s")
        .contains("CPU:          380 CPU-ms/article")
        .contains("ratio: parley codes 10.00x the articles/s of CoreNLP's tokenize,ssplit,pos,lemma,ner,parse pipeline (steady state; 10.00x by CPU time)");
  }

  @Test
  void takesTheMedianRunByWallTime() {
    List<RunResult> runs = List.of(run(BenchmarkSide.PARLEY, 500, 5_000, 90_000), run(BenchmarkSide.PARLEY, 500, 5_000, 70_000),
        run(BenchmarkSide.PARLEY, 500, 5_000, 130_000));

    assertThat(EndToEndBenchmark.median(runs).wallMillis()).isEqualTo(90_000);
  }

  @Test
  void readsOptionsAsPairs() {
    assertThat(EndToEndBenchmark.options(new String[] {"--corpus", "c.jsonl", "--articles", "600"}))
        .containsEntry("corpus", "c.jsonl")
        .containsEntry("articles", "600");
    assertThatThrownBy(() -> EndToEndBenchmark.options(new String[] {"--corpus"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
