package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.ParleyInputException;
import org.parley.read.ArticleReaders;
import org.parley.read.CollectedArticles;
import org.parley.read.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/code}: reads one article from a request body as {@code parley code} reads stdin (a JSON object
 * as in a JSON Lines file, else plain text or HTML) and codes it. The pipeline loads on the first request, on a
 * thread of its own, so the server starts in a second; at most {@code threads} articles are coded at once, and a
 * request gets 503 while the pipeline loads or every coding thread is busy past its time limit, 504 when its own
 * coding runs past it.
 */
final class CodeRequests implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CodeRequests.class);
  private static final String BODY_NAME = "request body";

  private final Supplier<ArticleEventCoder> loader;
  private final Duration timeLimit;
  private final Semaphore codingSlots;
  private final ExecutorService coding;
  private CompletableFuture<ArticleEventCoder> loading;

  CodeRequests(Supplier<ArticleEventCoder> loader, int threads, Duration timeLimit) {
    this.loader = requireNonNull(loader, "loader is null");
    this.timeLimit = requireNonNull(timeLimit, "timeLimit is null");
    if (threads < 1) {
      throw new IllegalArgumentException("at least one coding thread: " + threads);
    }
    this.codingSlots = new Semaphore(threads);
    this.coding = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "parley-serve-coder");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Codes the one article of {@code body}; every failure is an {@link ApiError} with its status. */
  List<Event> code(byte[] body, ReadOptions options) {
    long deadline = System.nanoTime() + timeLimit.toNanos();
    Article article = readArticle(body, options);
    ArticleEventCoder coder = coder(deadline);
    try {
      if (!codingSlots.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
        throw new ApiError(503, "every coding thread is busy; retry shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "the server is shutting down");
    }
    Future<List<Event>> result;
    try {
      // The slot is freed when the coding ends, not when the request gives up on it: CoreNLP cannot be interrupted.
      result = coding.submit(() -> {
        try {
          return coder.code(article);
        } finally {
          codingSlots.release();
        }
      });
    } catch (RuntimeException e) {
      codingSlots.release();
      throw e;
    }
    try {
      return result.get(remaining(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ApiError(504, "coding the article took longer than the limit of " + timeLimit.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "the server is shutting down");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ParleyInputException problem) {
        throw ApiError.badRequest(problem.getMessage());
      }
      throw new IllegalStateException("coding failed for article " + article.id(), e.getCause());
    }
  }

  private static Article readArticle(byte[] body, ReadOptions options) {
    CollectedArticles read = new CollectedArticles();
    try {
      new ArticleReaders(new ByteArrayInputStream(new byte[0])).readStream(BODY_NAME, new ByteArrayInputStream(body), options, read);
    } catch (ParleyInputException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    List<Article> articles = read.articles();
    if (articles.size() > 1) {
      throw ApiError.badRequest(BODY_NAME + ": " + articles.size() + " articles; post one article per request");
    }
    if (articles.isEmpty()) {
      throw ApiError.badRequest(read.skipped().isEmpty() ? BODY_NAME + ": no article" : read.skipped().get(0).getMessage());
    }
    return articles.get(0);
  }

  /** The coder, once loaded; the first call starts loading it. */
  private ArticleEventCoder coder(long deadline) {
    CompletableFuture<ArticleEventCoder> pending;
    synchronized (this) {
      if (loading == null) {
        LOG.info("loading the coding pipeline for the first POST /api/code");
        loading = CompletableFuture.supplyAsync(loader, runnable -> {
          Thread thread = new Thread(runnable, "parley-serve-pipeline-load");
          thread.setDaemon(true);
          thread.start();
        });
      }
      pending = loading;
    }
    try {
      return pending.get(remaining(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ApiError(503, "the coding pipeline is still loading (about a minute after the first request); retry shortly");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "the server is shutting down");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ParleyInputException problem) {
        throw new ApiError(500, "the coding pipeline cannot load: " + problem.getMessage());
      }
      throw new IllegalStateException("the coding pipeline failed to load", e.getCause());
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  @Override
  public void close() {
    coding.shutdownNow();
  }
}
