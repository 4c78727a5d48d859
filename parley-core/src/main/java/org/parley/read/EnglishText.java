package org.parley.read;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells English articles from others with two counts and no language model, since the coder and its
 * codebook only understand English.
 *
 * <p>First, the script: when fewer than half of the letters are Latin (Cyrillic, Arabic, Hebrew, CJK,
 * Devanagari, ...), the text is not English. Second, for Latin-script text of at least
 * {@value #MIN_WORDS} words: English prose is about a third function words ("the", "of", "and",
 * "to", "in", "said", ...); French, German, Spanish or Italian news shares only a few of them ("a",
 * "in", "was"), so fewer than {@value #MIN_FUNCTION_WORD_PERCENT}% marks the text as not English. Shorter
 * texts are given the benefit of the doubt: a one-line headline cannot be judged by its words.
 */
final class EnglishText {
  static final int MIN_WORDS = 20;
  static final int MIN_FUNCTION_WORD_PERCENT = 10;
  private static final int MIN_LATIN_PERCENT = 50;

  /** Only words that are rare as words in the other Latin-script languages of the news. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "a", "an", "in", "on", "at", "for", "with", "by", "from", "as",
          "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "has",
          "have", "had", "will", "would", "could", "should", "not", "but", "or", "which", "who", "whom",
          "after", "before", "over", "into", "about", "than", "their", "they", "them", "he", "she", "his",
          "her", "we", "our", "you", "said", "says", "also", "more", "there", "when", "what", "while",
          "against", "between", "during", "under", "since", "did", "do", "does", "no", "if", "up", "out");

  private EnglishText() {}

  /** Why the text is not English, or empty when it is (or is too short to tell). */
  static Optional<String> whyNotEnglish(String text) {
    long letters = 0;
    long latin = 0;
    for (int index = 0; index < text.length(); ) {
      int codePoint = text.codePointAt(index);
      index += Character.charCount(codePoint);
      if (Character.isLetter(codePoint)) {
        letters++;
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    if (letters == 0) {
      return Optional.of("not English (no letters)");
    }
    long latinPercent = latin * 100 / letters;
    if (latinPercent < MIN_LATIN_PERCENT) {
      return Optional.of("not English (" + latinPercent + "% of the letters are Latin)");
    }
    int words = 0;
    int functionWords = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      if (FUNCTION_WORDS.contains(word)) {
        functionWords++;
      }
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    long functionPercent = functionWords * 100L / words;
    if (functionPercent < MIN_FUNCTION_WORD_PERCENT) {
      return Optional.of(
          "not English (" + functionPercent + "% of the words are common English words, expected "
              + MIN_FUNCTION_WORD_PERCENT + "% or more)");
    }
    return Optional.empty();
  }
}
