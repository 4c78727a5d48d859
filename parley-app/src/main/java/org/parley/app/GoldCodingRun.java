package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.coding.EventPipeline;
import org.parley.eval.GoldSentence;
import org.parley.eval.GoldSet;
import org.parley.eval.SentenceCoding;
import org.parley.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes every sentence of a gold set, each as a one-sentence article, on a pool of threads sharing one pipeline.
 * A sentence whose coding fails is reported and left out of the scores.
 */
final class GoldCodingRun {
  private static final Logger LOG = LoggerFactory.getLogger(GoldCodingRun.class);
  static final String FAILED = "coding failed";

  /** The sentences coded, in gold order, and how many failed. */
  record Result(List<SentenceCoding> codings, int failed) {}

  private GoldCodingRun() {}

  static Result code(GoldSet gold, EventPipeline pipeline, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread thread = new Thread(runnable, "parley-eval");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<SentenceCoding>> pending = new ArrayList<>();
      for (GoldSentence sentence : gold.sentences()) {
        Article article = new Article(sentence.id(), "", "", "", sentence.date(), sentence.text());
        pending.add(pool.submit(() -> new SentenceCoding(sentence, pipeline.code(article).events())));
      }
      List<SentenceCoding> codings = new ArrayList<>();
      int failed = 0;
      for (int i = 0; i < pending.size(); i++) {
        try {
          codings.add(pending.get(i).get());
        } catch (ExecutionException e) {
          failed++;
          System.err.println("parley: skipped gold sentence " + gold.sentences().get(i).id() + ": coding failed: " + e.getCause());
        }
        if ((i + 1) % 100 == 0) {
          LOG.info("{}: {} of {} sentences coded", gold.name(), i + 1, pending.size());
        }
      }
      return new Result(codings, failed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
