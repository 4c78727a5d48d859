package org.parley.read;

import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/** Receives the articles a reader finds, and the bad articles or lines it skips while reading on. */
public interface ArticleSink {
  void accept(Article article);

  /** One article or line could not be read; the reader goes on with the next one. */
  void skip(ParleyInputException problem);
}
