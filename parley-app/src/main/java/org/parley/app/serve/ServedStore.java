package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.parley.store.EventBrowser;
import org.parley.store.EventStore;
import org.parley.store.StoreSnapshots;

/**
 * What the server reads: the store, or its snapshot when it has one ({@link StoreSnapshots}). An ingest holds the
 * store itself for as long as it runs, so a store with a snapshot is served from the snapshot, and each newer
 * snapshot an ingest publishes replaces the one being read within a poll interval: the swap waits for the queries
 * running on the old one, holds back new ones for the moment it takes to open the new one, and moves the
 * {@linkplain #generation() generation} on, so nothing rendered from the old one is served as the new one.
 */
final class ServedStore implements AutoCloseable {
  private final Path file;
  private final boolean snapshot;
  private final int connections;
  private final Duration timeLimit;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final ScheduledExecutorService watcher;
  private StoreConnections current;
  private List<Object> version;
  private long generation;
  private String problem;

  private ServedStore(Path file, boolean snapshot, int connections, Duration timeLimit) {
    this.file = file;
    this.snapshot = snapshot;
    this.connections = connections;
    this.timeLimit = timeLimit;
    this.version = version(file);
    this.current = new StoreConnections(EventStore.openReadOnly(file), connections, timeLimit);
    if (snapshot) {
      watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-serve-snapshot");
        thread.setDaemon(true);
        return thread;
      });
    } else {
      watcher = null;
    }
  }

  /**
   * Opens the snapshot of {@code db} when there is one, following it every {@code poll}; else {@code db} itself,
   * read-only.
   */
  static ServedStore open(Path db, int connections, Duration timeLimit, Duration poll) {
    requireNonNull(db, "db is null");
    Path snapshotFile = StoreSnapshots.fileOf(db);
    boolean snapshot = Files.exists(snapshotFile);
    ServedStore served = new ServedStore(snapshot ? snapshotFile : db, snapshot, connections, timeLimit);
    if (snapshot) {
      served.watcher.scheduleWithFixedDelay(served::followSnapshot, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }
    return served;
  }

  /** The file read: the store or its snapshot. */
  Path file() {
    return file;
  }

  boolean snapshot() {
    return snapshot;
  }

  /**
   * Which opening of the file a question runs on; stable while {@link #read} runs it, one more after each swap to a
   * newer snapshot.
   */
  long generation() {
    return generation;
  }

  /** Runs a question on a connection of its own; 503 when none comes free within the time limit. */
  <T> T read(Function<EventBrowser, T> question) {
    ReentrantReadWriteLock.ReadLock reading = lock.readLock();
    try {
      if (!reading.tryLock(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ApiError(503, "the server is busy opening a newer snapshot of the store; retry");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "the server is shutting down");
    }
    try {
      if (current == null) {
        throw new ApiError(503, "the store's snapshot cannot be read (" + problem + "); the server tries again each second");
      }
      return current.read(question);
    } finally {
      reading.unlock();
    }
  }

  /** Swaps to a newer snapshot when there is one, or reopens after a failed swap. */
  private void followSnapshot() {
    List<Object> now = version(file);
    if (now == null || (now.equals(version) && current != null)) {
      return;
    }
    lock.writeLock().lock();
    try {
      if (current != null) {
        // DuckDB keeps one database per path in a process, so the new file opens only once the old one is closed.
        current.close();
        current = null;
      }
      version = now;
      current = new StoreConnections(EventStore.openReadOnly(file), connections, timeLimit);
      generation++;
      problem = null;
    } catch (RuntimeException e) {
      problem = e.getMessage();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** What tells two snapshots apart: the file's identity (a rename gives a new one), time and size. */
  private static List<Object> version(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return Arrays.asList(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.shutdownNow();
    }
    lock.writeLock().lock();
    try {
      if (current != null) {
        current.close();
        current = null;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
