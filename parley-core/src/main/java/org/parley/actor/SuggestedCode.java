package org.parley.actor;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor code the clues around a name add up to: the country and the role with the most weight, each with the
 * clue that gave it.
 *
 * @param country the alpha-3 country, or empty when no clue gave one
 * @param role the CAMEO role, or empty when no clue gave one
 * @param because the clues that decided the country and the role, in that order
 */
public record SuggestedCode(String country, String role, List<CodeClue> because) {
  /** Printed in place of a part of the code that no clue gave. */
  public static final String UNKNOWN = "???";

  public SuggestedCode {
    requireNonNull(country, "country is null");
    requireNonNull(role, "role is null");
    because = List.copyOf(because);
  }

  /** Weighs the clues: each clue votes with its source's weight; on a tie the clue seen first wins. */
  public static SuggestedCode from(List<CodeClue> clues) {
    CodeClue country = strongest(clues, true);
    CodeClue role = strongest(clues, false);
    List<CodeClue> because = new ArrayList<>(2);
    if (country != null) {
      because.add(country);
    }
    if (role != null) {
      because.add(role);
    }
    return new SuggestedCode(country == null ? "" : country.country(), role == null ? "" : role.role(), because);
  }

  private static CodeClue strongest(List<CodeClue> clues, boolean countries) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    Map<String, CodeClue> best = new LinkedHashMap<>();
    for (CodeClue clue : clues) {
      String value = countries ? clue.country() : clue.role();
      if (value.isEmpty()) {
        continue;
      }
      scores.merge(value, clue.source().weight(), Integer::sum);
      CodeClue current = best.get(value);
      if (current == null || clue.source().weight() > current.source().weight()) {
        best.put(value, clue);
      }
    }
    String winner = null;
    for (Map.Entry<String, Integer> score : scores.entrySet()) {
      if (winner == null || score.getValue() > scores.get(winner)) {
        winner = score.getKey();
      }
    }
    return winner == null ? null : best.get(winner);
  }

  /** Whether the clues gave both a country and a role, so the code can go into a table as it is. */
  public boolean complete() {
    return !country.isEmpty() && !role.isEmpty();
  }

  /** The code as printed, {@link #UNKNOWN} standing for a missing country or role: {@code KENOPP}, {@code ???GOV}. */
  public String printed() {
    return (country.isEmpty() ? UNKNOWN : country) + (role.isEmpty() ? UNKNOWN : role);
  }
}
