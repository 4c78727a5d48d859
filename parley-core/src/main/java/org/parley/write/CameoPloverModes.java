package org.parley.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.PloverType;

/**
 * The PLOVER mode and contexts of each CAMEO code, from our table {@code plover-modes.tsv} (facts of the
 * published CAMEO-to-PLOVER mapping): columns {@code cameo, plover, mode, contexts} with contexts split by {@code ;}.
 */
final class CameoPloverModes {
  /** What the table says about one CAMEO code. */
  record Entry(PloverType event, String mode, List<String> contexts) {
    Entry {
      mode = mode.strip();
      contexts = List.copyOf(contexts);
    }
  }

  private static final String RESOURCE = "plover-modes.tsv";
  private static final CameoPloverModes TABLE = load();

  private final Map<String, List<Entry>> entries;

  private CameoPloverModes(Map<String, List<Entry>> entries) {
    this.entries = Map.copyOf(entries);
  }

  static CameoPloverModes table() {
    return TABLE;
  }

  /**
   * The entry of the code with the given PLOVER type, or of its nearest listed parent (0871, then
   * 087, then 08); empty where the table types the code differently, so that the mode and contexts
   * never contradict the event type the codebook chose.
   */
  Optional<Entry> lookup(String cameo, PloverType event) {
    for (int length = cameo.length(); length >= 2; length--) {
      for (Entry entry : entries.getOrDefault(cameo.substring(0, length), List.of())) {
        if (entry.event() == event) {
          return Optional.of(entry);
        }
      }
    }
    return Optional.empty();
  }

  private static CameoPloverModes load() {
    Map<String, List<Entry>> entries = new HashMap<>();
    try (InputStream input = CameoPloverModes.class.getResourceAsStream(RESOURCE)) {
      if (input == null) {
        throw new IllegalStateException("missing resource org/parley/write/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(input, UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
          throw new IllegalStateException("org/parley/write/" + RESOURCE + ": expected 4 columns: " + line);
        }
        PloverType event = PloverType.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
        List<String> contexts = new ArrayList<>();
        for (String context : fields[3].split(";")) {
          if (!context.isBlank()) {
            contexts.add(context.strip());
          }
        }
        // A few codes are listed twice (08 heads both CONCEDE and RETREAT); keep every reading.
        entries.computeIfAbsent(fields[0].strip(), code -> new ArrayList<>()).add(new Entry(event, fields[2], contexts));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/parley/write/" + RESOURCE, e);
    }
    Map<String, List<Entry>> frozen = new HashMap<>();
    entries.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
    return new CameoPloverModes(frozen);
  }
}
