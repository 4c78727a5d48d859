package org.parley.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.codebook.PetrarchVerbDictionary.Term;
import org.parley.codebook.PetrarchVerbDictionary.TermKind;
import org.parley.codebook.PetrarchVerbDictionary.Translation;
import org.parley.codebook.PetrarchVerbDictionary.VerbBlock;
import org.parley.codebook.PetrarchVerbDictionary.VerbForm;
import org.parley.codebook.PetrarchVerbDictionary.VerbPhrase;

/**
 * Turns a PETRARCH verb dictionary into codebook patterns. PETRARCH matches word forms around the verb in surface
 * order; Parley matches lemmas in a dependency tree. Each dictionary pattern becomes, for each verb form of its block:
 * <ul>
 *   <li>a trigger on the form's lemma, restricted to the block's word forms ({@code self:=said|=says}), so that
 *       {@code LEFT} and {@code LEAVE} stay different verbs as in PETRARCH;
 *   <li>one {@code before:=word} or {@code after:=word} constraint per word before or after {@code *} (the word as
 *       written, as PETRARCH matches it: {@code before} is the sentence left of the verb, {@code after} the verb's
 *       phrase right of it); a synset is one constraint with its members as alternatives;
 *   <li>{@code $}, {@code +} and {@code %} as roles: before the verb on its subject, after a preposition on that
 *       preposition's object ({@code FROM $} is {@code from=SOURCE}), elsewhere after the verb on the first actor
 *       of its phrase; a role the pattern leaves open takes PETRARCH's default (subject source, first actor after
 *       the verb as target); {@code %} before the verb pairs the subject's conjuncts with each other.
 * </ul>
 * A verb in a short comma-delimited aside is not coded ({@code !aside:*}): PETRARCH deletes those before coding.
 * Lost on the way, and counted as approximate: word order and adjacency ({@code _}) between words, and all but the
 * last word of a multi-word synset member. A code that is not in the CAMEO table (PETRARCH's {@code [---]}, the
 * validation dictionary's test codes) gives a pattern that matches and codes nothing, as in PETRARCH. A paired code
 * ({@code [032:033]}: "A left for B" is A's visit to B and B's hosting of A) also codes the reversed dyad with its
 * second code.
 */
