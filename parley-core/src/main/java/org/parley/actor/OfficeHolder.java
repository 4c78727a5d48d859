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
   * the sitting government). Without a date, today's office.
   */
  ActorCode codeOn(LocalDate date) {
    LocalDate day = date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : date;
    for (Tenure tenure : tenures) {
      if (tenure.covers(day)) {
        String code = tenure.code();
        if (!tenure.country().isEmpty() && code.startsWith(tenure.country())) {
          return new ActorCode(code, tenure.country(), code.length() >= 6 ? code.substring(3, 6) : "");
        }
        return ActorCodes.parse(code);
      }
    }
    return ActorCode.of(country, "ELI");
  }
}
