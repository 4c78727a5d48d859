package org.parley.codebook;

/** Whether a pattern's trigger is a verb or a noun. */
public enum TriggerKind {
  VERB,
  NOUN
}
