package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.eval.TestingEvents.event;
import static org.parley.eval.TestingEvents.gold;
import static org.parley.eval.TestingEvents.sentence;
import static org.parley.eval.TestingEvents.set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report printed as a table and as JSON. */
class EvaluationReportTest {
  private static final GoldSentence SENTENCE = sentence("s1", gold("042", "RUSGOV", "USAGOV"), gold("190", "RUSMIL", "UKR"));
  private static final EvaluationReport REPORT = new Scorer(false, 1)
      .score(set(SENTENCE).withSkipped("coding failed", 1), List.of(new SentenceCoding(SENTENCE, List.of(event("042", "RUSGOV", "USA"), event("112", "RUS", "UKR")))));

  private static List<String> normalisedLines(String text) {
    return text.lines().map(line -> line.strip().replaceAll("\\s+", " ")).toList();
  }

  @Test
  void textHasATableRowPerCategoryAndTheOtherFigures() {
    List<String> lines = normalisedLines(REPORT.text());

    assertThat(lines).contains(
        "Gold: test.jsonl (Parley gold JSON Lines)",
        "Sentences: 1 scored; skipped: 1 coding failed",
        "PLOVER type gold coded matched precision recall F1",
        "CONSULT 1 1 1 1.000 1.000 1.000",
        "ACCUSE 0 1 0 0.000 - 0.000",
        "ASSAULT 1 0 0 - 0.000 0.000",
        "all (micro) 2 2 1 0.500 0.500 0.500",
        "macro F1 0.333",
        "country level 1.000 (1 of 1)",
        "code level 0.000 (0 of 1)",
        "source alone, country level 1.000 (1 of 1)",
        "target alone, country level 1.000 (1 of 1; 0 without the gold's target)",
        "Modes: not judged (no matched event has a gold mode)",
        "PETRARCH codings (exact CAMEO code, source and target): 2 expected, 0 produced (0.000), 2 false codings",
        "missed 190 RUSMIL -> UKR ASSAULT",
        "false 112 RUS -> UKR ACCUSE [trigger]",
        "dyad expected 042 RUSGOV -> USAGOV CONSULT, coded 042 RUSGOV -> USA CONSULT [trigger]");
  }

  @Test
  void jsonHasEveryFigureAndNullWhereOneIsUndefined() throws IOException {
    JsonNode json = new ObjectMapper().readTree(REPORT.json());

    assertThat(json.path("format").asText()).isEqualTo("parley-jsonl");
    assertThat(json.path("plover").path("micro").path("precision").asDouble()).isEqualTo(0.5);
    assertThat(json.path("plover").path("macro_f1").asDouble()).isEqualTo(0.3333);
    assertThat(json.path("plover").path("types").path("ASSAULT").path("precision").isNull()).isTrue();
    assertThat(json.path("cameo_root").path("roots").path("04").path("matched").asInt()).isEqualTo(1);
    assertThat(json.path("dyads").path("code_accuracy").asDouble()).isEqualTo(0.0);
    assertThat(json.path("dyads").path("missing_targets").asInt()).isZero();
    assertThat(json.path("modes").path("accuracy").isNull()).isTrue();
    assertThat(json.path("petrarch").path("false_codings").asInt()).isEqualTo(2);
    assertThat(json.path("skipped").path("coding failed").asInt()).isEqualTo(1);
    assertThat(json.path("errors").get(0).path("missed").get(0).asText()).isEqualTo("190 RUSMIL -> UKR ASSAULT");
  }
}
