package org.parley.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/** A sink that keeps what a reader delivers, in order: the articles, and the problems it skipped. */
public class CollectedArticles implements ArticleSink {
  private final List<Article> articles = new ArrayList<>();
  private final List<ParleyInputException> skipped = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void skip(ParleyInputException problem) {
    skipped.add(problem);
  }

  /** The articles read, in input order. */
  public List<Article> articles() {
    return Collections.unmodifiableList(articles);
  }

  /** What was skipped, with the reasons, in input order. */
  public List<ParleyInputException> skipped() {
    return Collections.unmodifiableList(skipped);
  }
}
