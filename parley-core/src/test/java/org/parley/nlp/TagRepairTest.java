package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRepairTest {
  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : text.split(" ")) {
      CoreLabel token = new CoreLabel();
      int slash = pair.lastIndexOf('/');
      token.setWord(pair.substring(0, slash));
      token.setTag(pair.substring(slash + 1));
      tokens.add(token);
    }
    return tokens;
  }

  /** The tags of "word/TAG" pairs after the repair. */
  private static String repaired(String text) {
    List<CoreLabel> tokens = tagged(text);
    TagRepair.repair(tokens);
    return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
  }

  @Test
  void aBaseFormVerbAfterAnAdjectiveOrArticleAndBeforeANounIsANoun() {
    assertThat(repaired("a/DT massive/JJ drone/VB and/CC missile/NN attack/NN")).isEqualTo("DT JJ NN CC NN NN");
    assertThat(repaired("the/DT drone/VBP strikes/NNS continued/VBD")).isEqualTo("DT NN NNS VBD");
    assertThat(repaired("a/DT missile/NN and/CC drone/VB attack/NN")).isEqualTo("DT NN CC NN NN");
    assertThat(repaired("a/DT Russian/NNP drone/VB strike/NN")).isEqualTo("DT NNP NN NN");
  }

  @Test
  void anActReadAsAnAdjectiveAfterAPluralSubjectIsTheVerb() {
    assertThat(repaired("Nigerian/JJ troops/NNS free/JJ kidnapped/VBD schoolchildren/NNS")).isEqualTo("JJ NNS VBP VBN NNS");
    assertThat(repaired("the/DT troops/NNS were/VBD free/JJ")).isEqualTo("DT NNS VBD JJ");
  }

  @Test
  void aParticipleAfterAFloatingEachIsThePastTense() {
    assertThat(repaired("Ukraine/NNP and/CC Russia/NNP each/DT released/VBN 146/CD prisoners/NNS"))
        .isEqualTo("NNP CC NNP DT VBD CD NNS");
    assertThat(repaired("they/PRP were/VBD each/DT released/VBN on/IN bail/NN")).isEqualTo("PRP VBD DT VBN IN NN");
  }

  @Test
  void aHeadlinesBaseFormAfterTwoCoordinatedNamesIsItsVerb() {
    assertThat(repaired("Ukraine/NNP and/CC Russia/NNP swap/NN prisoners/NNS")).isEqualTo("NNP CC NNP VBP NNS");
  }

  @Test
  void aHeadlinesPhrasalVerbReadAsAPluralNounIsItsVerb() {
    assertThat(repaired("Israel/NNP hands/NNS over/IN bodies/NNS of/IN Palestinians/NNPS ,/, Hamas/NNP returns/VBZ remains/NNS"))
        .isEqualTo("NNP VBZ RP NNS IN NNPS , NNP VBZ NNS");
    assertThat(repaired("Israel/NNP hands/NNS over/IN ,/, officials/NNS say/VBP")).isEqualTo("NNP NNS IN , NNS VBP");
  }

  @Test
  void aHeadlinesPluralNounBetweenANameAndAnObjectIsItsVerb() {
    assertThat(repaired("Armenia/NNP arrests/NNS archbishop/NN accused/VBN of/IN plotting/VBG coup/NN"))
        .isEqualTo("NNP VBZ NN VBN IN VBG NN");
    // A sentence with a verb of its own keeps its nouns.
    assertThat(repaired("Armenia/NNP arrests/NNS rose/VBD sharply/RB")).isEqualTo("NNP NNS VBD RB");
  }

  @Test
  void aHeadlinesVerbsInASeriesKeepTheFormOfTheFirst() {
    assertThat(repaired("Soldiers/NNS seize/VBP power/NN ,/, arrest/NN president/NN")).isEqualTo("NNS VBP NN , VBP NN");
    assertThat(repaired("Israel/NNP strikes/VBZ Gaza/NNP ,/, kills/NNS 20/CD")).isEqualTo("NNP VBZ NNP , VBZ CD");
    // The first clause's verb found first: "Bangladesh court sentences Hasina to death, asks India to hand her over".
    assertThat(repaired("Bangladesh/NNP court/NN sentences/NNS Hasina/NNP ,/, asks/VBZ India/NNP"))
        .isEqualTo("NNP NN VBZ NNP , VBZ NNP");
    // A list after a verb stays a list; a verb after the comma does not make the first clause's nouns verbs.
    assertThat(repaired("The/DT report/NN lists/VBZ killings/NNS ,/, attacks/NNS on/IN civilians/NNS")).isEqualTo("DT NN VBZ NNS , NNS IN NNS");
    assertThat(repaired("Army/NNP strikes/NNS ,/, officials/NNS say/VBP")).isEqualTo("NNP NNS , NNS VBP");
  }

  @Test
  void afterAVerbWhoseToIsAPrepositionABaseFormIsANoun() {
    assertThat(repaired("would/MD not/RB yield/VB to/TO pressure/VB ./.")).isEqualTo("MD RB VB TO NN .");
    assertThat(repaired("refused/VBD to/TO pressure/VB Kyiv/NNP")).isEqualTo("VBD TO VB NNP");
  }

  @Test
  void neighbouringBeforeANameIsAnAdjective() {
    assertThat(repaired("Ethiopia/NNP accused/VBD neighbouring/VBG Eritrea/NNP of/IN")).isEqualTo("NNP VBD JJ NNP IN");
    assertThat(repaired("troops/NNS neighbouring/VBG the/DT border/NN")).isEqualTo("NNS VBG DT NN");
  }

  @Test
  void verbsThatCanStandThereAreLeftAlone() {
    assertThat(repaired("many/JJ fear/VBP war/NN")).isEqualTo("JJ VBP NN");
    assertThat(repaired("troops/NNS will/MD attack/VB towns/NNS")).isEqualTo("NNS MD VB NNS");
    assertThat(repaired("few/JJ expect/VB change/NN")).isEqualTo("JJ VB NN");
  }

  @Test
  void theWordBetweenARelativePronounAndANounPhraseIsTheClausesVerb() {
    assertThat(repaired("Egypt/NNP ,/, which/WDT back/RB the/DT army/NN ,/, called/VBD")).isEqualTo("NNP , WDT VBP DT NN , VBD");
    assertThat(repaired("states/NNS that/WDT fund/NN the/DT militia/NN")).isEqualTo("NNS WDT VBP DT NN");
    assertThat(repaired("the/DT town/NN which/WDT only/RB the/DT army/NN holds/VBZ")).isEqualTo("DT NN WDT RB DT NN VBZ");
    assertThat(repaired("troops/NNS who/WP quickly/RB the/DT town/NN")).isEqualTo("NNS WP RB DT NN");
  }

  @Test
  void thePluralAfterWhoseAndItsNounBeforeANounPhraseIsTheClausesVerb() {
    assertThat(repaired("Anwar/NNP ,/, whose/WP$ country/NN chairs/NNS ASEAN/NNP ,/, urged/VBD")).isEqualTo("NNP , WP$ NN VBZ NNP , VBD");
    assertThat(repaired("rebels/NNS ,/, whose/WP$ army/NN units/NNS fought/VBD")).isEqualTo("NNS , WP$ NN NNS VBD");
  }

  @Test
  void anAdjectiveAfterAPossessiveAndBeforeAFiniteVerbHeadsTheSubject() {
    assertThat(repaired("China/NNP 's/POS military/JJ staged/VBD drills/NNS")).isEqualTo("NNP POS NN VBD NNS");
    assertThat(repaired("the/DT wounded/JJ were/VBD taken/VBN")).isEqualTo("DT NN VBD VBN");
    assertThat(repaired("China/NNP 's/POS military/JJ drills/NNS began/VBD")).isEqualTo("NNP POS JJ NNS VBD");
  }

  @Test
  void aSentencesOnlyVerbReadAsAParticipleAfterItsSubjectIsInThePast() {
    assertThat(repaired("The/DT Houthis/NNPS detained/VBN U.N./NNP workers/NNS ./.")).isEqualTo("DT NNPS VBD NNP NNS .");
    assertThat(repaired("Two/CD soldiers/NNS killed/VBN in/IN attack/NN")).as("a headline passive").isEqualTo("CD NNS VBN IN NN");
    assertThat(repaired("Israeli/JJ troops/NNS detained/VBN three/CD Palestinians/NNPS")).isEqualTo("JJ NNS VBD CD NNPS");
    assertThat(repaired("Workers/NNS detained/VBN last/JJ week/NN were/VBD freed/VBN")).isEqualTo("NNS VBN JJ NN VBD VBN");
  }

  @Test
  void anUnknownNameOpeningASentenceBeforeItsVerbIsAName() {
    assertThat(repaired("Vucic/JJ accused/VBN foreign/JJ intelligence/NN services/NNS")).isEqualTo("NNP VBD JJ NN NNS");
    assertThat(repaired("Russian/JJ armed/VBN forces/NNS attacked/VBD")).isEqualTo("JJ VBN NNS VBD");
    assertThat(repaired("Several/JJ armed/VBN groups/NNS attacked/VBD")).isEqualTo("JJ VBN NNS VBD");
  }
}
