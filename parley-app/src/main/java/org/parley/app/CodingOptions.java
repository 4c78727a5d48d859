package org.parley.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parley.actor.ActorTables;
import org.parley.actor.PlaceTable;
import org.parley.codebook.CodeTable;
import org.parley.codebook.Codebook;
import org.parley.coding.EventCoder;
import org.parley.coding.EventPipeline;
import org.parley.coding.TimedCoding;
import org.parley.model.ParleyInputException;
import org.parley.nlp.NlpSettings;
import org.parley.read.ReadOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and settings shared by the commands that code articles. */
final class CodingOptions {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles: .txt, .jsonl, .html, .warc (each also .gz), folders of them, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (overrides what the input says).")
  String date;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet name (overrides what the input says).")
  String source;

  @Option(names = "--url", paramLabel = "URL", description = "Article URL (overrides what the input says).")
  String url;

  @Option(names = "--threads", paramLabel = "N", description = "Articles coded at once (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--fast", description = "Skip coreference and quote attribution: faster, less memory; pronoun subjects stay unresolved.")
  boolean fast;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor tables: Parley TSV or PETRARCH/TABARI dictionaries (repeatable).")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--codebook", paramLabel = "FILE", description = "Use this codebook instead of the bundled one.")
  Path codebook;

  @Option(names = "--petrarch-verbs", paramLabel = "FILE",
      description = "Code with this PETRARCH/TABARI verb dictionary instead of the codebook (repeatable); its patterns are translated as docs/EVALUATION.md describes.")
  List<Path> petrarchVerbs = new ArrayList<>();

  @Option(names = "--max-chars", paramLabel = "N", description = "Skip articles longer than this (default: ${DEFAULT-VALUE}).")
  int maxChars = 1_000_000;

  @Option(names = "--article-time-limit", paramLabel = "SECONDS",
      description = "Give up an article whose coding runs longer than this, and go on with the others (default: ${DEFAULT-VALUE}).")
  int articleTimeLimitSeconds = (int) TimedCoding.DEFAULT_LIMIT.toSeconds();

  /** The time limit per article, checked. */
  Duration articleTimeLimit() {
    if (articleTimeLimitSeconds < 1) {
      throw new ParleyInputException("--article-time-limit", "must be 1 second or more: " + articleTimeLimitSeconds);
    }
    return Duration.ofSeconds(articleTimeLimitSeconds);
  }

  ReadOptions readOptions() {
    LocalDate published = null;
    if (date != null) {
      try {
        published = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ParleyInputException("--date", "not a date in the form YYYY-MM-DD: " + date);
      }
    }
    return new ReadOptions(published, source == null ? "" : source, url == null ? "" : url, maxChars);
  }

  /** Pipelines already built in this process, by settings: CoreNLP loads once per process. */
  private static final java.util.Map<List<Object>, EventPipeline> PIPELINES = new java.util.concurrent.ConcurrentHashMap<>();

  EventPipeline pipeline() {
    if (codebook != null && !petrarchVerbs.isEmpty()) {
      throw new ParleyInputException("--petrarch-verbs", "codes instead of a codebook: give --codebook or --petrarch-verbs, not both");
    }
    return PIPELINES.computeIfAbsent(List.of(fast, String.valueOf(codebook), actorFiles.toString(), petrarchVerbs.toString()), key -> buildPipeline());
  }

  private EventPipeline buildPipeline() {
    // The user's own files first, so that a bad one fails before the models load; the bundled tables load beside CoreNLP.
    Codebook userCodebook = !petrarchVerbs.isEmpty() ? CodebookFiles.readPetrarchVerbs(petrarchVerbs)
        : codebook == null ? null : CodebookFiles.read(codebook);
    ActorTables userActors = actorFiles.isEmpty() ? null : ActorTables.bundledWith(actorFiles);
    return EventPipeline.load(fast ? NlpSettings.fast() : NlpSettings.full(), () -> new EventCoder(
        userCodebook == null ? Codebook.bundled() : userCodebook, CodeTable.bundled(),
        userActors == null ? ActorTables.bundled() : userActors, PlaceTable.bundled()));
  }
}
