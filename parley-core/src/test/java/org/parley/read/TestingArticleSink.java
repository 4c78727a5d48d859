package org.parley.read;

import org.parley.model.Article;

/** Keeps what a reader delivers, for assertions. */
final class TestingArticleSink extends CollectedArticles {
  Article onlyArticle() {
    if (articles().size() != 1 || !skipped().isEmpty()) {
      throw new AssertionError("expected one article and no skips, got " + articles() + " and " + skipped());
    }
    return articles().get(0);
  }
}
