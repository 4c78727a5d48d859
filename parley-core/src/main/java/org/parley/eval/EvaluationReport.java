package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The scores of Parley's coder on one gold file, printable as a plain-text table ({@link #text()}) and as one
 * line of JSON ({@link #json()}).
 *
 * @param gold the gold file as the user named it
 * @param format its format
 * @param allModes whether Parley's negated, hypothetical and claimed events counted everywhere
 * @param sentences gold sentences scored
 * @param skipped gold records not scored, by reason
 * @param goldEvents events the scored sentences expect
 * @param codedEvents events Parley coded from them, whatever their mode
 * @param countedEvents the distinct events among them that counted (see {@link Scorer})
 * @param types the tally of each PLOVER type that was expected or coded, in PLOVER's order
 * @param rootSentences sentences scored by CAMEO root: those whose gold events all have CAMEO codes
 * @param roots the tally of each CAMEO root that was expected or coded there
 * @param dyads dyad agreement of the events matched by type
 * @param modes mode agreement where the gold gives modes
 * @param exactCodings PETRARCH's figures on the sentences scored by CAMEO root
 * @param errors the worst sentences, most missed and false events first
 */
public record EvaluationReport(
    String gold,
    GoldFormat format,
    boolean allModes,
    int sentences,
    Map<String, Integer> skipped,
    int goldEvents,
    int codedEvents,
    int countedEvents,
    List<CategoryScore> types,
    int rootSentences,
    List<CategoryScore> roots,
    DyadScore dyads,
    ModeScore modes,
    ExactCodings exactCodings,
    List<SentenceErrors> errors) {
  public EvaluationReport {
    requireNonNull(gold, "gold is null");
    requireNonNull(format, "format is null");
    skipped = Map.copyOf(skipped);
    types = List.copyOf(types);
    roots = List.copyOf(roots);
    requireNonNull(dyads, "dyads is null");
    requireNonNull(modes, "modes is null");
    requireNonNull(exactCodings, "exactCodings is null");
    errors = List.copyOf(errors);
  }

  /** All PLOVER types together (micro average). */
  public Tally typeTotal() {
    return total(types);
  }

  /** All CAMEO roots together (micro average). */
  public Tally rootTotal() {
    return total(roots);
  }

  /** The mean F1 of the PLOVER types that were expected or coded (macro average). */
  public OptionalDouble typeMacroF1() {
    return macroF1(types);
  }

  public OptionalDouble rootMacroF1() {
    return macroF1(roots);
  }

  /**
   * The figures a baseline records and checks, by name; a figure that is undefined here (nothing coded, no
   * CAMEO codes in the gold) is left out.
   */
  public Map<String, Double> figures() {
    Map<String, Double> figures = new LinkedHashMap<>();
    put(figures, "plover_precision", typeTotal().precision());
    put(figures, "plover_recall", typeTotal().recall());
    put(figures, "cameo_root_precision", rootTotal().precision());
    put(figures, "cameo_root_recall", rootTotal().recall());
    put(figures, "dyad_country_accuracy", dyads.countryAccuracy());
    put(figures, "dyad_code_accuracy", dyads.codeAccuracy());
    put(figures, "mode_accuracy", modes.accuracy());
    put(figures, "petrarch_produced_share", exactCodings.producedShare());
    return figures;
  }

  /** The report as a plain-text table for people. */
  public String text() {
    return ReportTable.format(this);
  }

  /** The report as one line of JSON, without the newline. */
  public String json() {
    return ReportJson.format(this);
  }

  private static void put(Map<String, Double> figures, String name, OptionalDouble value) {
    value.ifPresent(figure -> figures.put(name, figure));
  }

  private static Tally total(List<CategoryScore> scores) {
    return scores.stream().map(CategoryScore::tally).reduce(Tally.ZERO, Tally::plus);
  }

  private static OptionalDouble macroF1(List<CategoryScore> scores) {
    return scores.stream().map(CategoryScore::tally).map(Tally::f1).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
  }
}
