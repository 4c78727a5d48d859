package org.parley.eval;

import java.util.OptionalDouble;

/**
 * Counts for one category or in all: events the gold expects, events Parley coded, and pairs of the two that
 * match.
 */
public record Tally(int gold, int predicted, int matched) {
  public static final Tally ZERO = new Tally(0, 0, 0);

  public Tally {
    if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
      throw new IllegalArgumentException("bad tally: gold " + gold + ", predicted " + predicted + ", matched " + matched);
    }
  }

  public Tally plus(Tally other) {
    return new Tally(gold + other.gold, predicted + other.predicted, matched + other.matched);
  }

  /** Matched share of Parley's events; empty when Parley coded none. */
  public OptionalDouble precision() {
    return predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / predicted);
  }

  /** Matched share of the expected events; empty when none were expected. */
  public OptionalDouble recall() {
    return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / gold);
  }

  /** 2 matched / (gold + predicted), the harmonic mean of precision and recall; empty when both counts are 0. */
  public OptionalDouble f1() {
    return gold + predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of(2.0 * matched / (gold + predicted));
  }
}
