package org.parley.model;

import static java.util.Objects.requireNonNull;

/**
 * An event participant as the text names it, with the code it resolved to.
 *
 * @param text the words of the mention (the resolved name where coreference supplied it)
 * @param span where the mention itself stands in the article
 * @param code the resolved actor code
 */
public record Actor(String text, Span span, ActorCode code) {
  public Actor {
    requireNonNull(text, "text is null");
    requireNonNull(span, "span is null");
    requireNonNull(code, "code is null");
  }
}
