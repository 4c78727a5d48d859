package org.parley.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The alpha-3 to FIPS 10-4 table of {@code fips.tsv}, with the names that mean the whole country. */
final class FipsCountries {
  private static final String RESOURCE = "fips.tsv";
  private static final FipsCountries TABLE = load();

  private final Map<String, String> fipsByAlpha3;
  private final Map<String, Set<String>> namesByAlpha3;

  private FipsCountries(Map<String, String> fipsByAlpha3, Map<String, Set<String>> namesByAlpha3) {
    this.fipsByAlpha3 = Map.copyOf(fipsByAlpha3);
    this.namesByAlpha3 = Map.copyOf(namesByAlpha3);
  }

  static FipsCountries table() {
    return TABLE;
  }

  /** The FIPS code of an alpha-3 country, or empty when the table lacks it. */
  Optional<String> fips(String alpha3) {
    return Optional.ofNullable(fipsByAlpha3.get(alpha3.toUpperCase(Locale.ROOT)));
  }

  /** The place names the country itself, e.g. "Russia" for RUS. */
  boolean isCountryName(String alpha3, String place) {
    Set<String> names = namesByAlpha3.get(alpha3.toUpperCase(Locale.ROOT));
    return names != null && names.contains(normalize(place));
  }

  private static String normalize(String name) {
    String stripped = name.strip().toLowerCase(Locale.ROOT);
    return stripped.startsWith("the ") ? stripped.substring(4) : stripped;
  }

  private static FipsCountries load() {
    Map<String, String> fips = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    try (InputStream input = FipsCountries.class.getResourceAsStream(RESOURCE)) {
      if (input == null) {
        throw new IllegalStateException("missing resource org/parley/write/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(input, UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length != 3 || !columns[0].matches("[A-Z]{3}") || !columns[1].matches("[A-Z]{2}")) {
          throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected alpha-3, FIPS, names");
        }
        fips.put(columns[0], columns[1]);
        names.put(
            columns[0],
            Set.copyOf(java.util.Arrays.stream(columns[2].split(";")).map(FipsCountries::normalize).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/parley/write/" + RESOURCE, e);
    }
    return new FipsCountries(fips, names);
  }
}
