package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunResultTest {
  @Test
  void survivesTheJsonLineBetweenChildAndParent() {
    RunResult result = new RunResult(BenchmarkSide.PARSE_BASELINE, 500, 5_025, 0, 12_345, 987_654, 4_100_000_000L, 5_300_000_000L, 1_900_000, -1);

    assertThat(RunResult.fromJson(result.toJson())).isEqualTo(result);
    assertThat(result.toJson()).contains("\"side\":\"corenlp-parse\"");
  }

  @Test
  void rejectsALineThatIsNotAResult() {
    assertThatThrownBy(() -> RunResult.fromJson("{\"side\":\"parley\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a benchmark result line");
  }
}
