package org.parley.coding;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.nlp.NlpSettings;

/** One full pipeline per test JVM: CoreNLP takes about 20 seconds to load, so every test shares it. */
public final class TestingPipeline {
  private static EventPipeline pipeline;

  private TestingPipeline() {}

  public static synchronized EventPipeline get() {
    if (pipeline == null) {
      pipeline = EventPipeline.bundled(NlpSettings.full());
    }
    return pipeline;
  }

  /** Codes one sentence as a one-sentence article published on the given date. */
  public static List<Event> code(String sentence, LocalDate published) {
    return get().code(new Article("test", "", "", "", published, sentence)).events();
  }

  public static List<Event> code(String sentence) {
    return code(sentence, LocalDate.of(2025, 4, 3));
  }
}
