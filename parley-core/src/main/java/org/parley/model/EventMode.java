package org.parley.model;

import java.util.Optional;

/**
 * How the article presents an event: asserted (all false/absent), negated, hypothetical, or claimed by
 * an actor whose claim the article reports.
 *
 * @param claimedBy the claimant, or {@code null} when the article itself asserts the event
 */
public record EventMode(boolean negated, boolean hypothetical, Actor claimedBy) {
  public static final EventMode ASSERTED = new EventMode(false, false, null);

  public Optional<Actor> claimant() {
    return Optional.ofNullable(claimedBy);
  }

  public boolean asserted() {
    return !negated && !hypothetical && claimedBy == null;
  }
}
