package org.parley.bench;

import java.util.Locale;

/** What a benchmark run codes the corpus with: Parley's default pipeline, or CoreNLP's constituency-parse pipeline. */
public enum BenchmarkSide {
  /** {@code parley code} with default settings: CoreNLP annotation, then the event coder, events written as JSON Lines. */
  PARLEY("parley"),
  /** CoreNLP's own {@code tokenize,ssplit,pos,lemma,ner,parse}: the minimum a PETRARCH-style coder needs. */
  PARSE_BASELINE("corenlp-parse");

  private final String label;

  BenchmarkSide(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static BenchmarkSide named(String name) {
    for (BenchmarkSide side : values()) {
      if (side.label.equals(name.toLowerCase(Locale.ROOT))) {
        return side;
      }
    }
    throw new IllegalArgumentException("unknown benchmark side '" + name + "': use parley or corenlp-parse");
  }
}
