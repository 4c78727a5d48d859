package org.parley.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.parley.model.ParleyInputException;
import org.parley.store.EventExport;
import org.parley.store.EventFilter;
import org.parley.store.EventQueries;
import org.parley.store.EventStore;
import org.parley.store.TextOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parley query}: reads an event store, always read-only. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Read an event store (opened read-only): events, series, agreements, diff, export, sql.",
    subcommands = {QueryCommand.Events.class, QueryCommand.Series.class, QueryCommand.Agreements.class, QueryCommand.Diff.class,
        QueryCommand.Export.class, QueryCommand.Sql.class})
final class QueryCommand implements Runnable {
  @Option(names = "--db", paramLabel = "PATH", required = true, description = "The event store.")
  Path db;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Opens the store read-only and prints what {@code query} writes to a table on stdout. */
  int print(boolean json, BiConsumer<EventQueries, TextOutput> query) {
    try (EventStore store = EventStore.openReadOnly(db)) {
      TextOutput output = new TextOutput(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16), json);
      query.accept(new EventQueries(store), output);
      output.flush();
    }
    return 0;
  }

  /** The filter options the event subcommands share. */
  static class FilterOptions {
    @Option(names = "--dyad", paramLabel = "SOURCE:TARGET", description = "Directed dyad of CAMEO actor codes or prefixes, * for any: RUS:USA, RUSGOV:*.")
    String dyad;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date.")
    String to;

    @Option(names = "--asserted-only", description = "Only events the articles assert: not negated, hypothetical or claimed.")
    boolean assertedOnly;

    EventFilter filter() {
      return EventFilter.dyad(dyad).between(date("--from", from), date("--to", to)).assertedOnly(assertedOnly);
    }

    private static LocalDate date(String option, String value) {
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new ParleyInputException(option, "not a date in the form YYYY-MM-DD: " + value);
      }
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true, description = "Deduplicated events with their counts, by date.")
  static final class Events implements Callable<Integer> {
    @ParentCommand
    QueryCommand parent;

    @picocli.CommandLine.Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Option(names = "--json", description = "One JSON object per line instead of tab-separated text.")
    boolean json;

    @Override
    public Integer call() {
      return parent.print(json, (queries, output) -> queries.events(filter.filter(), limit, output));
    }
  }

  @Command(name = "series", mixinStandardHelpOptions = true, description = "Per period: events, mentions, Goldstein sum and mean, events per quad class.")
  static final class Series implements Callable<Integer> {
    @ParentCommand
    QueryCommand parent;

    @picocli.CommandLine.Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--by", paramLabel = "PERIOD", description = "day, week (default), month, quarter or year.")
    String by = "week";

    @Option(names = "--json", description = "One JSON object per line instead of tab-separated text.")
    boolean json;

    @Override
    public Integer call() {
      return parent.print(json, (queries, output) -> queries.series(filter.filter(), by, output));
    }
  }

  @Command(name = "agreements", mixinStandardHelpOptions = true,
      description = "Agreements between two sides (ceasefires, pauses, deals), each followed by the accusations and attacks between them after it.")
  static final class Agreements implements Callable<Integer> {
    @ParentCommand
    QueryCommand parent;

    @picocli.CommandLine.Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--days", paramLabel = "N", description = "How long after an agreement to look (default: ${DEFAULT-VALUE}); the next agreement ends it too.")
    int days = 30;

    @Option(names = "--json", description = "One JSON object per line instead of tab-separated text.")
    boolean json;

    @Override
    public Integer call() {
      return parent.print(json, (queries, output) -> queries.agreements(filter.filter(), days, output));
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true, description = "Events that appeared, vanished or changed code or dyad since a run (see the ingest_runs table).")
  static final class Diff implements Callable<Integer> {
    @ParentCommand
    QueryCommand parent;

    @Option(names = "--since", paramLabel = "RUN", required = true, description = "The run id to compare with.")
    int since;

    @Option(names = "--json", description = "One JSON object per line instead of tab-separated text.")
    boolean json;

    @Override
    public Integer call() {
      return parent.print(json, (queries, output) -> queries.diff(since, output));
    }
  }

  @Command(name = "sql", mixinStandardHelpOptions = true, description = "Run SQL over the store, read-only, and print the rows.")
  static final class Sql implements Callable<Integer> {
    @ParentCommand
    QueryCommand parent;

    @Parameters(paramLabel = "SQL", arity = "1..*", description = "The statement (words are joined with spaces).")
    List<String> words;

    @Option(names = "--json", description = "One JSON object per line instead of tab-separated text.")
    boolean json;

    @Override
    public Integer call() {
      return parent.print(json, (queries, output) -> queries.sql(String.join(" ", words), output));
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the events as GDELT 2.0 event rows (with the mention counts), PLOVER JSON Lines, or the tables as Parquet.")
  static final class Export implements Callable<Integer> {
    @ParentCommand
    QueryCommand parent;

    @picocli.CommandLine.Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "gdelt, plover or parquet.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the files (created when missing).")
    Path out;

    @Override
    public Integer call() {
      try (EventStore store = EventStore.openReadOnly(parent.db)) {
        for (Path file : new EventExport(store).export(format, filter.filter(), out)) {
          System.err.println("parley: wrote " + file);
        }
      }
      return 0;
    }
  }
}
