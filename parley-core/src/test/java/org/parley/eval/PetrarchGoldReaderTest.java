package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ParleyInputException;
import org.parley.model.PloverType;

/** PETRARCH validation records: which are scored, what they expect, and the dictionaries beside them. */
class PetrarchGoldReaderTest {
  private static final GoldSet GOLD = GoldFiles.read(GoldFiles.fixture("petrarch.xml"));

  @TempDir
  Path folder;

  @Test
  void scoresTheIncludedRecordsAndCountsTheOthersByReason() {
    assertThat(GOLD.format()).isEqualTo(GoldFormat.PETRARCH);
    assertThat(GOLD.sentences()).extracting(GoldSentence::id).containsExactly("DEMO-01", "DEMO-02", "ACTOR-03");
    assertThat(GOLD.skipped()).containsOnly(
        Map.entry(PetrarchGoldReader.SKIPPED_DISABLED, 1),
        Map.entry(PetrarchGoldReader.SKIPPED_CATEGORY, 1),
        Map.entry(PetrarchGoldReader.SKIPPED_ERROR_TEST, 1),
        Map.entry(PetrarchGoldReader.SKIPPED_NOT_CAMEO, 1));
  }

  @Test
  void readsCodingsTextAndDate() {
    GoldSentence visit = GOLD.sentences().get(0);

    assertThat(visit.text()).isEqualTo("Zemblan ministers visited Florin on Tuesday.");
    assertThat(visit.date()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(visit.events()).containsExactly(
        new GoldEvent("042", PloverType.CONSULT, "ZEMGOV", "FLO", null),
        new GoldEvent("043", PloverType.CONSULT, "FLO", null, null));
    assertThat(visit.cameoCoded()).isTrue();
  }

  @Test
  void noeventsAndRecordsWithoutCodingExpectNoEvent() {
    assertThat(GOLD.sentences().get(1).events()).isEmpty();
    assertThat(GOLD.sentences().get(2).events()).isEmpty();
  }

  @Test
  void returnsTheDictionariesBesideTheFile() {
    assertThat(GOLD.actorDictionaries()).extracting(path -> path.getFileName().toString()).containsExactly("petrarch.actors.txt", "petrarch.agents.txt");
    assertThat(GOLD.actorDictionaries()).allMatch(Files::isRegularFile);
    assertThat(GOLD.verbDictionaries()).extracting(path -> path.getFileName().toString()).containsExactly("petrarch.verbs.txt");
    assertThat(GOLD.verbDictionaries()).allMatch(Files::isRegularFile);
  }

  @Test
  void aMissingDictionaryNamesItsLine() throws IOException {
    Path file = Files.writeString(folder.resolve("records.xml"),
        "<Validation>\n<Environment>\n  <Actorfile>nowhere.txt</Actorfile>\n</Environment>\n</Validation>\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFiles.read(file)).isInstanceOf(ParleyInputException.class)
        .hasMessageEndingWith("records.xml:3: dictionary nowhere.txt not found beside the gold file");
  }

  @Test
  void brokenXmlNamesItsLine() throws IOException {
    Path file = Files.writeString(folder.resolve("broken.xml"),
        "<Validation><Sentences>\n<Sentence id=\"A\" date=\"20010101\">\n<Text>T.</Txt>\n</Sentence></Sentences></Validation>\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFiles.read(file)).isInstanceOf(ParleyInputException.class)
        .hasMessageContaining("broken.xml:3: invalid XML");
  }

  @Test
  void aCodingWithoutTargetCodeIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("half.xml"),
        "<Validation><Sentences>\n<Sentence id=\"A\" date=\"20010101\">\n<EventCoding sourcecode=\"ZEM\" eventcode=\"042\"/>\n<Text>T.</Text>\n</Sentence></Sentences></Validation>\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFiles.read(file)).isInstanceOf(ParleyInputException.class)
        .hasMessageEndingWith("half.xml:2: sentence A: <EventCoding> needs sourcecode, targetcode and eventcode, or noevents=\"True\"");
  }
}
