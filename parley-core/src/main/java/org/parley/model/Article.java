package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news article as read from its input: metadata and the body text that the pipeline annotates.
 *
 * <p>Absent metadata is the empty string; an unknown publication date is {@code null} in the
 * component and {@link Optional#empty()} from {@link #publishedDate()}.
 *
 * @param dateline the place a wire dateline names ("NAIROBI" in "NAIROBI, June 25 (Reuters) -"), as written, or empty
 */
public record Article(String id, String title, String source, String url, LocalDate published, String text, String dateline) {
  public Article {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(source, "source is null");
    requireNonNull(url, "url is null");
    requireNonNull(text, "text is null");
    requireNonNull(dateline, "dateline is null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** An article without a dateline. */
  public Article(String id, String title, String source, String url, LocalDate published, String text) {
    this(id, title, source, url, published, text, "");
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, title, source, url, date, text, dateline);
  }

  public Article withSource(String newSource) {
    return new Article(id, title, newSource, url, published, text, dateline);
  }

  public Article withUrl(String newUrl) {
    return new Article(id, title, source, newUrl, published, text, dateline);
  }
}
