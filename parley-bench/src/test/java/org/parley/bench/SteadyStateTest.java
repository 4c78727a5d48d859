package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SteadyStateTest {
  private static RunResult run(BenchmarkSide side, int articles, int sentences, long wallMillis) {
    return new RunResult(side, articles, sentences, 0, 15_000, wallMillis - 16_000, 3_000_000_000L, 3_500_000_000L, wallMillis * 19 / 10, wallMillis);
  }

  @Test
  void dividesTheDifferenceBetweenOneAndNArticlesByNMinusOne() {
    SteadyState state = new SteadyState(run(BenchmarkSide.PARLEY, 1, 10, 20_000), run(BenchmarkSide.PARLEY, 500, 5_010, 119_800));

    assertThat(state.millisPerArticle()).isCloseTo(200.0, within(1e-9));
    assertThat(state.articlesPerSecond()).isCloseTo(5.0, within(1e-9));
    assertThat(state.articlesPerHour()).isCloseTo(18_000.0, within(1e-6));
    assertThat(state.sentencesPerSecond()).isCloseTo(5_000 * 1000.0 / 99_800, within(1e-9));
    assertThat(state.cpuMillisPerArticle()).isCloseTo((119_800 * 19 / 10 - 20_000 * 19 / 10) / 499.0, within(1e-9));
  }

  @Test
  void reportsStartUpAsTheOneArticleRunLessOneArticle() {
    SteadyState state = new SteadyState(run(BenchmarkSide.PARLEY, 1, 10, 20_000), run(BenchmarkSide.PARLEY, 500, 5_010, 119_800));

    assertThat(state.startupMillis()).isCloseTo(19_800.0, within(1e-9));
  }

  @Test
  void rejectsRunsOfDifferentSides() {
    assertThatThrownBy(() -> new SteadyState(run(BenchmarkSide.PARLEY, 1, 10, 20_000), run(BenchmarkSide.PARSE_BASELINE, 500, 5_010, 119_800)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different sides");
  }

  @Test
  void rejectsACorpusRunNoSlowerThanTheOneArticleRun() {
    assertThatThrownBy(() -> new SteadyState(run(BenchmarkSide.PARLEY, 1, 10, 20_000), run(BenchmarkSide.PARLEY, 500, 5_010, 19_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too busy");
  }
}
