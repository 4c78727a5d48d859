package org.parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.actor.ActorTables;
import org.parley.actor.PlaceTable;
import org.parley.codebook.CodeTable;
import org.parley.codebook.Codebook;
import org.parley.coding.EventCoder;
import org.parley.coding.EventPipeline;
import org.parley.model.ParleyInputException;
import org.parley.nlp.NlpSettings;
import picocli.CommandLine.Option;

/**
 * What decides how an article is coded: the NLP settings, the codebook and the actor tables. Shared by every
 * command that codes ({@code code}, {@code annotate}, {@code actors}, {@code ingest}, {@code serve}), so each
 * takes the same options with the same meaning.
 */
final class PipelineOptions {
  /** Pipelines already built in this process, by settings: CoreNLP loads once per process. */
  private static final Map<List<Object>, EventPipeline> PIPELINES = new ConcurrentHashMap<>();

  @Option(names = "--fast", description = "Skip coreference and quote attribution: faster, less memory; pronoun subjects stay unresolved.")
  boolean fast;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor tables: Parley TSV or PETRARCH/TABARI dictionaries (repeatable).")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--codebook", paramLabel = "FILE", description = "Use this codebook instead of the bundled one.")
  Path codebook;

  @Option(names = "--petrarch-verbs", paramLabel = "FILE",
      description = "Code with this PETRARCH/TABARI verb dictionary instead of the codebook (repeatable); its patterns are translated as docs/EVALUATION.md describes.")
  List<Path> petrarchVerbs = new ArrayList<>();

  /** The shared pipeline for these settings, built on first use; a bad codebook or table fails before the models load. */
  EventPipeline pipeline() {
    checkCodebookChoice();
    return PIPELINES.computeIfAbsent(List.of(fast, String.valueOf(codebook), actorFiles.toString(), petrarchVerbs.toString()), key -> build());
  }

  /** The codebook these settings code with: the user's, one translated from verb dictionaries, or the bundled one. */
  Codebook codebook() {
    checkCodebookChoice();
    Codebook user = userCodebook();
    return user == null ? Codebook.bundled() : user;
  }

  /** The actor tables these settings code with: the bundled ones, with the user's after them. */
  ActorTables actorTables() {
    return actorFiles.isEmpty() ? ActorTables.bundled() : ActorTables.bundledWith(actorFiles);
  }

  /** The options as a user would give them again, for the record of a run. */
  List<String> asArguments() {
    List<String> arguments = new ArrayList<>();
    if (fast) {
      arguments.add("--fast");
    }
    if (codebook != null) {
      arguments.add("--codebook " + codebook);
    }
    petrarchVerbs.forEach(file -> arguments.add("--petrarch-verbs " + file));
    actorFiles.forEach(file -> arguments.add("--actors " + file));
    return arguments;
  }

  private void checkCodebookChoice() {
    if (codebook != null && !petrarchVerbs.isEmpty()) {
      throw new ParleyInputException("--petrarch-verbs", "codes instead of a codebook: give --codebook or --petrarch-verbs, not both");
    }
  }

  private Codebook userCodebook() {
    return !petrarchVerbs.isEmpty() ? CodebookFiles.readPetrarchVerbs(petrarchVerbs) : codebook == null ? null : CodebookFiles.read(codebook);
  }

  private EventPipeline build() {
    // The user's own files first, so that a bad one fails before the models load; the bundled tables load beside CoreNLP.
    Codebook user = userCodebook();
    ActorTables userActors = actorFiles.isEmpty() ? null : ActorTables.bundledWith(actorFiles);
    return EventPipeline.load(fast ? NlpSettings.fast() : NlpSettings.full(), () -> new EventCoder(
        user == null ? Codebook.bundled() : user, CodeTable.bundled(),
        userActors == null ? ActorTables.bundled() : userActors, PlaceTable.bundled()));
  }
}
