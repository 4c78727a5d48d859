package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import org.parley.coding.TimedCoding;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;
import org.parley.read.ArticleReaders;
import org.parley.read.ArticleSink;
import org.parley.read.ReadOptions;

/**
 * Ingests a corpus into a store: articles are read in input order, those already stored are skipped, the rest are
 * coded on a pool of threads, and this thread, the store's one writer, stores each in one transaction in input
 * order. An article whose coding fails is stored as failed with its error, and the run goes on.
 */
public final class CorpusIngest {
  /** Codes one article; thread-safe. */
  @FunctionalInterface
  public interface ArticleCoder {
    ArticleCoding code(Article article, String input);
  }

  /** What a run did. */
  public record Summary(int runId, int stored, int failed, int known, int unreadable) {}

  private final EventStore store;
  private final StoreWriter writer;
  private final int runId;
  private final IngestProgress progress;
  private final PrintStream warnings;
  private final Runnable afterArticle;
  private int stored;
  private int failed;
  private int known;
  private int unreadable;

  public CorpusIngest(EventStore store, StoreWriter writer, int runId, IngestProgress progress, PrintStream warnings) {
    this(store, writer, runId, progress, warnings, () -> {});
  }

  /**
   * @param afterArticle run by the writer between two stored articles, each whole: where {@link StoreSnapshots}
   *     publishes. Not run between recoded articles: half way through a recode the events are being merged anew
   */
  public CorpusIngest(EventStore store, StoreWriter writer, int runId, IngestProgress progress, PrintStream warnings, Runnable afterArticle) {
    this.afterArticle = requireNonNull(afterArticle, "afterArticle is null");
    this.store = requireNonNull(store, "store is null");
    this.writer = requireNonNull(writer, "writer is null");
    this.runId = runId;
    this.progress = requireNonNull(progress, "progress is null");
    this.warnings = requireNonNull(warnings, "warnings is null");
  }

  /**
   * Codes and stores every article of the files (already expanded by {@link InputFiles}). An article whose coding
   * runs past {@code timeLimit} (counted from when a thread starts it) is stored as failed, and the run goes on.
   */
  public Summary ingestArticles(List<String> files, ReadOptions options, ArticleReaders readers, ArticleCoder coder, int threads,
      Duration timeLimit) {
    Set<String> storedIds = store.storedArticleIds();
    progress.start(countArticles(files, options, readers));
    ExecutorService pool = pool(threads);
    Deque<Pending> pending = new ArrayDeque<>();
    int window = Math.max(1, threads) * 4;
    try {
      for (String file : files) {
        ArticleSink sink = new ArticleSink() {
          @Override
          public void accept(Article article) {
            if (!storedIds.add(article.id())) {
              known++;
              progress.known();
              return;
            }
            pending.add(new Pending(article, file, TimedCoding.submit(pool, () -> coder.code(article, file))));
            while (pending.size() >= window) {
              storeNext(pending, timeLimit);
            }
          }

          @Override
          public void skip(ParleyInputException problem) {
            unreadable++;
            warnings.println("parley: skipped " + problem.getMessage());
          }
        };
        try {
          readers.read(file, options, sink);
        } catch (ParleyInputException e) {
          unreadable++;
          warnings.println("parley: skipped " + e.getMessage());
        }
      }
      while (!pending.isEmpty()) {
        storeNext(pending, timeLimit);
      }
    } finally {
      pool.shutdownNow();
    }
    return finish();
  }

  /** Stores events already coded, read from Parley event JSON Lines files. */
  public Summary ingestEvents(List<Path> files, CodedEventReader reader) {
    Set<String> storedIds = store.storedArticleIds();
    long[] articles = {0};
    for (Path file : files) {
      reader.read(file, coding -> articles[0]++, problem -> {});
    }
    progress.start(articles[0]);
    for (Path file : files) {
      reader.read(file, coding -> {
        if (!storedIds.add(coding.article().id())) {
          known++;
          progress.known();
          return;
        }
        writer.store(coding);
        stored++;
        progress.stored();
        afterArticle.run();
      }, problem -> {
        unreadable++;
        warnings.println("parley: skipped " + problem.getMessage());
      });
    }
    return finish();
  }

