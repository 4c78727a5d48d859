package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.model.PloverType;

/**
 * Which stored events an API request reads. Every condition becomes fixed SQL with bound parameters, so no value
 * a user sends is ever part of the SQL text; the compact constructor rejects values outside each field's shape.
 *
 * @param source a directed dyad's source actor code prefix ({@code RUS} matches RUSGOV), or empty for any
 * @param target a directed dyad's target actor code prefix, or empty for any
 * @param actors zero, one (either side) or two actor code prefixes (the events between them, either direction)
 * @param country an ISO alpha-3 country of either actor or of the event's place, or empty for any
 * @param cameo a CAMEO code prefix of two to four digits, or empty for any
 * @param plover a PLOVER type, or {@code null} for any
 * @param mode asserted, negated, hypothetical or claimed events, or {@code null} for any
 * @param from the first event date, or {@code null}
 * @param to the last event date, or {@code null}
 * @param text words that one of the event's mention sentences contains (case-insensitive), or empty for any
 */
public record EventSearch(
    String source,
    String target,
    List<String> actors,
    String country,
    String cameo,
    PloverType plover,
    Mode mode,
    LocalDate from,
    LocalDate to,
    String text) {
  /** How the articles present the event. */
  public enum Mode {
    ASSERTED("NOT e.negated AND NOT e.hypothetical AND e.claimed_by_code IS NULL"),
    NEGATED("e.negated"),
    HYPOTHETICAL("e.hypothetical"),
    CLAIMED("e.claimed_by_code IS NOT NULL");

    private final String condition;

    Mode(String condition) {
      this.condition = condition;
    }

    /** The mode named in lower case, as the API spells it. */
    public static Optional<Mode> named(String name) {
      for (Mode mode : values()) {
        if (mode.label().equals(name)) {
          return Optional.of(mode);
        }
      }
      return Optional.empty();
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The longest text a search may hold: a phrase, not a document. */
  public static final int MAX_TEXT_CHARS = 200;

  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9-]{1,24}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  public EventSearch {
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    actors = List.copyOf(actors);
    requireNonNull(country, "country is null");
    requireNonNull(cameo, "cameo is null");
    requireNonNull(text, "text is null");
    for (String code : List.of(source, target)) {
      if (!code.isEmpty() && !ACTOR_CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("an actor code is 1 to 24 capital letters, digits or '-', not " + code);
      }
    }
    if (actors.size() > 2) {
      throw new IllegalArgumentException("at most two actors, not " + actors.size());
    }
    for (String code : actors) {
      if (!ACTOR_CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("an actor code is 1 to 24 capital letters, digits or '-', not " + code);
      }
    }
    if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException("a country is an ISO 3166 alpha-3 code such as UKR, not " + country);
    }
    if (!cameo.isEmpty() && !CAMEO.matcher(cameo).matches()) {
      throw new IllegalArgumentException("a CAMEO code prefix is 2 to 4 digits, not " + cameo);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the date range ends before it starts: " + from + " to " + to);
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException("the text to search is longer than " + MAX_TEXT_CHARS + " characters");
    }
  }

  /** Every stored event. */
  public static EventSearch all() {
    return new EventSearch("", "", List.of(), "", "", null, null, null, null, "");
  }

  public EventSearch withDyad(String newSource, String newTarget) {
    return new EventSearch(newSource, newTarget, actors, country, cameo, plover, mode, from, to, text);
  }

  public EventSearch withActors(List<String> newActors) {
    return new EventSearch(source, target, newActors, country, cameo, plover, mode, from, to, text);
  }

  public EventSearch withCountry(String newCountry) {
    return new EventSearch(source, target, actors, newCountry, cameo, plover, mode, from, to, text);
  }

  public EventSearch withCameo(String newCameo) {
    return new EventSearch(source, target, actors, country, newCameo, plover, mode, from, to, text);
  }

  public EventSearch withPlover(PloverType newPlover) {
    return new EventSearch(source, target, actors, country, cameo, newPlover, mode, from, to, text);
  }

  public EventSearch withMode(Mode newMode) {
    return new EventSearch(source, target, actors, country, cameo, plover, newMode, from, to, text);
  }

  public EventSearch between(LocalDate first, LocalDate last) {
    return new EventSearch(source, target, actors, country, cameo, plover, mode, first, last, text);
  }

  public EventSearch withText(String newText) {
    return new EventSearch(source, target, actors, country, cameo, plover, mode, from, to, newText);
  }

  /** The same search without its date range and its mode, for the agreements that bound their own. */
  EventSearch dyadOnly() {
    return new EventSearch(source, target, actors, "", "", null, null, null, null, "");
  }

  /** The sort key of an event's date in pages: events without a date come last. */
  static String sortDate(String alias) {
    return "coalesce(" + alias + "date, DATE '" + LAST_DAY + "')";
  }

  static LocalDate lastDay() {
    return LAST_DAY;
  }

  /** The conditions over the events table aliased {@code e}, as SQL with {@code ?} placeholders and their values. */
  BoundSql where() {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (!source.isEmpty()) {
      conditions.add("starts_with(e.source_code, ?)");
      values.add(source);
    }
    if (!target.isEmpty()) {
      conditions.add("starts_with(e.target_code, ?)");
      values.add(target);
    }
    if (actors.size() == 1) {
      conditions.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
      values.add(actors.get(0));
      values.add(actors.get(0));
    } else if (actors.size() == 2) {
      conditions.add("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)) "
          + "OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))");
      values.addAll(List.of(actors.get(0), actors.get(1), actors.get(1), actors.get(0)));
    }
    if (!country.isEmpty()) {
      conditions.add("(e.source_country = ? OR e.target_country = ? OR e.location_country = ?)");
      values.addAll(List.of(country, country, country));
    }
    if (!cameo.isEmpty()) {
      conditions.add("starts_with(e.cameo, ?)");
      values.add(cameo);
    }
    if (plover != null) {
      conditions.add("e.plover = ?");
      values.add(plover.name());
    }
    if (mode != null) {
      conditions.add(mode.condition);
    }
    if (from != null) {
      conditions.add("e.date >= ?");
      values.add(Date.valueOf(from));
    }
    if (to != null) {
      conditions.add("e.date <= ?");
      values.add(Date.valueOf(to));
    }
    if (!text.isBlank()) {
      // A semi-join on the sentences that hold the words, as a LIKE pattern whose wildcards in the words are escaped.
      conditions.add("e.event_id IN (SELECT tm.event_id FROM sentences ts JOIN mentions tm ON tm.article_id = ts.article_id "
          + "AND tm.sentence_index = ts.sentence_index WHERE ts.text ILIKE ? ESCAPE '\\')");
      values.add("%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return new BoundSql(conditions.isEmpty() ? "true" : String.join(" AND ", conditions), values);
  }
}
