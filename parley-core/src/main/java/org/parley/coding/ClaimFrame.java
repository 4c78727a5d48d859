package org.parley.coding;

import java.util.Optional;
import org.parley.model.Actor;

/**
 * Who claims an event the article only reports, and, for accusations, who stands accused: the accused is the
 * implied doer of a claimed act with no stated doer, the accuser its implied victim.
 *
 * @param claimant the claiming actor
 * @param accused the accused actor, or {@code null} when the claim is no accusation
 * @param contested whether the verb itself disputes or charges ("alleged", "accused", "claimed"), rather than reports
 */
record ClaimFrame(Actor claimant, Actor accused, boolean contested) {
  Optional<Actor> accusedActor() {
    return Optional.ofNullable(accused);
  }
}
