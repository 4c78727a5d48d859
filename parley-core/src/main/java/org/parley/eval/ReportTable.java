package org.parley.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Prints an {@link EvaluationReport} as plain-text tables for people. */
final class ReportTable {
  private static final String ROW = "%-14s %6s %6s %8s %10s %7s %7s%n";

  private ReportTable() {}

  static String format(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    line(out, "Gold: %s (%s)", report.gold(), report.format().title());
    line(out, "Sentences: %d scored; skipped: %s", report.sentences(), skipped(report.skipped()));
    line(out, "Events: %d expected; Parley coded %d, %d of them counted (%s)", report.goldEvents(), report.codedEvents(), report.countedEvents(),
        report.allModes() ? "all modes" : "asserted, or all where the gold gives modes");
    out.append('\n');

    table(out, "PLOVER type", report.types(), report.typeTotal(), report.typeMacroF1());
    out.append('\n');
    if (report.rootSentences() == 0) {
      line(out, "CAMEO root: not scored (no sentence whose gold events all have CAMEO codes)");
    } else {
      line(out, "CAMEO root, on the %d sentences whose gold events all have CAMEO codes:", report.rootSentences());
      table(out, "CAMEO root", report.roots(), report.rootTotal(), report.rootMacroF1());
    }
    out.append('\n');

    DyadScore dyads = report.dyads();
    line(out, "Dyads of the %d events matched by PLOVER type (source and target agree):", dyads.matched());
    line(out, "  country level  %s  (%d of %d)", number(dyads.countryAccuracy()), dyads.sameCountry(), dyads.matched());
    line(out, "  code level     %s  (%d of %d)", number(dyads.codeAccuracy()), dyads.sameCode(), dyads.matched());
    line(out, "  source alone, country level  %s  (%d of %d)", number(dyads.sourceAccuracy()), dyads.sameSourceCountry(), dyads.matched());
    line(out, "  target alone, country level  %s  (%d of %d; %d without the gold's target)", number(dyads.targetAccuracy()), dyads.sameTargetCountry(),
        dyads.matched(), dyads.missingTargets());
    ModeScore modes = report.modes();
    if (modes.judged() == 0) {
      line(out, "Modes: not judged (no matched event has a gold mode)");
    } else {
      line(out, "Modes: %s  (%d of %d matched events with a gold mode)", number(modes.accuracy()), modes.correct(), modes.judged());
    }
    ExactCodings exact = report.exactCodings();
    if (report.rootSentences() == 0) {
      line(out, "PETRARCH codings: not scored (the gold gives no CAMEO codes)");
    } else {
      line(out, "PETRARCH codings (exact CAMEO code, source and target): %d expected, %d produced (%s), %d false codings",
          exact.expected(), exact.produced(), number(exact.producedShare()), exact.falseCodings());
    }
    if (!report.errors().isEmpty()) {
      out.append('\n');
      line(out, "Worst sentences (%d), most missed and false events first:", report.errors().size());
      for (SentenceErrors errors : report.errors()) {
        line(out, "%s  %s", errors.id(), errors.text());
        errors.missed().forEach(event -> line(out, "  missed  %s", event));
        errors.falseEvents().forEach(event -> line(out, "  false   %s", event));
        errors.wrongDyads().forEach(event -> line(out, "  dyad    %s", event));
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, String heading, List<CategoryScore> scores, Tally total, OptionalDouble macroF1) {
    out.append(String.format(Locale.ROOT, ROW, heading, "gold", "coded", "matched", "precision", "recall", "F1"));
    for (CategoryScore score : scores) {
      row(out, score.name(), score.tally());
    }
    row(out, "all (micro)", total);
    out.append(String.format(Locale.ROOT, ROW, "macro F1", "", "", "", "", "", number(macroF1)));
  }

  private static void row(StringBuilder out, String name, Tally tally) {
    out.append(String.format(Locale.ROOT, ROW, name, tally.gold(), tally.predicted(), tally.matched(),
        number(tally.precision()), number(tally.recall()), number(tally.f1())));
  }

  private static String skipped(Map<String, Integer> skipped) {
    if (skipped.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    new TreeMap<>(skipped).forEach((reason, count) -> text.append(text.length() == 0 ? "" : "; ").append(count).append(' ').append(reason));
    return text.toString();
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
  }

  private static void line(StringBuilder out, String format, Object... arguments) {
    out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
  }
}
