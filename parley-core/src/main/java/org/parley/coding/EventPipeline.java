package org.parley.coding;

import static java.util.Objects.requireNonNull;

import org.parley.model.Article;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpSettings;

/** Article in, coded events out: the NLP stack and the coder, each built once; thread-safe. */
public final class EventPipeline {
  private final CoreNlpAnnotator annotator;
  private final EventCoder coder;

  public EventPipeline(CoreNlpAnnotator annotator, EventCoder coder) {
    this.annotator = requireNonNull(annotator, "annotator is null");
    this.coder = requireNonNull(coder, "coder is null");
  }

  /** The full NLP stack with the bundled codebook and tables. */
  public static EventPipeline bundled(NlpSettings settings) {
    return new EventPipeline(new CoreNlpAnnotator(settings), EventCoder.bundled());
  }

  public EventCoder coder() {
    return coder;
  }

  public CodedArticle code(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return coder.code(annotated);
  }
}
