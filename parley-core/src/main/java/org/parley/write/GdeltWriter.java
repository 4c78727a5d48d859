package org.parley.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Event;
import org.parley.model.Location;

/**
 * Writes events as rows of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no
 * header; columns Parley does not compute (the actors' own places, AvgTone, ethnic and religion
 * codes) are empty.
 *
 * <p>Choices where GDELT has no exact counterpart:
 * <ul>
 *   <li>GLOBALEVENTID is a positive number derived from Parley's event id, so reruns agree.
 *   <li>An event dated only to a month or a year is placed on its first day (GDELT has no partial
 *       dates); an undated event takes the article's publication date.
 *   <li>FractionDate follows GDELT's files: {@code year + ((month - 1) * 30 + day) / 365}, 4 decimals.
 *   <li>A two-digit CAMEO root code is written as GDELT writes it, padded: {@code 04} is {@code 040}.
 *   <li>IsRootEvent is 1 for an event in the article's first sentence, GDELT's "lead paragraph".
 *   <li>ActionGeo_Type is 1 when the place is its country's name, else 4 (city); with no place the
 *       type is 0 and the rest empty, as in GDELT. Country codes there are FIPS 10-4 (fips.tsv).
 *   <li>DATEADDED is the publication date at midnight, not the clock, so output is reproducible.
 * </ul>
 */
public final class GdeltWriter extends LineWriter {
  /** The number of columns of a GDELT 2.0 event row. */
  public static final int COLUMNS = 61;

  private static final DateTimeFormatter SQL_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  /** Writes to {@code out}, which it flushes but never closes. */
  public GdeltWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(Event event) {
    write(event, 1, 1, 1);
  }

  /** Writes one row with the store's counts of mentions, distinct sources and articles. */
  public void write(Event event, int numMentions, int numSources, int numArticles) {
    writeLine(toRow(event, numMentions, numSources, numArticles), event);
  }

  /** The event as one row for a single coded mention, without the newline. */
  public static String toRow(Event event) {
    return toRow(event, 1, 1, 1);
  }

  /** The event as one row with the given counts, without the newline. */
  public static String toRow(Event event, int numMentions, int numSources, int numArticles) {
    requireNonNull(event, "event is null");
    List<String> row = new ArrayList<>(COLUMNS);
    row.add(Long.toString(globalEventId(event.id())));
    Optional<LocalDate> date = eventDate(event);
    row.add(date.map(SQL_DATE::format).orElse(""));
    row.add(date.map(day -> String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue())).orElse(""));
    row.add(date.map(day -> Integer.toString(day.getYear())).orElse(""));
    row.add(date.map(GdeltWriter::fractionDate).orElse(""));
    addActor(row, event.source());
    addActor(row, event.target());

    String code = event.cameo().code().length() == 2 ? event.cameo().code() + "0" : event.cameo().code();
    row.add(event.sentenceIndex() == 0 ? "1" : "0");
    row.add(code);
    row.add(code.substring(0, 3));
    row.add(code.substring(0, 2));
    row.add(Integer.toString(event.cameo().quadClass()));
    row.add(number(event.cameo().goldstein()));
    row.add(Integer.toString(numMentions));
    row.add(Integer.toString(numSources));
    row.add(Integer.toString(numArticles));
    row.add("");

    addEmptyPlace(row);
    addEmptyPlace(row);
    addActionPlace(row, event.location());

    Optional<LocalDate> added = event.article().publishedDate().or(() -> date);
    row.add(added.map(day -> SQL_DATE.format(day) + "000000").orElse(""));
    row.add(event.article().url());

    if (row.size() != COLUMNS) {
      throw new IllegalStateException("GDELT row has " + row.size() + " columns, not " + COLUMNS);
    }
    List<String> cleaned = new ArrayList<>(COLUMNS);
    for (String value : row) {
      cleaned.add(value.replaceAll("[\\t\\r\\n]+", " "));
    }
    return String.join("\t", cleaned);
  }

  /** A positive number for GLOBALEVENTID, the same for the same Parley event id. */
  public static long globalEventId(String eventId) {
    requireNonNull(eventId, "eventId is null");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(UTF_8));
      long value = ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
      return value == 0 ? 1 : value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The event's date, its first day where only a month or year is known, else the article's. */
  private static Optional<LocalDate> eventDate(Event event) {
    String date = event.date();
    try {
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(date));
      }
      if (date.matches("\\d{4}-\\d{2}")) {
        return Optional.of(LocalDate.parse(date + "-01"));
      }
      if (date.matches("\\d{4}")) {
        return Optional.of(LocalDate.of(Integer.parseInt(date), 1, 1));
      }
    } catch (java.time.DateTimeException e) {
      // An impossible date is treated as no date.
    }
    return event.article().publishedDate();
  }

  private static String fractionDate(LocalDate day) {
    double fraction = ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", day.getYear() + fraction);
  }

  /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3. */
  private static void addActor(List<String> row, Actor actor) {
    if (actor == null) {
      for (int column = 0; column < 10; column++) {
        row.add("");
      }
      return;
    }
    ActorCode code = actor.code();
    row.add(code.code());
    row.add(actor.text().strip().toUpperCase(Locale.ROOT));
    row.add(code.country());
    row.add(knownGroup(code));
    row.add("");
    row.add("");
    row.add("");
    List<String> types = types(code);
    for (int type = 0; type < 3; type++) {
      row.add(type < types.size() ? types.get(type) : "");
    }
  }

  /** An actor with no country but a code of its own (NATO, UNO) is a known group. */
  private static String knownGroup(ActorCode code) {
    if (!code.country().isEmpty()) {
      return "";
    }
    String whole = code.code();
    return !code.role().isEmpty() && whole.endsWith(code.role())
        ? whole.substring(0, whole.length() - code.role().length())
        : whole;
  }

  /** The role, then any further three-letter roles the code carries (RUSGOVMIL: GOV, MIL). */
  private static List<String> types(ActorCode code) {
    List<String> types = new ArrayList<>();
    if (code.role().isEmpty()) {
      return types;
    }
    types.add(code.role());
    String prefix = code.country() + code.role();
    String rest = code.code().startsWith(prefix) ? code.code().substring(prefix.length()) : "";
    for (int start = 0; start + 3 <= rest.length() && rest.length() % 3 == 0; start += 3) {
      types.add(rest.substring(start, start + 3));
    }
    return types;
  }

  /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
  private static void addEmptyPlace(List<String> row) {
    for (int column = 0; column < 8; column++) {
      row.add("");
    }
  }

  private static void addActionPlace(List<String> row, Location location) {
    if (location == null) {
      row.add("0");
      for (int column = 1; column < 8; column++) {
        row.add("");
      }
      return;
    }
    FipsCountries countries = FipsCountries.table();
    String fips = location.country().isEmpty() ? "" : countries.fips(location.country()).orElse("");
    boolean wholeCountry =
        !location.country().isEmpty() && countries.isCountryName(location.country(), location.text());
    row.add(wholeCountry ? "1" : "4");
    row.add(location.text().strip());
    row.add(fips);
    row.add(wholeCountry ? fips : "");
    row.add("");
    row.add(number(location.latitude()));
    row.add(number(location.longitude()));
    row.add(wholeCountry ? fips : "");
  }

  /** A number as GDELT prints it: no exponent, no trailing zeros ("7", "-2.2", "38.9"). */
  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }
}
