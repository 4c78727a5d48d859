package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parley.eval.TestingEvents.HYPOTHETICAL;
import static org.parley.eval.TestingEvents.NEGATED;
import static org.parley.eval.TestingEvents.claimedBy;
import static org.parley.eval.TestingEvents.event;
import static org.parley.eval.TestingEvents.gold;
import static org.parley.eval.TestingEvents.sentence;
import static org.parley.eval.TestingEvents.set;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.PloverType;

/** Scoring hand-built events against hand-built gold sentences: every figure, with its numbers. */
class ScorerTest {
  private static final Scorer SCORER = new Scorer(false, 10);

  private static SentenceCoding coding(GoldSentence sentence, Event... events) {
    return new SentenceCoding(sentence, List.of(events));
  }

  private static EvaluationReport score(Scorer scorer, SentenceCoding... codings) {
    GoldSentence[] sentences = java.util.Arrays.stream(codings).map(SentenceCoding::sentence).toArray(GoldSentence[]::new);
    return scorer.score(set(sentences), List.of(codings));
  }

  private static Tally type(EvaluationReport report, PloverType type) {
    return report.types().stream().filter(score -> score.name().equals(type.name())).findFirst().orElseThrow().tally();
  }

  @Test
  void scoresPrecisionRecallAndF1ByPloverType() {
    GoldSentence sentence = sentence("s1", gold("042", "RUSGOV", "USAGOV"), gold("190", "RUSMIL", "UKR"));

    EvaluationReport report = score(SCORER, coding(sentence, event("042", "RUSGOV", "USAGOV"), event("112", "RUS", "UKR")));

    assertThat(report.types()).extracting(CategoryScore::name).containsExactly("CONSULT", "ACCUSE", "ASSAULT");
    assertThat(type(report, PloverType.CONSULT)).isEqualTo(new Tally(1, 1, 1));
    assertThat(type(report, PloverType.ACCUSE)).isEqualTo(new Tally(0, 1, 0));
    assertThat(type(report, PloverType.ASSAULT)).isEqualTo(new Tally(1, 0, 0));
    assertThat(report.typeTotal()).isEqualTo(new Tally(2, 2, 1));
    assertThat(report.typeTotal().precision()).hasValue(0.5);
    assertThat(report.typeTotal().recall()).hasValue(0.5);
    assertThat(report.typeTotal().f1()).hasValue(0.5);
    assertThat(report.typeMacroF1().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void countsOnlyAssertedEventsUnlessTheGoldGivesModes() {
    GoldSentence sentence = sentence("s1", gold("042", "RUSGOV", "USAGOV"));
    SentenceCoding coding = coding(sentence, event("042", "RUSGOV", "USAGOV", HYPOTHETICAL), event("190", "RUSMIL", "UKR", NEGATED));

    EvaluationReport asserted = score(SCORER, coding);
    EvaluationReport all = score(new Scorer(true, 0), coding);

    assertThat(asserted.codedEvents()).isEqualTo(2);
    assertThat(asserted.countedEvents()).isZero();
    assertThat(asserted.typeTotal()).isEqualTo(new Tally(1, 0, 0));
    assertThat(all.countedEvents()).isEqualTo(2);
    assertThat(type(all, PloverType.CONSULT)).isEqualTo(new Tally(1, 1, 1));
    assertThat(type(all, PloverType.ASSAULT)).isEqualTo(new Tally(0, 1, 0));
  }

  @Test
  void judgesModesWhereTheGoldGivesThem() {
    GoldSentence sentence = sentence("s1",
        gold("112", "RUS", "UKR", GoldMode.ASSERTED),
        gold("194", "UKR", "RUS", GoldMode.CLAIMED),
        gold("042", "RUSGOV", "USAGOV", GoldMode.HYPOTHETICAL));

    EvaluationReport report = score(SCORER, coding(sentence,
        event("112", "RUS", "UKR"),
        event("194", "UKR", "RUS", claimedBy("RUS")),
        event("042", "RUSGOV", "USAGOV")));

    assertThat(report.countedEvents()).isEqualTo(3);
    assertThat(report.typeTotal()).isEqualTo(new Tally(3, 3, 3));
    assertThat(report.modes()).isEqualTo(new ModeScore(3, 2));
    assertThat(report.modes().accuracy().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void dyadAccuracyComparesCountriesAndCodesOfTheEventsMatchedByType() {
    EvaluationReport report = score(SCORER,
        coding(sentence("s1", gold("190", "RUSGOV", "UKRMIL")), event("190", "RUSMIL", "UKRMIL")),
        coding(sentence("s2", gold("042", "CHNGOV", "RUSGOV")), event("042", "CHNGOV", "RUSGOV")),
        coding(sentence("s3", gold("112", "RUS", "UKR")), event("112", "UKR", "RUS")),
        coding(sentence("s4", gold("112", "RUS", "UKR")), event("112", "RUS", null)));

    assertThat(report.dyads()).isEqualTo(new DyadScore(4, 2, 1, 3, 2, 1));
    assertThat(report.dyads().countryAccuracy()).hasValue(0.5);
    assertThat(report.dyads().codeAccuracy()).hasValue(0.25);
    assertThat(report.dyads().sourceAccuracy()).hasValue(0.75);
    assertThat(report.dyads().targetAccuracy()).hasValue(0.5);
  }

  @Test
  void pairsEventsOfOneTypeByTheirDyads() {
    GoldSentence sentence = sentence("s1", gold("190", "RUS", "UKR"), gold("190", "UKR", "RUS"));

    EvaluationReport report = score(SCORER, coding(sentence, event("190", "UKR", "RUS")));

    assertThat(report.typeTotal()).isEqualTo(new Tally(2, 1, 1));
    assertThat(report.dyads()).isEqualTo(new DyadScore(1, 1, 1, 1, 1, 0));
    assertThat(report.errors()).singleElement().satisfies(errors -> {
      assertThat(errors.missed()).containsExactly("190 RUS -> UKR ASSAULT");
      assertThat(errors.falseEvents()).isEmpty();
    });
  }

  @Test
  void petrarchFiguresCompareExactCodesAndCountRepeatedCodingsOnce() {
    GoldSentence sentence = sentence("s1", gold("042", "RUSGOV", "USAGOV"), gold("036", "RUSGOV", "USAGOV"));

    EvaluationReport report = score(SCORER, coding(sentence,
        event("042", "RUSGOV", "USAGOV"),
        event("042", "RUSGOV", "USA"),
        event("042", "RUSGOV", "USAGOV"),
        event("036", "RUSGOV", "USAGOV", HYPOTHETICAL)));

    assertThat(report.codedEvents()).isEqualTo(4);
    assertThat(report.countedEvents()).isEqualTo(2);
    assertThat(report.exactCodings()).isEqualTo(new ExactCodings(2, 1, 1));
    assertThat(report.exactCodings().producedShare()).hasValue(0.5);
    assertThat(report.roots()).containsExactly(new CategoryScore("03", new Tally(1, 0, 0)), new CategoryScore("04", new Tally(1, 2, 1)));
  }

  @Test
  void scoresRootsAndExactCodingsOnlyOnSentencesWhoseGoldHasCameoCodes() {
    GoldSentence ploverOnly = sentence("s1", new GoldEvent(null, PloverType.CONSULT, "RUSGOV", "USAGOV", null));
    GoldSentence cameo = sentence("s2", gold("112", "RUS", "UKR"));

    EvaluationReport report = score(SCORER,
        coding(ploverOnly, event("042", "RUSGOV", "USAGOV")),
        coding(cameo, event("112", "RUS", "UKR")));

    assertThat(report.rootSentences()).isEqualTo(1);
    assertThat(report.roots()).containsExactly(new CategoryScore("11", new Tally(1, 1, 1)));
    assertThat(report.exactCodings()).isEqualTo(new ExactCodings(1, 1, 0));
    assertThat(report.typeTotal()).isEqualTo(new Tally(2, 2, 2));
  }

  @Test
  void leavesCodesWithoutPloverTypeOutOfTheTypeScores() {
    EvaluationReport report = score(SCORER, coding(sentence("s1", gold("012", "UKRGOV", "USA")), event("012", "UKRGOV", "USA"), event("010", "UKRGOV", null)));

    assertThat(report.types()).isEmpty();
    assertThat(report.typeTotal().precision()).isEmpty();
    assertThat(report.roots()).containsExactly(new CategoryScore("01", new Tally(1, 2, 1)));
    assertThat(report.figures()).doesNotContainKeys("plover_precision", "plover_recall", "dyad_country_accuracy");
  }

  @Test
  void listsTheWorstSentencesFirstWithMissedFalseAndWrongDyadEvents() {
    SentenceCoding right = coding(sentence("right", gold("042", "CHNGOV", "RUSGOV")), event("042", "CHNGOV", "RUSGOV"));
    SentenceCoding missed = coding(sentence("missed", gold("190", "RUSMIL", "UKR")));
    SentenceCoding invented = coding(sentence("invented"), event("112", "RUS", "UKR"), event("042", "RUSGOV", "USAGOV", HYPOTHETICAL), event("042", "RUSGOV", "USAGOV"));
    SentenceCoding wrongDyad = coding(sentence("wrong-dyad", gold("042", "CHNGOV", "RUSGOV")), event("042", "USAGOV", "RUSGOV"));

    EvaluationReport two = score(new Scorer(false, 2), right, missed, invented, wrongDyad);
    EvaluationReport all = score(SCORER, right, missed, invented, wrongDyad);

    assertThat(two.errors()).extracting(SentenceErrors::id).containsExactly("invented", "missed");
    assertThat(all.errors()).extracting(SentenceErrors::id).containsExactly("invented", "missed", "wrong-dyad");
    assertThat(all.errors().get(0).falseEvents()).containsExactly("112 RUS -> UKR ACCUSE [trigger]", "042 RUSGOV -> USAGOV CONSULT [trigger]");
    assertThat(all.errors().get(0).text()).isEqualTo("The text of invented.");
    assertThat(all.errors().get(1).missed()).containsExactly("190 RUSMIL -> UKR ASSAULT");
    assertThat(all.errors().get(2).wrongDyads()).containsExactly("expected 042 CHNGOV -> RUSGOV CONSULT, coded 042 USAGOV -> RUSGOV CONSULT [trigger]");
  }

  @Test
  void figuresNameWhatABaselineRecords() {
    GoldSentence sentence = sentence("s1", gold("042", "RUSGOV", "USAGOV"), gold("190", "RUSMIL", "UKR"));

    EvaluationReport report = score(SCORER, coding(sentence, event("042", "RUSGOV", "USA"), event("112", "RUS", "UKR")));

    assertThat(report.figures()).containsExactly(
        Map.entry("plover_precision", 0.5),
        Map.entry("plover_recall", 0.5),
        Map.entry("cameo_root_precision", 0.5),
        Map.entry("cameo_root_recall", 0.5),
        Map.entry("dyad_country_accuracy", 1.0),
        Map.entry("dyad_code_accuracy", 0.0),
        Map.entry("petrarch_produced_share", 0.0));
  }

  @Test
  void reportsTheSkippedRecordsOfTheGoldSet() {
    GoldSentence sentence = sentence("s1");
    GoldSet gold = set(sentence).withSkipped("coding failed", 2).withSkipped("coding failed", 1);

    EvaluationReport report = SCORER.score(gold, List.of(coding(sentence)));

    assertThat(report.sentences()).isEqualTo(1);
    assertThat(report.skipped()).containsExactly(Map.entry("coding failed", 3));
  }
}
