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
  private static final java.util.Set<String> SPEECH_VERBS = java.util.Set.of(
      "say", "tell", "add", "write", "state", "insist", "declare", "warn", "note", "explain", "ask", "reply", "tweet", "post");

  private final ActorResolver resolver;

  QuoteAttribution(ActorResolver resolver) {
    this.resolver = resolver;
  }

  List<AttributedQuote> attribute(ActorContext context) {
    List<AttributedQuote> quotes = new ArrayList<>();
    for (Quote quote : context.article().quotes()) {
      Actor speaker = null;
      Optional<Mention> found = quote.speakerMention().or(() -> speechVerbSubject(context, quote));
      if (found.isPresent()) {
        Mention mention = found.get();
        speaker = resolver.resolve(context, mention.sentence(), mention.head()).orElseGet(() -> unknown(context, mention));
        Optional<String> name = personName(context, mention);
        if (speaker != null && name.isPresent()) {
          speaker = new Actor(name.get(), speaker.span(), speaker.code());
        }
      }
      quotes.add(new AttributedQuote(quote, speaker));
    }
    return quotes;
  }

  /** A speaker the tables do not know keeps its words, with the unknown code {@code ---}. */
  private static Actor unknown(ActorContext context, Mention mention) {
    DependencyTree tree = context.tree(mention.sentence());
    int begin = mention.begin();
    int end = mention.end() - 1;
    while (begin > 0 && tree.token(begin - 1).entity().equals("PERSON") && tree.token(mention.head()).entity().equals("PERSON")) {
      begin--;
    }
    String text = tree.sentence().textOf(begin, end);
    return new Actor(text, new org.parley.model.Span(text, tree.token(begin).begin(), tree.token(end).end()), new org.parley.model.ActorCode("---", "", ""));
  }

  /**
   * Where CoreNLP found no speaker: the subject of a speech verb outside the quote in the sentence that
   * holds the quote's end ("...," Peskov told reporters).
   */
  private static Optional<Mention> speechVerbSubject(ActorContext context, Quote quote) {
    for (int index = 0; index < context.article().sentences().size(); index++) {
      DependencyTree tree = context.tree(index);
      var sentence = tree.sentence();
      if (sentence.end() < quote.begin() || sentence.begin() > quote.end()) {
        continue;
      }
      for (int token = 0; token < tree.size(); token++) {
        var word = tree.token(token);
        boolean outside = word.end() <= quote.begin() || word.begin() >= quote.end();
        if (outside && word.isVerb() && SPEECH_VERBS.contains(tree.lemma(token))) {
          for (int subject : tree.children(token, "nsubj")) {
            return Optional.of(new Mention(index, subject, subject + 1, subject));
          }
        }
      }
    }
    return Optional.empty();
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
