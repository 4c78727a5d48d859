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

  private static String tags(List<CoreLabel> tokens) {
    return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
  }

  @Test
  void aBaseFormVerbAfterAnAdjectiveOrArticleAndBeforeANounIsANoun() {
    List<CoreLabel> massive = tagged("a/DT massive/JJ drone/VB and/CC missile/NN attack/NN");
    List<CoreLabel> article = tagged("the/DT drone/VBP strikes/NNS continued/VBD");
    List<CoreLabel> coordinated = tagged("a/DT missile/NN and/CC drone/VB attack/NN");
    List<CoreLabel> named = tagged("a/DT Russian/NNP drone/VB strike/NN");

    TagRepair.repair(massive);
    TagRepair.repair(article);
    TagRepair.repair(coordinated);
    TagRepair.repair(named);

    assertThat(tags(massive)).isEqualTo("DT JJ NN CC NN NN");
    assertThat(tags(article)).isEqualTo("DT NN NNS VBD");
    assertThat(tags(coordinated)).isEqualTo("DT NN CC NN NN");
    assertThat(tags(named)).isEqualTo("DT NNP NN NN");
  }

  @Test
  void verbsThatCanStandThereAreLeftAlone() {
    List<CoreLabel> many = tagged("many/JJ fear/VBP war/NN");
    List<CoreLabel> modal = tagged("troops/NNS will/MD attack/VB towns/NNS");
    List<CoreLabel> quantifier = tagged("few/JJ expect/VB change/NN");

    TagRepair.repair(many);
    TagRepair.repair(modal);
    TagRepair.repair(quantifier);

    assertThat(tags(many)).isEqualTo("JJ VBP NN");
    assertThat(tags(modal)).isEqualTo("NNS MD VB NNS");
    assertThat(tags(quantifier)).isEqualTo("JJ VB NN");
  }

  @Test
  void theWordBetweenARelativePronounAndANounPhraseIsTheClausesVerb() {
    List<CoreLabel> back = tagged("Egypt/NNP ,/, which/WDT back/RB the/DT army/NN ,/, called/VBD");
    List<CoreLabel> fund = tagged("states/NNS that/WDT fund/NN the/DT militia/NN");
    List<CoreLabel> only = tagged("the/DT town/NN which/WDT only/RB the/DT army/NN holds/VBZ");
    List<CoreLabel> quickly = tagged("troops/NNS who/WP quickly/RB the/DT town/NN");

    TagRepair.repair(back);
    TagRepair.repair(fund);
    TagRepair.repair(only);
    TagRepair.repair(quickly);

    assertThat(tags(back)).isEqualTo("NNP , WDT VBP DT NN , VBD");
    assertThat(tags(fund)).isEqualTo("NNS WDT VBP DT NN");
    assertThat(tags(only)).isEqualTo("DT NN WDT RB DT NN VBZ");
    assertThat(tags(quickly)).isEqualTo("NNS WP RB DT NN");
  }

  @Test
  void anUnknownNameOpeningASentenceBeforeItsVerbIsAName() {
    List<CoreLabel> name = tagged("Vucic/JJ accused/VBN foreign/JJ intelligence/NN services/NNS");
    List<CoreLabel> nationality = tagged("Russian/JJ armed/VBN forces/NNS attacked/VBD");
    List<CoreLabel> armed = tagged("Several/JJ armed/VBN groups/NNS attacked/VBD");

    TagRepair.repair(name);
    TagRepair.repair(nationality);
    TagRepair.repair(armed);

    assertThat(tags(name)).isEqualTo("NNP VBD JJ NN NNS");
    assertThat(tags(nationality)).isEqualTo("JJ VBN NNS VBD");
    assertThat(tags(armed)).isEqualTo("JJ VBN NNS VBD");
  }
}
