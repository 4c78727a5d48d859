package org.parley.eval;

import java.util.Locale;
import org.parley.model.ActorCode;

/**
 * Compares a gold actor code with the code Parley gave, as strings. At country level the first three letters
 * (the country, or {@code ---} for an unknown one) must agree; at code level the next three, the first role,
 * too ({@code RUSGOV} and {@code RUSGOVFRM} agree, {@code RUSGOV} and {@code RUS} do not), so that the further
 * roles coders add do not decide. International organisations compare as the class IGO at both levels: gold
 * files name them {@code IGO}, {@code IGOUNO} or by sector, Parley by its own codes ({@code UNO}, {@code NATO}).
 */
final class ActorComparison {
  /** How much of the code must agree. */
  enum Level {
    COUNTRY,
    CODE
  }

  private static final String ORGANISATION = "IGO";
  private static final String UNKNOWN = "---";

  private ActorComparison() {}

  static boolean same(String gold, ActorCode predicted, Level level) {
    String goldCode = gold.strip().toUpperCase(Locale.ROOT);
    String code = predicted.code().strip().toUpperCase(Locale.ROOT);
    if (goldCode.startsWith(ORGANISATION) && organisation(predicted)) {
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
