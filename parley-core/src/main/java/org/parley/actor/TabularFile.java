package org.parley.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.ParleyInputException;

/** Reads Parley's tab-separated tables: '#' comments, one header line, rows of a fixed column count. */
final class TabularFile {
  /** One row with its line number, for error messages. */
  record Row(String file, int line, List<String> cells) {
    String cell(int index) {
      return index < cells.size() ? cells.get(index).strip() : "";
    }

    ParleyInputException problem(String reason) {
      return new ParleyInputException(file, line, reason);
    }
  }

  private TabularFile() {}

  static List<Row> resource(String path, int minimumColumns) {
    try (InputStream stream = TabularFile.class.getResourceAsStream(path)) {
      if (stream == null) {
        throw new IllegalStateException("bundled table missing: " + path);
      }
      return read(path.substring(path.lastIndexOf('/') + 1), stream, minimumColumns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> file(Path path, int minimumColumns) {
    try (InputStream stream = Files.newInputStream(path)) {
      return read(path.toString(), stream, minimumColumns);
    } catch (NoSuchFileException e) {
      throw new ParleyInputException(path.toString(), "no such file");
    } catch (IOException e) {
      throw new ParleyInputException(path.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static List<Row> read(String name, InputStream stream, int minimumColumns) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      List<String> cells = List.of(line.split("\t", -1));
      if (cells.size() < minimumColumns) {
        throw new ParleyInputException(name, lineNumber, "expected " + minimumColumns + " tab-separated columns, found " + cells.size());
      }
      rows.add(new Row(name, lineNumber, cells));
    }
    return rows;
  }

  static List<String> list(String cell) {
    List<String> values = new ArrayList<>();
    for (String value : cell.split("\\|")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }
}
