package org.parley.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.app.serve.EvidenceSpans.Highlight;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Span;

class EvidenceSpansTest {
  private static final String TITLE = "Talks in Ankara";
  private static final String SENTENCE = "Turkey hosted Greece, and Greece thanked Turkey.";
  private static final Article ARTICLE = new Article("a", TITLE, "Wire", "", LocalDate.of(2025, 6, 1), "Officials met. " + SENTENCE);

  /** The offsets of {@code text} at its {@code occurrence}-th place in the sentence, counted in the annotated text. */
  private static Span span(String text, int occurrence) {
    int sentenceBegin = (TITLE + "\n\n" + ARTICLE.text()).indexOf(SENTENCE);
    int at = -1;
    for (int index = 0; index <= occurrence; index++) {
      at = SENTENCE.indexOf(text, at + 1);
    }
    return new Span(text, sentenceBegin + at, sentenceBegin + at + text.length());
  }

  private static Actor actor(String text, int occurrence, String code) {
    return new Actor(text, span(text, occurrence), new ActorCode(code, code, ""));
  }

  private static Event thanks(Article article) {
    return new Event("e", article, 2, SENTENCE, span("thanked", 0), "2025-06-01", actor("Greece", 1, "GRC"), actor("Turkey", 1, "TUR"),
        TestingStores.CODES.get("051"), EventMode.ASSERTED, null);
  }

  @Test
  void offsetsPlaceARepeatedNameAtItsOwnOccurrence() {
    assertThat(EvidenceSpans.of(thanks(ARTICLE), TITLE + "\n\n" + ARTICLE.text())).containsExactly(
        new Highlight("source", 26, 32), new Highlight("trigger", 33, 40), new Highlight("target", 41, 47));
  }

  @Test
  void withoutTheTextTheSentenceIsPlacedByItsTrigger() {
    Article withoutText = new Article("a", TITLE, "Wire", "", LocalDate.of(2025, 6, 1), "");

    assertThat(EvidenceSpans.of(thanks(withoutText), "")).containsExactly(
        new Highlight("source", 26, 32), new Highlight("trigger", 33, 40), new Highlight("target", 41, 47));
  }

  @Test
  void aSpanOverlappingTheTriggerIsLeftOutAndOneNotInTheSentenceToo() {
    Event event = new Event("e", ARTICLE, 2, SENTENCE, span("thanked", 0), "2025-06-01",
        new Actor("Greece thanked", span("Greece thanked", 0), new ActorCode("GRC", "GRC", "")),
        new Actor("Cyprus", new Span("Cyprus", 0, 6), new ActorCode("CYP", "CYP", "")),
        TestingStores.CODES.get("051"), EventMode.ASSERTED, null);

    assertThat(EvidenceSpans.of(event, TITLE + "\n\n" + ARTICLE.text())).containsExactly(new Highlight("trigger", 33, 40));
  }
}
