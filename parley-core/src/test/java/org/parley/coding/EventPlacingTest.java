package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.Location;

/**
 * Where an event happens, from the locative phrases of its clause, and what that tells about agents of no stated
 * country: police, soldiers and strikers act where the event happens.
 */
class EventPlacingTest {
  private static Event only(String sentence, String root) {
    List<Event> events = TestingPipeline.code(sentence);
    return events.stream().filter(event -> event.cameo().code().startsWith(root)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + root + " event in " + events));
  }

  private static String place(Event event) {
    return java.util.Optional.ofNullable(event.location()).map(Location::text).orElse("-");
  }

  @Test
  void aPlaceInsideTheLocativePhrase() {
    Event teargas = only("Riot police fired tear gas at demonstrators at a rally in Chisinau on Monday.", "17");
    assertThat(place(teargas)).isEqualTo("Chisinau");
    assertThat(teargas.source().code().code()).isEqualTo("MDACOP");

    Event strike = only("Dock workers went on strike at a port near Mombasa on Thursday.", "14");
    assertThat(place(strike)).isEqualTo("Mombasa");
    assertThat(strike.source().code().country()).isEqualTo("KEN");
  }

  @Test
  void throughoutACountry() {
    Event clash = only("Soldiers clashed with rebels throughout Niger last month.", "1");
    assertThat(place(clash)).isEqualTo("Niger");
    assertThat(clash.source().code().code()).isEqualTo("NERMIL");
  }

  @Test
  void aPlaceNamedBesideOrOwnedInAPossessive() {
    assertThat(place(only("Police detained dozens of students in Uganda's capital Kampala on Friday.", "17"))).isEqualTo("Kampala");
    Event shelling = only("Artillery units shelled positions in Lebanon's Bekaa valley overnight.", "19");
    assertThat(java.util.Optional.ofNullable(shelling.location()).map(Location::country)).contains("LBN");
  }

  @Test
  void whatTheActIsDoneToIsWhereItHappens() {
    Event storming = only("Protesters stormed the parliament building in Tirana on Saturday.", "1");
    assertThat(place(storming)).isEqualTo("Tirana");
    assertThat(storming.source().code().country()).isEqualTo("ALB");
  }

  @Test
  void anAgentWithAStatedCountryKeepsIt() {
    Event shelling = only("Russian troops shelled villages in Ukraine's Kharkiv region on Sunday.", "19");
    assertThat(shelling.source().code().code()).isEqualTo("RUSMIL");
    assertThat(java.util.Optional.ofNullable(shelling.location()).map(Location::country)).contains("UKR");
  }

  @Test
  void whatAnActIsAboutIsNotWhereItHappens() {
    Event sanctions = only("The government imposed new sanctions on Iran on Monday.", "16");
    // The place a sanction or a strike is aimed at may stand for where it lands, never for who acts.
    assertThat(sanctions.source().code().code()).isEqualTo("---GOV");
  }

  @Test
  void thePressOfWhereViolenceHappensIsAPartyButNotThePressOfWhereAProtestHappens() {
    Event march = only("French radio reported that several thousand farmers demonstrated in Lyon on Monday.", "14");
    assertThat(place(march)).isEqualTo("Lyon");
    assertThat(march.source().code().code()).isEqualTo("FRAAGR");
    assertThat(march.mode().asserted()).isTrue();

    Event strike = only("Drones struck an oil depot in Belgorod overnight, Russian state media said.", "19");
    assertThat(strike.mode().claimant()).isPresent();
  }

  @Test
  void aPartOfAPlaceIsInThePlace() {
    // Unattributed violence is done by unidentified armed forces of where it happened, here a sector of the city.
    Event killing = only("A journalist was killed in a car bomb explosion in a residential sector of eastern Beirut.", "18");
    assertThat(place(killing)).isEqualTo("Beirut");
    assertThat(killing.source().code().code()).isEqualTo("LBNUAF");
  }

  @Test
  void aRouteThroughAPlaceIsInThePlace() {
    // Marching through a capital is no act aimed at its government: the capital is where the protest happens.
    Event march = only("Thousands of students marched through Budapest on Sunday.", "14");
    assertThat(place(march)).isEqualTo("Budapest");
    assertThat(march.source().code().code()).isEqualTo("HUNEDU");
    assertThat(march.targetActor().map(actor -> actor.code().code())).contains("HUN");
  }

  @Test
  void aPlaceWhereTheTargetsAreOrWereTakenFrom() {
    // The relative clause puts the protesters; police of no stated country act where they are.
    Event teargas = only("Police fired tear gas at protesters who had gathered outside parliament in Yerevan.", "17");
    assertThat(place(teargas)).isEqualTo("Yerevan");
    assertThat(dyad(teargas)).isEqualTo("ARMCOP->ARMCVL");
    // What was taken was in a place inside the from-phrase.
    Event abduction = only("Gunmen abducted 40 pupils from a boarding school in Katsina state.", "18");
    assertThat(abduction.source().code().country()).isEqualTo("NGA");
  }

  @Test
  void notWhereAnotherPartyDidSomethingToTheTarget() {
    // The relative clause has a subject of its own: it tells where the accord was signed, not where it was breached.
    Event accusation = only("Thailand accused Cambodia of laying new mines in breach of the accord, which the two countries "
        + "signed in Kuala Lumpur last month.", "112");
    assertThat(accusation.place()).isEmpty();
  }

  @Test
  void aRegionNamedLikeAnotherCountryLiesInItsOwner() {
    Event abduction = only("Gunmen abducted 303 students from a school in Nigeria's Niger state on Friday.", "18");
    assertThat(abduction.location().country()).isEqualTo("NGA");
    assertThat(abduction.source().code().country()).isEqualTo("NGA");
  }

  @Test
  void aPhraseAboutAPlacesThingDoesNotPlaceTheAct() {
    assertThat(only("The United States expressed concern over China's actions.", "012").place()).isEmpty();
    assertThat(only("Nigeria sent fighter jets into Benin's airspace.", "07").location().country()).isEqualTo("BEN");
  }

  private static String dyad(Event event) {
    return event.source().code().code() + "->" + event.targetActor().map(actor -> actor.code().code()).orElse("-");
  }
}
