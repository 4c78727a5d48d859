package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Country names as news writes them, misspellings included. */
class CountryNamesTest {
  private static final ActorTables TABLES = ActorTables.bundled();

  @Test
  void aLongCountryNameMisspelledByOneLetterIsThatCountry() {
    assertThat(TABLES.countryByMisspelledName("Afganistan")).contains("AFG");
    assertThat(TABLES.countryByMisspelledName("the Phillippines")).contains("PHL");
    assertThat(TABLES.countryByMisspelledName("Kazakstan")).contains("KAZ");
  }

  @Test
  void shortNamesAndOtherWordsAreNoMisspelledCountry() {
    assertThat(TABLES.countryByMisspelledName("Columbia")).as("eight letters: Columbia University is not Colombia").isEmpty();
    assertThat(TABLES.countryByMisspelledName("government")).isEmpty();
    assertThat(TABLES.countryByMisspelledName("Afghanistan")).as("spelled right: the exact lookup's job").contains("AFG");
  }
}
