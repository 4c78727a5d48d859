package org.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parley.eval.ActorComparison.Level;
import org.parley.model.ActorCode;
import org.parley.model.Event;

/**
 * Pairs the expected and the coded events of one sentence one to one where they share a key (PLOVER type or
 * CAMEO root). Among events with the same key, pairs whose dyads agree at code level are taken first, then
 * those agreeing at country level, then the rest in sentence order, so that dyad accuracy is not lowered by
 * an unlucky pairing.
 */
final class EventPairing {
  record Pair(GoldEvent gold, Event event) {}

  record Result(List<Pair> pairs, List<GoldEvent> missed, List<Event> extra) {}

  private record Candidate(int gold, int event, int agreement) {}

  private EventPairing() {}

  static Result pair(List<GoldEvent> gold, List<Event> events, Function<GoldEvent, String> goldKey, Function<Event, String> eventKey) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int e = 0; e < events.size(); e++) {
        if (goldKey.apply(gold.get(g)).equals(eventKey.apply(events.get(e)))) {
          candidates.add(new Candidate(g, e, agreement(gold.get(g), events.get(e))));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::agreement).reversed().thenComparingInt(Candidate::gold).thenComparingInt(Candidate::event));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] eventUsed = new boolean[events.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (!goldUsed[candidate.gold()] && !eventUsed[candidate.event()]) {
        goldUsed[candidate.gold()] = true;
        eventUsed[candidate.event()] = true;
        pairs.add(new Pair(gold.get(candidate.gold()), events.get(candidate.event())));
      }
    }
    List<GoldEvent> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!goldUsed[g]) {
        missed.add(gold.get(g));
      }
    }
    List<Event> extra = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      if (!eventUsed[e]) {
        extra.add(events.get(e));
      }
    }
    return new Result(pairs, missed, extra);
  }

  /** Whether the event's source and target agree with the gold event's at this level; no target agrees with none. */
  static boolean sameDyad(GoldEvent gold, Event event, Level level) {
    return sameSource(gold, event, level) && sameTarget(gold, event, level);
  }

  static boolean sameSource(GoldEvent gold, Event event, Level level) {
    return ActorComparison.same(gold.source(), event.source().code(), level);
  }

  static boolean sameTarget(GoldEvent gold, Event event, Level level) {
    Optional<ActorCode> target = event.targetActor().map(actor -> actor.code());
    if (gold.targetCode().isEmpty() || target.isEmpty()) {
      return gold.targetCode().isEmpty() && target.isEmpty();
    }
    return ActorComparison.same(gold.target(), target.get(), level);
  }

  private static int agreement(GoldEvent gold, Event event) {
    if (sameDyad(gold, event, Level.CODE)) {
      return 2;
    }
    return sameDyad(gold, event, Level.COUNTRY) ? 1 : 0;
  }
}
