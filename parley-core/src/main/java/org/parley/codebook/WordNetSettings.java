package org.parley.codebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parley.model.ParleyInputException;

/**
 * How the codebook's verb vocabulary is extended with WordNet: the {@code @wordnet} directive (see docs/CODEBOOK.md).
 *
 * @param enabled whether derived triggers are added at all
 * @param senses how many of a codebook verb's most frequent WordNet senses may lend their words
 * @param coherent whether a sense counts only where WordNet relates it to another verb of the same CAMEO root
 * @param hyponyms for which CAMEO roots the sense's direct hyponyms (more specific manners of the act) lend their
 *     words too: {@code on} (all), {@code off} (none) or a range of roots such as {@code 15-20}
 */
public record WordNetSettings(boolean enabled, int senses, boolean coherent, String hyponyms) {
  /** No expansion: the codebook's own triggers only. */
  public static final WordNetSettings OFF = new WordNetSettings(false, 3, true, "off");

  /** What {@code @wordnet on} means when it names no settings. */
  public static final WordNetSettings DEFAULT_ON = new WordNetSettings(true, 3, true, "15-20");

  public WordNetSettings {
    if (senses < 1 || senses > 9) {
      throw new IllegalArgumentException("senses must be between 1 and 9: " + senses);
    }
    if (!hyponyms.matches("on|off|\\d\\d-\\d\\d")) {
      throw new IllegalArgumentException("hyponyms must be on, off or a range of CAMEO roots such as 15-20: " + hyponyms);
    }
  }

  /** Whether hyponyms lend their words to the patterns of this CAMEO root ({@code "19"}). */
  public boolean hyponymsFor(String root) {
    return switch (hyponyms) {
      case "on" -> true;
      case "off" -> false;
      default -> root.compareTo(hyponyms.substring(0, 2)) >= 0 && root.compareTo(hyponyms.substring(3)) <= 0;
    };
  }

  /** Parses the text after {@code @wordnet}: {@code on|off}, then {@code senses=N coherent=on|off hyponyms=on|off|NN-NN}. */
  static WordNetSettings parse(String file, int line, String text) {
    List<String> words = Arrays.asList(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    if (words.isEmpty() || !(words.get(0).equals("on") || words.get(0).equals("off"))) {
      throw new ParleyInputException(file, line, "expected '@wordnet on' or '@wordnet off', then settings: " + text.strip());
    }
    if (words.get(0).equals("off")) {
      if (words.size() > 1) {
        throw new ParleyInputException(file, line, "'@wordnet off' takes no settings");
      }
      return OFF;
    }
    int senses = DEFAULT_ON.senses;
    boolean coherent = DEFAULT_ON.coherent;
    String hyponyms = DEFAULT_ON.hyponyms;
    for (String setting : words.subList(1, words.size())) {
      int equals = setting.indexOf('=');
      String name = equals < 0 ? setting : setting.substring(0, equals);
      String value = equals < 0 ? "" : setting.substring(equals + 1);
      switch (name) {
        case "senses" -> {
          if (!value.matches("[1-9]")) {
            throw new ParleyInputException(file, line, "senses must be a number from 1 to 9: " + setting);
          }
          senses = Integer.parseInt(value);
        }
        case "coherent" -> coherent = onOff(file, line, setting, value);
        case "hyponyms" -> {
          if (!value.matches("on|off|\\d\\d-\\d\\d")) {
            throw new ParleyInputException(file, line, "expected hyponyms=on, off or a range of CAMEO roots such as 15-20: " + setting);
          }
          hyponyms = value;
        }
        default -> throw new ParleyInputException(file, line, "unknown @wordnet setting '" + setting + "' (senses, coherent, hyponyms)");
      }
    }
    return new WordNetSettings(true, senses, coherent, hyponyms);
  }

  private static boolean onOff(String file, int line, String setting, String value) {
    return switch (value) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new ParleyInputException(file, line, "expected on or off: " + setting);
    };
  }

  /** The directive as written in a codebook; empty when off. */
  String print() {
    if (!enabled) {
      return "";
    }
    List<String> words = new ArrayList<>(List.of("@wordnet on", "senses=" + senses));
    words.add("coherent=" + (coherent ? "on" : "off"));
    words.add("hyponyms=" + hyponyms);
    return String.join(" ", words);
  }
}
