package org.parley.nlp;

/**
 * Which parts of the NLP stack run.
 *
 * @param coreference resolve pronouns and definite descriptions to named entities (costs about as much as NER)
 * @param quotes find quotations and attribute them to speakers (needs coreference)
 * @param fineGrainedNer CoreNLP's three NER models and its fine-grained tags (COUNTRY, CITY, NATIONALITY, TITLE, ...);
 *     false runs one model (PERSON, LOCATION, ORGANIZATION) plus dates and numbers, which is all the coder reads,
 *     in less than half the time and 1.5 GB less memory
 */
public record NlpSettings(boolean coreference, boolean quotes, boolean fineGrainedNer) {
  public NlpSettings {
    if (quotes && !coreference) {
      throw new IllegalArgumentException("quote attribution needs coreference: enable coreference or disable quotes");
    }
  }

  /** Coreference and quotes on, coarse NER: what {@code parley code} uses by default. */
  public static NlpSettings full() {
    return new NlpSettings(true, true, false);
  }

  /** No coreference and no quotes: faster, for corpora where pronoun-subject events matter less. */
  public static NlpSettings fast() {
    return new NlpSettings(false, false, false);
  }
}
