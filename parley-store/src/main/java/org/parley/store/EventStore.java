package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.parley.model.ParleyInputException;

/**
 * An event store: one DuckDB database file holding articles, sentences, deduplicated events, their mentions,
 * actors and ingest runs (schema in {@code schema.sql}). Opened for writing by one process at a time, or
 * read-only. Not thread-safe: one thread uses an instance; {@link #duplicate()} gives another thread its own.
 */
public final class EventStore implements AutoCloseable {
  private static final String SCHEMA = "/org/parley/store/schema.sql";

  private final Path file;
  private final Connection connection;
  private final boolean readOnly;

  private EventStore(Path file, Connection connection, boolean readOnly) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /**
   * Opens the store at {@code file} for writing, creating it and its tables when missing. A path that cannot hold a
   * writable store (a folder, a file that is not a DuckDB database, a read-only file or folder) is a
   * {@link ParleyInputException} naming it, thrown before anything is written.
   */
  public static EventStore openForWriting(Path file) {
    requireNonNull(file, "file is null");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParleyInputException(file.toString(), "folder does not exist: " + parent);
    }
    if (Files.isDirectory(file)) {
      throw new ParleyInputException(file.toString(), "is a folder, not an event store file");
    }
    boolean exists = Files.exists(file);
    if (parent != null && !Files.isWritable(parent)) {
      // DuckDB writes its journal, FILE.wal, beside the store, so a writable file in a read-only folder is not enough.
      throw new ParleyInputException(file.toString(), exists
          ? "its folder " + parent + " is read-only, and the store writes its journal (" + file.getFileName() + ".wal) there"
          : "cannot create the event store: its folder " + parent + " is read-only");
    }
    if (exists && !Files.isWritable(file)) {
      throw new ParleyInputException(file.toString(), "the event store is read-only (no write permission or a read-only file system); "
          + "'parley query' can still read it");
    }
    EventStore store = new EventStore(file, connect(file, false), false);
    try {
      store.applySchema();
    } catch (RuntimeException e) {
      store.closeAfter(e);
      throw e;
    }
    return store;
  }

  /**
   * Opens an existing store read-only: no statement can change it. A missing file, a folder, a file that is not a
   * DuckDB database or a DuckDB database without the store's tables is a {@link ParleyInputException} naming it.
   */
  public static EventStore openReadOnly(Path file) {
    requireNonNull(file, "file is null");
    if (Files.isDirectory(file)) {
      throw new ParleyInputException(file.toString(), "is a folder, not an event store file");
    }
    if (!Files.exists(file)) {
      throw new ParleyInputException(file.toString(), "no such event store");
    }
    if (!Files.isReadable(file)) {
      throw new ParleyInputException(file.toString(), "cannot read the event store: permission denied");
    }
    EventStore store = new EventStore(file, connect(file, true), true);
    try {
      store.requireTables();
    } catch (RuntimeException e) {
      store.closeAfter(e);
      throw e;
    }
    return store;
  }

  private static Connection connect(Path file, boolean readOnly) {
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("lock")) {
        throw new ParleyInputException(file.toString(), readOnly
            ? "the store is being written by another process (a running 'parley ingest'); "
                + "an ingest with --snapshot-seconds publishes " + file.getFileName() + ".snapshot, which 'parley serve' reads meanwhile"
            : "the store is in use by another process (another 'parley ingest', or a 'parley serve' or 'parley query' reading it); "
                + "to ingest while serving, stop the server, ingest with --snapshot-seconds, and serve again: it then reads the snapshot");
      }
      if (message.contains("not a valid DuckDB database file")) {
        throw new ParleyInputException(file.toString(), "not a DuckDB database, so not an event store (give a new file name to create a store)");
      }
      throw fileProblem(file, "opening the event store", e)
          .orElseGet(() -> new ParleyInputException(file.toString(), "cannot open the event store: " + firstLine(message)));
    }
  }

  /** A query store: its tables must be there, or every query would fail with a catalog error. */
  private void requireTables() {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('articles', 'events', 'mentions', 'ingest_runs')")) {
      rows.next();
      if (rows.getInt(1) < 4) {
        throw new ParleyInputException(file.toString(), "a DuckDB database but not an event store (no articles, events, mentions and ingest_runs tables)");
      }
    } catch (SQLException e) {
      throw failure("reading its tables", e);
    }
  }

  /**
   * The error to throw for a failed statement: a {@link ParleyInputException} naming the file when the file system
   * refused it (disk full, read-only, permission denied), which the user can fix; else a {@link StoreException}, a
   * bug or a damaged file.
   */
  RuntimeException failure(String doing, SQLException cause) {
    return fileProblem(file, doing, cause).<RuntimeException>map(problem -> problem)
        .orElseGet(() -> new StoreException(file + ": failed while " + doing, cause));
  }

  private static Optional<ParleyInputException> fileProblem(Path file, String doing, SQLException cause) {
    String message = String.valueOf(cause.getMessage());
    String reason;
    if (message.contains("No space left on device") || message.contains("Disk full") || message.contains("disk is full")) {
      reason = "disk full (No space left on device) while " + doing
          + ": every article stored before is kept; free some space and run the command again to go on";
    } else if (message.contains("Read-only file system")) {
      reason = "read-only file system: cannot write while " + doing;
    } else if (message.contains("Permission denied")) {
      reason = "permission denied while " + doing + " (the store and its folder must be writable)";
    } else {
      return Optional.empty();
    }
    ParleyInputException problem = new ParleyInputException(file.toString(), reason);
    problem.initCause(cause);
    return Optional.of(problem);
  }

  static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private void applySchema() {
    String schema;
    try (InputStream stream = EventStore.class.getResourceAsStream(SCHEMA)) {
      if (stream == null) {
        throw new IllegalStateException("store schema missing: " + SCHEMA);
      }
      schema = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : schema.split("\n", -1)) {
      int comment = line.indexOf("--");
      withoutComments.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : withoutComments.toString().split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw failure("creating the store's tables", e);
    }
  }

  /**
   * Another handle on this open database, for another thread: DuckDB shares one database instance (its cache
   * and its read-only or writing mode) between the two. Closing either leaves the other open.
   */
  public EventStore duplicate() {
    try {
      return new EventStore(file, connection.unwrap(DuckDBConnection.class).duplicate(), readOnly);
    } catch (SQLException e) {
      throw new StoreException("cannot open another connection to " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  public boolean readOnly() {
    return readOnly;
  }

  Connection connection() {
    return connection;
  }

  /** The ids of every article already stored, coded or failed: the ledger that makes ingest resumable. */
  public Set<String> storedArticleIds() {
    Set<String> ids = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM articles")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored article ids", e);
    }
    return ids;
  }

  /** Records the start of a run and returns its id. */
  public int startRun(RunSettings settings) {
    requireNonNull(settings, "settings is null");
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO ingest_runs (run_id, kind, started, inputs, options, parley_version, codebook_hash, actors_hash) "
            + "VALUES ((SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs), ?, current_timestamp, ?, ?, ?, ?, ?) RETURNING run_id")) {
      insert.setString(1, settings.kind().label());
      insert.setString(2, String.join(" ", settings.inputs()));
      insert.setString(3, settings.options());
      insert.setString(4, settings.coding().parleyVersion());
      insert.setString(5, settings.coding().codebookHash());
      insert.setString(6, settings.coding().actorsHash());
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw failure("recording the ingest run", e);
    }
  }

  /** Records the end of a run with its counts. */
  public void finishRun(int runId, int stored, int failed, int known) {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE ingest_runs SET finished = current_timestamp, articles_stored = ?, articles_failed = ?, articles_known = ? WHERE run_id = ?")) {
      update.setInt(1, stored);
      update.setInt(2, failed);
      update.setInt(3, known);
      update.setInt(4, runId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw failure("recording the end of run " + runId, e);
    }
  }

  /** The latest recode run that did not finish (killed half way), to resume it. */
  public Optional<Integer> unfinishedRecode() {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT max(run_id) FROM ingest_runs WHERE kind = 'recode' AND finished IS NULL "
                + "AND run_id > (SELECT coalesce(max(run_id), 0) FROM ingest_runs WHERE kind = 'recode' AND finished IS NOT NULL)")) {
      rows.next();
      int run = rows.getInt(1);
      return rows.wasNull() ? Optional.empty() : Optional.of(run);
    } catch (SQLException e) {
      throw new StoreException("cannot read the ingest runs", e);
    }
  }

  /** Writes the write-ahead log into the database file. */
  public void checkpoint() {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw failure("moving the journal into the store file (checkpoint)", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("closing the store", e);
    }
  }

  /** Closes the store after {@code failure}, keeping that failure the one reported. */
  private void closeAfter(RuntimeException failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
