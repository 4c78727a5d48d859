package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorCode;

/** The bundled tenure table beyond the G20: a person is the country's government in office and its elite outside. */
class OfficeHolderTenureTest {
  private static final ActorTables TABLES = ActorTables.bundled();

  private static String code(String name, int year, int month, int day) {
    return TABLES.person(name, LocalDate.of(year, month, day)).map(ActorCode::code).orElse("none");
  }

  @Test
  void aSittingAfricanPresidentIsHisGovernmentAndBeforeOfficeAnElite() {
    assertThat(code("Bola Tinubu", 2024, 3, 15)).isEqualTo("NGAGOV");
    assertThat(code("Tinubu", 2025, 11, 2)).isEqualTo("NGAGOV");
    assertThat(code("Bola Tinubu", 2021, 6, 1)).isEqualTo("NGAELI");
  }

  @Test
  void aNineteenNinetiesEuropeanPrimeMinisterIsAnEliteAfterLeavingOffice() {
    assertThat(code("Wim Kok", 1996, 5, 1)).isEqualTo("NLDGOV");
    assertThat(code("Wim Kok", 2004, 1, 1)).isEqualTo("NLDELI");
    assertThat(code("Felipe Gonzalez", 1990, 2, 1)).isEqualTo("ESPGOV");
    assertThat(code("Felipe González", 1997, 2, 1)).isEqualTo("ESPELI");
    assertThat(code("Helmut Kohl", 1980, 2, 1)).as("before office").isEqualTo("DEUELI");
  }

  @Test
  void spellingVariantsAndAccentsNameTheSamePerson() {
    assertThat(code("Tudjman", 1995, 8, 4)).isEqualTo("HRVGOV");
    assertThat(code("Franjo Tuđman", 1995, 8, 4)).isEqualTo("HRVGOV");
    assertThat(code("Qadhafi", 1986, 4, 15)).isEqualTo("LBYGOV");
    assertThat(code("Kadhafi", 2012, 1, 1)).isEqualTo("LBYELI");
  }

  private static String titled(String surname, String title, int year) {
    return TABLES.titledPerson(surname, title, LocalDate.of(year, 6, 1)).map(ActorCode::code).orElse("none");
  }

  @Test
  void aTitledSurnameSpelledAsNoTableListsIsTheOneHolderOfThatOfficeOnTheDay() {
    assertThat(titled("Bouteflicka", "President", 2001)).isEqualTo("DZAGOV");
    assertThat(titled("Bashir", "President", 2001)).as("al-Bashir without its article").isEqualTo("SDNGOV");
    assertThat(titled("Gaddafy", "Leader", 1995)).isEqualTo("LBYGOV");
    assertThat(titled("Bouteflicka", "President", 2021)).as("out of office: nobody").isEqualTo("none");
    assertThat(titled("Smith", "President", 2001)).isEqualTo("none");
    assertThat(titled("Bush", "President", 2001)).as("a short surname must be spelled the same").isEqualTo("USAGOV");
    assertThat(titled("Busk", "President", 2001)).isEqualTo("none");
    assertThat(titled("Abdallah", "spokesman", 2025)).as("a title no office holder bears names nobody").isEqualTo("none");
  }

  @Test
  void surnameSpellingsFoldTogetherButDistinctNamesStayApart() {
    assertThat(SurnameKey.same(SurnameKey.of("Omar El Bashir"), SurnameKey.of("Omar al-Bashir"))).isTrue();
    assertThat(SurnameKey.same(SurnameKey.of("Qaddafi"), SurnameKey.of("Gadhafi"))).isTrue();
    assertThat(SurnameKey.same(SurnameKey.of("Zelenskiy"), SurnameKey.of("Zelenskyy"))).isTrue();
    assertThat(SurnameKey.same(SurnameKey.of("Mubarak"), SurnameKey.of("Moubarak"))).isTrue();
    assertThat(SurnameKey.same(SurnameKey.of("Sharif"), SurnameKey.of("Sharon"))).isFalse();
    assertThat(SurnameKey.same(SurnameKey.of("Kohl"), SurnameKey.of("Koch"))).isFalse();
  }

  @Test
  void aHeadOfAnIgoCarriesTheIgoCodeThenHisCountrysElite() {
    assertThat(code("Jacques Delors", 1990, 6, 1)).isEqualTo("EUR");
    assertThat(code("Jacques Delors", 1998, 6, 1)).isEqualTo("FRAELI");
    assertThat(code("Boutros Boutros-Ghali", 1994, 6, 1)).isEqualTo("UNO");
    assertThat(code("Moussa Faki", 2020, 6, 1)).isEqualTo("AFU");
    assertThat(code("Moussa Faki", 2004, 6, 1)).isEqualTo("TCDGOV");
  }

  @Test
  void aPersonWithTwoOfficesIsGovernmentInBothAndAnEliteBetween() {
    assertThat(code("Pedro Pires", 1985, 1, 1)).isEqualTo("CPVGOV");
    assertThat(code("Pedro Pires", 1995, 1, 1)).isEqualTo("CPVELI");
    assertThat(code("Pedro Pires", 2005, 1, 1)).isEqualTo("CPVGOV");
  }

  @Test
  void anUndatedTextNamesAPastLeaderInTheLastOfficeHeHeld() {
    assertThat(TABLES.person("Helmut Kohl", null).map(ActorCode::code)).contains("DEUGOV");
    assertThat(TABLES.person("Wim Kok", null).map(ActorCode::code)).contains("NLDGOV");
  }
}
