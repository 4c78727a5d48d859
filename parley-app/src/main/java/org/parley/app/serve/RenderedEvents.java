package org.parley.app.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Events already written as JSON, by id, the least recently used dropped past the capacity. The file served is open
 * read-only, and DuckDB lets no other process write it meanwhile, so an event's JSON never changes while one
 * {@linkplain ServedStore#generation() generation} of it is served: a page then costs one query on the events
 * table, not a join over mentions and articles. A newer snapshot (more mentions of an event) empties it.
 */
final class RenderedEvents {
  private final Map<String, String> rendered;
  private long generation;

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

  /** The event's JSON as read from that generation, or {@code null} when it is not held. */
  synchronized String get(long generation, String eventId) {
    return generation == this.generation ? rendered.get(eventId) : null;
  }

  /** Keeps the JSON read from that generation; JSON read from an older one than held is dropped. */
  synchronized void put(long generation, String eventId, String json) {
    if (generation > this.generation) {
      rendered.clear();
      this.generation = generation;
    }
    if (generation == this.generation) {
      rendered.put(eventId, json);
    }
  }
}
