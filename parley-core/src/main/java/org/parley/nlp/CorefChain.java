package org.parley.nlp;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Mentions that coreference found to name the same entity.
 *
 * @param representative the most informative mention (usually the first proper name)
 */
public record CorefChain(Mention representative, List<Mention> mentions) {
  public CorefChain {
    requireNonNull(representative, "representative is null");
    mentions = List.copyOf(mentions);
  }
}
