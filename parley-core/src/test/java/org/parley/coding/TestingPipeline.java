package org.parley.coding;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpSettings;

/** One full pipeline per test JVM: CoreNLP takes about 20 seconds to load, so every test shares it. */
public final class TestingPipeline {
  private static CoreNlpAnnotator annotator;
  private static EventPipeline pipeline;

  private TestingPipeline() {}

  public static synchronized EventPipeline get() {
    if (pipeline == null) {
      pipeline = new EventPipeline(annotator(), EventCoder.bundled());
    }
    return pipeline;
  }

  /** The shared NLP stack, for tests that code with a coder of their own. */
  public static synchronized CoreNlpAnnotator annotator() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(NlpSettings.full());
    }
    return annotator;
  }

  /** Codes one sentence with the given coder, as a one-sentence article. */
  public static List<Event> code(EventCoder coder, String sentence) {
    return new EventPipeline(annotator(), coder).code(new Article("test", "", "", "", LocalDate.of(2025, 4, 3), sentence)).events();
  }

  /** Codes one sentence as a one-sentence article published on the given date. */
  public static List<Event> code(String sentence, LocalDate published) {
    return get().code(new Article("test", "", "", "", published, sentence)).events();
  }

  public static List<Event> code(String sentence) {
    return code(sentence, LocalDate.of(2025, 4, 3));
  }
}
