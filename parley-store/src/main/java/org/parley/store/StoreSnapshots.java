package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.parley.model.ParleyInputException;

/**
 * The store's snapshot, {@code DB.snapshot}: a whole copy of the store file that readers open while an ingest
 * holds the store itself (DuckDB lets one process write a file and then no other process open it, even to read).
 * The writer publishes it between two articles: it moves the journal into the store file, copies the file to
 * {@code DB.snapshot.tmp} and renames that over {@code DB.snapshot}, so a reader finds either the previous snapshot
 * or the new one, each holding whole articles only. {@code parley serve} reads the snapshot when there is one and
 * follows each newer one.
 */
public final class StoreSnapshots {
  private final EventStore store;
  private final Duration every;
  private final PrintStream warnings;
  private long lastPublished;
  private int published;

  /**
   * @param every how often {@link #afterArticle()} publishes; {@link Duration#ZERO} for never (only {@link #publish()})
   */
  public StoreSnapshots(EventStore store, Duration every, PrintStream warnings) {
    this.store = requireNonNull(store, "store is null");
    this.every = requireNonNull(every, "every is null");
    this.warnings = requireNonNull(warnings, "warnings is null");
    if (store.readOnly()) {
      throw new IllegalArgumentException("only the store's writer publishes its snapshot: " + store.file());
    }
    this.lastPublished = System.nanoTime();
  }

  /** The snapshot of the store at {@code store}. */
  public static Path fileOf(Path store) {
    return store.resolveSibling(store.getFileName() + ".snapshot");
  }

  /**
   * Called by the writer after each article: publishes when the interval has passed since the last snapshot. A
   * snapshot that cannot be written (disk full) is a warning: the store itself is unharmed and the ingest goes on.
   */
  public void afterArticle() {
    if (every.isZero() || System.nanoTime() - lastPublished < every.toNanos()) {
      return;
    }
    try {
      publish();
    } catch (ParleyInputException e) {
      lastPublished = System.nanoTime();
      warnings.println("parley: " + e.getMessage() + "; the store is unharmed and the ingest goes on");
    }
  }

  /** Publishes a snapshot of the store as it is now, all its transactions committed. */
  public Path publish() {
    Path target = fileOf(store.file());
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    store.checkpoint();
    try {
      try (FileChannel in = FileChannel.open(store.file(), StandardOpenOption.READ);
          FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        long size = in.size();
        for (long copied = 0; copied < size; ) {
          copied += in.transferTo(copied, size - copied, out);
        }
        out.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // The half-written copy is overwritten by the next snapshot.
      }
      String reason = String.valueOf(e.getMessage());
      throw new ParleyInputException(target.toString(), "cannot publish the store's snapshot: "
          + (reason.contains("No space left") ? "disk full (No space left on device)" : e.getClass().getSimpleName() + ": " + reason));
    }
    lastPublished = System.nanoTime();
    published++;
    return target;
  }

  /** How many snapshots this run published. */
  public int published() {
    return published;
  }
}
