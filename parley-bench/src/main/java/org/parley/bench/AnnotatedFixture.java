package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.AnnotatedSentence;
import org.parley.nlp.Dependency;
import org.parley.nlp.Token;

/**
 * Pre-annotated articles for the JMH benchmarks, read back from {@code parley annotate} output, so that a
 * benchmark of the coder measures the coder and not CoreNLP. Coreference and quotes are not in that output,
 * so the articles come back without them. Regenerate with
 * {@code ./parley annotate examples/*.txt > parley-bench/src/main/resources/org/parley/bench/annotated-examples.jsonl}.
 */
final class AnnotatedFixture {
  static final String EXAMPLES = "annotated-examples.jsonl";

  private AnnotatedFixture() {}

  static List<AnnotatedArticle> examples() {
    try (InputStream input = AnnotatedFixture.class.getResourceAsStream(EXAMPLES)) {
      if (input == null) {
        throw new IllegalStateException("resource " + EXAMPLES + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
      ObjectMapper json = new ObjectMapper();
      List<AnnotatedArticle> articles = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          articles.add(article(json.readTree(line)));
        }
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + EXAMPLES, e);
    }
  }

  static AnnotatedArticle article(JsonNode document) {
    JsonNode meta = document.get("article");
    String title = meta.get("title").asText();
    String text = meta.get("text").asText();
    String body = title.isBlank() ? text : text.substring(title.strip().length() + 2);
    String published = meta.path("published").asText("");
    Article article = new Article(meta.get("id").asText(), title, meta.path("source").asText(""), meta.path("url").asText(""),
        published.isEmpty() ? null : LocalDate.parse(published), body);
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (JsonNode sentence : document.get("sentences")) {
      sentences.add(sentence(sentence));
    }
    return new AnnotatedArticle(article, text, sentences, List.of(), List.of());
  }

  private static AnnotatedSentence sentence(JsonNode sentence) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> dependencies = new ArrayList<>();
    int index = 0;
    for (JsonNode token : sentence.get("tokens")) {
      tokens.add(new Token(index, token.get("word").asText(), token.get("lemma").asText(), token.get("tag").asText(), token.get("entity").asText(),
          token.path("normalized").asText(""), token.get("begin").asInt(), token.get("end").asInt()));
      String relation = token.get("relation").asText();
      if (!relation.isEmpty()) {
        dependencies.add(new Dependency(token.get("head").asInt(), index, relation));
      }
      index++;
    }
    return new AnnotatedSentence(sentence.get("index").asInt(), sentence.get("text").asText(), sentence.get("begin").asInt(),
        sentence.get("end").asInt(), tokens, dependencies);
  }
}
