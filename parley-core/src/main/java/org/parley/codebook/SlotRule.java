package org.parley.codebook;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One slot of a pattern: where an argument hangs ({@code path}, e.g. {@code [xcomp, obj]}) and either the role
 * it plays or the lemmas it must (or must not) have.
 *
 * @param path slot names from the trigger outwards
 * @param role the role, or {@code null} for a pure constraint
 * @param lemmas required lemmas (empty: any)
 * @param forbidden when true, the slot must not hold any of {@code lemmas}
 */
public record SlotRule(List<String> path, Role role, Set<String> lemmas, boolean forbidden) {
  public SlotRule {
    path = List.copyOf(path);
    lemmas = Set.copyOf(lemmas);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("slot path is empty");
    }
    if (role == null && lemmas.isEmpty()) {
      throw new IllegalArgumentException("slot " + String.join(".", path) + " has neither a role nor lemmas");
    }
    if (forbidden && role != null) {
      throw new IllegalArgumentException("a forbidden slot cannot assign a role: " + String.join(".", path));
    }
  }

  public boolean isConstraint() {
    return role == null;
  }

  public String pathText() {
    return String.join(".", path);
  }

  /** The rule as written in the codebook. */
  public String print() {
    if (role != null) {
      return pathText() + "=" + role.name();
    }
    String words = String.join("|", lemmas.stream().sorted().toList());
    return (forbidden ? "!" : "") + pathText() + ":" + words;
  }

  static SlotRule requireValid(SlotRule rule) {
    return requireNonNull(rule, "rule is null");
  }
}
