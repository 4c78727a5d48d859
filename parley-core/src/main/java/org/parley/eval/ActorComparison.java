package org.parley.eval;

import java.util.Locale;
import org.parley.model.ActorCode;

/**
 * Compares a gold actor code with the code Parley gave, as strings. At country level the first three letters
 * (the country, or {@code ---} for an unknown one) must agree; at code level the next three, the first role,
 * too ({@code RUSGOV} and {@code RUSGOVFRM} agree, {@code RUSGOV} and {@code RUS} do not), so that the further
 * roles coders add do not decide. International organisations compare as the class IGO at both levels: gold
 * files name them {@code IGO}, {@code IGOUNO} or by sector, Parley by its own codes ({@code UNO}, {@code NATO});
 * gold {@code NGO} codes compare the same way with Parley's named organisations ({@code HRW}, {@code AMNESTY}) and
 * unnamed ones ({@code ---NGO}).
 * A few older country codes that gold files use for countries Parley codes by ISO 3166 are read as those
 * ({@code JAP} Japan, {@code ITL} Italy, {@code VTN} Vietnam).
 */
final class ActorComparison {
  /** How much of the code must agree. */
  enum Level {
    COUNTRY,
    CODE
  }

  private static final java.util.Set<String> ORGANISATIONS = java.util.Set.of("IGO", "NGO");
  private static final String ORGANISATION = "IGO";
  private static final java.util.Map<String, String> OLDER_CODES = java.util.Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
  private static final String UNKNOWN = "---";

  private ActorComparison() {}

  static boolean same(String gold, ActorCode predicted, Level level) {
    String goldCode = gold.strip().toUpperCase(Locale.ROOT);
    if (goldCode.length() >= 3 && OLDER_CODES.containsKey(goldCode.substring(0, 3))) {
      goldCode = OLDER_CODES.get(goldCode.substring(0, 3)) + goldCode.substring(3);
    }
    String code = predicted.code().strip().toUpperCase(Locale.ROOT);
    if (goldCode.length() >= 3 && ORGANISATIONS.contains(goldCode.substring(0, 3)) && organisation(predicted)) {
      return true;
    }
    if (goldCode.startsWith("NGO") && predicted.country().isEmpty() && predicted.role().equals("NGO")) {
      // "a human rights group" (---NGO): a non-governmental organisation of no country, as the gold's NGO.
      return true;
    }
    if (!part(goldCode, 0).equals(part(code, 0))) {
      return false;
    }
    return level == Level.COUNTRY || part(goldCode, 1).equals(part(code, 1));
  }

  private static boolean organisation(ActorCode predicted) {
    return predicted.country().isEmpty() && predicted.role().equals(ORGANISATION) && !predicted.code().startsWith(UNKNOWN);
  }

  /** The index-th three letters of a code, or what is left of them. */
  private static String part(String code, int index) {
    int begin = Math.min(code.length(), 3 * index);
    return code.substring(begin, Math.min(code.length(), begin + 3));
  }
}
