package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * What an ingest run records about itself.
 *
 * @param kind what the run does
 * @param inputs the files, folders and globs it read
 * @param options the options that change its results, as the command line gave them
 * @param coding the version and tables that coded its events
 */
public record RunSettings(Kind kind, List<String> inputs, String options, CodingVersion coding) {
  /** Articles coded here, coded events loaded, or stored articles coded again. */
  public enum Kind {
    ARTICLES,
    EVENTS,
    RECODE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public RunSettings {
    requireNonNull(kind, "kind is null");
    inputs = List.copyOf(inputs);
    requireNonNull(options, "options is null");
    requireNonNull(coding, "coding is null");
  }
}
