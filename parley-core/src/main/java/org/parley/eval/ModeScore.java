package org.parley.eval;

import java.util.OptionalDouble;

/** Of the matched events whose gold record gives a mode, how many Parley gave the same mode. */
public record ModeScore(int judged, int correct) {
  public ModeScore {
    if (correct < 0 || correct > judged) {
      throw new IllegalArgumentException("bad mode counts: " + judged + ", " + correct);
    }
  }

  public OptionalDouble accuracy() {
    return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / judged);
  }
}
