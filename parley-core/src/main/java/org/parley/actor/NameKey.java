package org.parley.actor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared: case-insensitive, accents and typographic apostrophes folded, a leading "the"
 * dropped; short all-caps acronyms ("US", "UN", "EU") stay case-sensitive so "us" and "un" never match.
 */
final class NameKey {
  private NameKey() {}

  static String of(String name) {
    String text = name.strip().replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ");
    if (isShortAcronym(text)) {
      return "=" + text;
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    if (folded.startsWith("the ")) {
      folded = folded.substring(4);
    }
    return folded;
  }

  private static boolean isShortAcronym(String text) {
    String letters = text.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 3 && letters.chars().allMatch(Character::isUpperCase);
  }
}
