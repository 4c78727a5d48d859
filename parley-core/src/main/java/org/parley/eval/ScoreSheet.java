package org.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.eval.ActorComparison.Level;
import org.parley.model.Event;
import org.parley.model.PloverType;

/** The running counts of one scoring, sentence by sentence, made into a report at the end. Not thread-safe. */
final class ScoreSheet {
  private static final int GOLD = 0;
  private static final int CODED = 1;
  private static final int MATCHED = 2;

  private final Map<PloverType, int[]> types = new EnumMap<>(PloverType.class);
  private final Map<String, int[]> roots = new TreeMap<>();
  private final List<SentenceErrors> errors = new ArrayList<>();
  private int sentences;
  private int goldEvents;
  private int codedEvents;
  private int countedEvents;
  private int rootSentences;
  private int dyadPairs;
  private int sameCountry;
  private int sameCode;
  private int sameSource;
  private int sameTarget;
  private int missingTargets;
  private int modesJudged;
  private int modesCorrect;
  private int expectedCodings;
  private int producedCodings;
  private int falseCodings;

  void addSentence(GoldSentence sentence, int coded, int counted) {
    sentences++;
    goldEvents += sentence.events().size();
    codedEvents += coded;
    countedEvents += counted;
  }

  /** The typed gold events and counted events of a sentence, and how they paired by PLOVER type. */
  void addTypes(List<GoldEvent> gold, List<Event> events, EventPairing.Result pairing) {
    gold.forEach(event -> count(types, event.plover(), GOLD));
    events.forEach(event -> count(types, event.cameo().plover(), CODED));
    for (EventPairing.Pair pair : pairing.pairs()) {
      count(types, pair.gold().plover(), MATCHED);
      dyadPairs++;
      sameCountry += EventPairing.sameDyad(pair.gold(), pair.event(), Level.COUNTRY) ? 1 : 0;
      sameCode += EventPairing.sameDyad(pair.gold(), pair.event(), Level.CODE) ? 1 : 0;
      sameSource += EventPairing.sameSource(pair.gold(), pair.event(), Level.COUNTRY) ? 1 : 0;
      sameTarget += EventPairing.sameTarget(pair.gold(), pair.event(), Level.COUNTRY) ? 1 : 0;
      missingTargets += pair.gold().targetCode().isPresent() && pair.event().targetActor().isEmpty() ? 1 : 0;
      if (pair.gold().goldMode().isPresent()) {
        modesJudged++;
        modesCorrect += pair.gold().mode().agreesWith(pair.event().mode()) ? 1 : 0;
      }
    }
  }

  /** The gold events (all with CAMEO codes) and counted events of a sentence, and how they paired by root. */
  void addRoots(List<GoldEvent> gold, List<Event> events, EventPairing.Result pairing) {
    rootSentences++;
    gold.forEach(event -> count(roots, event.cameoRoot().orElseThrow(), GOLD));
    events.forEach(event -> count(roots, event.cameo().root(), CODED));
    pairing.pairs().forEach(pair -> count(roots, pair.event().cameo().root(), MATCHED));
    Set<String> expected = new LinkedHashSet<>();
    gold.forEach(event -> expected.add(coding(event)));
    Set<String> produced = new LinkedHashSet<>();
    events.forEach(event -> produced.add(coding(event)));
    expectedCodings += expected.size();
    producedCodings += (int) expected.stream().filter(produced::contains).count();
    falseCodings += (int) produced.stream().filter(code -> !expected.contains(code)).count();
  }

  void addErrors(SentenceErrors sentenceErrors) {
    if (!sentenceErrors.isEmpty()) {
      errors.add(sentenceErrors);
    }
  }

  EvaluationReport report(GoldSet gold, boolean allModes, int errorsKept) {
    List<CategoryScore> typeScores = new ArrayList<>();
    types.forEach((type, counts) -> typeScores.add(new CategoryScore(type.name(), tally(counts))));
    List<CategoryScore> rootScores = new ArrayList<>();
    roots.forEach((root, counts) -> rootScores.add(new CategoryScore(root, tally(counts))));
    // Stable: sentences as bad as each other stay in gold order.
    List<SentenceErrors> worst = new ArrayList<>(errors);
    worst.sort(Comparator.comparingInt(SentenceErrors::severity).thenComparingInt(each -> each.wrongDyads().size()).reversed());
    return new EvaluationReport(
        gold.file(),
        gold.format(),
        allModes,
        sentences,
        new TreeMap<>(gold.skipped()),
        goldEvents,
        codedEvents,
        countedEvents,
        typeScores,
        rootSentences,
        rootScores,
        new DyadScore(dyadPairs, sameCountry, sameCode, sameSource, sameTarget, missingTargets),
        new ModeScore(modesJudged, modesCorrect),
        new ExactCodings(expectedCodings, producedCodings, falseCodings),
        worst.subList(0, Math.min(errorsKept, worst.size())));
  }

  /** An event as PETRARCH's validation compares codings: code, source and target as written. */
  static String coding(GoldEvent event) {
    return event.cameoCode().orElse("-") + " " + event.source().toUpperCase(Locale.ROOT) + " " + event.targetCode().map(code -> code.toUpperCase(Locale.ROOT)).orElse("-");
  }

  static String coding(Event event) {
    return event.cameo().code() + " " + event.source().code().code().toUpperCase(Locale.ROOT) + " "
        + event.targetActor().map(actor -> actor.code().code().toUpperCase(Locale.ROOT)).orElse("-");
  }

  private static <K> void count(Map<K, int[]> counts, K key, int which) {
    counts.computeIfAbsent(key, unused -> new int[3])[which]++;
  }

  private static Tally tally(int[] counts) {
    return new Tally(counts[GOLD], counts[CODED], counts[MATCHED]);
  }
}
