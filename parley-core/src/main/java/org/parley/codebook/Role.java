package org.parley.codebook;

/** The part an argument plays in a coded event. */
public enum Role {
  SOURCE,
  TARGET,
  /** Each coordinated argument is paired with the others in both directions. */
  BOTH
}
