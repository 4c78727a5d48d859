package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sentences of one gold file, with what the coder needs besides them and what was left out.
 *
 * @param file the gold file as the user named it
 * @param format its format
 * @param sentences the sentences to score, in file order
 * @param actorDictionaries actor and agent dictionaries that ship with the gold file (PETRARCH), to be added
 *     to Parley's tables while its sentences are coded
 * @param skipped records not scored, counted by reason
 * @param verbDictionaries verb dictionaries that ship with the gold file (PETRARCH's {@code <Verbfile>}), whose
 *     patterns code its sentences as PETRARCH's own validation does
 */
public record GoldSet(String file, GoldFormat format, List<GoldSentence> sentences, List<Path> actorDictionaries, Map<String, Integer> skipped,
    List<Path> verbDictionaries) {
  public GoldSet {
    requireNonNull(file, "file is null");
    requireNonNull(format, "format is null");
    sentences = List.copyOf(sentences);
    actorDictionaries = List.copyOf(actorDictionaries);
    skipped = Map.copyOf(skipped);
    verbDictionaries = List.copyOf(verbDictionaries);
  }

  /** A gold set without verb dictionaries. */
  public GoldSet(String file, GoldFormat format, List<GoldSentence> sentences, List<Path> actorDictionaries, Map<String, Integer> skipped) {
    this(file, format, sentences, actorDictionaries, skipped, List.of());
  }

  /** The file's name without its folder: how baselines name it, so that they hold wherever the data lies. */
  public String name() {
    return Path.of(file).getFileName().toString();
  }

  /** Only the first {@code count} sentences. */
  public GoldSet limit(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative limit: " + count);
    }
    return count >= sentences.size() ? this : new GoldSet(file, format, sentences.subList(0, count), actorDictionaries, skipped, verbDictionaries);
  }

  /** The same set with {@code count} more records skipped for {@code reason}. */
  public GoldSet withSkipped(String reason, int count) {
    if (count == 0) {
      return this;
    }
    Map<String, Integer> more = new TreeMap<>(skipped);
    more.merge(reason, count, Integer::sum);
    return new GoldSet(file, format, sentences, actorDictionaries, more, verbDictionaries);
  }

  public int eventCount() {
    return sentences.stream().mapToInt(sentence -> sentence.events().size()).sum();
  }
}
