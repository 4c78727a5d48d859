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
 *   <li>the same dyad at country level (an actor's country, or its code where it has none: NATO, UNO),
 *   <li>the same CAMEO root (code family: 04 consult, 19 fight, ...),
 *   <li>the same mode (asserted, negated, hypothetical, or claimed by the same country),
 *   <li>dates within {@code dateWindowDays} of each other (partial dates, such as a month, only equal ones),
 *   <li>compatible places: either has none, or both lie in the same country and name the same place or lie within
 *       {@code maxDistanceKm} of each other,
 *   <li>and the sentences share at least {@code minSimilarity} of their content words (Jaccard) with one of the
 *       event's mentions.
 * </ul>
 * Of several such events the one with the most similar sentence wins.
 *
 * @param duplicateArticleSimilarity the estimated shingle similarity above which an article is a copy of another
 */
public record MergeRule(int dateWindowDays, double maxDistanceKm, double minSimilarity, double duplicateArticleSimilarity) {
  /** The rule measured in the README: one day, 100 km, any shared content word, half the 5-grams. */
  public static final MergeRule DEFAULT = new MergeRule(1, 100, 0.0, 0.5);

  public MergeRule {
    if (dateWindowDays < 0) {
      throw new IllegalArgumentException("dateWindowDays must be 0 or more: " + dateWindowDays);
    }
    if (maxDistanceKm < 0) {
      throw new IllegalArgumentException("maxDistanceKm must be 0 or more: " + maxDistanceKm);
    }
  }

  /** Dyad, code family and mode: what a mention must share with an event to join it, as one key. */
  static String mergeKey(Event event) {
    String target = event.target() == null ? "-" : actorKey(event.target());
    return actorKey(event.source()) + "|" + target + "|" + event.cameo().root() + "|" + modeKey(event.mode());
  }

  private static String actorKey(Actor actor) {
    return actor.code().country().isEmpty() ? actor.code().code() : actor.code().country();
  }

  private static String modeKey(EventMode mode) {
    StringBuilder key = new StringBuilder();
    if (mode.negated()) {
      key.append('N');
    }
    if (mode.hypothetical()) {
      key.append('H');
    }
    if (mode.claimedBy() != null) {
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
