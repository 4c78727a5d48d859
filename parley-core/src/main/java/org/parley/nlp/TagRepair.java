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
 * drone attack"), nor follow an article and one modifier ("a Russian drone strike"), so such a word is retagged as a singular noun before the lemmatizer and the parser see it. Part of the pipeline as {@code customAnnotatorClass.parley_retag}.
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

  /** Retags, in place, base-form verbs that can only be nouns. */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      String tag = token.tag();
      if (tag == null || !(tag.equals("VB") || tag.equals("VBP"))) {
        continue;
      }
      CoreLabel before = tokens.get(i - 1);
      String next = tokens.get(i + 1).tag();
      boolean nounFollows = next != null && (next.startsWith("NN") || next.equals("CC") || next.equals("HYPH"));
      boolean coordinatedModifier = tag.equals("VB") && i >= 2 && "CC".equals(before.tag()) && tokens.get(i - 2).tag() != null
          && tokens.get(i - 2).tag().startsWith("NN") && next != null && next.startsWith("NN");
      // "a Russian drone strike", "the army drone attack": after an article and one modifier, a base form is a noun too.
      boolean secondModifier = tag.equals("VB") && i >= 2 && next != null && next.startsWith("NN") && before.tag() != null
          && (before.tag().startsWith("NN") || ADJECTIVES.contains(before.tag())) && determines(tokens.get(i - 2), "VBP");
      if ((nounFollows && determines(before, tag)) || coordinatedModifier || secondModifier) {
        token.setTag("NN");
      }
    }
  }

  /** Whether a word before a base-form verb rules the verb out: an article or a possessive, or for VB an adjective. */
  private static boolean determines(CoreLabel before, String tag) {
    String word = before.word().toLowerCase(java.util.Locale.ROOT);
    String beforeTag = before.tag() == null ? "" : before.tag();
    if ((beforeTag.equals("DT") && ARTICLES.contains(word)) || POSSESSIVES.contains(beforeTag)) {
      return true;
    }
    return tag.equals("VB") && ADJECTIVES.contains(beforeTag) && !QUANTIFIERS.contains(word);
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
