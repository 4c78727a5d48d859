package org.parley.codebook;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A pattern that fired on a sentence: its trigger and, per role, the candidate argument tokens in order of
 * preference (the first that names an actor wins; coordination is expanded by the coder).
 *
 * @param trigger the trigger token (the verb, or the event noun)
 * @param support the support verb carrying a noun trigger, or -1
 * @param triggerTokens the tokens that make up the trigger text (trigger, particles, support verb)
 */
public record Match(Pattern pattern, int trigger, int support, List<Integer> triggerTokens, Map<Role, List<Integer>> arguments) {
  public Match {
    requireNonNull(pattern, "pattern is null");
    triggerTokens = List.copyOf(triggerTokens);
    arguments = Map.copyOf(arguments);
  }

  public List<Integer> candidates(Role role) {
    return arguments.getOrDefault(role, List.of());
  }

  /** The verb whose clause the event belongs to: the support verb for nouns, else the trigger. */
  public int clauseHead() {
    return support >= 0 ? support : trigger;
  }
}
