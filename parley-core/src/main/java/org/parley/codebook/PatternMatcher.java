package org.parley.codebook;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Token;

/**
 * Matches a codebook's patterns against a sentence's dependency tree. Built once per codebook; thread-safe.
 * At most one pattern fires per trigger token: the most specific (see {@code docs/CODEBOOK.md}).
 */
public final class PatternMatcher {
  /** Marks a constraint word that must match the word as written, not its lemma: {@code after:=ties}. */
  public static final String EXACT = "=";

  private final Codebook codebook;
  private final Map<String, List<Pattern>> verbPatterns = new HashMap<>();
  private final Map<String, List<Pattern>> nounPatterns = new HashMap<>();
  private final Map<Pattern, Integer> order = new HashMap<>();

  public PatternMatcher(Codebook codebook) {
    this.codebook = requireNonNull(codebook, "codebook is null");
    List<Pattern> patterns = new ArrayList<>(codebook.patterns());
    patterns.addAll(WordNetExpansion.derive(codebook));
    for (int i = 0; i < patterns.size(); i++) {
      Pattern pattern = patterns.get(i);
      order.put(pattern, i);
      Map<String, List<Pattern>> index = pattern.kind() == TriggerKind.VERB ? verbPatterns : nounPatterns;
      index.computeIfAbsent(pattern.lemma(), key -> new ArrayList<>()).add(pattern);
    }
    // The codebook's own patterns outrank WordNet's derived ones, whatever their specificity.
    Comparator<Pattern> preference = Comparator.comparing(Pattern::derived)
        .thenComparing(Comparator.comparingInt(Pattern::specificity).reversed())
        .thenComparing(Comparator.comparingInt(Pattern::roleCount).reversed())
        .thenComparingInt(order::get);
    verbPatterns.values().forEach(list -> list.sort(preference));
    nounPatterns.values().forEach(list -> list.sort(preference));
  }

  public Codebook codebook() {
    return codebook;
  }

  /** Whether any pattern could fire on a token with this lemma: a cheap pre-filter for sentences. */
  public boolean isTriggerLemma(String lemma) {
    return verbPatterns.containsKey(lemma) || nounPatterns.containsKey(lemma);
  }

