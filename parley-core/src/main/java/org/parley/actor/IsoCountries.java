package org.parley.actor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166 alpha-3 codes known to the JDK, plus the few that news needs and ISO lacks. */
final class IsoCountries {
  private static final Set<String> CODES = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  static {
    CODES.add("XKX");
  }

  private IsoCountries() {}

  static boolean isCountry(String code) {
    return CODES.contains(code);
  }
}
