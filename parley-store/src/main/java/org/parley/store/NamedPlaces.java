package org.parley.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.parley.actor.PlaceTable;

/**
 * The places a sentence names: capitalised words and word pairs found in Parley's place table ("Odesa", "Black
 * Sea", "Iran"). Two reports of one event may name different actors, but not only different places.
 */
final class NamedPlaces {
  private static final PlaceTable PLACES = PlaceTable.bundled();

  private NamedPlaces() {}

  static Set<String> in(String sentence) {
    String[] words = sentence.split("[^\\p{L}\\p{N}'-]+");
    Set<String> found = new HashSet<>();
    for (int index = 0; index < words.length; index++) {
      String word = words[index];
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      if (index + 1 < words.length && !words[index + 1].isEmpty() && Character.isUpperCase(words[index + 1].charAt(0))) {
        String pair = word + " " + words[index + 1];
        var place = PLACES.find(pair);
        if (place.isPresent()) {
          found.add(key(place.get().country() + ":" + place.get().latitude() + ":" + place.get().longitude()));
          index++;
          continue;
        }
      }
      PLACES.find(word).ifPresent(place -> found.add(key(place.country() + ":" + place.latitude() + ":" + place.longitude())));
    }
    return found;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Whether both name a place and one is the same. */
  static boolean share(Set<String> first, Set<String> second) {
    return !first.isEmpty() && !second.isEmpty() && compatible(first, second);
  }

  /** Whether two sets of named places allow one event: either names none, or they share one. */
  static boolean compatible(Set<String> first, Set<String> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return true;
    }
    for (String place : first) {
      if (second.contains(place)) {
        return true;
      }
    }
    return false;
  }
}
