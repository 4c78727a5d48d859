package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.model.Event;

/** A gold sentence with every event Parley coded from it, whatever their mode. */
public record SentenceCoding(GoldSentence sentence, List<Event> events) {
  public SentenceCoding {
    requireNonNull(sentence, "sentence is null");
    events = List.copyOf(events);
  }
}
