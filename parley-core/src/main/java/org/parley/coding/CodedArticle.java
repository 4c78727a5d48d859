package org.parley.coding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.model.Event;
import org.parley.nlp.AnnotatedArticle;

/** An article with its annotation, the events coded from it and its quotes with their speakers. */
public record CodedArticle(AnnotatedArticle annotated, List<Event> events, List<AttributedQuote> quotes) {
  public CodedArticle {
    requireNonNull(annotated, "annotated is null");
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
