package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ParleyInputException;

/** Telling the three gold formats apart, and the errors for files that are none of them. */
class GoldReadersTest {
  @TempDir
  Path folder;

  @Test
  void tellsTheFormatByExtensionThenByFirstCharacter() {
    assertThat(GoldReaders.format("a.xml", "[")).isEqualTo(GoldFormat.PETRARCH);
    assertThat(GoldReaders.format("a.jsonl", "[")).isEqualTo(GoldFormat.PARLEY_JSONL);
    assertThat(GoldReaders.format("a.txt", "\uFEFF  \n[{")).isEqualTo(GoldFormat.PLOVER_GSR);
    assertThat(GoldReaders.format("a.json", "{\"id\": 1}")).isEqualTo(GoldFormat.PARLEY_JSONL);
    assertThat(GoldReaders.format("records", "<Validation>")).isEqualTo(GoldFormat.PETRARCH);
  }

  @Test
  void plainTextIsNotAGoldFile() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.txt"), "Russia attacked Ukraine.\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFiles.read(file)).isInstanceOf(ParleyInputException.class).hasMessageContaining("notes.txt:1: not a gold file");
  }

  @Test
  void missingEmptyAndEventlessFilesAreErrors() throws IOException {
    Path empty = Files.writeString(folder.resolve("empty.jsonl"), "\n", StandardCharsets.UTF_8);
    Path documentation = Files.writeString(folder.resolve("doc.txt"), "[{\"id\": \"D\", \"event\": \"DOCUMENT\"}]", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFiles.read(folder.resolve("nowhere.jsonl"))).hasMessageEndingWith("nowhere.jsonl: no such file");
    assertThatThrownBy(() -> GoldFiles.read(empty)).hasMessageEndingWith("empty.jsonl: empty gold file");
    assertThatThrownBy(() -> GoldFiles.read(documentation)).hasMessageEndingWith("doc.txt: no gold sentences to score");
  }

  @Test
  void limitKeepsTheFirstSentences() {
    GoldSet gold = GoldFiles.read(GoldFiles.fixture("gold.jsonl"));

    assertThat(gold.limit(2).sentences()).extracting(GoldSentence::id).containsExactly("accusation", "weather");
    assertThat(gold.limit(9)).isSameAs(gold);
    assertThat(gold.name()).isEqualTo("gold.jsonl");
  }
}
