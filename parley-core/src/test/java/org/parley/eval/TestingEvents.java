package org.parley.eval;

import java.util.List;
import org.parley.actor.ActorCodes;
import org.parley.codebook.CodeTable;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Span;

/** Events and gold sentences built by hand, so that scoring is tested without CoreNLP. */
final class TestingEvents {
  static final CodeTable CODES = CodeTable.bundled();
  static final EventMode HYPOTHETICAL = new EventMode(false, true, null);
  static final EventMode NEGATED = new EventMode(true, false, null);
  private static final Article ARTICLE = new Article("test", "", "", "", null, "A sentence.");

  private TestingEvents() {}

  /** An asserted event; {@code target} may be {@code null}. */
  static Event event(String cameo, String source, String target) {
    return event(cameo, source, target, EventMode.ASSERTED);
  }

  static Event event(String cameo, String source, String target, EventMode mode) {
    return new Event(
        cameo + source + target + mode,
        ARTICLE,
        0,
        "A sentence.",
        new Span("trigger", 2, 9),
        "",
        actor(source),
        target == null ? null : actor(target),
        CODES.get(cameo),
        mode,
        null);
  }

  static EventMode claimedBy(String code) {
    return new EventMode(false, false, actor(code));
  }

  /** A gold event typed from its CAMEO code, as the PETRARCH reader makes them. */
  static GoldEvent gold(String cameo, String source, String target) {
    return new GoldEvent(cameo, CODES.get(cameo).plover(), source, target, null);
  }

  static GoldEvent gold(String cameo, String source, String target, GoldMode mode) {
    return new GoldEvent(cameo, CODES.get(cameo).plover(), source, target, mode);
  }

  static GoldSentence sentence(String id, GoldEvent... events) {
    return new GoldSentence(id, "The text of " + id + ".", null, List.of(events));
  }

  static GoldSet set(GoldSentence... sentences) {
    return new GoldSet("test.jsonl", GoldFormat.PARLEY_JSONL, List.of(sentences), List.of(), java.util.Map.of());
  }

  private static Actor actor(String code) {
    return new Actor(code, new Span(code, 0, 1), ActorCodes.parse(code));
  }
}
