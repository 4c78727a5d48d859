package org.parley.eval;

import java.util.OptionalDouble;

/**
 * Of the Parley events matched to a gold event by type, how many have the gold source and target, compared at
 * country level and at code level (see {@link ActorComparison}); and, to tell where dyads go wrong, how many
 * agree on the source alone and on the target alone at country level, and how many lack a target the gold has.
 */
public record DyadScore(int matched, int sameCountry, int sameCode, int sameSourceCountry, int sameTargetCountry, int missingTargets) {
  public DyadScore {
    if (sameCountry > matched || sameCode > sameCountry || sameCode < 0 || sameSourceCountry < sameCountry || sameSourceCountry > matched
        || sameTargetCountry < sameCountry || sameTargetCountry > matched || missingTargets < 0 || missingTargets > matched - sameTargetCountry) {
      throw new IllegalArgumentException("bad dyad counts: " + matched + ", " + sameCountry + ", " + sameCode + ", " + sameSourceCountry + ", "
          + sameTargetCountry + ", " + missingTargets);
    }
  }

  public OptionalDouble countryAccuracy() {
    return share(sameCountry);
  }

  public OptionalDouble codeAccuracy() {
    return share(sameCode);
  }

  public OptionalDouble sourceAccuracy() {
    return share(sameSourceCountry);
  }

  public OptionalDouble targetAccuracy() {
    return share(sameTargetCountry);
  }

  private OptionalDouble share(int count) {
    return matched == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / matched);
  }
}
