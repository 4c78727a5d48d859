package org.parley.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.codebook.CodeTable;
import org.parley.coding.EventPipeline;
import org.parley.eval.Baseline;
import org.parley.eval.EvaluationReport;
import org.parley.eval.FigureDrop;
import org.parley.eval.GoldReaders;
import org.parley.eval.GoldSet;
import org.parley.eval.Scorer;
import org.parley.model.ParleyInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley eval}: scores the coder against gold-standard event data, one report per gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Parley's coder against gold-standard events: PETRARCH validation XML, PLOVER gold-standard records (JSON array) or Parley's gold JSON Lines. See docs/EVALUATION.md.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", required = true, description = "A gold file (repeatable); each is scored and reported on its own.")
  List<Path> goldFiles = new ArrayList<>();

  @Option(names = "--errors", paramLabel = "N", description = "List the N worst sentences with their missed, false and wrong-dyad events.")
  int errors;

  @Option(names = "--json", description = "Print each report as one line of JSON.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences of each gold file.")
  Integer limit;

  @Option(names = "--all-modes", description = "Count Parley's negated, hypothetical and claimed events too, not only asserted ones.")
  boolean allModes;

  @Option(names = "--fast", description = "Skip coreference and quote attribution: faster; pronoun subjects stay unresolved.")
  boolean fast;

  @Option(names = "--threads", paramLabel = "N", description = "Sentences coded at once (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor tables, after any the gold file ships with (repeatable).")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--codebook", paramLabel = "FILE", description = "Use this codebook instead of the bundled one.")
  Path codebook;

  @Option(names = "--own-verbs", description = "Code PETRARCH gold files with Parley's codebook, not with the verb dictionary their <Verbfile> names.")
  boolean ownVerbs;

  @Option(names = "--check", paramLabel = "BASELINE", description = "Exit 1 when a figure drops more than 0.02 below its record in this baseline file.")
  Path check;

  @Option(names = "--record", paramLabel = "BASELINE", description = "Write this run's figures into this baseline file.")
  Path record;

  @Override
  public Integer call() {
    if (errors < 0) {
      throw new ParleyInputException("--errors", "must be 0 or more: " + errors);
    }
    if (limit != null && limit < 1) {
      throw new ParleyInputException("--limit", "must be 1 or more: " + limit);
    }
    if (threads < 1) {
      throw new ParleyInputException("--threads", "must be 1 or more: " + threads);
    }
    if (check != null && record != null) {
      throw new ParleyInputException("--check", "check against a baseline or record one, not both at once");
    }
    // Every gold file is read before CoreNLP loads, so bad input fails in a second, not after a minute.
    GoldReaders readers = new GoldReaders(CodeTable.bundled());
    List<GoldSet> golds = new ArrayList<>();
    for (Path file : goldFiles) {
      GoldSet gold = readers.read(file);
      golds.add(limit == null ? gold : gold.limit(limit));
    }
    Baseline baseline = check != null ? Baseline.read(check) : record != null ? Baseline.readOrEmpty(record) : Baseline.empty();
    String options = baselineOptions();
    if (check != null) {
      for (GoldSet gold : golds) {
        baseline.requireRecorded(check.toString(), gold.name(), options);
      }
    }

    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Scorer scorer = new Scorer(allModes, errors);
    List<FigureDrop> drops = new ArrayList<>();
    for (GoldSet gold : golds) {
      GoldCodingRun.Result coded = GoldCodingRun.code(gold, pipelineFor(gold), threads);
      EvaluationReport report = scorer.score(gold.withSkipped(GoldCodingRun.FAILED, coded.failed()), coded.codings());
      out.println(json ? report.json() : report.text());
      out.flush();
      if (check != null) {
        drops.addAll(baseline.check(check.toString(), gold.name(), options, report.figures()));
      }
      if (record != null) {
        baseline = baseline.with(gold.name(), options, report.figures());
      }
    }
    if (record != null) {
      baseline.write(record);
      System.err.println("parley: recorded the figures of " + golds.size() + " gold file(s) in " + record);
    }
    if (check != null) {
      for (FigureDrop drop : drops) {
        System.err.println("parley: eval check failed: " + drop.describe() + " (tolerance " + Baseline.TOLERANCE + ")");
      }
      if (!drops.isEmpty()) {
        return 1;
      }
      System.err.println("parley: eval check passed against " + check);
    }
    return 0;
  }

  /** The options that change the figures, so that a baseline compares like with like. */
  private String baselineOptions() {
    List<String> options = new ArrayList<>();
    if (fast) {
      options.add("--fast");
    }
    if (allModes) {
      options.add("--all-modes");
    }
    if (ownVerbs) {
      options.add("--own-verbs");
    }
    if (limit != null) {
      options.add("--limit " + limit);
    }
    return String.join(" ", options);
  }

  /**
   * The shared pipeline for these settings, with the gold file's own dictionaries added to the actor tables and, as
   * PETRARCH's validation does, its verb dictionary coding instead of the codebook (unless {@code --own-verbs} or
   * {@code --codebook} ask for a codebook).
   */
  private EventPipeline pipelineFor(GoldSet gold) {
    PipelineOptions settings = new PipelineOptions();
    settings.fast = fast;
    settings.codebook = codebook;
    if (!ownVerbs && codebook == null) {
      settings.petrarchVerbs = new ArrayList<>(gold.verbDictionaries());
    }
    settings.actorFiles = new ArrayList<>(gold.actorDictionaries());
    settings.actorFiles.addAll(actorFiles);
    return settings.pipeline();
  }
}
