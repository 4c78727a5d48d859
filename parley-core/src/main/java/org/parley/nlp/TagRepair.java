package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator that runs between the tagger and the parser and corrects one tagging error that wrecks the
 * parse of a common news phrase: a noun used as a modifier read as a base-form verb after an article, a possessive or
 * an adjective ("a massive drone and missile attack", "the drone strikes"). No verb in base form can follow "a", "the",
 * "its" or an adjective and precede a noun or a conjunction, nor stand between "noun and" and a noun ("a missile and
 * drone attack"), nor follow an article and one modifier ("a Russian drone strike"), so such a word is retagged as a
 * singular noun before the lemmatizer and the parser see it. Part of the pipeline as
 * {@code customAnnotatorClass.parley_retag}.
 */
public final class TagRepair implements Annotator {
  /** The name the pipeline knows this annotator by. */
  static final String NAME = "parley_retag";

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> ADJECTIVES = Set.of("JJ", "JJR", "JJS");
  private static final Set<String> POSSESSIVES = Set.of("PRP$", "POS");
  /** Adjectives that stand as subjects: "many fear", "few believe". */
  private static final Set<String> QUANTIFIERS = Set.of("many", "few", "several", "most", "more", "much", "other", "others");

  /** The constructor CoreNLP calls for a custom annotator. */
  public TagRepair(String name, Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  /**
   * Retags, in place, base-form verbs that can only be nouns, relative-clause verbs read as other words and adjectives
   * that head a subject.
   */
  static void repair(List<CoreLabel> tokens) {
    openingName(tokens);
    pluralSubjectVerb(tokens);
    headlineVerb(tokens);
    verbAfterFloatingEach(tokens);
    participleAsOnlyVerb(tokens);
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      String tag = token.tag();
      if ("VBG".equals(tag) && NEIGHBOURING.contains(token.word().toLowerCase(java.util.Locale.ROOT))
          && tagOf(tokens.get(i + 1)).startsWith("NNP")) {
        // "accused neighbouring Eritrea of preparing for war": an adjective of the name, not a verb taking it as object.
        token.setTag("JJ");
        continue;
      }
      if (relativeVerb(tokens, i)) {
        token.setTag("VBP");
        continue;
      }
      if (ownerClauseVerb(tokens, i)) {
        token.setTag("VBZ");
        continue;
      }
      if (adjectiveAsSubject(tokens, i)) {
        token.setTag("NN");
        continue;
      }
      if ("VB".equals(tag) && yieldingTo(tokens, i)) {
        token.setTag("NN");
        continue;
      }
      if (tag == null || !(tag.equals("VB") || tag.equals("VBP"))) {
        continue;
      }
      CoreLabel before = tokens.get(i - 1);
      String previous = tagOf(before);
      String next = tagOf(tokens.get(i + 1));
      boolean verb = tag.equals("VB");
      boolean nounFollows = next.startsWith("NN") || next.equals("CC") || next.equals("HYPH");
      boolean coordinatedModifier = verb && i >= 2 && previous.equals("CC") && tagOf(tokens.get(i - 2)).startsWith("NN") && next.startsWith("NN");
      // "a Russian drone strike", "the army drone attack": after an article and one modifier, a base form is a noun too.
      boolean secondModifier = verb && i >= 2 && next.startsWith("NN") && (previous.startsWith("NN") || ADJECTIVES.contains(previous))
          && articleOrPossessive(tokens.get(i - 2));
      if ((nounFollows && determines(before, tag)) || coordinatedModifier || secondModifier) {
        token.setTag("NN");
      }
    }
  }

  /** Verbs whose "to" is a preposition, never an infinitive's: "yield to pressure", "respond to attacks". */
  private static final Set<String> PREPOSITIONAL_TO = Set.of("yield", "bow", "succumb", "bend", "submit", "cave", "respond",
      "react", "surrender");

  /**
   * "would not yield to pressure": after a verb whose "to" is a preposition, a base form the tagger reads as an
   * infinitive is a noun; otherwise the noun becomes a verb of its own ("pressure" as an act of pressing).
   */
  private static boolean yieldingTo(List<CoreLabel> tokens, int i) {
    if (i < 2 || !tokens.get(i - 1).word().equalsIgnoreCase("to")) {
      return false;
    }
    String verb = tokens.get(i - 2).word().toLowerCase(java.util.Locale.ROOT);
    return PREPOSITIONAL_TO.stream().anyMatch(base -> verb.equals(base) || verb.equals(base + "s") || verb.equals(base + "ed")
        || verb.equals(base + "d") || verb.equals(base + "ing") || verb.equals(base.substring(0, base.length() - 1) + "ing"));
  }

  /** Present tenses of acts in headlines that are also plural nouns: "Armenia arrests archbishop". */
  private static final Set<String> NOUN_LIKE_ACTS = Set.of(
      "arrests", "sanctions", "attacks", "strikes", "raids", "bans", "blocks", "orders", "visits", "hits", "shells",
      "bombs", "fines", "charges", "jails", "frees", "expels", "summons", "backs", "pledges", "vows", "signs", "cuts",
      "detains", "deports", "recalls", "protests", "rejects", "accuses", "warns", "urges", "threatens", "condemns",
      "executes", "hangs", "kills", "releases", "seizes", "captures", "shoots", "downs", "fires", "launches",
      "hosts", "meets", "suspends", "lifts", "imposes", "approves", "extends", "halts", "ends", "resumes", "opens",
      "closes", "reopens", "sends", "deploys", "withdraws", "pulls", "returns", "storms", "targets", "blames", "sentences",
      "convicts", "indicts", "sues", "bars", "curbs", "ousts", "sacks", "pardons", "names", "hands", "swaps", "trades");

  /** Particles of a headline's phrasal verb before its object: "Israel hands over bodies". */
  private static final Set<String> HEADLINE_PARTICLES = Set.of("over", "back");

  /**
   * "Armenia arrests archbishop accused of plotting coup": a headline without a finite verb whose name is followed by
   * a word that is both a plural noun and a present tense, and then by an object, has that word for its verb; the
   * tagger makes it a noun of a compound ("Armenia arrests archbishop" as one noun phrase) and nothing is coded.
   */
  private static void headlineVerb(List<CoreLabel> tokens) {
    int clauseEnd = firstComma(tokens);
    if (hasFiniteVerb(tokens.subList(0, clauseEnd))) {
      seriesVerb(tokens, clauseEnd);
      return;
    }
    // "Bangladesh court sentences Hasina to death, asks India to hand her over": the first clause has no verb.
    for (int i = 1; i + 1 < clauseEnd; i++) {
      CoreLabel word = tokens.get(i);
      String before = tagOf(tokens.get(i - 1));
      boolean named = before.startsWith("NNP") || before.startsWith("NN") && i >= 2 && tagOf(tokens.get(i - 2)).startsWith("NNP");
      // "Israel hands over bodies of Palestinians": a particle may come between the verb and its object.
      boolean particle = i + 2 < clauseEnd && HEADLINE_PARTICLES.contains(tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT));
      int object = particle ? i + 2 : i + 1;
      // "Ukraine and Russia swap prisoners": after two coordinated names, the base form of such an act.
      String lower = word.word().toLowerCase(java.util.Locale.ROOT);
      boolean coordinated = i >= 3 && before.startsWith("NNP") && tokens.get(i - 2).word().equalsIgnoreCase("and")
          && tagOf(word).equals("NN") && (NOUN_LIKE_ACTS.contains(lower + "s") || NOUN_LIKE_ACTS.contains(lower + "es"));
      if (coordinated && OBJECT_STARTS.contains(tagOf(tokens.get(object)))) {
        word.setTag("VBP");
        seriesVerb(tokens, clauseEnd);
        return;
      }
      if (tagOf(word).equals("NNS") && NOUN_LIKE_ACTS.contains(lower)
          && named && OBJECT_STARTS.contains(tagOf(tokens.get(object)))) {
        word.setTag("VBZ");
        if (particle) {
          tokens.get(i + 1).setTag("RP");
        }
        seriesVerb(tokens, clauseEnd);
        return;
      }
    }
  }

  /**
   * "Ukraine and Russia each released 146 prisoners": after a subject and a floating "each", the past form before an
   * object is the verb; the tagger reads it as a participle describing the object, and the sentence has no verb.
   */
  private static void verbAfterFloatingEach(List<CoreLabel> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      CoreLabel each = tokens.get(i);
      CoreLabel verb = tokens.get(i + 1);
      String before = tagOf(tokens.get(i - 1));
      if (each.word().equalsIgnoreCase("each") && (before.startsWith("NNP") || before.equals("NNS"))
          && tagOf(verb).equals("VBN") && OBJECT_STARTS.contains(tagOf(tokens.get(i + 2)))
          && !hasFiniteVerb(tokens.subList(0, i))) {
        verb.setTag("VBD");
        return;
      }
    }
  }

  /**
   * "Nigerian troops free kidnapped schoolchildren": after a plural subject, the base form of an act the tagger read as an
   * adjective ("free") is the headline's verb, and the past form after it ("kidnapped") describes the object; read the
   * other way, the troops kidnapped the children.
   */
  private static void pluralSubjectVerb(List<CoreLabel> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String lower = word.word().toLowerCase(java.util.Locale.ROOT);
      CoreLabel next = tokens.get(i + 1);
      if (tagOf(word).equals("JJ") && (NOUN_LIKE_ACTS.contains(lower + "s") || NOUN_LIKE_ACTS.contains(lower + "es"))
          && (tagOf(tokens.get(i - 1)).equals("NNS") || tagOf(tokens.get(i - 1)).equals("NNPS"))
          && (tagOf(next).equals("VBD") || tagOf(next).equals("VBN")) && tagOf(tokens.get(i + 2)).startsWith("NN")) {
        word.setTag("VBP");
        next.setTag("VBN");
        return;
      }
    }
  }

  /**
   * "Soldiers seize power in Guinea-Bissau, arrest president", "Israel strikes Gaza, kills 20": a headline's verbs come
   * in a series after commas, in the form of its first verb; the tagger reads the later ones, without a subject of
   * their own, as nouns ("arrest president" as one noun phrase).
   */
  private static void seriesVerb(List<CoreLabel> tokens, int comma) {
    if (comma + 2 >= tokens.size()) {
      return;
    }
    String first = "";
    for (CoreLabel token : tokens.subList(0, comma)) {
      if (first.isEmpty() && (tagOf(token).equals("VBZ") || tagOf(token).equals("VBP"))) {
        first = tagOf(token);
      }
    }
    CoreLabel word = tokens.get(comma + 1);
    String lower = word.word().toLowerCase(java.util.Locale.ROOT);
    boolean act = first.equals("VBZ") ? NOUN_LIKE_ACTS.contains(lower)
        : first.equals("VBP") && (NOUN_LIKE_ACTS.contains(lower + "s") || NOUN_LIKE_ACTS.contains(lower + "es"));
    if (act && tagOf(word).startsWith("NN") && OBJECT_STARTS.contains(tagOf(tokens.get(comma + 2)))) {
      word.setTag(first);
    }
  }

  /** The index of the first comma, or the sentence's length where it has none. */
  private static int firstComma(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().equals(",")) {
        return i;
      }
    }
    return tokens.size();
  }

  /** Participles that stand as adjectives before a country's name. */
  private static final Set<String> NEIGHBOURING = Set.of("neighbouring", "neighboring");

  /** Past forms of what named leaders do to others in news, which no adjective modifies a noun with. */
  private static final Set<String> ACTS = Set.of(
      "accused", "urged", "warned", "condemned", "criticized", "criticised", "blamed", "praised", "welcomed", "rejected",
      "denied", "threatened", "ordered", "called", "thanked", "invited", "visited", "received", "hosted", "phoned", "named",
      "appointed", "dismissed", "sacked", "fired", "pardoned", "vowed", "pledged", "promised", "signed", "met", "told");
  private static final Set<String> OBJECT_STARTS = Set.of("DT", "PRP$", "NNP", "NNPS", "NNS", "NN", "JJ", "CD");

  /**
   * "Vucic accused foreign intelligence services of...": an unknown name opening a sentence, read as an adjective,
   * makes the verb after it a participle and the sentence a noun phrase. A capitalised adjective that is not a
   * nationality (those end in -an, -ish, -ese, -i) before an -ed form and its object is the subject's name.
   */
  private static void openingName(List<CoreLabel> tokens) {
    if (tokens.size() < 3) {
      return;
    }
    CoreLabel name = tokens.get(0);
    CoreLabel verb = tokens.get(1);
    String word = name.word();
    boolean nationality = word.matches(".*(an|ish|ese|i|ed|ing)$");
    if (tagOf(name).equals("JJ") && Character.isUpperCase(word.charAt(0)) && !nationality
        && (tagOf(verb).equals("VBN") || tagOf(verb).equals("VBD")) && ACTS.contains(verb.word().toLowerCase(java.util.Locale.ROOT))
        && OBJECT_STARTS.contains(tagOf(tokens.get(2)))) {
      name.setTag("NNP");
      verb.setTag("VBD");
    }
  }

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private static boolean hasFiniteVerb(List<CoreLabel> tokens) {
    return tokens.stream().anyMatch(token -> FINITE.contains(tagOf(token)));
  }

  /**
   * "The Houthis detained U.N. workers in Sanaa": a sentence whose only verb the tagger reads as a participle becomes a
   * noun phrase ("the Houthis-detained workers"). A sentence has a finite verb; where it has none, a past participle
   * right after its opening noun phrase and before an object is the verb in the past.
   */
  private static void participleAsOnlyVerb(List<CoreLabel> tokens) {
    if (hasFiniteVerb(tokens)) {
      return;
    }
    int verb = -1;
    for (int i = 0; i < tokens.size() && verb < 0; i++) {
      if (tagOf(tokens.get(i)).equals("VBN")) {
        verb = i;
      }
    }
    if (verb < 1 || verb + 1 >= tokens.size() || !OBJECT_STARTS.contains(tagOf(tokens.get(verb + 1)))) {
      return;
    }
    for (int i = 0; i < verb; i++) {
      String tag = tagOf(tokens.get(i));
      boolean modifier = (i == 0 && tag.equals("DT")) || ADJECTIVES.contains(tag) || tag.equals("CD");
      if (!modifier && !tag.startsWith("NN")) {
        return;
      }
    }
    tokens.get(verb).setTag("VBD");
  }

  /** Adverbs that may stand between a relative pronoun and a noun phrase: "which only the army holds". */
  private static final Set<String> ADVERBS = Set.of(
      "only", "also", "even", "still", "now", "then", "often", "never", "already", "just", "not", "n't", "later", "soon",
      "once", "again", "here", "there", "ever", "since", "together", "instead", "too", "far", "long", "rather");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");
  private static final Set<String> PHRASE_STARTS = Set.of("DT", "PRP$", "NNP", "NNPS", "CD");

  /**
   * "Egypt and Saudi Arabia, which back the army", "states that fund the militia": between a relative pronoun and a
   * noun phrase stands the clause's verb, which the tagger can read as an adverb or a noun.
   */
  private static boolean relativeVerb(List<CoreLabel> tokens, int i) {
    String tag = tagOf(tokens.get(i));
    String word = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
    CoreLabel before = tokens.get(i - 1);
    return (tag.equals("RB") || tag.equals("NN")) && !word.endsWith("ly") && !ADVERBS.contains(word)
        && (tagOf(before).equals("WDT") || tagOf(before).equals("WP"))
        && RELATIVE_PRONOUNS.contains(before.word().toLowerCase(java.util.Locale.ROOT))
        && PHRASE_STARTS.contains(tagOf(tokens.get(i + 1)));
  }

  /**
   * "Anwar Ibrahim, whose country chairs ASEAN, urged": after "whose" and its noun stands the clause's verb, which the
   * tagger can read as a plural noun of a compound; a plural there, before a noun phrase, is the verb.
   */
  private static boolean ownerClauseVerb(List<CoreLabel> tokens, int i) {
    CoreLabel word = tokens.get(i);
    return i >= 2 && tagOf(word).equals("NNS") && word.word().endsWith("s") && tagOf(tokens.get(i - 1)).startsWith("NN")
        && tagOf(tokens.get(i - 2)).equals("WP$") && PHRASE_STARTS.contains(tagOf(tokens.get(i + 1)));
  }

  /**
   * "China's military staged drills": an adjective after an article or a possessive and right before a finite verb
   * heads the subject, as "the military", "the wounded", "the latter" do; read as an adjective, it leaves the possessor
   * the subject.
   */
  private static boolean adjectiveAsSubject(List<CoreLabel> tokens, int i) {
    return ADJECTIVES.contains(tagOf(tokens.get(i))) && articleOrPossessive(tokens.get(i - 1))
        && FINITE.contains(tagOf(tokens.get(i + 1)));
  }

  /** Whether a word before a base-form verb rules the verb out: an article or a possessive, or for VB an adjective. */
  private static boolean determines(CoreLabel before, String tag) {
    return articleOrPossessive(before) || (tag.equals("VB") && ADJECTIVES.contains(tagOf(before))
        && !QUANTIFIERS.contains(before.word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Whether a word is "a", "an", "the" or a possessive ("its", "Russia's"). */
  private static boolean articleOrPossessive(CoreLabel word) {
    String tag = tagOf(word);
    return (tag.equals("DT") && ARTICLES.contains(word.word().toLowerCase(java.util.Locale.ROOT))) || POSSESSIVES.contains(tag);
  }

  /** A token's tag, or "" where the tagger left none. */
  private static String tagOf(CoreLabel word) {
    return word.tag() == null ? "" : word.tag();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
  }
}