  /**
   * Codes the stored articles again, in the order they were stored, and merges their new mentions into fresh
   * events; articles stored as coded events (no text) keep their mentions, merged again. Resumes a recode that
   * was killed: articles it already recoded are not coded twice.
   */
  public Summary recode(ArticleCoder coder, int threads, boolean resuming, StoredEvents storedEvents, Duration timeLimit) {
    if (!resuming) {
      writer.beginRecode();
    }
    List<StoredArticle> articles = articlesToRecode();
    progress.start(articles.size());
    ExecutorService pool = pool(threads);
    Deque<Pending> pending = new ArrayDeque<>();
    int window = Math.max(1, threads) * 4;
    try {
      for (StoredArticle stored : articles) {
        Article article = storedEvents.article(stored.id());
        TimedCoding<ArticleCoding> coding = article.text().isEmpty()
            ? TimedCoding.done(ArticleCoding.coded(article, stored.input(), new java.util.TreeMap<>(), storedEvents.mentionsOf(article.id())))
            : TimedCoding.submit(pool, () -> coder.code(article, stored.input()));
        pending.add(new Pending(article, stored.input(), coding, stored.runId()));
        while (pending.size() >= window) {
          recodeNext(pending, timeLimit);
        }
      }
      while (!pending.isEmpty()) {
        recodeNext(pending, timeLimit);
      }
    } finally {
      pool.shutdownNow();
    }
    return finish();
  }

  private record Pending(Article article, String input, TimedCoding<ArticleCoding> coding, int runId) {
    Pending(Article article, String input, TimedCoding<ArticleCoding> coding) {
      this(article, input, coding, 0);
    }
  }

  /** An article row waiting for its recode; its text is read when its turn comes. */
  private record StoredArticle(String id, String input, int runId) {}

  private List<StoredArticle> articlesToRecode() {
    List<StoredArticle> articles = new ArrayList<>();
    try (PreparedStatement query = store.connection().prepareStatement(
        "SELECT id, input, run_id FROM articles WHERE coded_run < ? ORDER BY seq")) {
      query.setInt(1, runId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          articles.add(new StoredArticle(rows.getString(1), rows.getString(2), rows.getInt(3)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list the articles to recode", e);
    }
    return articles;
  }

  private void storeNext(Deque<Pending> pending, Duration timeLimit) {
    Pending next = pending.poll();
    ArticleCoding coding = outcome(next, timeLimit);
    writer.store(coding);
    count(coding);
    afterArticle.run();
  }

  private void recodeNext(Deque<Pending> pending, Duration timeLimit) {
    Pending next = pending.poll();
    ArticleCoding coding = outcome(next, timeLimit);
    writer.recode(coding, next.runId());
    count(coding);
  }

  private void count(ArticleCoding coding) {
    if (coding.failure().isPresent()) {
      failed++;
      progress.failed();
      warnings.println("parley: coding failed for article " + coding.article().id() + " (" + coding.input() + "): " + coding.error());
    } else {
      stored++;
      progress.stored();
    }
  }

  private static ArticleCoding outcome(Pending next, Duration timeLimit) {
    try {
      return next.coding().get(timeLimit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (TimeoutException e) {
      return ArticleCoding.failed(next.article(), next.input(), e.getMessage());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      // An article the pipeline refuses (a sentence too long to parse) says why in its own words.
      String message = cause instanceof ParleyInputException refused ? refused.reason()
          : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      return ArticleCoding.failed(next.article(), next.input(), message);
    }
  }

  private Summary finish() {
    progress.finish();
    store.finishRun(runId, stored, failed, known);
    return new Summary(runId, stored, failed, known, unreadable);
  }

  /** How many articles the inputs hold, read once without coding, for the progress bar's total. */
  private static long countArticles(List<String> files, ReadOptions options, ArticleReaders readers) {
    long[] count = {0};
    ArticleSink counter = new ArticleSink() {
      @Override
      public void accept(Article article) {
        count[0]++;
      }

      @Override
      public void skip(ParleyInputException problem) {}
    };
    for (String file : files) {
      if (file.equals("-")) {
        return -1;
      }
      try {
        readers.read(file, options, counter);
      } catch (ParleyInputException e) {
        // Reported when the file's turn comes.
      }
    }
    return count[0];
  }

  private static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread thread = new Thread(runnable, "parley-ingest");
      thread.setDaemon(true);
      return thread;
    });
  }
}
