package org.parley.read;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user stated about the input on the command line, which wins over what a reader detects.
 *
 * <p>For plain text the options override the detected title-block metadata. For JSON Lines, where
 * every line states its own metadata, the options fill in only the fields a line lacks (the
 * contract's "defaults for inputs that lack them").
 *
 * @param date the publication date, or {@code null} when not given
 * @param source the outlet, or empty when not given
 * @param url the address, or empty when not given
 * @param maxArticleChars longer articles are skipped with a warning
 */
public record ReadOptions(LocalDate date, String source, String url, int maxArticleChars) {
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

  private static final ReadOptions NONE = new ReadOptions(null, "", "", DEFAULT_MAX_ARTICLE_CHARS);

  public ReadOptions {
    requireNonNull(source, "source is null");
    requireNonNull(url, "url is null");
    source = source.strip();
    url = url.strip();
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive: " + maxArticleChars);
    }
  }

  public ReadOptions(LocalDate date, String source, String url) {
    this(date, source, url, DEFAULT_MAX_ARTICLE_CHARS);
  }

  /** No overrides and the default size limit. */
  public static ReadOptions none() {
    return NONE;
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(date);
  }

  public ReadOptions withDate(LocalDate newDate) {
    return new ReadOptions(newDate, source, url, maxArticleChars);
  }

  public ReadOptions withSource(String newSource) {
    return new ReadOptions(date, newSource, url, maxArticleChars);
  }

  public ReadOptions withUrl(String newUrl) {
    return new ReadOptions(date, source, newUrl, maxArticleChars);
  }

  public ReadOptions withMaxArticleChars(int newMaxArticleChars) {
    return new ReadOptions(date, source, url, newMaxArticleChars);
  }
}
