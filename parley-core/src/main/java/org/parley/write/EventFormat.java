package org.parley.write;

import static java.util.Objects.requireNonNull;

import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code parley code --format}: Parley's event JSON, GDELT rows, PLOVER JSON. */
public enum EventFormat {
  JSONL,
  GDELT,
  PLOVER;

  /** The format with this name, in any case; the message lists the names there are. */
  public static EventFormat named(String name) {
    requireNonNull(name, "name is null");
    for (EventFormat format : values()) {
      if (format.formatName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "'; use one of "
            + Arrays.stream(values()).map(EventFormat::formatName).collect(Collectors.joining(", ")));
  }

  /** The name as the command line spells it. */
  public String formatName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A writer of this format over {@code out}, which the writer flushes but never closes. */
  public EventWriter writerFor(Writer out) {
    return switch (this) {
      case JSONL -> new EventJsonWriter(out);
      case GDELT -> new GdeltWriter(out);
      case PLOVER -> new PloverWriter(out);
    };
  }
}
