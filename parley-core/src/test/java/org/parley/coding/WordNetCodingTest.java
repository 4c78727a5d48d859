package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actor.ActorTables;
import org.parley.actor.PlaceTable;
import org.parley.codebook.CodeTable;
import org.parley.codebook.Codebook;
import org.parley.model.Event;

/** Events coded through triggers that WordNet derives for the codebook, and the switch that turns them off. */
class WordNetCodingTest {
  private static final String BLOCKS = """
      == 111 Criticize or denounce
      verb chastise  subj=SOURCE obj=TARGET
      verb rebuke    subj=SOURCE obj=TARGET
      """;
  private static final String SENTENCE = "Germany castigated Iran on Monday.";

  private static List<String> codings(String codebook, String sentence) {
    EventCoder coder = new EventCoder(Codebook.parse("test", codebook), CodeTable.bundled(), ActorTables.bundled(), PlaceTable.bundled());
    List<Event> events = TestingPipeline.code(coder, sentence);
    return events.stream()
        .map(event -> event.cameo().code() + " " + event.source().code().code() + "->" + event.targetActor().map(actor -> actor.code().code()).orElse("-"))
        .toList();
  }

  @Test
  void aVerbAbsentFromTheCodebookCodesThroughItsWordNetSynonym() {
    assertThat(codings("@wordnet on senses=3 coherent=on hyponyms=off\n" + BLOCKS, SENTENCE)).containsExactly("111 DEU->IRN");
  }

  @Test
  void withTheSwitchOffTheSynonymCodesNothing() {
    assertThat(codings("@wordnet off\n" + BLOCKS, SENTENCE)).isEmpty();
  }

  @Test
  void theCodebooksOwnPatternWinsOverTheDerivedOne() {
    String codebook = "@wordnet on senses=3 coherent=on hyponyms=off\n" + BLOCKS + "== 112 Accuse\nverb castigate subj=SOURCE obj=TARGET\n";

    assertThat(codings(codebook, SENTENCE)).containsExactly("112 DEU->IRN");
  }
}
