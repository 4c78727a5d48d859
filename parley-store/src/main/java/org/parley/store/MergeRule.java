package org.parley.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Location;

/**
 * When a coded mention is the same real-world event as one already stored. A mention joins an event when all hold:
 * <ul>
 *   <li>the same dyad at country level (an actor's country, or its code where it has none: NATO, UNO), taken
 *       without direction for mutual acts (CAMEO 03 to 06, 087); a mention with no target (the coder found none) may
 *       join an event of the same source with a target, and the other way round, when their sentences name a place in
 *       common or share a quarter of their content words,
 *   <li>the same CAMEO root (code family: 04 consult, 19 fight, ...),
 *   <li>the same mode (asserted, negated, hypothetical, or claimed by the same country),
 *   <li>dates within {@code dateWindowDays} of each other (partial dates, such as a month, only equal ones),
 *   <li>the places their sentences name overlap where both name any ("Odesa" and "Kharkiv" do not),
 *   <li>compatible places: either has none, or both lie in the same country and name the same place or lie within
 *       {@code maxDistanceKm} of each other,
 *   <li>and the sentences share at least {@code minSimilarity} of their content words (Jaccard) with one of the
 *       event's mentions.
 * </ul>
 * Of several such events the one with the most similar sentence wins.
 *
 * @param duplicateArticleSimilarity the estimated shingle similarity above which an article is a copy of another
 * @param claimsJoinAssertions whether an event an actor claims ("the governor said Russian drones struck Odesa") may
 *     join the same event asserted by another report; off by default, so a claim never counts as an assertion
 */
public record MergeRule(int dateWindowDays, double maxDistanceKm, double minSimilarity, double duplicateArticleSimilarity,
    boolean claimsJoinAssertions) {
  /** The rule measured in the README: one day, 100 km, any shared content word, half the 5-grams, claims apart. */
  public static final MergeRule DEFAULT = new MergeRule(1, 100, 0.0, 0.5, false);

  /** The content-word similarity a report with no target needs to join an event with one, unless they share a place. */
  static final double PARTIAL_DYAD_SIMILARITY = 0.25;

  public MergeRule {
    if (dateWindowDays < 0) {
      throw new IllegalArgumentException("dateWindowDays must be 0 or more: " + dateWindowDays);
    }
    if (maxDistanceKm < 0) {
      throw new IllegalArgumentException("maxDistanceKm must be 0 or more: " + maxDistanceKm);
    }
  }

  /** Dyad, code family and mode: what a mention must share with an event to join it, as one key. */
  String mergeKey(Event event) {
    String source = actorKey(event.source());
    String target = event.target() == null ? "-" : actorKey(event.target());
    if (event.target() != null && symmetric(event.cameo().code()) && source.compareTo(target) > 0) {
      String first = target;
      target = source;
      source = first;
    }
    return source + "|" + target + "|" + event.cameo().root() + "|" + modeKey(event.mode());
  }

  /** The key under which a mention with no target looks for events of the same source with any target. */
  String anyTargetKey(Event event) {
    return actorKey(event.source()) + "|*|" + event.cameo().root() + "|" + modeKey(event.mode());
  }

  /** The keys of the events with no target that a mention may join: its source's, and for mutual acts its target's. */
  java.util.List<String> noTargetKeys(Event event) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    keys.add(actorKey(event.source()) + "|-|" + event.cameo().root() + "|" + modeKey(event.mode()));
    if (event.target() != null && symmetric(event.cameo().code())) {
      keys.add(actorKey(event.target()) + "|-|" + event.cameo().root() + "|" + modeKey(event.mode()));
    }
    return keys;
  }

  /** The any-target keys an event joined by this mention is listed under: its source's, and for mutual acts its target's. */
  java.util.List<String> anyTargetKeys(Event event) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    keys.add(anyTargetKey(event));
    if (event.target() != null && symmetric(event.cameo().code())) {
      keys.add(actorKey(event.target()) + "|*|" + event.cameo().root() + "|" + modeKey(event.mode()));
    }
    return keys;
  }

  /**
   * Meetings, cooperation and truces are mutual: "Lavrov met Rubio" and "Rubio met Lavrov" report one meeting, so
   * for CAMEO 03 to 06 and 087 (de-escalation, ceasefires) the dyad is taken without its direction.
   */
  static boolean symmetric(String cameo) {
    return cameo.startsWith("03") || cameo.startsWith("04") || cameo.startsWith("05") || cameo.startsWith("06") || cameo.startsWith("087");
  }

  private static String actorKey(Actor actor) {
    return actor.code().country().isEmpty() ? actor.code().code() : actor.code().country();
  }

  private String modeKey(EventMode mode) {
    StringBuilder key = new StringBuilder();
    if (mode.negated()) {
      key.append('N');
    }
    if (mode.hypothetical()) {
      key.append('H');
    }
    if (mode.claimedBy() != null && !claimsJoinAssertions) {
      key.append("C:").append(actorKey(mode.claimedBy()));
    }
    return key.length() == 0 ? "A" : key.toString();
  }

  /** The event's date as coded, else the article's: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or empty. */
  static String dateText(Event event) {
    if (!event.date().isEmpty()) {
      return event.date();
    }
    return event.article().publishedDate().map(LocalDate::toString).orElse("");
  }

  /** The first day of a coded date, or empty when it is not a date. */
  static Optional<LocalDate> firstDay(String dateText) {
    try {
      if (dateText.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(dateText));
      }
      if (dateText.matches("\\d{4}-\\d{2}")) {
        return Optional.of(LocalDate.parse(dateText + "-01"));
      }
      if (dateText.matches("\\d{4}")) {
        return Optional.of(LocalDate.of(Integer.parseInt(dateText), 1, 1));
      }
    } catch (DateTimeException e) {
      // An impossible date is no date.
    }
    return Optional.empty();
  }

  static boolean dayPrecision(String dateText) {
    return dateText.length() == 10;
  }

  /** Whether two coded dates can be the same day: both days within the window, or the same month or year. */
  boolean datesCompatible(String firstText, Optional<LocalDate> first, String secondText, Optional<LocalDate> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return first.isEmpty() && second.isEmpty();
    }
    if (dayPrecision(firstText) && dayPrecision(secondText)) {
      return Math.abs(first.get().toEpochDay() - second.get().toEpochDay()) <= dateWindowDays;
    }
    return firstText.equals(secondText);
  }

  /** Whether two places can be the same: either unknown, or the same country and the same or a nearby place. */
  boolean placesCompatible(Location first, Location second) {
    if (first == null || second == null) {
      return true;
    }
    if (!first.country().equals(second.country())) {
      return false;
    }
    if (first.text().strip().toLowerCase(Locale.ROOT).equals(second.text().strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return distanceKm(first, second) <= maxDistanceKm;
  }

  /** Great-circle distance on a sphere of the Earth's mean radius. */
  static double distanceKm(Location first, Location second) {
    double lat1 = Math.toRadians(first.latitude());
    double lat2 = Math.toRadians(second.latitude());
    double deltaLat = lat2 - lat1;
    double deltaLon = Math.toRadians(second.longitude() - first.longitude());
    double a = Math.sin(deltaLat / 2) * Math.sin(deltaLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(deltaLon / 2) * Math.sin(deltaLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
