package org.parley.actor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.ActorCode;

/** A named person with their terms of office; the date decides which code they carry. */
record OfficeHolder(String name, String country, List<Tenure> tenures) {
  OfficeHolder {
    requireNonNull(name, "name is null");
    requireNonNull(country, "country is null");
    tenures = List.copyOf(tenures);
  }

  /**
   * The code on a date: the tenure's code while in office, else the country's elite (a former president is not
   * the sitting government). Without a date (an undated text), today's office, or else the last one held: a text
   * that names a past leader without saying "former" is most likely about their time in office.
   */
  ActorCode codeOn(LocalDate date) {
    LocalDate day = date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : date;
    for (Tenure tenure : tenures) {
      if (tenure.covers(day)) {
        return code(tenure);
      }
    }
    if (date == null && !tenures.isEmpty()) {
      Tenure last = tenures.get(0);
      for (Tenure tenure : tenures) {
        if (tenure.start().isAfter(last.start())) {
          last = tenure;
        }
      }
      return code(last);
    }
    return ActorCode.of(country, "ELI");
  }

  private static ActorCode code(Tenure tenure) {
    String code = tenure.code();
    if (!tenure.country().isEmpty() && code.startsWith(tenure.country())) {
      return new ActorCode(code, tenure.country(), code.length() >= 6 ? code.substring(3, 6) : "");
    }
    return ActorCodes.parse(code);
  }
}
