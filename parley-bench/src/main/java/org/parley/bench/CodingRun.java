package org.parley.bench;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.parley.coding.CodedArticle;
import org.parley.coding.EventPipeline;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.ParleyInputException;
import org.parley.nlp.NlpSettings;
import org.parley.read.ArticleReaders;
import org.parley.read.ArticleSink;
import org.parley.read.ReadOptions;
import org.parley.write.EventFormat;
import org.parley.write.EventWriter;

/**
 * One benchmark process: reads the first N articles of a corpus, builds one side's pipeline, codes the articles
 * on a pool of threads as {@code parley code} does, and prints one JSON line of what it measured. {@link
 * EndToEndBenchmark} starts it once per side and size; to run it alone:
 *
 * <pre>
 * java -Xmx4g -cp "parley-bench/target/parley-bench.jar:$(cat parley-bench/target/classpath.txt)" \
 *     org.parley.bench.CodingRun parley 500 2 corpus.jsonl
 * </pre>
 *
 * Arguments: side ({@code parley} or {@code corenlp-parse}), articles, threads, corpus file.
 */
public final class CodingRun {
  private CodingRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: CodingRun parley|corenlp-parse ARTICLES THREADS CORPUS");
      System.exit(2);
    }
    BenchmarkSide side = BenchmarkSide.named(args[0]);
    int count = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    List<Article> articles = firstArticles(args[3], count);
    if (articles.size() < count) {
      System.err.println("parley-bench: the corpus has " + articles.size() + " articles, fewer than " + count);
      System.exit(2);
    }
    System.out.println(run(side, articles, threads).toJson());
    System.exit(0);
  }

  static List<Article> firstArticles(String corpus, int count) {
    List<Article> articles = new ArrayList<>(count);
    new ArticleReaders().read(corpus, ReadOptions.none(), new ArticleSink() {
      @Override
      public void accept(Article article) {
        if (articles.size() < count) {
          articles.add(article);
        }
      }

      @Override
      public void skip(ParleyInputException problem) {
        System.err.println("parley-bench: skipped " + problem.getMessage());
      }
    });
    return articles;
  }

  static RunResult run(BenchmarkSide side, List<Article> articles, int threads) throws InterruptedException, ExecutionException {
    try (MemoryWatch memory = new MemoryWatch()) {
      long start = System.nanoTime();
      ArticleCoder coder = side == BenchmarkSide.PARLEY ? parley() : baseline();
      long loaded = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      int sentences = 0;
      int events = 0;
      try {
        List<Future<int[]>> results = new ArrayList<>(articles.size());
        for (Article article : articles) {
          results.add(pool.submit(() -> coder.code(article)));
        }
        for (Future<int[]> result : results) {
          int[] counts = result.get();
          sentences += counts[0];
          events += counts[1];
        }
      } finally {
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
      }
      long done = System.nanoTime();
      return new RunResult(side, articles.size(), sentences, events, (loaded - start) / 1_000_000, (done - loaded) / 1_000_000,
          memory.peakHeapBytes(), MemoryWatch.peakRssBytes(), MemoryWatch.processCpuMillis(), -1);
    }
  }

  /** Codes one article and returns {sentences, events}. */
  private interface ArticleCoder {
    int[] code(Article article);
  }

  /** The pipeline {@code parley code} builds by default, writing its events as JSON Lines to nowhere. */
  private static ArticleCoder parley() {
    EventPipeline pipeline = EventPipeline.bundled(NlpSettings.full());
    return article -> {
      CodedArticle coded = pipeline.code(article);
      EventWriter writer = EventFormat.JSONL.writerFor(Writer.nullWriter());
      for (Event event : coded.events()) {
        writer.write(event);
      }
      return new int[] {coded.annotated().sentences().size(), coded.events().size()};
    };
  }

  private static ArticleCoder baseline() {
    ParseBaseline baseline = new ParseBaseline();
    return article -> new int[] {baseline.annotate(article), 0};
  }
}
