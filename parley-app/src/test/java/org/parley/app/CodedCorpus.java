package org.parley.app;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parley.codebook.CodeTable;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.store.ArticleCoding;
import org.parley.store.CodedEventReader;
import org.parley.write.EventJsonWriter;

/**
 * A corpus of coded events for {@code parley ingest --events}, made of copies of the real pipeline's codings of
 * {@code examples/} (45 articles, 347 events, in {@code store/examples.events.jsonl}, written by
 * {@code ./parley code examples/ > parley-app/src/test/resources/store/examples.events.jsonl}), so tests that start
 * many JVMs store real codings without loading the NLP models. Each copy has fresh article and event ids; copies
 * 2 and 3 are dated 10 days after copies 0 and 1, and so on, so some copies merge into the events of others and
 * some start their own.
 *
 * @param file the events, article after article
 * @param articleIds the articles in input order, which is the order the store's one writer stores them in
 * @param mentions how many events each article has
 * @param sentences how many distinct sentences its events come from
 */
record CodedCorpus(Path file, List<String> articleIds, Map<String, Integer> mentions, Map<String, Integer> sentences) {
  static final Path EXAMPLES = Path.of("src/test/resources/store/examples.events.jsonl");

  CodedCorpus {
    requireNonNull(file, "file is null");
    articleIds = List.copyOf(articleIds);
    mentions = Map.copyOf(mentions);
    sentences = Map.copyOf(sentences);
  }

  /** Writes {@code copies} copies of the examples' codings to {@code file}. */
  static CodedCorpus ofExamples(int copies, Path file) throws IOException {
    return ofExamples(0, copies, file);
  }

  /** Writes copies {@code first} to {@code first + copies - 1} of the examples' codings to {@code file}. */
  static CodedCorpus ofExamples(int first, int copies, Path file) throws IOException {
    List<ArticleCoding> originals = new ArrayList<>();
    new CodedEventReader(CodeTable.bundled()).read(EXAMPLES, originals::add, problem -> {
      throw problem;
    });
    List<String> ids = new ArrayList<>();
    Map<String, Integer> mentions = new LinkedHashMap<>();
    Map<String, Integer> sentences = new LinkedHashMap<>();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      EventJsonWriter writer = new EventJsonWriter(out);
      for (int copy = first; copy < first + copies; copy++) {
        int shift = 10 * (copy / 2);
        for (ArticleCoding original : originals) {
          Article source = original.article();
          Article article = new Article(source.id() + "-c" + copy, source.title(), source.source(), source.url(),
              source.published() == null ? null : source.published().plusDays(shift), "");
          TreeSet<Integer> sentenceIndexes = new TreeSet<>();
          for (Event event : original.events()) {
            writer.write(new Event(event.id() + "-c" + copy, article, event.sentenceIndex(), event.sentenceText(), event.trigger(),
                shifted(event.date(), shift), event.source(), event.target(), event.cameo(), event.mode(), event.location()));
            sentenceIndexes.add(event.sentenceIndex());
          }
          ids.add(article.id());
          mentions.put(article.id(), original.events().size());
          sentences.put(article.id(), sentenceIndexes.size());
        }
      }
      writer.flush();
    }
    return new CodedCorpus(file, ids, mentions, sentences);
  }

  /** A day moves by {@code days}; a month or a year stays as it is. */
  private static String shifted(String date, int days) {
    return date.length() == 10 ? LocalDate.parse(date).plusDays(days).toString() : date;
  }

  int size() {
    return articleIds.size();
  }

  /** How many events the first {@code articles} articles have. */
  long mentionsOfFirst(int articles) {
    return articleIds.subList(0, articles).stream().mapToLong(mentions::get).sum();
  }
}
