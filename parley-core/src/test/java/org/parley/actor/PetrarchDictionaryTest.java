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
import org.parley.model.ParleyInputException;

/** Reading PETRARCH/TABARI actor dictionaries: entries over several lines, date restrictions, defaults. */
class PetrarchDictionaryTest {
  private static final String DICTIONARY = """
      # a test dictionary in PETRARCH's layout
      NORTHWIND_TRADER  [NWT]  # default
      \t[NWTCIV <20080120]
      \t[XRBNWT 20100109-20100112] # narrower, listed first, so it wins inside its interval
      \t[NWTMIL 20080120-20121109]

      THE_OLD_KING  # codes on the lines below
      +GREYBEARD
      +OLD_GREY
      \t[KNG < 950601]
      \t[KNGGOV 19950601 - 19990815]
      \t[KNGREB > 990816]

      VALE_OF_MIST  [VMT/VMS]
      LAKETOWN  [LKT]
      +LAKE_TOWN
      """;

  private static ActorTables tables(Path folder, String text) throws IOException {
    return ActorTables.bundledWith(List.of(Files.writeString(folder.resolve("test.actors.txt"), text)));
  }

  private static String code(ActorTables tables, String name, String date) {
    return tables.person(name, LocalDate.parse(date)).map(ActorCode::code).orElse("none");
  }

  @Test
  void codesOnTheFollowingLinesAreRestrictedByDateWithTheUndatedOneAsDefault(@TempDir Path folder) throws IOException {
    ActorTables tables = tables(folder, DICTIONARY);

    assertThat(code(tables, "Northwind Trader", "1995-01-04")).isEqualTo("NWTCIV");
    assertThat(code(tables, "Northwind Trader", "2010-01-06")).isEqualTo("NWTMIL");
    assertThat(code(tables, "Northwind Trader", "2010-01-10")).isEqualTo("XRBNWT");
    assertThat(code(tables, "Northwind Trader", "2010-01-13")).as("interval ends inclusive").isEqualTo("NWTMIL");
    assertThat(code(tables, "Northwind Trader", "2014-01-04")).as("the default").isEqualTo("NWT");
  }

  @Test
  void synonymsBeforeTheCodesShareThemAndDatesMayBeSixDigitsWithSpaces(@TempDir Path folder) throws IOException {
    ActorTables tables = tables(folder, DICTIONARY);

    assertThat(code(tables, "Greybeard", "1995-01-01")).isEqualTo("KNG");
    assertThat(code(tables, "Old Grey", "1998-01-01")).isEqualTo("KNGGOV");
    assertThat(code(tables, "The Old King", "2001-01-01")).isEqualTo("KNGREB");
    assertThat(tables.countryByName("Lake Town")).contains("LKT");
  }

  @Test
  void aBadDateRangeNamesTheFileAndLine(@TempDir Path folder) {
    assertThatThrownBy(() -> tables(folder, "SOMEONE  [ABC]\n\t[ABCGOV 2008-01]\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessageContaining("test.actors.txt")
        .hasMessageContaining("bad date range");
  }
}
