package org.parley.eval;

import java.util.OptionalDouble;

/**
 * PETRARCH's validation figures: expected codings (CAMEO code, source code, target code, each as one string),
 * how many of them Parley produced exactly, and how many codings Parley produced that were not expected.
 */
public record ExactCodings(int expected, int produced, int falseCodings) {
  public ExactCodings {
    if (produced < 0 || produced > expected || falseCodings < 0) {
      throw new IllegalArgumentException("bad coding counts: " + expected + ", " + produced + ", " + falseCodings);
    }
  }

  public OptionalDouble producedShare() {
    return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) produced / expected);
  }
}
