package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ParleyInputException;

/** Recording figures and checking later runs against them. */
class BaselineTest {
  @TempDir
  Path folder;

  @Test
  void recordsRoundedFiguresAndReadsThemBack() throws IOException {
    Path file = folder.resolve("eval/baseline.json");
    Baseline.empty()
        .with("b.txt", "", Map.of("plover_recall", 0.5))
        .with("a.xml", "--fast", Map.of("plover_recall", 0.123456))
        .with("b.txt", "", Map.of("plover_recall", 0.25))
        .write(file);

    Baseline read = Baseline.read(file);

    assertThat(read.figures("a.xml", "--fast")).contains(Map.of("plover_recall", 0.1235));
    assertThat(read.figures("a.xml", "")).isEmpty();
    assertThat(read.figures("b.txt", "")).contains(Map.of("plover_recall", 0.25));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"gold\" : \"a.xml\"").containsSubsequence("a.xml", "b.txt");
  }

  @Test
  void aDropOfMoreThanTheToleranceFailsTheCheck() {
    Baseline baseline = Baseline.empty().with("gold.jsonl", "", Map.of("plover_recall", 0.5, "plover_precision", 0.8));

    assertThat(baseline.check("baseline.json", "gold.jsonl", "", Map.of("plover_recall", 0.48, "plover_precision", 0.9))).isEmpty();
    List<FigureDrop> drops = baseline.check("baseline.json", "gold.jsonl", "", Map.of("plover_recall", 0.47, "plover_precision", 0.9));

    assertThat(drops).containsExactly(new FigureDrop("gold.jsonl", "", "plover_recall", 0.5, OptionalDouble.of(0.47)));
    assertThat(drops.get(0).describe()).isEqualTo("gold.jsonl: plover_recall 0.4700, recorded 0.5000");
  }

  @Test
  void aFigureThatIsNoLongerDefinedFailsTheCheck() {
    Baseline baseline = Baseline.empty().with("gold.jsonl", "--fast", Map.of("plover_precision", 0.8));

    List<FigureDrop> drops = baseline.check("baseline.json", "gold.jsonl", "--fast", Map.of("plover_recall", 0.1));

    assertThat(drops).singleElement().extracting(FigureDrop::describe).isEqualTo("gold.jsonl (--fast): plover_precision undefined, recorded 0.8000");
  }

  @Test
  void aGoldFileWithoutRecordIsAnError() {
    Baseline baseline = Baseline.empty().with("gold.jsonl", "", Map.of("plover_recall", 0.5));

    assertThatThrownBy(() -> baseline.check("eval/baseline.json", "gold.jsonl", "--fast", Map.of()))
        .isInstanceOf(ParleyInputException.class)
        .hasMessage("eval/baseline.json: no baseline for gold.jsonl with options --fast; record one with --record");
  }

  @Test
  void aFileThatIsNoBaselineIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("other.json"), "{\"events\": []}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(ParleyInputException.class).hasMessageEndingWith("expected an object with a \"baselines\" array");
    assertThat(Baseline.readOrEmpty(folder.resolve("none.json")).figures("gold.jsonl", "")).isEmpty();
  }
}
