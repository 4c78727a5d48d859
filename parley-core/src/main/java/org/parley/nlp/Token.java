package org.parley.nlp;

import static java.util.Objects.requireNonNull;

/**
 * One token of a sentence as the NLP stack annotated it.
 *
 * @param index zero-based position in its sentence
 * @param word the surface form
 * @param lemma the lemma, lower case for common words
 * @param tag the Penn Treebank part-of-speech tag
 * @param entity the named-entity tag ({@code O} for none), e.g. PERSON, COUNTRY, CITY, DATE
 * @param normalized the normalized value of a DATE/TIME/DURATION entity (e.g. {@code 2025-04-02}), else empty
 * @param begin character offset of the token in the article text
 * @param end character offset just past the token
 */
public record Token(int index, String word, String lemma, String tag, String entity, String normalized, int begin, int end) {
  public Token {
    requireNonNull(word, "word is null");
    requireNonNull(lemma, "lemma is null");
    requireNonNull(tag, "tag is null");
    requireNonNull(entity, "entity is null");
    requireNonNull(normalized, "normalized is null");
  }

  /** The same token under another part-of-speech tag, for repairs that retag a word the tagger misread. */
  public Token withTag(String newTag) {
    return new Token(index, word, lemma, newTag, entity, normalized, begin, end);
  }

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  public boolean isPronoun() {
    return tag.startsWith("PRP") || tag.equals("WP");
  }

  public boolean hasEntity() {
    return !entity.equals("O");
  }
}
