package org.parley.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How alike two sentences are in their content words: the Jaccard similarity of their sets of word stems. */
final class SentenceSimilarity {
  private static final Set<String> STOPWORDS = Set.of(
      "the", "and", "for", "with", "that", "this", "from", "was", "were", "are", "has", "have", "had", "its",
      "his", "her", "their", "they", "said", "says", "say", "on", "in", "at", "of", "to", "a", "an", "by", "as",
      "after", "before", "over", "into", "who", "which", "will", "would", "not", "but", "also", "been", "be",
      "is", "it", "he", "she", "we", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "week", "day", "last", "than", "more", "about", "other", "there");

  private SentenceSimilarity() {}

  static double of(String first, String second) {
    return of(stems(first), stems(second));
  }

  static double of(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size() / (double) (a.size() + b.size() - shared.size());
  }

  /** Lowercase words of three letters or more, not stopwords, cut to five letters (a crude stem). */
  static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && !STOPWORDS.contains(word)) {
        stems.add(word.length() > 5 ? word.substring(0, 5) : word);
      }
    }
    return stems;
  }
}
