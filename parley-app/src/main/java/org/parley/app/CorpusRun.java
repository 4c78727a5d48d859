package org.parley.app;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.parley.coding.CodedArticle;
import org.parley.coding.EventPipeline;
import org.parley.coding.TimedCoding;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;
import org.parley.read.ArticleReaders;
import org.parley.read.ArticleSink;
import org.parley.read.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes every article of the inputs on a pool of threads sharing one pipeline, and hands the results on in
 * input order. A bad article is skipped with a warning; the others go on.
 */
final class CorpusRun {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusRun.class);

  private final java.util.function.Supplier<EventPipeline> pipelineSource;
  private EventPipeline pipeline;
  private final int threads;
  private final Duration timeLimit;
  private int articles;
  private int skipped;
  private int failed;

  /**
   * The pipeline is built when the first article arrives, so bad input fails fast without loading models. An
   * article whose coding runs past {@code timeLimit} is skipped with a warning.
   */
  CorpusRun(java.util.function.Supplier<EventPipeline> pipeline, int threads, Duration timeLimit) {
    this.pipelineSource = pipeline;
    this.threads = Math.max(1, threads);
    this.timeLimit = timeLimit;
  }

  /** Codes all inputs; whole-file problems (missing, empty, binary) stop the run with a {@link ParleyInputException}. */
  void run(Iterable<String> inputs, ReadOptions options, Consumer<CodedArticle> output) {
    run(sink -> {
      for (String input : inputs) {
        new ArticleReaders().read(input, options, sink);
      }
    }, output);
  }

  /** Codes every article {@code source} hands its sink (files read, or a store's articles). */
  void run(Consumer<ArticleSink> source, Consumer<CodedArticle> output) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "parley-coder");
      thread.setDaemon(true);
      return thread;
    });
    Deque<TimedCoding<CodedArticle>> pending = new ArrayDeque<>();
    Deque<Article> pendingArticles = new ArrayDeque<>();
    int window = threads * 4;
    try {
      source.accept(new ArticleSink() {
        @Override
        public void accept(Article article) {
          if (pipeline == null) {
            pipeline = pipelineSource.get();
          }
          EventPipeline pipeline = CorpusRun.this.pipeline;
          pending.add(TimedCoding.submit(pool, () -> pipeline.code(article)));
          pendingArticles.add(article);
          while (pending.size() >= window) {
            drain(pending, pendingArticles, output);
          }
        }

        @Override
        public void skip(ParleyInputException problem) {
          skipped++;
          System.err.println("parley: skipped " + problem.getMessage());
        }
      });
      while (!pending.isEmpty()) {
        drain(pending, pendingArticles, output);
      }
    } finally {
      pool.shutdownNow();
    }
    LOG.info("{} articles coded, {} skipped, {} failed", articles, skipped, failed);
  }

  private void drain(Deque<TimedCoding<CodedArticle>> pending, Deque<Article> pendingArticles, Consumer<CodedArticle> output) {
    TimedCoding<CodedArticle> next = pending.poll();
    Article article = pendingArticles.poll();
    try {
      CodedArticle coded = next.get(timeLimit);
      articles++;
      output.accept(coded);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (TimeoutException e) {
      failed++;
      System.err.println("parley: skipped article " + article.id() + ": " + e.getMessage());
    } catch (ExecutionException e) {
      failed++;
      if (e.getCause() instanceof ParleyInputException refused) {
        System.err.println("parley: skipped article " + article.id() + ": " + refused.reason());
      } else {
        System.err.println("parley: skipped article " + article.id() + ": coding failed: " + e.getCause());
      }
    }
  }

  int articles() {
    return articles;
  }

  int skipped() {
    return skipped;
  }
}
