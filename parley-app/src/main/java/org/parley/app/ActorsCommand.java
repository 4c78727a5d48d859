package org.parley.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.actor.ActorDiscovery;
import org.parley.actor.ActorKind;
import org.parley.actor.UnresolvedActor;
import org.parley.actor.UnresolvedActors;
import org.parley.model.ParleyInputException;
import org.parley.write.ActorTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley actors --unresolved}: the people and organisations the articles name most often that no actor table
 * knows, printed as table rows to review and append. The findings are gathered in {@link UnresolvedActors}, which
 * takes them from any source: here articles coded now; a store's saved annotations can feed it the same way.
 */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "List the people and organisations the articles name that no actor table knows, with suggested codes, as actor table rows.")
final class ActorsCommand implements Callable<Integer> {
  @Mixin
  CodingOptions options;

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
      discovery = new ActorDiscovery(options.pipeline.pipeline().coder().resolver());
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
    var readOptions = options.corpus.readOptions();
    UnresolvedActors found = new UnresolvedActors();
    CorpusRun run = options.run();
    run.run(options.inputs, readOptions, coded -> found.add(discovery().unresolved(coded.annotated())));
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
