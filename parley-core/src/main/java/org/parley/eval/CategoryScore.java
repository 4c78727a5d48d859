package org.parley.eval;

import static java.util.Objects.requireNonNull;

/** The tally of one PLOVER type or CAMEO root. */
public record CategoryScore(String name, Tally tally) {
  public CategoryScore {
    requireNonNull(name, "name is null");
    requireNonNull(tally, "tally is null");
  }
}
