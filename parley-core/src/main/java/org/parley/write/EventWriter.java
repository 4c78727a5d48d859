package org.parley.write;

import java.io.Flushable;
import org.parley.model.Event;

/**
 * Prints coded events to one output, one line per event. An instance belongs to one output stream;
 * {@link #write} may be called from several threads. I/O failures throw
 * {@link java.io.UncheckedIOException}.
 */
public interface EventWriter extends Flushable {
  void write(Event event);

  @Override
  void flush();
}
