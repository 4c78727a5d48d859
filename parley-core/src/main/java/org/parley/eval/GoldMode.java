package org.parley.eval;

import java.util.Locale;
import java.util.Optional;
import org.parley.model.EventMode;

/** How a gold record says the text presents an event: asserted, negated, hypothetical or claimed. */
public enum GoldMode {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  CLAIMED;

  /** The mode named in a gold file ({@code asserted}, {@code negated}, ...), ignoring case. */
  public static Optional<GoldMode> named(String name) {
    for (GoldMode mode : values()) {
      if (mode.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /** The name as gold files and reports write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether Parley's mode agrees. Parley can set several flags at once ("X said Y will attack" is claimed and
   * hypothetical); a gold mode agrees when its flag is among them, and {@code asserted} only when none is set.
   */
  public boolean agreesWith(EventMode mode) {
    return switch (this) {
      case ASSERTED -> mode.asserted();
      case NEGATED -> mode.negated();
      case HYPOTHETICAL -> mode.hypothetical();
      case CLAIMED -> mode.claimant().isPresent();
    };
  }

  /** Parley's mode as one gold mode: negated before hypothetical before claimed, as reports print it. */
  public static GoldMode of(EventMode mode) {
    if (mode.negated()) {
      return NEGATED;
    }
    if (mode.hypothetical()) {
      return HYPOTHETICAL;
    }
    return mode.claimant().isPresent() ? CLAIMED : ASSERTED;
  }
}
