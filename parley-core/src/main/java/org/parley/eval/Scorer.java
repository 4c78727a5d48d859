package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.eval.ActorComparison.Level;
import org.parley.model.Event;

/**
 * Scores Parley's events against a gold set, sentence by sentence.
 *
 * <p>Which of Parley's events count: by default only asserted ones, since negated, hypothetical and claimed
 * events are not facts the text asserts; where a gold sentence gives modes, all of them (and their modes are
 * judged); with {@code allModes}, all of them everywhere. Identical codings of one sentence (same CAMEO code,
 * source, target and mode) count once, as PETRARCH's validation counts them.
 *
 * <p>By PLOVER type, an event matches a gold event of the same type; by CAMEO root, one with the same first
 * two digits; each event matches at most one gold event (see {@link EventPairing}). Events and gold events
 * without a PLOVER type (CAMEO 01 in Parley's table) are left out of the type scores. CAMEO roots and
 * PETRARCH's exact codings are scored only on sentences whose gold events all carry a CAMEO code.
 */
public final class Scorer {
  private final boolean allModes;
  private final int errorsKept;

  /**
   * @param allModes count Parley's negated, hypothetical and claimed events as well as asserted ones
   * @param errorsKept how many of the worst sentences the report lists with their errors
   */
  public Scorer(boolean allModes, int errorsKept) {
    if (errorsKept < 0) {
      throw new IllegalArgumentException("negative number of errors to keep: " + errorsKept);
    }
    this.allModes = allModes;
    this.errorsKept = errorsKept;
  }

  /** The report of one gold set; {@code codings} holds the sentences that were coded, in gold order. */
  public EvaluationReport score(GoldSet gold, List<SentenceCoding> codings) {
    requireNonNull(gold, "gold is null");
    ScoreSheet sheet = new ScoreSheet();
    for (SentenceCoding coding : codings) {
      GoldSentence sentence = coding.sentence();
      List<Event> events = counted(sentence, coding.events());
      sheet.addSentence(sentence, coding.events().size(), events.size());

      List<GoldEvent> goldTyped = sentence.events().stream().filter(event -> event.plover() != null).toList();
      List<Event> typed = events.stream().filter(event -> event.cameo().plover() != null).toList();
      EventPairing.Result byType = EventPairing.pair(goldTyped, typed, event -> event.plover().name(), event -> event.cameo().plover().name());
      sheet.addTypes(goldTyped, typed, byType);

      if (sentence.cameoCoded()) {
        EventPairing.Result byRoot = EventPairing.pair(sentence.events(), events, event -> event.cameoRoot().orElseThrow(), event -> event.cameo().root());
        sheet.addRoots(sentence.events(), events, byRoot);
        sheet.addErrors(errors(sentence, byRoot));
      } else {
        sheet.addErrors(errors(sentence, byType));
      }
    }
    return sheet.report(gold, allModes, errorsKept);
  }

  /** The events that count for this sentence, each distinct coding once. */
  private List<Event> counted(GoldSentence sentence, List<Event> events) {
    boolean everyMode = allModes || sentence.givesModes();
    Map<String, Event> distinct = new LinkedHashMap<>();
    for (Event event : events) {
      if (everyMode || event.mode().asserted()) {
        distinct.putIfAbsent(ScoreSheet.coding(event) + " " + GoldMode.of(event.mode()), event);
      }
    }
    return List.copyOf(distinct.values());
  }

  private static SentenceErrors errors(GoldSentence sentence, EventPairing.Result result) {
    List<String> missed = result.missed().stream().map(GoldEvent::describe).toList();
    List<String> falseEvents = result.extra().stream().map(Scorer::describe).toList();
    List<String> wrongDyads = new ArrayList<>();
    for (EventPairing.Pair pair : result.pairs()) {
      if (!EventPairing.sameDyad(pair.gold(), pair.event(), Level.CODE)) {
        wrongDyads.add("expected " + pair.gold().describe() + ", coded " + describe(pair.event()));
      }
    }
    return new SentenceErrors(sentence.id(), sentence.text(), missed, falseEvents, wrongDyads);
  }

  /** One line for reports: {@code 042 RUSGOV -> USAGOV CONSULT [visited]}, with the mode where it is not asserted. */
  static String describe(Event event) {
    StringBuilder text = new StringBuilder();
    text.append(event.cameo().code()).append(' ').append(event.source().code().code()).append(" -> ");
    text.append(event.targetActor().map(actor -> actor.code().code()).orElse("-"));
    text.append(' ').append(event.cameo().ploverType().map(Enum::name).orElse("-"));
    GoldMode mode = GoldMode.of(event.mode());
    if (mode != GoldMode.ASSERTED) {
      text.append(" (").append(mode.label()).append(')');
    }
    text.append(" [").append(event.trigger().text()).append(']');
    return text.toString();
  }
}
