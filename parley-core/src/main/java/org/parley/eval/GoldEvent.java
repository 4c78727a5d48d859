package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.parley.model.PloverType;

/**
 * One event a gold record expects.
 *
 * @param cameo the CAMEO event code (two to four digits), or {@code null} where the gold file gives none
 * @param plover the PLOVER type, or {@code null} where none fits the CAMEO code (CAMEO 01 and 02)
 * @param source the source actor's CAMEO code as the gold file writes it ({@code ---} when unknown)
 * @param target the target actor's code, or {@code null} for an event without target
 * @param mode how the text presents the event, or {@code null} where the gold file does not say
 */
public record GoldEvent(String cameo, PloverType plover, String source, String target, GoldMode mode) {
  public GoldEvent {
    requireNonNull(source, "source is null");
    if (cameo == null && plover == null) {
      throw new IllegalArgumentException("a gold event needs a CAMEO code or a PLOVER type");
    }
    if (cameo != null && !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + cameo);
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source code is blank");
    }
    if (target != null && target.isBlank()) {
      throw new IllegalArgumentException("target code is blank");
    }
  }

  public Optional<String> cameoCode() {
    return Optional.ofNullable(cameo);
  }

  /** The first two digits of the CAMEO code. */
  public Optional<String> cameoRoot() {
    return cameoCode().map(code -> code.substring(0, 2));
  }

  public Optional<PloverType> ploverType() {
    return Optional.ofNullable(plover);
  }

  public Optional<String> targetCode() {
    return Optional.ofNullable(target);
  }

  public Optional<GoldMode> goldMode() {
    return Optional.ofNullable(mode);
  }

  /** One line for reports: {@code 042 RUSGOV -> USAGOV CONSULT}, without the code where the gold gives none. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (cameo != null) {
      text.append(cameo).append(' ');
    }
    text.append(source).append(" -> ").append(target == null ? "-" : target);
    text.append(' ').append(plover == null ? "-" : plover.name());
    if (mode != null) {
      text.append(" (").append(mode.label()).append(')');
    }
    return text.toString();
  }
}
