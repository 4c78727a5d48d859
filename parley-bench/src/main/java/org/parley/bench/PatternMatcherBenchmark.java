package org.parley.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.codebook.Codebook;
import org.parley.codebook.PatternMatcher;
import org.parley.coding.EventCoder;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.DependencyTree;

/**
 * The coder's hot paths over pre-annotated sentences (the five example articles, {@link AnnotatedFixture}): the
 * codebook's pattern matcher on every sentence, and the whole coder (matching, actors, mode, date, place) on
 * every article. Run, after {@code mvn -o -q -B -DskipTests package}:
 *
 * <pre>
 * java -cp "parley-bench/target/parley-bench.jar:$(cat parley-bench/target/classpath.txt)" \
 *     org.openjdk.jmh.Main PatternMatcherBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PatternMatcherBenchmark {
  private PatternMatcher matcher;
  private EventCoder coder;
  private List<AnnotatedArticle> articles;
  private List<DependencyTree> trees;

  @Setup
  public void load() {
    matcher = new PatternMatcher(Codebook.bundled());
    coder = EventCoder.bundled();
    articles = AnnotatedFixture.examples();
    trees = articles.stream().flatMap(article -> article.sentences().stream()).map(DependencyTree::of).toList();
  }

  /** All sentences of the five examples through the pattern matcher (trees built beforehand). */
  @Benchmark
  public void matchSentences(Blackhole sink) {
    for (DependencyTree tree : trees) {
      sink.consume(matcher.match(tree));
    }
  }

  /** The five example articles through the whole coder: trees, matches, actors, mode, date, place. */
  @Benchmark
  public void codeArticles(Blackhole sink) {
    for (AnnotatedArticle article : articles) {
      sink.consume(coder.code(article));
    }
  }
}
