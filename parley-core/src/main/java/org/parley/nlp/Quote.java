package org.parley.nlp;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A quotation with the mention of its speaker where attribution found one.
 *
 * @param text the quote including its quotation marks
 * @param begin character offset in the article text
 * @param end character offset just past the quote
 * @param speaker the speaker mention, or {@code null}
 */
public record Quote(String text, int begin, int end, Mention speaker) {
  public Quote {
    requireNonNull(text, "text is null");
  }

  public Optional<Mention> speakerMention() {
    return Optional.ofNullable(speaker);
  }
}
