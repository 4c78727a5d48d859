package org.parley.coding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.model.Event;
import org.parley.nlp.AnnotatedArticle;

/** An article with its annotation and the events coded from it. */
public record CodedArticle(AnnotatedArticle annotated, List<Event> events) {
  public CodedArticle {
    requireNonNull(annotated, "annotated is null");
    events = List.copyOf(events);
  }
}
