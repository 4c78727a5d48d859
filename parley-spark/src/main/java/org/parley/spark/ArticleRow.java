package org.parley.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import org.parley.model.Article;

/**
 * An article as it travels between Spark tasks: Parley's {@link Article} with its date as text, serializable.
 *
 * @param published ISO date, or the empty string when unknown
 * @param dateline the place a wire dateline names, or the empty string
 */
public record ArticleRow(String id, String title, String source, String url, String published, String text, String dateline)
    implements Serializable {
  private static final long serialVersionUID = 2L;

  public ArticleRow {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(source, "source is null");
    requireNonNull(url, "url is null");
    requireNonNull(published, "published is null");
    requireNonNull(text, "text is null");
    requireNonNull(dateline, "dateline is null");
  }

  public static ArticleRow of(Article article) {
    return new ArticleRow(article.id(), article.title(), article.source(), article.url(),
        article.publishedDate().map(LocalDate::toString).orElse(""), article.text(), article.dateline());
  }

  public Article article() {
    return new Article(id, title, source, url, published.isEmpty() ? null : LocalDate.parse(published), text, dateline);
  }
}
