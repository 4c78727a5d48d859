package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ParleyInputException;
import org.parley.model.PloverType;

/** Parley's gold JSON Lines: sentences, events, modes, and one-line errors for bad lines. */
class JsonLinesGoldReaderTest {
  @TempDir
  Path folder;

  private GoldSet readLines(String... lines) throws IOException {
    Path file = Files.writeString(folder.resolve("gold.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return GoldFiles.read(file);
  }

  private void assertProblem(String line, String reason) {
    assertThatThrownBy(() -> readLines("{\"id\": \"ok\", \"text\": \"A sentence.\", \"events\": []}", line))
        .isInstanceOf(ParleyInputException.class)
        .hasMessageEndingWith("gold.jsonl:2: " + reason);
  }

  @Test
  void readsSentencesWithTheirEventsAndModes() {
    GoldSet gold = GoldFiles.read(GoldFiles.fixture("gold.jsonl"));

    assertThat(gold.format()).isEqualTo(GoldFormat.PARLEY_JSONL);
    assertThat(gold.sentences()).extracting(GoldSentence::id).containsExactly("accusation", "weather", "envoys");
    GoldSentence accusation = gold.sentences().get(0);
    assertThat(accusation.date()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(accusation.events()).containsExactly(
        new GoldEvent("112", PloverType.ACCUSE, "RUR", "FRE", GoldMode.ASSERTED),
        new GoldEvent("194", PloverType.ASSAULT, "FRE", "RUR", GoldMode.CLAIMED));
    assertThat(accusation.givesModes()).isTrue();
    assertThat(gold.sentences().get(1).events()).isEmpty();
    assertThat(gold.sentences().get(1).publishedDate()).isEmpty();
    assertThat(gold.sentences().get(2).events()).containsExactly(new GoldEvent(null, PloverType.CONSULT, "RURGOV", null, null));
    assertThat(gold.sentences().get(2).cameoCoded()).isFalse();
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.actorDictionaries()).isEmpty();
  }

  @Test
  void aBadLineNamesTheFileLineAndProblem() throws IOException {
    assertThatThrownBy(() -> readLines("{\"id\": \"ok\", \"text\": \"A sentence.\", \"events\": []}", "{\"id\": \"x\", \"text\": \"Text.\""))
        .isInstanceOf(ParleyInputException.class)
        .hasMessageContaining("gold.jsonl:2: invalid JSON: Unexpected end-of-input");
  }

  @Test
  void requiresTheEventsListEvenWhenEmpty() {
    assertProblem("{\"id\": \"x\", \"text\": \"Text.\"}", "missing \"events\" (write \"events\": [] when the sentence has no event)");
  }

  @Test
  void rejectsUnknownCodesTypesAndModes() {
    assertProblem("{\"id\": \"x\", \"text\": \"T.\", \"events\": [{\"cameo\": \"999\", \"source\": \"RUS\"}]}", "unknown CAMEO code \"999\"");
    assertProblem("{\"id\": \"x\", \"text\": \"T.\", \"events\": [{\"plover\": \"FIGHT\", \"source\": \"RUS\"}]}", "unknown PLOVER type \"FIGHT\"");
    assertProblem("{\"id\": \"x\", \"text\": \"T.\", \"events\": [{\"cameo\": \"042\", \"source\": \"RUS\", \"mode\": \"rumoured\"}]}",
        "unknown mode \"rumoured\": use asserted, negated, hypothetical or claimed");
    assertProblem("{\"id\": \"x\", \"text\": \"T.\", \"events\": [{\"source\": \"RUS\"}]}", "an event needs \"cameo\" or \"plover\"");
    assertProblem("{\"id\": \"x\", \"text\": \"T.\", \"events\": [{\"cameo\": \"042\"}]}", "missing \"source\"");
  }

  @Test
  void rejectsMissingIdsAndBadDates() {
    assertProblem("{\"text\": \"T.\", \"events\": []}", "missing \"id\"");
    assertProblem("{\"id\": \"x\", \"text\": \"T.\", \"date\": \"3 April\", \"events\": []}", "\"date\" is not a date in the form YYYY-MM-DD: 3 April");
    assertProblem("{\"id\": 7, \"text\": \"T.\", \"events\": []}", "\"id\" is not a string");
  }
}
