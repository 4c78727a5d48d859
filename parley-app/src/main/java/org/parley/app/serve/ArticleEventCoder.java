package org.parley.app.serve;

import java.util.List;
import org.parley.model.Article;
import org.parley.model.Event;

/** Codes one article into its events, as {@code parley code} does; thread-safe. */
@FunctionalInterface
public interface ArticleEventCoder {
  List<Event> code(Article article);
}
