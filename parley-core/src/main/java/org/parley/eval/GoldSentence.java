package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One gold sentence: its text, the date it is coded on, and every event it is expected to give (none when
 * {@code events} is empty).
 *
 * @param id the gold file's id of the record
 * @param text the sentence
 * @param date the publication date the coder is given, or {@code null} when the gold file gives none
 * @param events the expected events
 */
public record GoldSentence(String id, String text, LocalDate date, List<GoldEvent> events) {
  public GoldSentence {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    events = List.copyOf(events);
    if (id.isBlank()) {
      throw new IllegalArgumentException("sentence id is blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("sentence text is blank: " + id);
    }
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(date);
  }

  /** Whether every expected event carries a CAMEO code, so that CAMEO roots and exact codings can be scored. */
  public boolean cameoCoded() {
    return events.stream().allMatch(event -> event.cameoCode().isPresent());
  }

  /** Whether the gold record says how the text presents its events. */
  public boolean givesModes() {
    return events.stream().anyMatch(event -> event.goldMode().isPresent());
  }
}
