package org.parley.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.model.CameoCode;
import org.parley.model.ParleyInputException;
import org.parley.model.PloverType;

/** The CAMEO code table: each code's name, PLOVER type, Goldstein score and quad class, from {@code cameo.tsv}. */
public final class CodeTable {
  private static final String BUNDLED = "/org/parley/codebook/cameo.tsv";

  private final Map<String, CameoCode> codes;

  private CodeTable(Map<String, CameoCode> codes) {
    this.codes = Map.copyOf(codes);
  }

  public static CodeTable bundled() {
    try (InputStream stream = CodeTable.class.getResourceAsStream(BUNDLED)) {
      if (stream == null) {
        throw new IllegalStateException("bundled code table missing: " + BUNDLED);
      }
      return parse("cameo.tsv", stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CodeTable parse(String name, InputStream stream) throws IOException {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
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
      String[] cells = line.split("\t", -1);
      if (cells.length < 5) {
        throw new ParleyInputException(name, lineNumber, "expected 5 tab-separated columns: code, name, plover, goldstein, quad_class");
      }
      try {
        String code = cells[0].strip();
        PloverType plover = cells[2].isBlank() ? null : PloverType.valueOf(cells[2].strip());
        codes.put(code, new CameoCode(code, cells[1].strip(), plover, Double.parseDouble(cells[3].strip()), Integer.parseInt(cells[4].strip())));
      } catch (IllegalArgumentException e) {
        throw new ParleyInputException(name, lineNumber, e.getMessage());
      }
    }
    return new CodeTable(codes);
  }

  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  public CameoCode get(String code) {
    CameoCode found = codes.get(code);
    if (found == null) {
      throw new IllegalArgumentException("unknown CAMEO code: " + code);
    }
    return found;
  }

  public int size() {
    return codes.size();
  }
}
