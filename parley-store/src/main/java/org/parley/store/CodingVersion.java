package org.parley.store;

import static java.util.Objects.requireNonNull;

/**
 * The exact coding an event came from, recorded with it so that a study can cite it.
 *
 * @param parleyVersion the Parley release
 * @param codebookHash the codebook's fingerprint
 * @param actorsHash the actor tables' fingerprint
 */
public record CodingVersion(String parleyVersion, String codebookHash, String actorsHash) {
  public CodingVersion {
    requireNonNull(parleyVersion, "parleyVersion is null");
    requireNonNull(codebookHash, "codebookHash is null");
    requireNonNull(actorsHash, "actorsHash is null");
  }
}
