package org.parley.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parley.model.ParleyInputException;

/**
 * Recorded evaluation figures, one entry per gold file (by file name) and options that change the figures;
 * {@code parley eval --check} fails when a figure drops more than {@link #TOLERANCE} below its record, and
 * {@code --record} rewrites the entries of the files it scored. Immutable.
 */
public final class Baseline {
  /** How far a figure may fall below its record before the check fails: noise of a few sentences, not a trend. */
  public static final double TOLERANCE = 0.02;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ABOUT = "Figures of `parley eval` that CI guards: `parley eval --gold FILE --check eval/baseline.json` "
      + "exits 1 when one drops more than 0.02 below its record. Rewrite with `--record eval/baseline.json`; see docs/EVALUATION.md.";

  /** One gold file's recorded figures. */
  private record Entry(String gold, String options, Map<String, Double> figures) {}

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Baseline empty() {
    return new Baseline(List.of());
  }

  /** Reads a baseline file; a missing file is an error. */
  public static Baseline read(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ParleyInputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new ParleyInputException(file.toString(), "cannot read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, (int) e.getLocation().getLineNr());
      throw new ParleyInputException(file.toString(), line, "invalid JSON: " + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
    }
    JsonNode list = root == null ? null : root.get("baselines");
    if (list == null || !list.isArray()) {
      throw new ParleyInputException(file.toString(), "expected an object with a \"baselines\" array");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : list) {
      JsonNode gold = node.get("gold");
      JsonNode figures = node.get("figures");
      if (gold == null || !gold.isTextual() || figures == null || !figures.isObject()) {
        throw new ParleyInputException(file.toString(), "every baseline needs \"gold\" (a file name) and \"figures\" (an object)");
      }
      JsonNode options = node.get("options");
      Map<String, Double> values = new LinkedHashMap<>();
      for (var figure : (Iterable<Map.Entry<String, JsonNode>>) figures::fields) {
        if (!figure.getValue().isNumber()) {
          throw new ParleyInputException(file.toString(), "figure " + figure.getKey() + " of " + gold.textValue() + " is not a number");
        }
        values.put(figure.getKey(), figure.getValue().doubleValue());
      }
      entries.add(new Entry(gold.textValue(), options == null || !options.isTextual() ? "" : options.textValue(), values));
    }
    return new Baseline(entries);
  }

  /** Reads a baseline file, or gives an empty baseline where there is none yet. */
  public static Baseline readOrEmpty(Path file) {
    return Files.exists(file) ? read(file) : empty();
  }

  public Optional<Map<String, Double>> figures(String gold, String options) {
    return entries.stream().filter(entry -> entry.gold().equals(gold) && entry.options().equals(options)).map(Entry::figures).findFirst();
  }

  /** This baseline with the figures of {@code gold} and {@code options} replaced (rounded to four decimals). */
  public Baseline with(String gold, String options, Map<String, Double> figures) {
    requireNonNull(gold, "gold is null");
    requireNonNull(options, "options is null");
    Map<String, Double> rounded = new LinkedHashMap<>();
    figures.forEach((name, value) -> rounded.put(name, round(value)));
    List<Entry> updated = new ArrayList<>();
    for (Entry entry : entries) {
      if (!(entry.gold().equals(gold) && entry.options().equals(options))) {
        updated.add(entry);
      }
    }
    updated.add(new Entry(gold, options, rounded));
    updated.sort(Comparator.comparing(Entry::gold).thenComparing(Entry::options));
    return new Baseline(updated);
  }

  /**
   * The recorded figures of {@code gold} that {@code current} falls more than {@link #TOLERANCE} below, or no
   * longer has; figures that were not recorded are not checked. A gold file without record is an error.
   */
  public List<FigureDrop> check(String baselineFile, String gold, String options, Map<String, Double> current) {
    Map<String, Double> recorded = requireRecorded(baselineFile, gold, options);
    List<FigureDrop> drops = new ArrayList<>();
    recorded.forEach((figure, value) -> {
      Double now = current.get(figure);
      if (now == null) {
        drops.add(new FigureDrop(gold, options, figure, value, OptionalDouble.empty()));
      } else if (round(now) < value - TOLERANCE - 1e-9) {
        drops.add(new FigureDrop(gold, options, figure, value, OptionalDouble.of(now)));
      }
    });
    return drops;
  }

  /** The recorded figures of {@code gold}; a gold file without record is an error in {@code baselineFile}. */
  public Map<String, Double> requireRecorded(String baselineFile, String gold, String options) {
    return figures(gold, options).orElseThrow(() -> new ParleyInputException(baselineFile,
        "no baseline for " + gold + (options.isEmpty() ? "" : " with options " + options) + "; record one with --record"));
  }

  public void write(Path file) {
    ObjectNode root = JSON.createObjectNode();
    root.put("about", ABOUT);
    ArrayNode list = root.putArray("baselines");
    for (Entry entry : entries) {
      ObjectNode node = list.addObject();
      node.put("gold", entry.gold());
      node.put("options", entry.options());
      ObjectNode figures = node.putObject("figures");
      entry.figures().forEach(figures::put);
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Files.writeString(file, JSON.writer(printer).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParleyInputException(file.toString(), "cannot write: " + e.getMessage());
    }
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
