package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.Span;

/**
 * Where an event's trigger and actors stand in its sentence, for the dashboard to mark them. The stored offsets
 * count from the start of the annotated text (title, blank line, body); an article loaded as coded events has no
 * text, so the sentence's start is then inferred from where the trigger's words stand in it, and a span whose
 * offsets do not fit is found by its words instead.
 */
final class EvidenceSpans {
  /**
   * A marked stretch of the sentence.
   *
   * @param kind trigger, source, target or claimant
   * @param begin first character, counted in the sentence
   * @param end one past the last character
   */
  record Highlight(String kind, int begin, int end) {
    Highlight {
      requireNonNull(kind, "kind is null");
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException("bad highlight " + begin + ".." + end);
      }
    }
  }

  private EvidenceSpans() {}

  /**
   * The event's marked stretches in its sentence, ordered and without overlaps (the trigger wins, then the
   * source, target and claimant in that order).
   *
   * @param annotatedText the article's annotated text, or empty when the store has none
   */
  static List<Highlight> of(Event event, String annotatedText) {
    String sentence = event.sentenceText();
    int sentenceBegin = sentenceBegin(sentence, annotatedText, event.trigger());
    List<Highlight> found = new ArrayList<>();
    add(found, "trigger", event.trigger(), sentence, sentenceBegin);
    add(found, "source", span(event.source()), sentence, sentenceBegin);
    add(found, "target", span(event.target()), sentence, sentenceBegin);
    add(found, "claimant", span(event.mode().claimedBy()), sentence, sentenceBegin);
    found.sort(Comparator.comparingInt(Highlight::begin));
    return found;
  }

  private static Span span(Actor actor) {
    return actor == null ? null : actor.span();
  }

  /** The sentence's offset in the annotated text, or -1 when it cannot be told. */
  private static int sentenceBegin(String sentence, String annotatedText, Span trigger) {
    if (!annotatedText.isEmpty() && !sentence.isEmpty()) {
      // The occurrence of the sentence that holds the trigger: a repeated sentence is placed by its own event.
      for (int at = annotatedText.indexOf(sentence); at >= 0; at = annotatedText.indexOf(sentence, at + 1)) {
        if (trigger.begin() >= at && trigger.end() <= at + sentence.length()) {
          return at;
        }
      }
    }
    int inSentence = trigger.text().isEmpty() ? -1 : sentence.indexOf(trigger.text());
    return inSentence < 0 ? -1 : trigger.begin() - inSentence;
  }

  private static void add(List<Highlight> found, String kind, Span span, String sentence, int sentenceBegin) {
    if (span == null || span.text().isEmpty()) {
      return;
    }
    int begin = -1;
    if (sentenceBegin >= 0) {
      int relative = span.begin() - sentenceBegin;
      if (relative >= 0 && sentence.startsWith(span.text(), relative)) {
        begin = relative;
      }
    }
    if (begin < 0) {
      begin = sentence.indexOf(span.text());
    }
    if (begin < 0) {
      return;
    }
    Highlight highlight = new Highlight(kind, begin, begin + span.text().length());
    for (Highlight other : found) {
      if (highlight.begin() < other.end() && other.begin() < highlight.end()) {
        return;
      }
    }
    found.add(highlight);
  }
}
