package org.parley.nlp;

import java.util.Optional;

/**
 * The longest sentence of a text, in words, counted before the NLP pipeline sees it, with the pipeline's own idea of
 * a sentence end: '.', '!' or '?' before a space, a quote or a bracket, or a blank line. News sentences run to a
 * few dozen words; a run of thousands without an end is a scraped list, a table or garbage, and it would hold a
 * coding thread (and memory for every token pair the parser and coreference consider) for minutes.
 */
public final class SentenceLengths {
  /** The default longest sentence coded, in words: about 20 times a long news sentence. */
  public static final int DEFAULT_MAX_WORDS = 1_000;

  private SentenceLengths() {}

  /** Why the text cannot be coded: its longest sentence and where it starts; empty when every sentence fits. */
  public static Optional<String> whyTooLong(String text, int maxWords) {
    int longest = 0;
    int longestStart = 0;
    int words = 0;
    int start = 0;
    boolean inWord = false;
    int newlines = 0;
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      if (Character.isWhitespace(c)) {
        if (c == '\n') {
          newlines++;
        }
        if (inWord) {
          inWord = false;
        }
        if (newlines >= 2) {
          if (words > longest) {
            longest = words;
            longestStart = start;
          }
          words = 0;
          start = index + 1;
          newlines = 0;
        }
        continue;
      }
      newlines = 0;
      if (!inWord) {
        inWord = true;
        words++;
      }
      int end = c == '.' || c == '!' || c == '?' ? sentenceEnd(text, index + 1) : -1;
      if (end >= 0) {
        if (words > longest) {
          longest = words;
          longestStart = start;
        }
        // The closing quotes and brackets belong to the sentence that ends.
        index = end - 1;
        words = 0;
        start = end;
        inWord = false;
      }
    }
    if (words > longest) {
      longest = words;
      longestStart = start;
    }
    if (longest <= maxWords) {
      return Optional.empty();
    }
    return Optional.of(String.format("a sentence of %,d words at character %,d (the limit is %,d: a list, table or text without sentence ends, "
        + "not prose)", longest, longestStart, maxWords));
  }

  /**
   * Where the sentence ends when the punctuation before {@code next} ends one (at the end of the text, or before
   * a space after any closing quotes and brackets): the index after those; else -1.
   */
  private static int sentenceEnd(String text, int next) {
    while (next < text.length()) {
      char c = text.charAt(next);
      if (Character.isWhitespace(c)) {
        return next;
      }
      if (c != '"' && c != '\'' && c != ')' && c != ']' && c != '\u201d' && c != '\u2019' && c != '.' && c != '!' && c != '?') {
        return -1;
      }
      next++;
    }
    return next;
  }
}
