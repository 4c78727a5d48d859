package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A figure that fell below its baseline by more than the tolerance.
 *
 * @param current the figure now; empty when it is no longer defined (Parley coded nothing, say)
 */
public record FigureDrop(String gold, String options, String figure, double recorded, OptionalDouble current) {
  public FigureDrop {
    requireNonNull(gold, "gold is null");
    requireNonNull(options, "options is null");
    requireNonNull(figure, "figure is null");
    requireNonNull(current, "current is null");
  }

  /** One line for people: {@code PLOVER_GSR_CAMEO.txt: plover_recall 0.412, recorded 0.450}. */
  public String describe() {
    String now = current.isPresent() ? String.format(Locale.ROOT, "%.4f", current.getAsDouble()) : "undefined";
    return String.format(Locale.ROOT, "%s%s: %s %s, recorded %.4f", gold, options.isEmpty() ? "" : " (" + options + ")", figure, now, recorded);
  }
}
