package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.actor.ActorCodes;
import org.parley.eval.ActorComparison.Level;
import org.parley.model.ActorCode;

/** How gold actor codes are compared with Parley's. */
class ActorComparisonTest {
  private static boolean same(String gold, String parley, Level level) {
    return ActorComparison.same(gold, ActorCodes.parse(parley), level);
  }

  @Test
  void countryLevelIgnoresTheRole() {
    assertThat(same("RUSGOV", "RUSMIL", Level.COUNTRY)).isTrue();
    assertThat(same("RUSGOV", "RUSMIL", Level.CODE)).isFalse();
    assertThat(same("RUSGOV", "UKRGOV", Level.COUNTRY)).isFalse();
  }

  @Test
  void codeLevelComparesTheFirstRoleOnly() {
    assertThat(same("RUSGOVFRM", "RUSGOV", Level.CODE)).isTrue();
    assertThat(same("rusgov", "RUSGOV", Level.CODE)).isTrue();
    assertThat(same("RUS", "RUSGOV", Level.COUNTRY)).isTrue();
    assertThat(same("RUS", "RUSGOV", Level.CODE)).isFalse();
    assertThat(same("RUS", "RUS", Level.CODE)).isTrue();
  }

  @Test
  void internationalOrganisationsCompareAsTheirClass() {
    assertThat(same("IGO", "UNO", Level.CODE)).isTrue();
    assertThat(same("IGOUNO", "NATO", Level.CODE)).isTrue();
    assertThat(same("IGOMIL", "UNO", Level.COUNTRY)).isTrue();
    assertThat(same("IGO", "RUSGOV", Level.COUNTRY)).isFalse();
  }

  @Test
  void unknownCountriesCompareByRole() {
    assertThat(same("---GOV", "---GOV", Level.CODE)).isTrue();
    assertThat(same("---", "---GOV", Level.COUNTRY)).isTrue();
    assertThat(same("---", "RUSGOV", Level.COUNTRY)).isFalse();
  }

  @Test
  void comparesTheCodeAsWrittenWhateverCountryItWasParsedTo() {
    assertThat(ActorComparison.same("ZEMGOV", new ActorCode("ZEM", "", "IGO"), Level.COUNTRY)).isTrue();
    assertThat(ActorComparison.same("ZEMGOV", new ActorCode("ZEM", "", "IGO"), Level.CODE)).isFalse();
  }

  @Test
  void olderCountryCodesAndNonGovernmentalOrganisationsAreReadAsParleyCodesThem() {
    assertThat(same("JAPGOV", "JPNGOV", Level.CODE)).isTrue();
    assertThat(same("ITL", "ITA", Level.COUNTRY)).isTrue();
    assertThat(same("JAP", "ITA", Level.COUNTRY)).isFalse();
    assertThat(same("NGO", "HRW", Level.CODE)).isTrue();
    assertThat(same("NGO", "---NGO", Level.CODE)).isTrue();
    assertThat(same("NGO", "---GOV", Level.COUNTRY)).isFalse();
  }
}
