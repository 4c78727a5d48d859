package org.parley.bench;

import static java.util.Objects.requireNonNull;

/**
 * Start-up and steady-state cost from two runs of one side: one article, then N. The difference is the cost
 * of N - 1 articles with JVM start and model loading cancelled out; start-up is what remains of the
 * one-article run.
 *
 * @param single the run that coded one article
 * @param corpus the run that coded N articles
 */
public record SteadyState(RunResult single, RunResult corpus) {
  public SteadyState {
    requireNonNull(single, "single is null");
    requireNonNull(corpus, "corpus is null");
    if (single.side() != corpus.side()) {
      throw new IllegalArgumentException("runs of different sides: " + single.side() + " and " + corpus.side());
    }
    if (single.articles() != 1 || corpus.articles() < 2) {
      throw new IllegalArgumentException("need a one-article run and a run of at least two articles, got " + single.articles() + " and " + corpus.articles());
    }
    if (corpus.wallMillis() <= single.wallMillis()) {
      throw new IllegalArgumentException("the " + corpus.articles() + "-article run (" + corpus.wallMillis() + " ms) was not slower than the one-article run ("
          + single.wallMillis() + " ms): the machine was too busy to measure");
    }
  }

  /** Milliseconds per article once the pipeline is loaded: (wall(N) - wall(1)) / (N - 1). */
  public double millisPerArticle() {
    return (double) (corpus.wallMillis() - single.wallMillis()) / (corpus.articles() - 1);
  }

  public double articlesPerSecond() {
    return 1000.0 / millisPerArticle();
  }

  public double articlesPerHour() {
    return 3600.0 * articlesPerSecond();
  }

  /** Sentences per second in steady state: the N-article run's extra sentences over its extra time. */
  public double sentencesPerSecond() {
    return (corpus.sentences() - single.sentences()) * 1000.0 / (corpus.wallMillis() - single.wallMillis());
  }

  /** CPU milliseconds per article in steady state, all threads: (cpu(N) - cpu(1)) / (N - 1). */
  public double cpuMillisPerArticle() {
    return (double) (corpus.cpuMillis() - single.cpuMillis()) / (corpus.articles() - 1);
  }

  /** Start-up: the one-article run less one article's steady-state cost (JVM start, model and table loading, warm-up). */
  public double startupMillis() {
    return single.wallMillis() - millisPerArticle();
  }
}
