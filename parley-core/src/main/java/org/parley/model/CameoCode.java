package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A CAMEO event code with what follows from it: its name, PLOVER type, Goldstein score and quad class.
 *
 * @param code two to four digits, e.g. {@code "0871"}
 * @param name the CAMEO name, e.g. "Declare truce, ceasefire"
 * @param plover the PLOVER type per the CAMEO-to-PLOVER mapping, or {@code null} where none fits
 * @param goldstein the Goldstein conflict-cooperation score, -10 to +10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record CameoCode(String code, String name, PloverType plover, double goldstein, int quadClass) {
  public CameoCode {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1..4: " + quadClass + " for " + code);
    }
  }

  public String root() {
    return code.substring(0, 2);
  }

  public Optional<PloverType> ploverType() {
    return Optional.ofNullable(plover);
  }
}
