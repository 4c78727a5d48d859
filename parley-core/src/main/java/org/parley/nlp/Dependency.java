package org.parley.nlp;

import static java.util.Objects.requireNonNull;

/**
 * One edge of a sentence's basic Universal Dependencies tree.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation the UD relation with its subtype, e.g. {@code nsubj:pass}, {@code obl}, {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    requireNonNull(relation, "relation is null");
  }
}
