package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestedCodeTest {
  @Test
  void aNationalityWordOutweighsTwoCitiesInOtherSentences() {
    SuggestedCode code = SuggestedCode.from(List.of(
        CodeClue.country(CodeClue.Source.SENTENCE, "Geneva", "CHE"),
        CodeClue.country(CodeClue.Source.SENTENCE, "Geneva", "CHE"),
        CodeClue.country(CodeClue.Source.NATIONALITY, "Kenyan", "KEN"),
        CodeClue.role(CodeClue.Source.TITLE, "envoy", "GOV")));

    assertThat(code.printed()).isEqualTo("KENGOV");
    assertThat(code.complete()).isTrue();
    assertThat(code.because()).extracting(CodeClue::describe).containsExactly("nationality \"Kenyan\" -> KEN", "title \"envoy\" -> GOV");
  }

  @Test
  void cluesSeenOftenEnoughOutweighACloserOne() {
    SuggestedCode code = SuggestedCode.from(List.of(
        CodeClue.role(CodeClue.Source.TITLE, "spokesman", "GOV"),
        CodeClue.role(CodeClue.Source.COREFERENCE, "the rebel leader", "REB"),
        CodeClue.role(CodeClue.Source.COREFERENCE, "the rebel", "REB")));

    assertThat(code.role()).isEqualTo("REB");
    assertThat(code.because()).extracting(CodeClue::words).containsExactly("the rebel leader");
  }

  @Test
  void whatNoClueGaveIsPrintedAsUnknown() {
    assertThat(SuggestedCode.from(List.of(CodeClue.role(CodeClue.Source.TITLE, "Defence Minister", "GOV"))).printed()).isEqualTo("???GOV");
    assertThat(SuggestedCode.from(List.of()).printed()).isEqualTo("??????");
    assertThat(SuggestedCode.from(List.of()).complete()).isFalse();
  }

  @Test
  void aClueGivesACountryOrARoleNotBoth() {
    assertThatThrownBy(() -> new CodeClue(CodeClue.Source.TITLE, "x", "KEN", "GOV")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodeClue(CodeClue.Source.TITLE, " ", "KEN", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
