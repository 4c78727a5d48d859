package org.parley.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unresolved actors of a corpus: findings from any number of articles (coded now, or read back from a store)
 * merged by name, most often named first. Not thread-safe: add from one thread.
 */
public final class UnresolvedActors {
  private final Map<String, UnresolvedActor> byName = new LinkedHashMap<>();

  /** Adds one article's findings. */
  public void add(Collection<UnresolvedActor> found) {
    for (UnresolvedActor actor : found) {
      byName.merge(key(actor.kind(), actor.name()), actor, UnresolvedActor::mergedWith);
    }
  }

  /**
   * Every actor, most often named first (ties in the order first seen). A one-word name ("Kamau") that is the last
   * word of exactly one fuller name of the same kind ("Wanjiru Kamau") is that actor, named by surname in an article
   * that never gives the full name.
   */
  public List<UnresolvedActor> ranked() {
    Map<String, UnresolvedActor> merged = new LinkedHashMap<>(byName);
    for (UnresolvedActor single : byName.values()) {
      if (!single.singleWord()) {
        continue;
      }
      List<String> fuller = new ArrayList<>();
      for (Map.Entry<String, UnresolvedActor> entry : merged.entrySet()) {
        UnresolvedActor candidate = entry.getValue();
        if (candidate.kind() == single.kind() && !candidate.singleWord() && lastWord(candidate.name()).equals(NameKey.of(single.name()))) {
          fuller.add(entry.getKey());
        }
      }
      if (fuller.size() == 1) {
        merged.remove(key(single.kind(), single.name()));
        merged.computeIfPresent(fuller.get(0), (key, actor) -> actor.mergedWith(single));
      }
    }
    List<UnresolvedActor> ranked = new ArrayList<>(merged.values());
    ranked.sort(Comparator.comparingInt(UnresolvedActor::mentions).reversed());
    return ranked;
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  private static String key(ActorKind kind, String name) {
    return kind + "\t" + NameKey.of(name);
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return NameKey.of(words[words.length - 1]);
  }
}
