package org.parley.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.actor.ActorContext;
import org.parley.actor.ActorResolver;
import org.parley.model.Actor;
import org.parley.nlp.CorefChain;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Mention;
import org.parley.nlp.Quote;

/**
 * Resolves each quote's speaker mention to an actor, and names the person where coreference links the
 * mention ("the envoy", "he") to a name ("Kirill Dmitriev").
 */
final class QuoteAttribution {
  private final ActorResolver resolver;

  QuoteAttribution(ActorResolver resolver) {
    this.resolver = resolver;
  }

  List<AttributedQuote> attribute(ActorContext context) {
    List<AttributedQuote> quotes = new ArrayList<>();
    for (Quote quote : context.article().quotes()) {
      Actor speaker = null;
      if (quote.speakerMention().isPresent()) {
        Mention mention = quote.speaker();
        speaker = resolver.resolve(context, mention.sentence(), mention.head()).orElse(null);
        Optional<String> name = personName(context, mention);
        if (speaker != null && name.isPresent()) {
          speaker = new Actor(name.get(), speaker.span(), speaker.code());
        }
      }
      quotes.add(new AttributedQuote(quote, speaker));
    }
    return quotes;
  }

  /** The name of the person a mention corefers with, if the chain has a proper-name mention. */
  private static Optional<String> personName(ActorContext context, Mention mention) {
    DependencyTree tree = context.tree(mention.sentence());
    if (tree.token(mention.head()).entity().equals("PERSON")) {
      return Optional.empty();
    }
    Optional<CorefChain> chain = context.chain(mention.sentence(), mention.head());
    if (chain.isEmpty()) {
      return Optional.empty();
    }
    List<Mention> mentions = new ArrayList<>();
    mentions.add(chain.get().representative());
    mentions.addAll(chain.get().mentions());
    for (Mention other : mentions) {
      DependencyTree otherTree = context.tree(other.sentence());
      int head = otherTree.headOf(other.begin(), other.end());
      if (otherTree.token(head).entity().equals("PERSON")) {
        int begin = head;
        int end = head;
        while (begin > other.begin() && otherTree.token(begin - 1).entity().equals("PERSON")) {
          begin--;
        }
        while (end + 1 < other.end() && otherTree.token(end + 1).entity().equals("PERSON")) {
          end++;
        }
        return Optional.of(otherTree.sentence().textOf(begin, end));
      }
    }
    return Optional.empty();
  }
}
