package org.parley.app.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Events already written as JSON, by id, the least recently used dropped past the capacity. The store is open
 * read-only, and DuckDB lets no other process write it meanwhile, so an event's JSON never changes while the
 * server runs: a page then costs one query on the events table, not a join over mentions and articles.
 */
final class RenderedEvents {
  private final Map<String, String> rendered;

  RenderedEvents(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.rendered = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The event's JSON, or {@code null} when it is not held. */
  synchronized String get(String eventId) {
    return rendered.get(eventId);
  }

  synchronized void put(String eventId, String json) {
    rendered.put(eventId, json);
  }
}
