package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.coding.TestingPipeline;
import org.parley.model.Article;

/** Which named people and organisations count as unresolved, how their mentions merge, and the clues to their codes. */
class ActorDiscoveryTest {
  private static List<UnresolvedActor> discover(String text) {
    var pipeline = TestingPipeline.get();
    var annotated = pipeline.code(new Article("test", "", "", "", LocalDate.of(2025, 5, 12), text)).annotated();
    return new ActorDiscovery(pipeline.coder().resolver()).unresolved(annotated);
  }

  private static UnresolvedActor only(List<UnresolvedActor> actors) {
    assertThat(actors).hasSize(1);
    return actors.get(0);
  }

  @Test
  void knownPeopleAreNotListedAndAnAppositionGivesCountryAndRole() {
    UnresolvedActor kamau = only(discover("Wanjiru Kamau, Kenya's opposition leader, met Vladimir Putin in Moscow on Monday."));

    assertThat(kamau.name()).isEqualTo("Wanjiru Kamau");
    assertThat(kamau.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(kamau.suggestion().printed()).isEqualTo("KENOPP");
    assertThat(kamau.suggestion().because()).extracting(CodeClue::describe)
        .containsExactly("nationality \"Kenya\" -> KEN", "title \"opposition leader\" -> OPP");
    assertThat(kamau.dates()).containsExactly(LocalDate.of(2025, 5, 12));
  }

  @Test
  void aTitleBeforeTheApposedNameGivesTheRole() {
    UnresolvedActor kamau = only(discover("The Kenyan opposition leader, Wanjiru Kamau, rejected the new tax."));

    assertThat(kamau.suggestion().printed()).isEqualTo("KENOPP");
  }

  @Test
  void aPossessiveCountryBeforeTheTitleGivesTheCountry() {
    UnresolvedActor chebet = only(discover("Kenya's Interior Minister Amani Chebet visited the border town on Tuesday."));

    assertThat(chebet.suggestion().because()).extracting(CodeClue::describe)
        .containsExactly("nationality \"Kenya\" -> KEN", "title \"Interior Minister\" -> GOV");
  }

  @Test
  void theSurnameLaterInTheArticleIsTheSamePerson() {
    UnresolvedActor adoum = only(discover("Rebel commander Idris Adoum said his fighters had seized a border post in Chad. Adoum warned that his men would advance."));

    assertThat(adoum.name()).isEqualTo("Idris Adoum");
    assertThat(adoum.aliases()).containsExactly("Adoum");
    assertThat(adoum.mentions()).isEqualTo(2);
    assertThat(adoum.examples()).hasSize(2);
    assertThat(adoum.suggestion().printed()).isEqualTo("TCDREB");
    assertThat(adoum.suggestion().because()).extracting(CodeClue::describe)
        .containsExactly("same sentence \"Chad\" -> TCD", "title \"Rebel commander\" -> REB");
  }

  @Test
  void capitalisedDescriptionsAreNotNames() {
    assertThat(discover("The Foreign Ministry said the Kenya Defence Forces had left the border town.")).isEmpty();
  }

  @Test
  void aCountryInsideAnOrganisationsNameGivesItsCountry() {
    UnresolvedActor service = only(discover("The Ghana Police Service said it had arrested three men."));

    assertThat(service.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(service.suggestion().printed()).isEqualTo("GHACOP");
  }
}
