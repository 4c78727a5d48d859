package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of events ends: the sort key of its last event, (date, event id), with events without a date
 * last. The next page starts after it, so pages stay complete and free of repeats however large the store is.
 *
 * @param date the last event's date, or the last day of the calendar for an event without one
 * @param eventId the last event's id
 */
public record PageCursor(LocalDate date, String eventId) {
  private static final int MAX_TOKEN_CHARS = 400;

  public PageCursor {
    requireNonNull(date, "date is null");
    requireNonNull(eventId, "eventId is null");
    if (eventId.isEmpty()) {
      throw new IllegalArgumentException("the cursor's event id is empty");
    }
  }

  /** The opaque token the API hands out: URL-safe, without padding. */
  public String token() {
    byte[] bytes = (date + "|" + eventId).getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Reads a token of {@link #token()}; anything else is an {@link IllegalArgumentException}. */
  public static PageCursor parse(String token) {
    requireNonNull(token, "token is null");
    if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      throw new IllegalArgumentException("not a cursor of this API");
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = decoded.indexOf('|');
      if (bar < 0) {
        throw new IllegalArgumentException("not a cursor of this API");
      }
      return new PageCursor(LocalDate.parse(decoded.substring(0, bar)), decoded.substring(bar + 1));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // Bad Base64, a bad date or an empty id: all one answer, since the token is opaque to users.
      throw new IllegalArgumentException("not a cursor of this API", e);
    }
  }
}
