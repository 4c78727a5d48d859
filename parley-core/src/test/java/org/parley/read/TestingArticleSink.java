package org.parley.read;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/** Keeps what a reader delivers, for assertions. */
final class TestingArticleSink implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<ParleyInputException> skipped = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void skip(ParleyInputException problem) {
    skipped.add(problem);
  }

  Article onlyArticle() {
    if (articles.size() != 1 || !skipped.isEmpty()) {
      throw new AssertionError("expected one article and no skips, got " + articles + " and " + skipped);
    }
    return articles.get(0);
  }
}
