package org.parley.model;

import static java.util.Objects.requireNonNull;

/** A stretch of the article text, as character offsets into the article's annotated text. */
public record Span(String text, int begin, int end) {
  public Span {
    requireNonNull(text, "text is null");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span offsets: " + begin + ".." + end);
    }
  }
}
