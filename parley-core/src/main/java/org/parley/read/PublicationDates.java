package org.parley.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a string that is nothing but a date, as news pages print it.
 *
 * <p>Accepted: {@code 2025-04-03}, ISO date-times ({@code 2025-04-03T10:42:00Z}, the date as written,
 * not moved to UTC), {@code 20250403}, {@code 2025/04/03}, {@code 03.04.2025} (day first),
 * {@code 03/04/2025} only where the day cannot be mistaken for the month, {@code 3 April 2025},
 * {@code 03 Apr 2025}, {@code 3rd of April, 2025}, {@code April 3, 2025}, {@code Apr. 3 2025}, each
 * optionally after a weekday ({@code Thursday, April 3, 2025}) and a label ({@code Published:},
 * {@code Updated}, {@code Posted on}), and before a time and zone ({@code 12:45}, {@code 10:42 GMT},
 * {@code | 10:42 a.m. ET}). A string with other words in it is not a date: {@code "April 3, 2025 was
 * calm"} gives empty, which is what lets readers tell a date line from body text.
 */
public final class PublicationDates {
  private static final int EARLIEST_YEAR = 1900;
  private static final int LATEST_YEAR = 2100;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("january", 1),
          Map.entry("feb", 2), Map.entry("february", 2),
          Map.entry("mar", 3), Map.entry("march", 3),
          Map.entry("apr", 4), Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6), Map.entry("june", 6),
          Map.entry("jul", 7), Map.entry("july", 7),
          Map.entry("aug", 8), Map.entry("august", 8),
          Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
          Map.entry("oct", 10), Map.entry("october", 10),
          Map.entry("nov", 11), Map.entry("november", 11),
          Map.entry("dec", 12), Map.entry("december", 12));

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:first\\s+)?published|(?:last\\s+)?updated|last\\s+modified|modified|posted|date|dated)"
              + "\\s*(?:on|at)?\\s*[:\\-–—]?\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              + "|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+",
          Pattern.CASE_INSENSITIVE);

  private static final String ZONE = "(?:\\s*\\(?(?:[a-z]{1,5})(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?";

  private static final String CLOCK = "\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?" + ZONE;

  private static final Pattern LEADING_TIME =
      // A dotted date (03.04.2025) is not a clock time followed by a year.
      Pattern.compile("^(?!\\d{1,2}\\.\\d{1,2}\\.\\d)" + CLOCK + "\\s*[,|·•\\-–—]?\\s*", Pattern.CASE_INSENSITIVE);

  /** What may follow a date: a time, a zone, and a closing period. */
  private static final String TAIL =
      "(?:\\s*(?:[,|·•\\-–—]|\\bat\\b)?\\s*" + CLOCK + ")?\\s*\\.?$";

  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?"
              + TAIL,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  private static final Pattern YEAR_SLASH =
      Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TAIL, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_DOT =
      Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TAIL, Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED =
      Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TAIL, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "^(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*(?:of\\s+)?" + MONTH + "\\.?,?\\s*(\\d{4})" + TAIL,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "^" + MONTH + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})" + TAIL,
          Pattern.CASE_INSENSITIVE);

  private PublicationDates() {}

  /** The date the whole string states, or empty when it is not just a date. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    if (text.isEmpty() || text.length() > 80) {
      return Optional.empty();
    }
    text = LABEL.matcher(text).replaceFirst("");
    text = WEEKDAY.matcher(text).replaceFirst("");
    text = LEADING_TIME.matcher(text).replaceFirst("");
    Matcher matcher;
    if ((matcher = ISO.matcher(text)).matches() || (matcher = COMPACT.matcher(text)).matches()
        || (matcher = YEAR_SLASH.matcher(text)).matches()) {
      return date(matcher.group(1), matcher.group(2), matcher.group(3));
    }
    if ((matcher = DAY_DOT.matcher(text)).matches()) {
      return date(matcher.group(3), matcher.group(2), matcher.group(1));
    }
    if ((matcher = SLASHED.matcher(text)).matches()) {
      int first = Integer.parseInt(matcher.group(1));
      int second = Integer.parseInt(matcher.group(2));
      if (first > 12 && second <= 12) {
        return date(matcher.group(3), matcher.group(2), matcher.group(1));
      }
      if (second > 12 && first <= 12) {
        return date(matcher.group(3), matcher.group(1), matcher.group(2));
      }
      // 03/04/2025 is April in London and March in New York: better no date than a wrong one.
      return Optional.empty();
    }
    if ((matcher = DAY_MONTH_YEAR.matcher(text)).matches()) {
      return date(matcher.group(3), month(matcher.group(2)), matcher.group(1));
    }
    if ((matcher = MONTH_DAY_YEAR.matcher(text)).matches()) {
      return date(matcher.group(3), month(matcher.group(1)), matcher.group(2));
    }
    return Optional.empty();
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    int yearNumber = Integer.parseInt(year);
    if (yearNumber < EARLIEST_YEAR || yearNumber > LATEST_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(yearNumber, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
