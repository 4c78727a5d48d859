package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A CAMEO actor code: an ISO 3166 alpha-3 country (or an IGO code) followed by zero or more
 * three-letter roles, e.g. {@code RUSGOV}, {@code UKRMIL}, {@code NATO}, {@code USA}.
 *
 * @param code the whole code as printed
 * @param country the alpha-3 country, or empty for IGOs and actors with no country
 * @param role the first role (GOV, MIL, ...) or empty
 */
public record ActorCode(String code, String country, String role) {
  public ActorCode {
    requireNonNull(code, "code is null");
    requireNonNull(country, "country is null");
    requireNonNull(role, "role is null");
    if (code.isBlank()) {
      throw new IllegalArgumentException("actor code is blank");
    }
  }

  /** A country with a role, e.g. {@code of("RUS", "GOV")} is RUSGOV. */
  public static ActorCode of(String country, String role) {
    return new ActorCode(country + role, country, role);
  }

  /**
   * Whether the code names who the actor is: a country, an IGO or a group. An agent whose country is unknown
   * ("the ministry", "police") has a code like {@code ---GOV} and is not identified.
   */
  public boolean identified() {
    return !code.startsWith("---");
  }

  public Optional<String> countryCode() {
    return country.isEmpty() ? Optional.empty() : Optional.of(country);
  }

  public Optional<String> roleCode() {
    return role.isEmpty() ? Optional.empty() : Optional.of(role);
  }
}
