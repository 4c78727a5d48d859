package org.parley.eval;

/** The gold-standard file formats Parley can score against. */
public enum GoldFormat {
  /** PETRARCH's validation records: XML with {@code <Sentence>}, {@code <Text>} and {@code <EventCoding>}. */
  PETRARCH("petrarch", "PETRARCH validation records"),
  /** The PLOVER gold-standard records: a JSON array of event records, one sentence each. */
  PLOVER_GSR("plover-gsr", "PLOVER gold-standard records"),
  /** Parley's own format: one sentence a line with its expected events. */
  PARLEY_JSONL("parley-jsonl", "Parley gold JSON Lines");

  private final String label;
  private final String title;

  GoldFormat(String label, String title) {
    this.label = label;
    this.title = title;
  }

  /** The name reports print in JSON. */
  public String label() {
    return label;
  }

  /** The name reports print for people. */
  public String title() {
    return title;
  }
}
