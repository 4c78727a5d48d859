package org.parley.coding;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
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
    return load(settings, EventCoder::bundled);
  }

  /**
   * Builds the coder on a second thread while CoreNLP loads its models on this one: the codebook and actor
   * tables take seconds that would otherwise add to every start-up.
   */
  public static EventPipeline load(NlpSettings settings, Supplier<EventCoder> coder) {
    CompletableFuture<EventCoder> loading = CompletableFuture.supplyAsync(coder, runnable -> {
      Thread thread = new Thread(runnable, "parley-coder-load");
      thread.setDaemon(true);
      thread.start();
    });
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(settings);
    try {
      return new EventPipeline(annotator, loading.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  public EventCoder coder() {
    return coder;
  }

  public CodedArticle code(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return coder.code(annotated);
  }
}
