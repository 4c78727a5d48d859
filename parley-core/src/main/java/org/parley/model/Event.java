package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One coded event with its evidence: the article, the sentence and the trigger that produced it.
 *
 * @param id stable: the same input gives the same id
 * @param article the article the event was read from (its text is not repeated in output)
 * @param sentenceIndex zero-based index of the sentence in the article
 * @param sentenceText the whole sentence
 * @param trigger the words that signal the event
 * @param date ISO date {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY}; empty when unknown
 * @param source who acted
 * @param target who was acted upon, or {@code null}
 * @param cameo the event code
 * @param mode asserted, negated, hypothetical or claimed
 * @param location where it took place, or {@code null}
 */
public record Event(
    String id,
    Article article,
    int sentenceIndex,
    String sentenceText,
    Span trigger,
    String date,
    Actor source,
    Actor target,
    CameoCode cameo,
    EventMode mode,
    Location location) {
  public Event {
    requireNonNull(id, "id is null");
    requireNonNull(article, "article is null");
    requireNonNull(sentenceText, "sentenceText is null");
    requireNonNull(trigger, "trigger is null");
    requireNonNull(date, "date is null");
    requireNonNull(source, "source is null");
    requireNonNull(cameo, "cameo is null");
    requireNonNull(mode, "mode is null");
  }

  public Optional<Actor> targetActor() {
    return Optional.ofNullable(target);
  }

  public Optional<Location> place() {
    return Optional.ofNullable(location);
  }
}
