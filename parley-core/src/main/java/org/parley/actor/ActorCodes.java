package org.parley.actor;

import java.util.Set;
import org.parley.model.ActorCode;

/** Splits a printed CAMEO actor code into country and first role. */
public final class ActorCodes {
  /** Codes of international organisations, which have no country. */
  private static final Set<String> NON_COUNTRY_PREFIXES = Set.of("IGO", "NGO", "IMG", "---");

  private ActorCodes() {}

  public static ActorCode parse(String code) {
    String text = code.strip();
    if (text.length() >= 3 && Character.isLetter(text.charAt(0)) && text.substring(0, 3).chars().allMatch(Character::isUpperCase)
        && text.length() % 3 == 0 && !NON_COUNTRY_PREFIXES.contains(text.substring(0, 3)) && IsoCountries.isCountry(text.substring(0, 3))) {
      String role = text.length() >= 6 ? text.substring(3, 6) : "";
      return new ActorCode(text, text.substring(0, 3), role);
    }
    if (text.startsWith("IMG") && text.length() >= 6) {
      // International militarized groups: no country, the role follows the prefix (IMGRAD).
      return new ActorCode(text, "", text.substring(3, 6));
    }
    if (text.startsWith("---")) {
      return new ActorCode(text, "", text.length() >= 6 ? text.substring(3, 6) : "");
    }
    return new ActorCode(text, "", "IGO");
  }
}
