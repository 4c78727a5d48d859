package org.parley.codebook;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One codebook pattern: a trigger (verb or noun lemma with particles) and its slots, mapped to a CAMEO code.
 *
 * @param code the CAMEO code of the block the pattern stands in
 * @param kind verb or noun trigger
 * @param lemma the trigger lemma, lower case
 * @param particles particles that must hang from a verb as {@code compound:prt}
 * @param slots roles and constraints
 * @param supportVerbs for noun triggers: the support verbs that may carry it ({@code via:}); empty means the
 *     codebook's {@code @light} list
 * @param line the line number in the codebook file (of the pattern it was derived from, for a derived one)
 * @param origin empty for a pattern written in the codebook; for one derived from WordNet, where it comes from
 *     ({@code verb condemn (WordNet 3.1 synset 00864333-v, sense 1, synonym)})
 * @param reverseCode empty, or the CAMEO code of the event the target does to the source by the same act
 *     ({@code == 032:033}: "A left for B" is A visiting B and B hosting A, as PETRARCH's paired codes have it)
 */
public record Pattern(
    String code, TriggerKind kind, String lemma, List<String> particles, List<SlotRule> slots, Set<String> supportVerbs, int line, String origin,
    String reverseCode) {
  /** The code of a pattern that, where it is the one to fire, codes no event ({@code == ---} in a codebook). */
  public static final String NO_EVENT = "---";

  public Pattern {
    requireNonNull(code, "code is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(lemma, "lemma is null");
    requireNonNull(origin, "origin is null");
    requireNonNull(reverseCode, "reverseCode is null");
    particles = List.copyOf(particles);
    slots = List.copyOf(slots);
    supportVerbs = Set.copyOf(supportVerbs);
  }

  /** A pattern as written in the codebook. */
  public Pattern(String code, TriggerKind kind, String lemma, List<String> particles, List<SlotRule> slots, Set<String> supportVerbs, int line) {
    this(code, kind, lemma, particles, slots, supportVerbs, line, "", "");
  }

  /** This pattern, also coding the reversed dyad with {@code reverseCode} (empty for none). */
  public Pattern withReverseCode(String reverseCode) {
    return new Pattern(code, kind, lemma, particles, slots, supportVerbs, line, origin, reverseCode);
  }

  /** Whether the pattern also codes an event of the target towards the source. */
  public boolean hasReverse() {
    return !reverseCode.isEmpty();
  }

  /** Whether the pattern was derived (from WordNet) rather than written in the codebook. */
  public boolean derived() {
    return !origin.isEmpty();
  }

  /**
   * How specific the pattern is: what it requires (particles, support verbs, required lemmas) weighs twice
   * what it forbids, so "reject obj:plan" beats "reject !obj:allegation". Higher wins (see docs/CODEBOOK.md).
   */
  public int specificity() {
    int weight = 2 * particles.size() + (supportVerbs.isEmpty() ? 0 : 2);
    for (SlotRule slot : slots) {
      if (slot.isConstraint()) {
        weight += slot.forbidden() ? 1 : 2;
      }
    }
    return weight;
  }

  /** Whether the pattern, where it fires, codes no event. */
  public boolean codesNoEvent() {
    return code.equals(NO_EVENT);
  }

  public int roleCount() {
    return (int) slots.stream().filter(slot -> !slot.isConstraint()).count();
  }

  /** The pattern as written in the codebook. */
  public String print() {
    StringBuilder text = new StringBuilder(kind == TriggerKind.VERB ? "verb " : "noun ");
    text.append(lemma);
    for (String particle : particles) {
      text.append(' ').append(particle);
    }
    if (!supportVerbs.isEmpty()) {
      text.append(" via:").append(supportVerbs.stream().sorted().collect(Collectors.joining("|")));
    }
    for (SlotRule slot : slots) {
      text.append(' ').append(slot.print());
    }
    return text.toString();
  }
}
