package org.parley.actor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named person or organisation that no actor table knows, with what the articles say about it: how often it is
 * named, example sentences and the clues to its code. One article's findings, or many merged by name.
 *
 * @param name the fullest form of the name ("Wanjiru Kamau")
 * @param kind person or organisation
 * @param aliases the other forms the articles use ("Kamau"), without the name itself
 * @param mentions how many times the articles name it
 * @param articles in how many articles
 * @param examples up to {@value #EXAMPLES} sentences that name it, whitespace collapsed
 * @param clues every clue to its code, one per occurrence (at most {@value #CLUES}), so frequent clues weigh more
 * @param dates publication dates of the articles that name it, at least the earliest (empty when they carry none)
 */
public record UnresolvedActor(
    String name, ActorKind kind, List<String> aliases, int mentions, int articles, List<String> examples, List<CodeClue> clues, Set<LocalDate> dates) {
  static final int EXAMPLES = 2;
  static final int CLUES = 200;

  public UnresolvedActor {
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (mentions < 1 || articles < 1 || articles > mentions) {
      throw new IllegalArgumentException("bad counts for " + name + ": " + mentions + " mentions in " + articles + " articles");
    }
    aliases = List.copyOf(aliases);
    examples = List.copyOf(examples.subList(0, Math.min(EXAMPLES, examples.size())));
    clues = List.copyOf(clues.subList(0, Math.min(CLUES, clues.size())));
    dates = Set.copyOf(dates);
  }

  /** The code its clues add up to. */
  public SuggestedCode suggestion() {
    return SuggestedCode.from(clues);
  }

  /** The first publication date that names it. */
  public Optional<LocalDate> firstSeen() {
    return dates.stream().min(LocalDate::compareTo);
  }

  /** Whether the name is one word, as a surname alone is ("Kamau"). */
  boolean singleWord() {
    return !name.strip().contains(" ");
  }

  /** Both findings as one: the fuller name, all aliases, summed counts, the first examples, every clue. */
  UnresolvedActor mergedWith(UnresolvedActor other) {
    UnresolvedActor fuller = other.name.split(" ").length > name.split(" ").length ? other : this;
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NameKey.of(fuller.name));
    List<String> allAliases = new ArrayList<>();
    for (String alias : concat(List.of(name, other.name), concat(aliases, other.aliases))) {
      if (keys.add(NameKey.of(alias))) {
        allAliases.add(alias);
      }
    }
    List<String> allExamples = new ArrayList<>(examples);
    for (String example : other.examples) {
      if (!allExamples.contains(example)) {
        allExamples.add(example);
      }
    }
    TreeSet<LocalDate> allDates = new TreeSet<>(dates);
    allDates.addAll(other.dates);
    // A long corpus needs only the earliest date (a tenure's start) and the latest.
    Set<LocalDate> kept = new TreeSet<>();
    if (!allDates.isEmpty()) {
      kept.add(allDates.first());
      kept.add(allDates.last());
    }
    return new UnresolvedActor(
        fuller.name, kind, allAliases, mentions + other.mentions, articles + other.articles, allExamples, concat(clues, other.clues), kept);
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