final class PetrarchVerbTranslator {
  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back", "over", "away", "on", "in", "upon");
  private static final Set<String> PREPOSITIONS = Set.of(
      "with", "from", "to", "in", "on", "at", "against", "for", "by", "of", "about", "over", "into", "between", "upon",
      "near", "toward", "towards", "among", "under");
  /** Past forms PETRARCH blocks are written in whose lemma regular rules cannot find. */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("held", "hold"), Map.entry("began", "begin"),
      Map.entry("begun", "begin"), Map.entry("drawn", "draw"), Map.entry("drew", "draw"), Map.entry("made", "make"),
      Map.entry("left", "leave"), Map.entry("met", "meet"), Map.entry("shot", "shoot"), Map.entry("fought", "fight"),
      Map.entry("won", "win"), Map.entry("found", "find"), Map.entry("risen", "rise"), Map.entry("rose", "rise"),
      Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("sank", "sink"), Map.entry("sunk", "sink"),
      Map.entry("lent", "lend"), Map.entry("paid", "pay"), Map.entry("sought", "seek"), Map.entry("went", "go"),
      Map.entry("gone", "go"), Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("gave", "give"),
      Map.entry("given", "give"), Map.entry("brought", "bring"), Map.entry("bought", "buy"), Map.entry("sent", "send"),
      Map.entry("spent", "spend"), Map.entry("struck", "strike"), Map.entry("stricken", "strike"), Map.entry("told", "tell"),
      Map.entry("thought", "think"), Map.entry("kept", "keep"), Map.entry("led", "lead"), Map.entry("fled", "flee"),
      Map.entry("hit", "hit"), Map.entry("cut", "cut"), Map.entry("set", "set"), Map.entry("put", "put"),
      Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
      Map.entry("threw", "throw"), Map.entry("thrown", "throw"), Map.entry("withdrew", "withdraw"),
      Map.entry("withdrawn", "withdraw"), Map.entry("forgave", "forgive"), Map.entry("forgiven", "forgive"),
      Map.entry("overcame", "overcome"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"), Map.entry("sold", "sell"),
      Map.entry("stood", "stand"), Map.entry("understood", "understand"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
      Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("knew", "know"), Map.entry("known", "know"),
      Map.entry("got", "get"), Map.entry("gotten", "get"), Map.entry("came", "come"), Map.entry("ran", "run"),
      Map.entry("stabbed", "stab"), Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("did", "do"),
      Map.entry("done", "do"), Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("been", "be"));

  private final CodeTable codes;
  private final List<Pattern> patterns = new ArrayList<>();
  private final Map<String, String> blockNames = new LinkedHashMap<>();
  private int events;
  private int noEvents;
  private int approximate;

  PetrarchVerbTranslator(CodeTable codes) {
    this.codes = codes;
  }

  Translation translate(PetrarchVerbDictionary dictionary) {
    for (VerbBlock block : dictionary.blocks()) {
      Set<String> forms = new LinkedHashSet<>();
      for (VerbForm verb : block.verbs()) {
        forms.addAll(wordForms(verb));
      }
      for (VerbForm verb : block.verbs()) {
        count(verb.code(), false);
        add(verb, forms, List.of(), List.of(), verb.code(), verb.line());
      }
      for (VerbPhrase phrase : block.phrases()) {
        count(phrase.code(), isApproximate(phrase));
        for (VerbForm verb : block.verbs()) {
          add(verb, forms, phrase.before(), phrase.after(), phrase.code(), phrase.line());
        }
      }
    }
    Codebook codebook = new Codebook(Set.of(), patterns, List.of(), blockNames);
    return new Translation(codebook, events, noEvents, approximate);
  }

  private void count(String code, boolean approximated) {
    if (cameo(code).equals(Pattern.NO_EVENT)) {
      noEvents++;
    } else {
      events++;
    }
    if (approximated) {
      approximate++;
    }
  }

  private String cameo(String code) {
    return codes.find(PetrarchVerbDictionary.forwardCode(code)).map(found -> found.code()).orElse(Pattern.NO_EVENT);
  }

  /** The paired code's second half, where CAMEO has it and the first half codes an event: {@code 033} of {@code [032:033]}. */
  private String reverse(String code) {
    String reverse = PetrarchVerbDictionary.reverseCode(code);
    return reverse.isEmpty() || cameo(code).equals(Pattern.NO_EVENT) ? "" : codes.find(reverse).map(found -> found.code()).orElse("");
  }

  private void add(VerbForm verb, Set<String> blockForms, List<Term> before, List<Term> after, String dictionaryCode, int line) {
    String code = cameo(dictionaryCode);
    blockNames.putIfAbsent(code, code.equals(Pattern.NO_EVENT) ? "No event (PETRARCH [---] or a code CAMEO lacks)" : codes.get(code).name());
    List<SlotRule> slots = new ArrayList<>();
    slots.add(new SlotRule(List.of("self"), null, exact(blockForms), false));
    slots.add(new SlotRule(List.of("aside"), null, Set.of("*"), true));
    List<String> particles = new ArrayList<>();
    for (String word : verb.after()) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (PARTICLES.contains(lower) && particles.isEmpty()) {
        particles.add(lower);
      } else {
        slots.add(word("after", Set.of(word)));
      }
    }
    for (String word : verb.before()) {
      slots.add(word("before", Set.of(word)));
    }
    boolean source = false;
    boolean target = false;
    boolean compound = false;
    for (Term term : before) {
      switch (term.kind()) {
        case WORD -> slots.add(word("before", term.words()));
        case SOURCE -> {
          slots.add(role("subj", Role.SOURCE));
          source = true;
        }
        case TARGET -> {
          slots.add(role("subj", Role.TARGET));
          target = true;
        }
        case COMPOUND -> {
          // PETRARCH's % matches only a compound actor: the subject must have a conjunct.
          slots.add(new SlotRule(List.of("subj", "conj"), null, Set.of("*"), false));
          slots.add(role("subj", Role.BOTH));
          source = true;
          compound = true;
        }
        case SKIP -> { }
      }
    }
    for (int i = 0; i < after.size(); i++) {
      Term term = after.get(i);
      Term next = i + 1 < after.size() ? after.get(i + 1) : null;
      if (term.kind() == TermKind.WORD && next != null && isMarker(next) && term.words().size() == 1
          && PREPOSITIONS.contains(term.words().iterator().next().toLowerCase(Locale.ROOT))) {
        // "FROM $": the preposition names the slot that holds the actor.
        String preposition = term.words().iterator().next().toLowerCase(Locale.ROOT);
        Role role = roleOf(next);
        if (next.kind() == TermKind.COMPOUND) {
          slots.add(new SlotRule(List.of(preposition, "conj"), null, Set.of("*"), false));
        }
        slots.add(role(preposition, role));
        source |= role == Role.SOURCE;
        target |= role != Role.SOURCE;
        i++;
        continue;
      }
      switch (term.kind()) {
        case WORD -> slots.add(word("after", term.words()));
        case SOURCE -> {
          slots.add(role("after", Role.SOURCE));
          source = true;
        }
        case TARGET, COMPOUND -> {
          slots.add(role("after", Role.TARGET));
          target = true;
        }
        case SKIP -> { }
      }
    }
    if (!source) {
      slots.add(role("subj", Role.SOURCE));
    }
    if (!target && !compound) {
      slots.add(role("after", Role.TARGET));
    }
    for (String lemma : lemmas(verb)) {
      patterns.add(new Pattern(code, TriggerKind.VERB, lemma, particles, slots, Set.of(), line).withReverseCode(reverse(dictionaryCode)));
    }
  }

