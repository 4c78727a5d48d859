package org.parley.actor;

import java.util.Locale;

/**
 * How a surname is compared when its spelling in the text is not one the tables list: transliterations and
 * misspellings of the same name ("El Bashir" / "al-Bashir", "Bouteflicka" / "Bouteflika", "Qaddafi" / "Gadhafi",
 * "Zelenskiy" / "Zelensky") fold to one key, or keys one edit apart.
 */
final class SurnameKey {
  private SurnameKey() {}

  /** The folded key of a name's last word, its Arabic article dropped; empty when it has no letters. */
  static String of(String name) {
    String key = NameKey.of(name);
    if (key.startsWith("=")) {
      return "";
    }
    String[] words = key.split(" ");
    String last = words[words.length - 1].replaceFirst("^(al|el|ad|ar|as|ash|at|az|an|ud|ul)-", "");
    return fold(last);
  }

  static String fold(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    String folded = letters.replace("ck", "k").replace("ph", "f").replace("dh", "d").replace("kh", "k").replace("gh", "g")
        .replace("th", "t").replace("sch", "s").replace("sh", "s").replace("ou", "u").replace("oo", "u").replace("ee", "i")
        .replace('q', 'k').replace('c', 'k').replace('g', 'k').replace('y', 'i').replace('z', 's').replace('w', 'v');
    StringBuilder single = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      if (i == 0 || folded.charAt(i) != folded.charAt(i - 1)) {
        single.append(folded.charAt(i));
      }
    }
    return single.toString();
  }

  /**
   * Whether two keys name the same surname: equal, or one edit apart (a letter added, dropped or changed) when
   * both are long enough that one edit leaves them unmistakable.
   */
  static boolean same(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 6 && withinOneEdit(a, b);
  }

  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) {
        return false;
      }
      edited = true;
      if (a.length() > b.length()) {
        i++;
      } else if (b.length() > a.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return !edited || (i == a.length() && j == b.length());
  }
}
