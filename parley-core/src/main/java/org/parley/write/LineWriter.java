package org.parley.write;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.parley.model.Event;

/** What every event format shares: one event a line, to a writer that is flushed but never closed. */
abstract class LineWriter implements EventWriter {
  /** Writes one event as a JSON object through a generator. */
  interface JsonBody {
    void write(JsonGenerator generator, Event event) throws IOException;
  }

  private final Writer out;

  /** The event as one line of JSON written by {@code body}, without the newline. */
  static String json(Event event, JsonBody body) {
    requireNonNull(event, "event is null");
    StringWriter buffer = new StringWriter();
    try (JsonGenerator generator = EventJsonWriter.JSON.createGenerator(buffer)) {
      body.write(generator, event);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return buffer.toString();
  }

  LineWriter(Writer out) {
    this.out = requireNonNull(out, "out is null");
  }

  /** Writes one line for the event; the newline is added here. */
  final synchronized void writeLine(String line, Event event) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write event " + event.id(), e);
    }
  }

  @Override
  public final synchronized void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush events", e);
    }
  }
}
