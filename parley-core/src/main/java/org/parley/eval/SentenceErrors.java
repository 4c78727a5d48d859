package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What went wrong in one gold sentence: expected events Parley missed, events it coded that the gold does not
 * have, and events of the right type whose dyad disagrees at code level (each written as
 * {@code CAMEO SOURCE -> TARGET TYPE}).
 */
public record SentenceErrors(String id, String text, List<String> missed, List<String> falseEvents, List<String> wrongDyads) {
  public SentenceErrors {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    missed = List.copyOf(missed);
    falseEvents = List.copyOf(falseEvents);
    wrongDyads = List.copyOf(wrongDyads);
  }

  /** Missed plus false events: how the sentences are ranked, wrong dyads breaking ties. */
  public int severity() {
    return missed.size() + falseEvents.size();
  }

  public boolean isEmpty() {
    return missed.isEmpty() && falseEvents.isEmpty() && wrongDyads.isEmpty();
  }
}