  private static boolean isMarker(Term term) {
    return term.kind() == TermKind.SOURCE || term.kind() == TermKind.TARGET || term.kind() == TermKind.COMPOUND;
  }

  private static Role roleOf(Term term) {
    return term.kind() == TermKind.SOURCE ? Role.SOURCE : Role.TARGET;
  }

  private static SlotRule role(String slot, Role role) {
    return new SlotRule(List.of(slot), role, Set.of(), false);
  }

  /** A word constraint: the word as written; of a multi-word synset member, its last word. */
  private static SlotRule word(String slot, Set<String> words) {
    Set<String> lastWords = new LinkedHashSet<>();
    for (String word : words) {
      String[] parts = word.split(" ");
      lastWords.add(parts[parts.length - 1]);
    }
    return new SlotRule(List.of(slot), null, exact(lastWords), false);
  }

  private static Set<String> exact(Set<String> words) {
    Set<String> exact = new LinkedHashSet<>();
    for (String word : words) {
      exact.add(PatternMatcher.EXACT + word.toLowerCase(Locale.ROOT));
    }
    return exact;
  }

  private static boolean isApproximate(VerbPhrase phrase) {
    long beforeWords = phrase.before().stream().filter(term -> term.kind() == TermKind.WORD).count();
    long afterWords = phrase.after().stream().filter(term -> term.kind() == TermKind.WORD).count();
    boolean multiWordMember = false;
    for (Term term : phrase.before()) {
      multiWordMember |= term.words().stream().anyMatch(word -> word.contains(" "));
    }
    for (Term term : phrase.after()) {
      multiWordMember |= term.words().stream().anyMatch(word -> word.contains(" "));
    }
    return beforeWords > 1 || afterWords > 1 || multiWordMember;
  }

  /** The word forms PETRARCH matches for a block: each verb, its irregular forms and its regular -s, -ed, -ing forms. */
  static Set<String> wordForms(VerbForm verb) {
    Set<String> forms = new LinkedHashSet<>();
    String head = verb.head().toLowerCase(Locale.ROOT);
    forms.add(head);
    forms.addAll(regularForms(head));
    for (String form : verb.irregular()) {
      forms.add(form.toLowerCase(Locale.ROOT));
    }
    return forms;
  }

  private static Set<String> regularForms(String verb) {
    Set<String> forms = new LinkedHashSet<>();
    boolean consonantY = verb.length() > 1 && verb.endsWith("y") && !"aeiou".contains(verb.substring(verb.length() - 2, verb.length() - 1));
    if (verb.matches(".*(s|x|z|ch|sh)")) {
      forms.add(verb + "es");
    } else if (consonantY) {
      forms.add(verb.substring(0, verb.length() - 1) + "ies");
    } else {
      forms.add(verb + "s");
    }
    if (verb.endsWith("e")) {
      forms.add(verb + "d");
      forms.add(verb.substring(0, verb.length() - 1) + "ing");
    } else if (consonantY) {
      forms.add(verb.substring(0, verb.length() - 1) + "ied");
      forms.add(verb + "ing");
    } else {
      forms.add(verb + "ed");
      forms.add(verb + "ing");
      if (verb.matches(".*[^aeiou][aeiou][bdgklmnprt]")) {
        // "stop" -> "stopped"; "open" -> "opened" too: both are kept, a form that is no word never matches.
        String last = verb.substring(verb.length() - 1);
        forms.add(verb + last + "ed");
        forms.add(verb + last + "ing");
      }
    }
    return forms;
  }

  /** Lemmas CoreNLP may give the verb's forms: each form itself and what undoing a regular ending leaves. */
  static Set<String> lemmas(VerbForm verb) {
    Set<String> lemmas = new LinkedHashSet<>();
    List<String> listed = new ArrayList<>();
    listed.add(verb.head().toLowerCase(Locale.ROOT));
    verb.irregular().forEach(form -> listed.add(form.toLowerCase(Locale.ROOT)));
    for (String form : listed) {
      lemmas.add(form);
      if (IRREGULAR.containsKey(form)) {
        lemmas.add(IRREGULAR.get(form));
        continue;
      }
      for (String ending : List.of("ing", "ed", "es", "s")) {
        if (form.endsWith(ending) && form.length() > ending.length() + 2 && !form.endsWith("ss")) {
          String stem = form.substring(0, form.length() - ending.length());
          lemmas.add(stem);
          lemmas.add(stem + "e");
          if (stem.endsWith("i")) {
            lemmas.add(stem.substring(0, stem.length() - 1) + "y");
          }
          if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            lemmas.add(stem.substring(0, stem.length() - 1));
          }
          break;
        }
      }
    }
    return lemmas;
  }
}
