package org.parley.coding;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.parley.model.Actor;
import org.parley.nlp.Quote;

/**
 * A quotation with its speaker resolved to an actor: the named person where the article names them.
 *
 * @param speaker the speaker, or {@code null} when attribution found none
 */
public record AttributedQuote(Quote quote, Actor speaker) {
  public AttributedQuote {
    requireNonNull(quote, "quote is null");
  }

  public Optional<Actor> speakerActor() {
    return Optional.ofNullable(speaker);
  }
}
