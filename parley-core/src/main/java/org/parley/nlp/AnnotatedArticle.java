package org.parley.nlp;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.model.Article;

/**
 * An article with everything the NLP stack found in it; the only shape in which CoreNLP's output
 * leaves the {@code nlp} package.
 *
 * @param article the article as read
 * @param text the text that was annotated (title, blank line, body); all offsets point into it
 */
public record AnnotatedArticle(Article article, String text, List<AnnotatedSentence> sentences, List<CorefChain> coreference, List<Quote> quotes) {
  public AnnotatedArticle {
    requireNonNull(article, "article is null");
    requireNonNull(text, "text is null");
    sentences = List.copyOf(sentences);
    coreference = List.copyOf(coreference);
    quotes = List.copyOf(quotes);
  }
}
