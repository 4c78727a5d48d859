package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.codebook.CodeTable;
import org.parley.model.ParleyInputException;
import org.parley.write.GdeltWriter;
import org.parley.write.PloverWriter;

/**
 * Exports a store's deduplicated events: GDELT 2.0 event rows with the store's mention counts, PLOVER JSON Lines,
 * or the store's tables as Parquet files written by DuckDB.
 */
public final class EventExport {
  /** The tables written as Parquet, each to {@code NAME.parquet}. */
  static final List<String> PARQUET_TABLES = List.of("events", "mentions", "articles", "sentences", "actors", "ingest_runs");

  private final EventStore store;

  public EventExport(EventStore store) {
    this.store = requireNonNull(store, "store is null");
  }

  /** Writes the filtered events in {@code format} (gdelt, plover or parquet) into {@code folder}; returns the files written. */
  public List<Path> export(String format, EventFilter filter, Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new ParleyInputException(folder.toString(), "cannot create the folder: " + e.getMessage());
    }
    return switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "gdelt" -> List.of(lines(folder.resolve("events.gdelt.tsv"), filter, true));
      case "plover" -> List.of(lines(folder.resolve("events.plover.jsonl"), filter, false));
      case "parquet" -> parquet(folder, filter);
      default -> throw new ParleyInputException("--format", "unknown export format '" + format + "'; use one of gdelt, plover, parquet");
    };
  }

  private Path lines(Path file, EventFilter filter, boolean gdelt) {
    StoredEvents events = new StoredEvents(store, CodeTable.bundled());
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      GdeltWriter gdeltWriter = new GdeltWriter(out);
      PloverWriter ploverWriter = new PloverWriter(out);
      events.forEachEvent(filter.sql("e."), counted -> {
        if (gdelt) {
          gdeltWriter.write(counted.event(), counted.numMentions(), counted.numSources(), counted.numArticles());
        } else {
          ploverWriter.write(counted.event());
        }
      });
      gdeltWriter.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private List<Path> parquet(Path folder, EventFilter filter) {
    List<Path> files = new ArrayList<>();
    try (Statement statement = store.connection().createStatement()) {
      for (String table : PARQUET_TABLES) {
        Path file = folder.resolve(table + ".parquet");
        String rows = table.equals("events") ? "SELECT * FROM events WHERE " + filter.sql("") + " ORDER BY date, event_id" : table;
        statement.execute("COPY (" + (table.equals("events") ? rows : "SELECT * FROM " + table) + ") TO '"
            + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
        files.add(file);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export Parquet to " + folder, e);
    }
    return files;
  }
}
