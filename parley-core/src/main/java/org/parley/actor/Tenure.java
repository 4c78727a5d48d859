package org.parley.actor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One term of office: who held it, the code it gives, and when.
 *
 * @param end the last day, or {@code null} while in office
 */
record Tenure(String country, String office, String code, LocalDate start, LocalDate end) {
  Tenure {
    requireNonNull(country, "country is null");
    requireNonNull(office, "office is null");
    requireNonNull(code, "code is null");
    requireNonNull(start, "start is null");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("tenure ends before it starts: " + start + ".." + end);
    }
  }

  boolean covers(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }
}
