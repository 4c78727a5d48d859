package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.ParleyInputException;

/**
 * Which stored events a query reads: a directed dyad ({@code RUS:UKR}; {@code *} for any actor; a side matches
 * every code it begins, so RUS matches RUSGOV and RUSMIL), a date range, and whether only asserted events count.
 *
 * @param source the source actor's code prefix, or empty for any
 * @param target the target actor's code prefix, or empty for any
 * @param from the first date, or {@code null}
 * @param to the last date, or {@code null}
 * @param assertedOnly leave out negated, hypothetical and claimed events
 */
public record EventFilter(String source, String target, LocalDate from, LocalDate to, boolean assertedOnly) {
  private static final String CODE = "[A-Z0-9-]{1,24}";

  public EventFilter {
    source = source == null ? "" : source;
    target = target == null ? "" : target;
    if (!source.isEmpty() && !source.matches(CODE) || !target.isEmpty() && !target.matches(CODE)) {
      throw new IllegalArgumentException("actor codes are letters, digits and '-': " + source + ":" + target);
    }
  }

  public static EventFilter all() {
    return new EventFilter("", "", null, null, false);
  }

  /** Parses {@code SOURCE:TARGET}, either side {@code *} for any actor. */
  public static EventFilter dyad(String dyad) {
    if (dyad == null || dyad.isBlank()) {
      return all();
    }
    String[] sides = dyad.strip().toUpperCase(Locale.ROOT).split(":", -1);
    if (sides.length != 2 || !side(sides[0]).matches("|" + CODE) || !side(sides[1]).matches("|" + CODE)) {
      throw new ParleyInputException("--dyad", "expected SOURCE:TARGET with CAMEO actor codes or *, e.g. RUS:UKR, not " + dyad);
    }
    return new EventFilter(side(sides[0]), side(sides[1]), null, null, false);
  }

  private static String side(String side) {
    return side.equals("*") ? "" : side;
  }

  public EventFilter between(LocalDate first, LocalDate last) {
    return new EventFilter(source, target, first, last, assertedOnly);
  }

  public EventFilter assertedOnly(boolean only) {
    return new EventFilter(source, target, from, to, only);
  }

  /** The same dyad the other way round. */
  public EventFilter reversed() {
    return new EventFilter(target, source, from, to, assertedOnly);
  }

  /** The condition as SQL over the events table's columns with the given prefix ({@code "e."} or empty). */
  public String sql(String prefix) {
    List<String> conditions = new ArrayList<>();
    if (!source.isEmpty()) {
      conditions.add("starts_with(" + prefix + "source_code, '" + source + "')");
    }
    if (!target.isEmpty()) {
      conditions.add("starts_with(" + prefix + "target_code, '" + target + "')");
    }
    if (from != null) {
      conditions.add(prefix + "date >= DATE '" + from + "'");
    }
    if (to != null) {
      conditions.add(prefix + "date <= DATE '" + to + "'");
    }
    if (assertedOnly) {
      conditions.add("NOT " + prefix + "negated AND NOT " + prefix + "hypothetical AND " + prefix + "claimed_by_code IS NULL");
    }
    return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
  }
}
