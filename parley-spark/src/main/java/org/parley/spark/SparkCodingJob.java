package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.parley.coding.CodedArticle;
import org.parley.coding.EventPipeline;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.ParleyInputException;
import org.parley.nlp.NlpSettings;
import org.parley.read.ArticleReaders;
import org.parley.read.ArticleSink;
import org.parley.read.ReadOptions;
import scala.Tuple2;

/**
 * The Spark job: reads articles (JSON Lines, {@code .jsonl.gz}, plain text; whatever {@link ArticleReaders}
 * reads) from any Hadoop-compatible path, spreads them over partitions, codes each partition with the one
 * pipeline of its executor ({@link ExecutorPipeline}), and writes the events as Parquet partitioned by date in
 * the export schema ({@link EventRows}). The events are those {@code parley code} prints for the same input.
 *
 * <pre>
 * spark-submit --class org.parley.spark.SparkCodingJob \
 *     --jars "$(tr ':' ',' &lt; parley-spark/target/classpath.txt)" \
 *     --executor-memory 6g --executor-cores 4 --conf spark.task.cpus=1 \
 *     parley-spark/target/parley-spark.jar --output s3a://bucket/events/ s3a://bucket/news/2025-04-03/
 * </pre>
 *
 * Options: {@code --output PATH} (required; an existing output is replaced), {@code --partitions N} (default:
 * four per core of the cluster), {@code --fast}, {@code --date YYYY-MM-DD}, {@code --source NAME} (as for
 * {@code parley code}). Without a master from spark-submit it runs in local mode on all cores.
 */
public final class SparkCodingJob {
  private SparkCodingJob() {}

  /**
   * What the job does, as settings that travel to the executors.
   *
   * @param inputs files, folders or globs on any Hadoop file system
   * @param output the Parquet folder
   * @param partitions how many parts the articles are coded in; 0 for four per core
   * @param fast no coreference or quotes, as {@code parley code --fast}
   * @param date publication date for articles that give none, ISO, or empty
   * @param source outlet for articles that give none, or empty
   */
  public record JobOptions(List<String> inputs, String output, int partitions, boolean fast, String date, String source) implements Serializable {
    private static final long serialVersionUID = 1L;

    public JobOptions {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no input paths");
      }
      if (output == null || output.isBlank()) {
        throw new IllegalArgumentException("--output is required");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be positive: " + partitions);
      }
      if (!date.isEmpty()) {
        LocalDate.parse(date);
      }
    }

    ReadOptions readOptions() {
      return new ReadOptions(date.isEmpty() ? null : LocalDate.parse(date), source, "");
    }

    NlpSettings settings() {
      return fast ? NlpSettings.fast() : NlpSettings.full();
    }
  }

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = options(args);
    } catch (RuntimeException e) {
      System.err.println("parley-spark: " + e.getMessage());
      System.err.println("usage: SparkCodingJob --output PATH [--partitions N] [--fast] [--date YYYY-MM-DD] [--source NAME] INPUT...");
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("parley");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      long started = System.nanoTime();
      long events = run(spark, options);
      System.err.printf(Locale.ROOT, "parley-spark: %d events written to %s in %.1f s%n", events, options.output(), (System.nanoTime() - started) / 1e9);
    }
  }

  static JobOptions options(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    int partitions = 0;
    boolean fast = false;
    String date = "";
    String source = "";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output" -> output = value(args, ++i);
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
        case "--fast" -> fast = true;
        case "--date" -> date = value(args, ++i);
        case "--source" -> source = value(args, ++i);
        default -> {
          if (args[i].startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + args[i]);
          }
          inputs.add(args[i]);
        }
      }
    }
    return new JobOptions(inputs, output, partitions, fast, date, source);
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }

  /** Codes the inputs and writes the events; returns the number of events written. */
  public static long run(SparkSession spark, JobOptions options) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<ArticleRow> articles = context.binaryFiles(String.join(",", options.inputs()))
        .flatMap(file -> read(file, options).iterator());
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();
    JavaRDD<Row> events = articles.repartition(partitions).mapPartitions(part -> code(part, options));
    Dataset<Row> frame = spark.createDataFrame(events, EventRows.SCHEMA);
    frame.write().mode(SaveMode.Overwrite).partitionBy(EventRows.PARTITION_COLUMN).parquet(options.output());
    // Counted from what was written: counting the frame would code everything a second time.
    return spark.read().parquet(options.output()).count();
  }

  /** The articles of one input file; a file that cannot be read is skipped with a warning, as a bad line is. */
  static List<ArticleRow> read(Tuple2<String, PortableDataStream> file, JobOptions options) {
    String name = file._1();
    List<ArticleRow> rows = new ArrayList<>();
    ArticleSink sink = new ArticleSink() {
      @Override
      public void accept(Article article) {
        rows.add(ArticleRow.of(article));
      }

      @Override
      public void skip(ParleyInputException problem) {
        System.err.println("parley-spark: skipped " + problem.getMessage());
      }
    };
    try (InputStream raw = file._2().open();
         InputStream input = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      new ArticleReaders(InputStream.nullInputStream()).readStream(name, input, options.readOptions(), sink);
    } catch (ParleyInputException e) {
      System.err.println("parley-spark: skipped " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return rows;
  }

  private static Iterator<Row> code(Iterator<ArticleRow> articles, JobOptions options) {
    EventPipeline pipeline = ExecutorPipeline.get(options.settings());
    List<Row> rows = new ArrayList<>();
    while (articles.hasNext()) {
      Article article = articles.next().article();
      CodedArticle coded;
      try {
        coded = pipeline.code(article);
      } catch (RuntimeException e) {
        System.err.println("parley-spark: skipped article " + article.id() + ": coding failed: " + e);
        continue;
      }
      for (Event event : coded.events()) {
        rows.add(EventRows.row(event));
      }
    }
    return rows.iterator();
  }
}
