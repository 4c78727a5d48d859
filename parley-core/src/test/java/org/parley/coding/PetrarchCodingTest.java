package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actor.ActorTables;
import org.parley.actor.PlaceTable;
import org.parley.codebook.CodeTable;
import org.parley.codebook.PetrarchVerbDictionary;
import org.parley.model.Event;

/** Sentences coded with a PETRARCH verb dictionary translated into codebook patterns. */
class PetrarchCodingTest {
  /** A block in PETRARCH's format, written for this test: the verb, then a pattern that names a word after it. */
  private static final String DICTIONARY = """
      --- FIRE  [190]  ---
      FIRE
      - * ARTILLERY  [194]

      """;

  private static List<String> codings(String sentence) {
    PetrarchVerbDictionary dictionary = PetrarchVerbDictionary.parse("test-verbs.txt", new StringReader(DICTIONARY));
    EventCoder coder = new EventCoder(dictionary.translate(CodeTable.bundled()).codebook(), CodeTable.bundled(), ActorTables.bundled(),
        PlaceTable.bundled());
    List<Event> events = TestingPipeline.code(coder, sentence);
    return events.stream()
        .map(event -> event.cameo().code() + " " + event.source().code().code() + "->" + event.targetActor().map(actor -> actor.code().code()).orElse("-"))
        .toList();
  }

  @Test
  void aWordThePatternNamesIsNotTheFirstActorAfterTheVerb() {
    // PETRARCH's default target is the first actor after the verb; "artillery" is the pattern's own word, and the
    // shells it fires are nobody's agents, so the target is Seoul.
    assertThat(codings("North Korea fired two artillery shells at Seoul on Thursday.")).containsExactly("194 PRK->KOR");
  }
}
