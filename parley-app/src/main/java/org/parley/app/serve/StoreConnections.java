package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.parley.codebook.CodeTable;
import org.parley.store.EventBrowser;
import org.parley.store.EventStore;

/**
 * A fixed set of connections to one store opened read-only, each with its own {@link EventBrowser}, lent to one
 * request at a time: DuckDB connections are not safe to share between threads, but duplicates of one database
 * instance are. A request that waits longer than the time limit for a connection is answered 503.
 */
final class StoreConnections implements AutoCloseable {
  private record Lease(EventStore store, EventBrowser browser) {}

  private final EventStore primary;
  private final List<Lease> leases = new ArrayList<>();
  private final BlockingQueue<Lease> idle;
  private final Duration wait;

  /** Opens {@code size} connections on the store, which this pool closes with its own. */
  StoreConnections(EventStore primary, int size, Duration timeLimit) {
    this.primary = requireNonNull(primary, "primary is null");
    if (!primary.readOnly()) {
      throw new IllegalArgumentException("the server reads a store opened read-only: " + primary.file());
    }
    if (size < 1) {
      throw new IllegalArgumentException("at least one connection: " + size);
    }
    this.wait = requireNonNull(timeLimit, "timeLimit is null");
    // Fair: requests get connections in the order they asked, so none waits past the others under load.
    this.idle = new ArrayBlockingQueue<>(size, true);
    CodeTable codes = CodeTable.bundled();
    for (int index = 0; index < size; index++) {
      EventStore store = primary.duplicate();
      Lease lease = new Lease(store, new EventBrowser(store, codes, timeLimit));
      leases.add(lease);
      idle.add(lease);
    }
  }

  /** Runs a question on a connection of its own. */
  <T> T read(Function<EventBrowser, T> question) {
    Lease lease;
    try {
      lease = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "the server is shutting down");
    }
    if (lease == null) {
      throw new ApiError(503, "the server is busy: no store connection came free within " + wait.toSeconds() + " s; retry");
    }
    try {
      return question.apply(lease.browser());
    } finally {
      idle.add(lease);
    }
  }

  @Override
  public void close() {
    for (Lease lease : leases) {
      lease.store().close();
    }
    primary.close();
  }
}
