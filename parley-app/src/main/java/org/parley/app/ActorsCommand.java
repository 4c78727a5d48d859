package org.parley.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parley.actor.ActorDiscovery;
import org.parley.actor.ActorKind;
import org.parley.actor.UnresolvedActor;
import org.parley.actor.UnresolvedActors;
import org.parley.codebook.CodeTable;
import org.parley.coding.CodedArticle;
import org.parley.model.ParleyInputException;
import org.parley.store.EventStore;
import org.parley.store.StoredEvents;
import org.parley.write.ActorTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley actors --unresolved}: the people and organisations the articles name most often that no actor table
 * knows, printed as table rows to review and append. The findings are gathered in {@link UnresolvedActors}, which
 * takes them from any source: articles read from files, or the articles of an event store, coded now.
 */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "List the people and organisations the articles name that no actor table knows, with suggested codes, as actor table rows.")
final class ActorsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles: .txt, .jsonl, .html, .warc (each also .gz), folders of them, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--db", paramLabel = "PATH", description = "Read the articles of this event store instead of files (their stored text; copies left out).")
  Path db;

  @Mixin
  PipelineOptions pipeline = new PipelineOptions();

  @Mixin
  CorpusOptions corpus = new CorpusOptions();

  @Option(names = "--unresolved", description = "List named people and organisations that resolve to no actor code (required: the one listing so far).")
  boolean unresolved;

  @Option(names = "--min-count", paramLabel = "N", description = "Only actors named at least N times (default: ${DEFAULT-VALUE}).")
  int minCount = 2;

  @Option(names = "--limit", paramLabel = "N", description = "At most N actors, most often named first (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--kind", paramLabel = "KIND", description = "person, organization or all (default): person rows go into an officeholders table, organization rows into an institutions table.")
  String kind = "all";

  private ActorDiscovery discovery;

  /** Built with the pipeline's own tables (--actors included) once the first article is coded, so bad input loads no models. */
  private ActorDiscovery discovery() {
    if (discovery == null) {
      discovery = new ActorDiscovery(pipeline.pipeline().coder().resolver());
    }
    return discovery;
  }

  @Override
  public Integer call() {
    if (!unresolved) {
      throw new ParleyInputException("actors", "say what to list: --unresolved");
    }
    if (minCount < 1 || limit < 1) {
      throw new ParleyInputException(minCount < 1 ? "--min-count" : "--limit", "must be 1 or more");
    }
    List<ActorKind> kinds = switch (kind.toLowerCase(java.util.Locale.ROOT)) {
      case "all" -> List.of(ActorKind.PERSON, ActorKind.ORGANIZATION);
      case "person", "people" -> List.of(ActorKind.PERSON);
      case "organization", "organisation", "organizations", "organisations" -> List.of(ActorKind.ORGANIZATION);
      default -> throw new ParleyInputException("--kind", "expected person, organization or all, not " + kind);
    };
    if (inputs.isEmpty() == (db == null)) {
      throw new ParleyInputException("actors", "give article files, or --db STORE (one of them)");
    }
    var readOptions = corpus.readOptions();
    UnresolvedActors found = new UnresolvedActors();
    CorpusRun run = new CorpusRun(pipeline::pipeline, corpus.threads(), corpus.articleTimeLimit());
    Consumer<CodedArticle> discover = coded -> found.add(discovery().unresolved(coded.annotated()));
    if (db == null) {
      run.run(inputs, readOptions, discover);
    } else {
      try (EventStore store = EventStore.openReadOnly(db)) {
        StoredEvents stored = new StoredEvents(store, CodeTable.bundled());
        run.run(sink -> stored.forEachArticleWithText(sink::accept), discover);
      }
    }
    List<UnresolvedActor> ranked = found.ranked();
    List<UnresolvedActor> shown = ranked.stream()
        .filter(actor -> actor.mentions() >= minCount && kinds.contains(actor.kind()))
        .limit(limit)
        .toList();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    new ActorTableWriter(out).write(shown, run.articles(), ranked.size() - shown.size());
    return run.articles() == 0 && run.skipped() > 0 ? 2 : 0;
  }
}
