package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

      --- ARRIVE  [042:043]  ---
      ARRIVE

      --- MET  [040]  ---
      MET

      --- OPPOSE  [112]  ---
      OPPOSE

      """;

  /** Actors in PETRARCH's format, written for this test: a country, and its leader known only by the country's code. */
  private static final String ACTORS = """
      NORTHWIND  [NWT]
      TORVALD_BERG  [NWT]
      TORVALD_HANSEN  [NWT]
      HALVARD  [NWT]
      CHIEF_OPPOSITION_GROUP  [~COG]
      """;

  @TempDir
  static Path folder;

  private static List<String> codings(String sentence) throws IOException {
    PetrarchVerbDictionary dictionary = PetrarchVerbDictionary.parse("test-verbs.txt", new StringReader(DICTIONARY));
    ActorTables actors = ActorTables.bundledWith(List.of(Files.writeString(folder.resolve("test.actors.txt"), ACTORS)));
    EventCoder coder = new EventCoder(dictionary.translate(CodeTable.bundled()).codebook(), CodeTable.bundled(), actors,
        PlaceTable.bundled());
    List<Event> events = TestingPipeline.code(coder, sentence);
    return events.stream()
        .map(event -> event.cameo().code() + " " + event.source().code().code() + "->" + event.targetActor().map(actor -> actor.code().code()).orElse("-"))
        .toList();
  }

  @Test
  void aWordThePatternNamesIsNotTheFirstActorAfterTheVerb() throws IOException {
    // PETRARCH's default target is the first actor after the verb; "artillery" is the pattern's own word, and the
    // shells it fires are nobody's agents, so the target is Seoul.
    assertThat(codings("North Korea fired two artillery shells at Seoul on Thursday.")).containsExactly("194 PRK->KOR");
  }

  @Test
  void aPairedCodeAlsoCodesTheReversedDyad() throws IOException {
    // [042:043]: arriving in a country is a visit to it, and its hosting of the visitor.
    assertThat(codings("Indian Prime Minister Narendra Modi arrived in Japan on Friday."))
        .containsExactlyInAnyOrder("042 INDGOV->JPN", "043 JPN->INDGOV");
  }

  @Test
  void aTitleGivesAPersonKnownOnlyByCountryTheOffice() throws IOException {
    // The dictionary codes the leader NWT, as PETRARCH's dictionaries list people; the title in the text makes him
    // government, before the name or with the name in apposition to it.
    assertThat(codings("Northwind President Torvald Berg arrived in Japan on Monday."))
        .containsExactlyInAnyOrder("042 NWTGOV->JPN", "043 JPN->NWTGOV");
    assertThat(codings("Northwind's first Deputy Prime Minister Halvard arrived in Japan on Wednesday.")).contains("042 NWTGOV->JPN");
    assertThat(codings("Northwind's Deputy Prime Minister Torvald Hansen arrived in Japan on Monday.")).contains("042 NWTGOV->JPN");
    assertThat(codings("Torvald Berg arrived in Japan on Monday.")).contains("042 NWT->JPN");
  }

  @Test
  void aCountryFoundByPositionThatOwnsAnAgentStandsForTheAgent() throws IOException {
    // The first actor after "met" is Japan by position; Japan's president is whom the envoy met: Japan's government.
    assertThat(codings("Northwind's ambassador met Japan's president on Monday.")).containsExactly("040 NWTGOV->JPNGOV");
  }

  @Test
  void theLongestAgentPhraseTheDictionaryListsWins() throws IOException {
    // "opposition group" alone is an opposition (Parley's table); the dictionary's three-word phrase names another role.
    assertThat(codings("Northwind's ambassador met Japan's chief opposition group on Monday.")).containsExactly("040 NWTGOV->JPNCOG");
  }

  @Test
  void aPassiveIsAimedAtItsSubjectAsPetrarchReadsIt() throws IOException {
    // The first actor after a passive verb is its doer, in the by-phrase; the target is the passive subject.
    assertThat(codings("Japan was opposed by Northwind, the region's fiercest rival, on Monday."))
        .containsExactly("112 NWT->JPN");
    assertThat(codings("Northwind opposed Japan on Monday.")).containsExactly("112 NWT->JPN");
  }
}
