package org.parley.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.parley.model.Article;
import org.parley.nlp.CoreNlpAnnotator;

/**
 * CoreNLP's own pipeline with the constituency parser, {@code tokenize,ssplit,pos,lemma,ner,parse} with CoreNLP's
 * defaults (fine-grained NER, the English PCFG parser): the minimum a PETRARCH-style coder needs before it
 * codes anything. It annotates the same text Parley annotates and splits sentences the same way. The one
 * class outside parley-core's {@code nlp} package that calls CoreNLP, because measuring CoreNLP is its job.
 * Thread-safe.
 */
final class ParseBaseline {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse";

  private final StanfordCoreNLP pipeline;

  ParseBaseline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    pipeline = new StanfordCoreNLP(properties);
  }

  /** Annotates one article and returns its number of sentences. */
  int annotate(Article article) {
    Annotation document = new Annotation(CoreNlpAnnotator.annotatedText(article));
    article.publishedDate().ifPresent(date -> document.set(CoreAnnotations.DocDateAnnotation.class, date.format(DateTimeFormatter.ISO_LOCAL_DATE)));
    pipeline.annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class).size();
  }
}
