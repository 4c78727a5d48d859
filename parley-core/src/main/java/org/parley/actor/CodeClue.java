package org.parley.actor;

import static java.util.Objects.requireNonNull;

/**
 * One piece of context that suggests the country or the role of an actor no table knows, with the words that gave it.
 *
 * @param source where the words stood relative to the name
 * @param words the words as the text gives them ("Kenyan", "opposition leader")
 * @param country the alpha-3 country the words name, or empty when the clue gives a role
 * @param role the CAMEO role the words name (GOV, OPP, ...), or empty when the clue gives a country
 */
public record CodeClue(Source source, String words, String country, String role) {
  /** Where a clue came from; clues closer to the name weigh more when clues disagree. */
  public enum Source {
    /** A country or nationality word before the name or in an apposition: "Kenyan opposition leader X". */
    NATIONALITY("nationality", 3),
    /** An agent noun before the name or in an apposition: "Defence Minister X", "X, a rebel commander". */
    TITLE("title", 3),
    /** A word inside an organisation's name: "Ghana Police Service". */
    NAME("name", 3),
    /** A description coreference links to the name: "... the Kenyan minister said". */
    COREFERENCE("coreference", 2),
    /** The only country the sentence names besides: "X spoke in Nairobi". */
    SENTENCE("same sentence", 1);

    private final String label;
    private final int weight;

    Source(String label, int weight) {
      this.label = label;
      this.weight = weight;
    }

    public String label() {
      return label;
    }

    public int weight() {
      return weight;
    }
  }

  public CodeClue {
    requireNonNull(source, "source is null");
    requireNonNull(words, "words is null");
    requireNonNull(country, "country is null");
    requireNonNull(role, "role is null");
    if (words.isBlank()) {
      throw new IllegalArgumentException("clue words are blank");
    }
    if (country.isEmpty() == role.isEmpty()) {
      throw new IllegalArgumentException("a clue gives a country or a role, not both or neither: " + country + "/" + role);
    }
  }

  static CodeClue country(Source source, String words, String country) {
    return new CodeClue(source, words, country, "");
  }

  static CodeClue role(Source source, String words, String role) {
    return new CodeClue(source, words, "", role);
  }

  /** What the clue suggests: the country or the role. */
  public String value() {
    return country.isEmpty() ? role : country;
  }

  /** For a reviewer: {@code nationality "Kenyan" -> KEN}. */
  public String describe() {
    return source.label() + " \"" + words + "\" -> " + value();
  }
}
