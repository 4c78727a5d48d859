package org.parley.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.parley.coding.CodedArticle;
import org.parley.coding.EventPipeline;
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
  private int articles;
  private int skipped;
  private int failed;

  /** The pipeline is built when the first article arrives, so bad input fails fast without loading models. */
  CorpusRun(java.util.function.Supplier<EventPipeline> pipeline, int threads) {
    this.pipelineSource = pipeline;
    this.threads = Math.max(1, threads);
  }

  /** Codes all inputs; whole-file problems (missing, empty, binary) stop the run with a {@link ParleyInputException}. */
  void run(Iterable<String> inputs, ReadOptions options, Consumer<CodedArticle> output) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "parley-coder");
      thread.setDaemon(true);
      return thread;
    });
    Deque<Future<CodedArticle>> pending = new ArrayDeque<>();
    Deque<Article> pendingArticles = new ArrayDeque<>();
    int window = threads * 4;
    try {
      ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(Article article) {
          if (pipeline == null) {
            pipeline = pipelineSource.get();
          }
          EventPipeline pipeline = CorpusRun.this.pipeline;
          pending.add(pool.submit(() -> pipeline.code(article)));
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
      };
      for (String input : inputs) {
        new ArticleReaders().read(input, options, sink);
      }
      while (!pending.isEmpty()) {
        drain(pending, pendingArticles, output);
      }
    } finally {
      pool.shutdownNow();
    }
    LOG.info("{} articles coded, {} skipped, {} failed", articles, skipped, failed);
  }

  private void drain(Deque<Future<CodedArticle>> pending, Deque<Article> pendingArticles, Consumer<CodedArticle> output) {
    Future<CodedArticle> next = pending.poll();
    Article article = pendingArticles.poll();
    try {
      CodedArticle coded = next.get();
      articles++;
      output.accept(coded);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      failed++;
      System.err.println("parley: skipped article " + article.id() + ": coding failed: " + e.getCause());
    }
  }

  int articles() {
    return articles;
  }

  int skipped() {
    return skipped;
  }
}
