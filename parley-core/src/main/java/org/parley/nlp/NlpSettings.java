package org.parley.nlp;

/**
 * Which parts of the NLP stack run.
 *
 * @param coreference resolve pronouns and definite descriptions to named entities (costs about as much as NER)
 * @param quotes find quotations and attribute them to speakers (needs coreference)
 * @param fineGrainedNer tag COUNTRY, CITY, NATIONALITY, TITLE, ... rather than only LOCATION/PERSON/ORGANIZATION
 */
public record NlpSettings(boolean coreference, boolean quotes, boolean fineGrainedNer) {
  public NlpSettings {
    if (quotes && !coreference) {
      throw new IllegalArgumentException("quote attribution needs coreference: enable coreference or disable quotes");
    }
  }

  /** Everything on: what {@code parley code} uses by default. */
  public static NlpSettings full() {
    return new NlpSettings(true, true, true);
  }

  /** No coreference and no quotes: faster, for corpora where pronoun-subject events matter less. */
  public static NlpSettings fast() {
    return new NlpSettings(false, false, true);
  }
}
