package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.model.Article;
import org.parley.model.Event;

/**
 * One article ready to be stored in one transaction: its metadata and text, its sentences, and the events coded
 * from it; or the error that stopped its coding.
 *
 * @param article the article as read (an empty text is stored as none: nothing to recode)
 * @param input the file it came from
 * @param sentences the sentences' texts by index (all of them, or only those with events)
 * @param events the sentence-level events coded from it
 * @param error why coding failed, or empty when it was coded
 */
public record ArticleCoding(Article article, String input, SortedMap<Integer, String> sentences, List<Event> events, String error) {
  public ArticleCoding {
    requireNonNull(article, "article is null");
    requireNonNull(input, "input is null");
    sentences = new TreeMap<>(sentences);
    events = List.copyOf(events);
    requireNonNull(error, "error is null");
    for (Event event : events) {
      if (!event.article().id().equals(article.id())) {
        throw new IllegalArgumentException("event " + event.id() + " belongs to article " + event.article().id() + ", not " + article.id());
      }
    }
  }

  /** A coded article. */
  public static ArticleCoding coded(Article article, String input, SortedMap<Integer, String> sentences, List<Event> events) {
    return new ArticleCoding(article, input, sentences, events, "");
  }

  /** An article whose coding failed; it is recorded with its error and no events. */
  public static ArticleCoding failed(Article article, String input, String error) {
    return new ArticleCoding(article, input, new TreeMap<>(), List.of(), error.isBlank() ? "unknown error" : error);
  }

  public Optional<String> failure() {
    return error.isEmpty() ? Optional.empty() : Optional.of(error);
  }
}
