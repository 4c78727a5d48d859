package org.parley.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parley.codebook.CodeTable;
import org.parley.coding.CodedArticle;
import org.parley.model.ParleyInputException;
import org.parley.nlp.AnnotatedSentence;
import org.parley.read.ArticleReaders;
import org.parley.store.ArticleCoding;
import org.parley.store.CodedEventReader;
import org.parley.store.CodingVersion;
import org.parley.store.CorpusIngest;
import org.parley.store.EventStore;
import org.parley.store.IngestProgress;
import org.parley.store.InputFiles;
import org.parley.store.MergeRule;
import org.parley.store.RunSettings;
import org.parley.store.StoreSnapshots;
import org.parley.store.StoreWriter;
import org.parley.store.StoredEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley ingest}: codes a corpus into an event store, resumably; or loads coded events; or recodes a store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
    "Code a corpus (files, folders, globs of .txt, .jsonl[.gz], .html, .warc[.gz]) into an event store, one transaction per article.",
    "Run it again, or after a crash, and it goes on where it stopped: articles already stored are skipped."})
final class IngestCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "PATH", required = true, description = "The event store (a DuckDB file; created when missing).")
  Path db;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Article files, folders or globs (quote globs: 'corpus/*.jsonl').")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--events", paramLabel = "FILE", description = "Load events already coded by 'parley code' (JSON Lines, .gz too) instead of coding articles (repeatable).")
  List<Path> eventFiles = new ArrayList<>();

  @Option(names = "--recode", description = "Code the stored articles again with the current codebook and tables; resumes a recode that was killed.")
  boolean recode;

  @Option(names = "--progress-seconds", paramLabel = "S", description = "Seconds between progress lines when stderr is not a terminal (default: ${DEFAULT-VALUE}).")
  double progressSeconds = 5;

  @Mixin
  PipelineOptions pipeline = new PipelineOptions();

  @Mixin
  CorpusOptions corpus = new CorpusOptions();

  @Option(names = "--snapshot-seconds", paramLabel = "S", description = {
      "Publish DB.snapshot, a read-only copy of the store that 'parley serve' reads while this ingest writes, every S seconds and at the end.",
      "A store that has a snapshot gets a fresh one at the end of every ingest, with or without this option."})
  Double snapshotSeconds;

  @Override
  public Integer call() {
    int modes = (inputs.isEmpty() ? 0 : 1) + (eventFiles.isEmpty() ? 0 : 1) + (recode ? 1 : 0);
    if (modes != 1) {
      throw new ParleyInputException("ingest", "give article inputs, or --events FILE, or --recode (one of them)");
    }
    if (snapshotSeconds != null && !(snapshotSeconds > 0 && snapshotSeconds <= 86_400)) {
      throw new ParleyInputException("--snapshot-seconds", "must be more than 0 and at most 86400: " + snapshotSeconds);
    }
    int threads = corpus.threads();
    Duration timeLimit = corpus.articleTimeLimit();
    var readOptions = corpus.readOptions();
    List<String> files = InputFiles.expand(inputs);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    IngestProgress progress = new IngestProgress(err, System.console() != null, (long) (progressSeconds * 1000));
    try (EventStore store = EventStore.openForWriting(db)) {
      boolean snapshotting = snapshotSeconds != null || Files.exists(StoreSnapshots.fileOf(db));
      StoreSnapshots snapshots = new StoreSnapshots(store,
          snapshotSeconds == null ? Duration.ZERO : Duration.ofMillis((long) (snapshotSeconds * 1000)), err);
      CorpusIngest.Summary summary;
      if (!eventFiles.isEmpty()) {
        CodingVersion version = new CodingVersion(Version.current(), "unknown", "unknown");
        int run = store.startRun(new RunSettings(RunSettings.Kind.EVENTS, eventFiles.stream().map(Path::toString).toList(), "", version));
        summary = new CorpusIngest(store, new StoreWriter(store, run, version, MergeRule.DEFAULT), run, progress, err, snapshots::afterArticle)
            .ingestEvents(eventFiles, new CodedEventReader(CodeTable.bundled()));
      } else {
        CodingVersion version = codingVersion();
        CorpusIngest.ArticleCoder coder = (article, input) -> {
          CodedArticle coded = pipeline.pipeline().code(article);
          SortedMap<Integer, String> sentences = new TreeMap<>();
          for (AnnotatedSentence sentence : coded.annotated().sentences()) {
            sentences.put(sentence.index(), sentence.text());
          }
          return ArticleCoding.coded(article, input, sentences, coded.events());
        };
        if (recode) {
          Optional<Integer> unfinished = store.unfinishedRecode();
          int run = unfinished.orElseGet(() -> store.startRun(new RunSettings(RunSettings.Kind.RECODE, List.of(), options(), version)));
          unfinished.ifPresent(id -> err.println("parley: resuming recode run " + id));
          summary = new CorpusIngest(store, new StoreWriter(store, run, version, MergeRule.DEFAULT), run, progress, err)
              .recode(coder, threads, unfinished.isPresent(), new StoredEvents(store, CodeTable.bundled()), timeLimit);
        } else {
          int run = store.startRun(new RunSettings(RunSettings.Kind.ARTICLES, inputs, options(), version));
          summary = new CorpusIngest(store, new StoreWriter(store, run, version, MergeRule.DEFAULT), run, progress, err, snapshots::afterArticle)
              .ingestArticles(files, readOptions, new ArticleReaders(), coder, threads, timeLimit);
        }
      }
      store.checkpoint();
      err.printf("parley: run %d: %d articles stored, %d failed, %d already in the store, %d unreadable inputs skipped%n",
          summary.runId(), summary.stored(), summary.failed(), summary.known(), summary.unreadable());
      if (snapshotting) {
        err.println("parley: snapshot " + snapshots.publish() + " published for readers (" + snapshots.published() + " this run)");
      }
      boolean nothing = summary.stored() + summary.failed() + summary.known() == 0;
      return nothing && summary.unreadable() > 0 ? 2 : 0;
    }
  }

  /** The Parley version and the fingerprints of the codebook and actor tables that code this run. */
  private CodingVersion codingVersion() {
    return new CodingVersion(Version.current(), pipeline.codebook().fingerprint(), pipeline.actorTables().fingerprint());
  }

  /** The options that change the coding, as recorded with the run. */
  private String options() {
    List<String> options = new ArrayList<>(pipeline.asArguments());
    options.addAll(corpus.asArguments());
    return String.join(" ", options);
  }
}
