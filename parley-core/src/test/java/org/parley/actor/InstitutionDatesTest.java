package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorCode;

/** Institutions whose code changes on a day: a movement that takes power becomes its country's government. */
class InstitutionDatesTest {
  private static final ActorTables TABLES = ActorTables.bundled();

  private static String code(ActorTables tables, String name, LocalDate date) {
    return tables.institution(name, date).map(ActorCode::code).orElse("none");
  }

  @Test
  void aMovementIsItsCountrysGovernmentFromTheDayItTookPower() {
    assertThat(code(TABLES, "Taliban", LocalDate.of(2010, 5, 1))).isEqualTo("AFGREB");
    assertThat(code(TABLES, "Taliban", LocalDate.of(2021, 8, 14))).isEqualTo("AFGREB");
    assertThat(code(TABLES, "Taliban", LocalDate.of(2021, 8, 15))).isEqualTo("AFGGOV");
    assertThat(code(TABLES, "HTS", LocalDate.of(2024, 6, 1))).isEqualTo("SYRREB");
    assertThat(code(TABLES, "Hayat Tahrir al-Sham", LocalDate.of(2025, 3, 1))).isEqualTo("SYRGOV");
    assertThat(code(TABLES, "Kremlin", LocalDate.of(1995, 1, 1))).as("an undated code holds always").isEqualTo("RUSGOV");
    assertThat(TABLES.institution("Taliban")).as("no date: today").map(ActorCode::code).contains("AFGGOV");
  }

  @Test
  void aUsersUndatedRowWinsOverTheBundledDates(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("my-institutions.tsv");
    Files.writeString(file, "names\tcode\nTaliban\tAFGRAD\n");

    ActorTables tables = ActorTables.bundledWith(List.of(file));

    assertThat(code(tables, "Taliban", LocalDate.of(2010, 5, 1))).isEqualTo("AFGRAD");
    assertThat(code(tables, "Taliban", LocalDate.of(2025, 5, 1))).isEqualTo("AFGRAD");
  }

  @Test
  void badDatesNameTheFileAndLine(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("my-institutions.tsv");
    Files.writeString(file, "names\tcode\tfrom\tuntil\nJunta\tMLIMIL\t2020-08-18\t2019-01-01\n");

    assertThatThrownBy(() -> ActorTables.bundledWith(List.of(file)))
        .hasMessageContaining("my-institutions.tsv").hasMessageContaining("2").hasMessageContaining("before it starts");
  }
}
