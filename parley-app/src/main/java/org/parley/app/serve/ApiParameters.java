package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.model.PloverType;
import org.parley.store.EventBrowser.Period;
import org.parley.store.EventSearch;
import org.parley.store.PageCursor;

/**
 * A request's query parameters, checked against the names its endpoint takes: an unknown name, a repeated one or
 * a value outside its shape is a 400 naming the parameter, so a typo never silently widens a search.
 */
final class ApiParameters {
  /** The parameters that filter events, shared by every endpoint that reads events. */
  static final Set<String> SEARCH = Set.of("dyad", "actor", "country", "cameo", "plover", "mode", "from", "to", "text");

  private final Map<String, List<String>> values;

  ApiParameters(Map<String, List<String>> values, Set<String> allowed) {
    this.values = requireNonNull(values, "values is null");
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw ApiError.badRequest("unknown parameter '" + unknown.iterator().next() + "'; this endpoint takes "
          + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
    }
  }

  /** The filters of {@link #SEARCH}. */
  EventSearch search() {
    EventSearch search = EventSearch.all();
    try {
      String dyad = single("dyad").toUpperCase(Locale.ROOT);
      if (!dyad.isEmpty()) {
        String[] sides = dyad.split(":", -1);
        if (sides.length != 2) {
          throw ApiError.badRequest("dyad: expected SOURCE:TARGET with CAMEO actor codes or *, e.g. RUS:UKR");
        }
        search = search.withDyad(anyActor(sides[0]), anyActor(sides[1]));
      }
      List<String> actors = new ArrayList<>();
      for (String actor : all("actor")) {
        if (!actor.isBlank()) {
          actors.add(actor.strip().toUpperCase(Locale.ROOT));
        }
      }
      search = search.withActors(actors)
          .withCountry(single("country").toUpperCase(Locale.ROOT))
          .withCameo(single("cameo"))
          .withText(single("text"))
          .between(date("from"), date("to"));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    String plover = single("plover").toUpperCase(Locale.ROOT);
    if (!plover.isEmpty()) {
      try {
        search = search.withPlover(PloverType.valueOf(plover));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("plover: expected one of " + Arrays.stream(PloverType.values()).map(Enum::name)
            .collect(Collectors.joining(", ")));
      }
    }
    String mode = single("mode").toLowerCase(Locale.ROOT);
    if (!mode.isEmpty()) {
      search = search.withMode(EventSearch.Mode.named(mode).orElseThrow(() -> ApiError.badRequest(
          "mode: expected one of asserted, negated, hypothetical, claimed")));
    }
    return search;
  }

  private static String anyActor(String side) {
    return side.strip().equals("*") ? "" : side.strip();
  }

  /** The one value of a parameter, or empty when it is absent. */
  String single(String name) {
    List<String> given = values.getOrDefault(name, List.of());
    if (given.size() > 1) {
      throw ApiError.badRequest(name + ": given " + given.size() + " times; give it once");
    }
    return given.isEmpty() ? "" : given.get(0).strip();
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** A whole number between the bounds, or the default when absent. */
  int number(String name, int defaultValue, int min, int max) {
    String value = single(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Answered below with the range.
    }
    throw ApiError.badRequest(name + ": expected a whole number from " + min + " to " + max);
  }

  /** A date, or {@code null} when absent. */
  LocalDate date(String name) {
    String value = single(name);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + ": expected a date YYYY-MM-DD");
    }
  }

  /** The page cursor, or {@code null} for the first page. */
  PageCursor cursor() {
    String value = single("cursor");
    if (value.isEmpty()) {
      return null;
    }
    try {
      return PageCursor.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("cursor: not a cursor of this API; pass the 'next' value of the previous page");
    }
  }

  Period period() {
    String value = single("by").toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      return Period.DAY;
    }
    return Period.named(value).orElseThrow(() -> ApiError.badRequest("by: expected one of day, week, month, quarter, year"));
  }

  /** Names allowed for an endpoint: the search parameters and its own. */
  static Set<String> searchAnd(String... own) {
    Set<String> names = new TreeSet<>(SEARCH);
    names.addAll(List.of(own));
    return names;
  }
}