  public List<Match> match(DependencyTree tree) {
    ArgumentFinder finder = new ArgumentFinder(tree);
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      Token token = tree.token(i);
      String lemma = tree.lemma(i);
      List<Pattern> candidates;
      if (token.isVerb() && tree.relation(i).equals("amod") && !(i > 0 && gerundBefore(tree.token(i - 1).tag()))) {
        // "Jordan's visiting King", "the striking workers": a participle used as an adjective describes, it reports no
        // act. Right after a preposition or a verb it is a gerund the parser misread ("accused Russia of shelling
        // residential areas", "began collecting signatures").
        continue;
      } else if (token.isVerb()) {
        candidates = verbPatterns.get(lemma);
      } else if (token.isNoun()) {
        // "held talks in Oman, the first such meeting since 2018": a noun with "such" names again an event told before.
        candidates = tree.children(i, "amod").stream().anyMatch(child -> tree.lemma(child).equalsIgnoreCase("such"))
            ? null : nounPatterns.get(lemma);
      } else {
        continue;
      }
      if (candidates == null) {
        continue;
      }
      for (Pattern pattern : candidates) {
        Match match = tryPattern(tree, finder, pattern, i);
        if (match != null) {
          // A "no event" pattern fires like any other and so keeps the less specific ones from coding the token.
          if (!pattern.codesNoEvent()) {
            matches.add(match);
          }
          break;
        }
      }
    }
    return matches;
  }

  private Match tryPattern(DependencyTree tree, ArgumentFinder finder, Pattern pattern, int trigger) {
    boolean noun = pattern.kind() == TriggerKind.NOUN;
    int support = -1;
    List<Integer> triggerTokens = new ArrayList<>();
    if (noun) {
      Set<String> supportVerbs = pattern.supportVerbs().isEmpty() ? codebook.supportVerbs() : pattern.supportVerbs();
      support = finder.supportVerb(trigger, supportVerbs);
      if (support < 0 && pattern.code().startsWith("04")) {
        // "spoke after talks with Trump", "during a phone call with the Iranian president": a meeting named in a
        // time adjunct took place, with the clause's doer unless the noun names its own.
        support = finder.adjunctFrame(trigger);
      }
      if (support < 0 && tree.parent(trigger) >= 0) {
        return null;
      }
      if (support < 0 && !pattern.supportVerbs().isEmpty()) {
        return null;
      }
      if (support >= 0 && !finder.adjunct(trigger, support)) {
        triggerTokens.add(support);
        tree.child(support, "compound:prt").ifPresent(triggerTokens::add);
      }
      triggerTokens.add(trigger);
    } else {
      triggerTokens.add(trigger);
      if (pattern.particles().isEmpty() && phrasal(tree, trigger)) {
        // "The union called off its strike" is not a call: where the codebook knows the phrasal verb,
        // only its own patterns may code it.
        return null;
      }
      for (String particle : pattern.particles()) {
        Integer found = null;
        for (int child : particles(tree, trigger)) {
          if (tree.lemma(child).equals(particle)) {
            found = child;
          }
        }
        if (found == null) {
          return null;
        }
        triggerTokens.add(found);
      }
    }
    Map<Role, List<Integer>> arguments = new LinkedHashMap<>();
    Set<Integer> patternWords = new java.util.HashSet<>();
    List<Map.Entry<Role, List<Integer>>> surfaceRoles = new ArrayList<>();
    for (SlotRule slot : pattern.slots()) {
      List<Integer> fillers = finder.find(trigger, noun, support, slot.path());
      if (slot.isConstraint()) {
        List<Integer> judged = fillers;
        if (slot.pathText().equals("subj")) {
          // "Thai and Cambodian troops clashed", parsed as "Thai" and "(Cambodian) troops": every conjunct of the
          // subject is judged.
          judged = new ArrayList<>(fillers);
          for (int filler : fillers) {
            judged.addAll(tree.children(filler, "conj"));
          }
        }
        List<Integer> matching = slot.lemmas().contains("*") ? judged
            : judged.stream().filter(filler -> java.util.stream.Stream.concat(java.util.stream.Stream.of(filler, contained(tree, filler), antecedent(tree, filler)),
                    titles(tree, filler).stream()).anyMatch(word -> slot.lemmas().contains(phraseLemma(tree, word))
                    || slot.lemmas().contains(tree.lemma(word))
                    // The word form too: lemmatizers keep some plurals ("talks") and not others ("supplies").
                    || slot.lemmas().contains(tree.token(word).word().toLowerCase(java.util.Locale.ROOT))
                    || slot.lemmas().contains(EXACT + tree.token(word).word().toLowerCase(java.util.Locale.ROOT)))).toList();
        boolean any = !matching.isEmpty();
        if (slot.forbidden() == any) {
          return null;
        }
        if (!slot.forbidden() && SURFACE_SLOTS.contains(slot.pathText())) {
          patternWords.addAll(matching);
        }
      } else if (SURFACE_SLOTS.contains(slot.pathText())) {
        surfaceRoles.add(Map.entry(slot.role(), fillers));
      } else {
        arguments.computeIfAbsent(slot.role(), key -> new ArrayList<>()).addAll(fillers);
      }
    }
    for (Map.Entry<Role, List<Integer>> surface : surfaceRoles) {
      // PETRARCH's "- * ARTILLERY [194]": a word the pattern names is part of the verb phrase, not the first actor after
      // the verb ("fired two artillery shells at Seoul" is aimed at Seoul, not at the artillery).
      arguments.computeIfAbsent(surface.getKey(), key -> new ArrayList<>())
          .addAll(surface.getValue().stream().filter(filler -> !patternWords.contains(filler)).toList());
    }
    triggerTokens.sort(null);
    return new Match(pattern, trigger, support, triggerTokens, arguments);
  }

  /** Whether the verb carries a particle with which the codebook has patterns of its own ("call off", "hand over"). */
  private boolean phrasal(DependencyTree tree, int verb) {
    List<Pattern> patterns = verbPatterns.getOrDefault(tree.lemma(verb), List.of());
    for (int child : particles(tree, verb)) {
      String particle = tree.lemma(child);
      if (patterns.stream().anyMatch(pattern -> pattern.particles().contains(particle))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb's particles: its {@code compound:prt} children, and the adverbs the parser sometimes makes of them right
   * after the verb ("stepped down", "pulled back").
   */
  private static List<Integer> particles(DependencyTree tree, int verb) {
    List<Integer> particles = new ArrayList<>(tree.children(verb, "compound:prt"));
    for (int child : tree.children(verb, "advmod")) {
      if (child > verb && child <= verb + 2 && ADVERB_PARTICLES.contains(tree.lemma(child))) {
        particles.add(child);
      }
    }
    return particles;
  }

  /** Slots that read the sentence in surface order, as PETRARCH's patterns do. */
  private static final Set<String> SURFACE_SLOTS = Set.of("after", "before");

  private static final Set<String> ADVERB_PARTICLES = Set.of("down", "up", "out", "off", "back", "over", "away");

  /**
   * Nouns that package or measure what they govern: "a new package of sanctions", "a round of talks", "a wave of
   * strikes", "4 million euros of aid", "300 kg of medicine", "a state of emergency". A constraint accepts either the
   * container or what it contains.
   */
  private static final Set<String> CONTAINERS = Set.of(
      "package", "round", "series", "set", "wave", "batch", "raft", "slew", "string", "spate", "barrage", "volley", "salvo",
      "number", "host", "range", "list", "tranche", "kind", "type", "form", "part", "portion", "share", "bulk", "rest",
      "dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "million", "billion", "thousand", "worth", "value",
      "ton", "tonne", "kg", "kilogram", "kilo", "litre", "liter", "gallon", "barrel", "truckload", "planeload", "shipload",
      "shipment", "consignment", "load", "cargo", "quantity", "amount", "supply", "delivery", "lot", "state", "return",
      // "called for the resumption of talks", "the restoration of the truce".
      "resumption", "restoration", "renewal", "continuation", "reopening", "revival", "reinstatement",
      // "delivered hundreds of missiles", "dozens of drones", "a total of 40 tanks".
      "hundred", "hundreds", "thousands", "dozen", "dozens", "scores", "millions", "billions", "total", "couple", "pair");

  /** Whether a word of this tag may govern a gerund: a preposition, "to" or a verb. */
  private static boolean gerundBefore(String tag) {
    return tag.equals("IN") || tag.equals("TO") || tag.startsWith("VB");
  }

  /**
   * The title words before a name: "summoned ambassador Brah Mohamane" and "arrested opposition leader Alexei
   * Navalny" hang the title on the name as compounds, and a constraint on the title ("obj:ambassador") should see it.
   */
  private static List<Integer> titles(DependencyTree tree, int token) {
    if (!tree.token(token).isProperNoun()) {
      return List.of();
    }
    List<Integer> found = new ArrayList<>();
    for (int child : tree.children(token, "compound")) {
      if (child < token && tree.token(child).isNoun() && !tree.token(child).isProperNoun()) {
        found.add(child);
      }
    }
    return found;
  }

  /** "The accord, which Thailand and Cambodia signed": a relative pronoun stands for the noun its clause hangs on. */
  private static int antecedent(DependencyTree tree, int token) {
    int clause = tree.parent(token);
    if (DependencyTree.RELATIVE_PRONOUNS.contains(tree.lemma(token).toLowerCase(java.util.Locale.ROOT)) && clause >= 0
        && tree.relation(clause).equals("acl:relcl")
        && tree.parent(clause) >= 0) {
      return tree.parent(clause);
    }
    return token;
  }

  /** The word a constraint should judge: through container nouns to what they contain. */
  private static int contained(DependencyTree tree, int token) {
    if (tree.lemma(token).equals("return")) {
      // "a return to the ceasefire", "a return to talks": what is returned to is the thing asked for.
      for (int child : tree.children(token)) {
        if (tree.relation(child).startsWith("nmod") && tree.caseMarker(child).equals("to")) {
          return tree.throughOf(child, CONTAINERS, 2);
        }
      }
    }
    return tree.throughOf(token, CONTAINERS, 2);
  }


  /** The lemma with a preceding compound, for two-word constraint lemmas such as "energy facility". */
  private static String phraseLemma(DependencyTree tree, int token) {
    for (int child : tree.children(token)) {
      if (tree.relation(child).equals("compound") && child == token - 1) {
        return tree.lemma(child) + " " + tree.lemma(token);
      }
    }
    return tree.lemma(token);
  }

  /** Exposes the finder's coordination expansion to the coder. */
  public static List<Integer> withConjuncts(DependencyTree tree, int token) {
    return new ArgumentFinder(tree).withConjuncts(token);
  }
}
