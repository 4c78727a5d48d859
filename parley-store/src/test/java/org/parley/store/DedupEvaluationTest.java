package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.coding.TimedCoding;
import org.parley.model.Event;
import org.parley.read.ArticleReaders;
import org.parley.read.ReadOptions;

/**
 * Measures the merge rule on a corpus written for it ({@code src/test/resources/dedup/articles.jsonl}: 28 short
 * articles by five fictional outlets, the same stories rewritten, two republished verbatim, and look-alike events
 * that differ only in place, date or target). Each article lists its gold events by a phrase of the sentence (or headline) that
 * reports them, optionally with the CAMEO root when one sentence reports two events (an accusation and the attack
 * it claims). The events were coded once by the real pipeline into {@code events.jsonl}; regenerate with
 * {@code ./parley code parley-store/src/test/resources/dedup/articles.jsonl > parley-store/src/test/resources/dedup/events.jsonl}.
 *
 * <p>Pairwise figures over the coded mentions: a pair is merged when both mentions went into one stored event, and
 * should be when both report the same gold event; a mention of no gold event is its own event.
 */
class DedupEvaluationTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "dedup", "articles.jsonl");
  private static final Path EVENTS = Path.of("src", "test", "resources", "dedup", "events.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  record Figures(double precision, double recall, int mentions, int labelled, int events, double duplicatePrecision, double duplicateRecall) {
    String describe() {
      return String.format(Locale.ROOT, "pairwise precision %.3f, recall %.3f over %d mentions (%d of a gold event) in %d stored events; "
          + "duplicate articles precision %.3f, recall %.3f", precision, recall, mentions, labelled, events, duplicatePrecision, duplicateRecall);
    }
  }

  @Test
  void mergeRuleKeepsLookAlikesApartAndJoinsRewrites() throws IOException {
    Figures figures = evaluate(MergeRule.DEFAULT);
    System.out.println("dedup evaluation, default rule: " + figures.describe());

    assertThat(figures.labelled()).isGreaterThanOrEqualTo(30);
    // Measured 0.845 and 0.495 (README, "Event store"); a drop below these floors is a regression of the rule.
    assertThat(figures.precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(figures.recall()).isGreaterThanOrEqualTo(0.45);
    assertThat(figures.duplicatePrecision()).isEqualTo(1.0);
    assertThat(figures.duplicateRecall()).isEqualTo(1.0);
  }

  @Test
  void withoutPlacesAndDatesLookAlikesMerge() throws IOException {
    Figures loose = evaluate(new MergeRule(30, 100_000, 0.0, 0.5, false));
    System.out.println("dedup evaluation, 30-day window and any place: " + loose.describe());
    assertThat(loose.precision()).isLessThan(evaluate(MergeRule.DEFAULT).precision());
  }

  @Test
  void claimsJoiningAssertionsRaiseRecall() throws IOException {
    Figures claims = evaluate(new MergeRule(1, 100, 0.0, 0.5, true));
    System.out.println("dedup evaluation, claims join assertions: " + claims.describe());
    assertThat(claims.recall()).isGreaterThan(evaluate(MergeRule.DEFAULT).recall());
  }

  @Test
  void aStoreReopenedHalfWayMergesAsOneUninterruptedRun() throws IOException {
    List<String> lines = Files.readAllLines(EVENTS, StandardCharsets.UTF_8);
    Path whole = folder.resolve("whole.duckdb");
    loadEvents(whole, EVENTS);
    String sql = "SELECT m.mention_id, m.event_id, e.num_mentions, e.num_sources, e.num_articles FROM mentions m JOIN events e USING (event_id) ORDER BY 1";
    for (int cut : new int[] {1, 3, 5, 7, 9}) {
      Path part = Files.write(folder.resolve("part" + cut + ".jsonl"), lines.subList(0, lines.size() * cut / 10), StandardCharsets.UTF_8);
      Path resumed = folder.resolve("resumed" + cut + ".duckdb");
      loadEvents(resumed, part);
      loadEvents(resumed, EVENTS);
      assertThat(rows(resumed, sql)).as("reopened after %d0%% of the events", cut).isEqualTo(rows(whole, sql)).hasSize(lines.size());
    }
  }

  private static void loadEvents(Path db, Path events) {
    try (EventStore store = EventStore.openForWriting(db)) {
      int run = store.startRun(new RunSettings(RunSettings.Kind.EVENTS, List.of(events.toString()), "", TestingEvents.CODING));
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      new CorpusIngest(store, new StoreWriter(store, run, TestingEvents.CODING, MergeRule.DEFAULT), run, new IngestProgress(quiet, false, 60_000), quiet)
          .ingestEvents(List.of(events), new CodedEventReader(TestingEvents.CODES));
    }
  }

  private static List<List<Object>> rows(Path db, String sql) {
    try (EventStore store = EventStore.openReadOnly(db)) {
      ResultTable table = new ResultTable();
      new EventQueries(store).sql(sql, table);
      return table.rows();
    }
  }

  Figures evaluate(MergeRule rule) throws IOException {
    Map<String, JsonNode> articles = new HashMap<>();
    for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
      JsonNode node = JSON.readTree(line);
      articles.put(node.get("id").asText(), node);
    }
    Map<String, List<Event>> coded = new HashMap<>();
    new CodedEventReader(TestingEvents.CODES).read(EVENTS, coding -> coded.put(coding.article().id(), coding.events()), problem -> {
      throw new AssertionError(problem.getMessage());
    });

    Path db = folder.resolve(rule.hashCode() + ".duckdb");
    try (EventStore store = EventStore.openForWriting(db)) {
      int run = store.startRun(new RunSettings(RunSettings.Kind.ARTICLES, List.of(CORPUS.toString()), "", TestingEvents.CODING));
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      CorpusIngest ingest = new CorpusIngest(store, new StoreWriter(store, run, TestingEvents.CODING, rule), run,
          new IngestProgress(quiet, false, 60_000), quiet);
      // The coder replays the pipeline's recorded events: the test needs no NLP models.
      ingest.ingestArticles(List.of(CORPUS.toString()), ReadOptions.none(), new ArticleReaders(), (article, input) -> {
        List<Event> events = coded.getOrDefault(article.id(), List.of());
        SortedMap<Integer, String> sentences = new TreeMap<>();
        events.forEach(event -> sentences.put(event.sentenceIndex(), event.sentenceText()));
        return ArticleCoding.coded(article, input, sentences, events);
      }, 1, TimedCoding.DEFAULT_LIMIT);
    }

    List<String> gold = new ArrayList<>();
    List<String> stored = new ArrayList<>();
    int labelled = 0;
    int duplicatesFound = 0;
    int duplicatesRight = 0;
    try (EventStore store = EventStore.openReadOnly(db)) {
      ResultTable mentions = new ResultTable();
      new EventQueries(store).sql("SELECT m.article_id, m.event_id, s.text, m.cameo FROM mentions m JOIN sentences s "
          + "ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index ORDER BY m.article_id, m.mention_id", mentions);
      for (List<Object> row : mentions.rows()) {
        String label = goldLabel(articles.get((String) row.get(0)), (String) row.get(2), (String) row.get(3));
        if (label.isEmpty()) {
          label = "none:" + row.get(0) + ":" + row.get(2) + ":" + row.get(3);
        } else {
          labelled++;
        }
        gold.add(label);
        stored.add((String) row.get(1));
        if (Boolean.getBoolean("dedup.details")) {
          System.out.println("mention " + row.get(0) + " " + row.get(3) + " gold=" + label + " stored=" + row.get(1) + " : " + row.get(2));
        }
      }
      ResultTable copies = new ResultTable();
      new EventQueries(store).sql("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL", copies);
      for (List<Object> row : copies.rows()) {
        duplicatesFound++;
        JsonNode article = articles.get((String) row.get(0));
        if (article.has("copy_of") && article.get("copy_of").asText().equals(row.get(1))) {
          duplicatesRight++;
        }
      }
    }
    long duplicatesTrue = articles.values().stream().filter(article -> article.has("copy_of")).count();

    long truePairs = 0;
    long mergedPairs = 0;
    long goldPairs = 0;
    for (int first = 0; first < gold.size(); first++) {
      for (int second = first + 1; second < gold.size(); second++) {
        boolean same = gold.get(first).equals(gold.get(second));
        boolean merged = stored.get(first).equals(stored.get(second));
        goldPairs += same ? 1 : 0;
        mergedPairs += merged ? 1 : 0;
        truePairs += same && merged ? 1 : 0;
      }
    }
    return new Figures(
        mergedPairs == 0 ? 1 : truePairs / (double) mergedPairs,
        goldPairs == 0 ? 1 : truePairs / (double) goldPairs,
        gold.size(), labelled, (int) stored.stream().distinct().count(),
        duplicatesFound == 0 ? 1 : duplicatesRight / (double) duplicatesFound,
        duplicatesTrue == 0 ? 1 : duplicatesRight / (double) duplicatesTrue);
  }

  /** The first gold event whose phrase the sentence contains (and whose CAMEO root, where given, the code has), or empty. */
  private static String goldLabel(JsonNode article, String sentence, String cameo) {
    for (JsonNode entry : article.path("gold")) {
      boolean rootMatches = !entry.has("root") || cameo.startsWith(entry.get("root").asText());
      if (rootMatches && sentence.contains(entry.get("contains").asText())) {
        return entry.get("event").asText();
      }
    }
    return "";
  }
}
