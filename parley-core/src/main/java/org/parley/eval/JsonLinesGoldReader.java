package org.parley.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.codebook.CodeTable;
import org.parley.model.CameoCode;
import org.parley.model.ParleyInputException;
import org.parley.model.PloverType;

/**
 * Reads Parley's gold format: one sentence a line, {@code {"id", "text", "date", "events": [{"cameo", "plover",
 * "source", "target", "mode"}]}}, where {@code "events": []} expects no event. An event needs {@code source} and
 * a {@code cameo} code or a {@code plover} type; the type follows from the code when it is left out. Any bad
 * line stops reading with its line number: a gold file is data to be fixed, not a corpus to skim.
 */
final class JsonLinesGoldReader {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final CodeTable codes;

  JsonLinesGoldReader(CodeTable codes) {
    this.codes = codes;
  }

  GoldSet read(String file, String content) {
    List<GoldSentence> sentences = new ArrayList<>();
    String[] lines = content.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (!line.isBlank()) {
        sentences.add(sentence(file, i + 1, line));
      }
    }
    return new GoldSet(file, GoldFormat.PARLEY_JSONL, sentences, List.of(), Map.of());
  }

  private GoldSentence sentence(String file, int line, String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().replaceAll("\\s+", " ").strip();
      throw new ParleyInputException(file, line, "invalid JSON: " + message);
    }
    if (!node.isObject()) {
      throw new ParleyInputException(file, line, "not a JSON object");
    }
    String id = requiredText(file, line, node, "id");
    String text = requiredText(file, line, node, "text");
    LocalDate date = optionalText(file, line, node, "date").map(value -> date(file, line, value)).orElse(null);
    JsonNode events = node.get("events");
    if (events == null || events.isNull()) {
      throw new ParleyInputException(file, line, "missing \"events\" (write \"events\": [] when the sentence has no event)");
    }
    if (!events.isArray()) {
      throw new ParleyInputException(file, line, "\"events\" is not an array");
    }
    List<GoldEvent> expected = new ArrayList<>();
    for (JsonNode event : events) {
      expected.add(event(file, line, event));
    }
    return new GoldSentence(id, text.strip(), date, expected);
  }

  private GoldEvent event(String file, int line, JsonNode node) {
    if (!node.isObject()) {
      throw new ParleyInputException(file, line, "an event is not a JSON object");
    }
    Optional<String> cameo = optionalText(file, line, node, "cameo");
    Optional<String> ploverName = optionalText(file, line, node, "plover");
    if (cameo.isEmpty() && ploverName.isEmpty()) {
      throw new ParleyInputException(file, line, "an event needs \"cameo\" or \"plover\"");
    }
    CameoCode code = null;
    if (cameo.isPresent()) {
      code = codes.find(cameo.get()).orElseThrow(() -> new ParleyInputException(file, line, "unknown CAMEO code \"" + cameo.get() + "\""));
    }
    // CAMEO 01 and 02 have no PLOVER type: such an event is scored by its CAMEO code only.
    PloverType plover = ploverName.isPresent() ? ploverType(file, line, ploverName.get()) : code.plover();
    String source = requiredText(file, line, node, "source").strip().toUpperCase(Locale.ROOT);
    String target = optionalText(file, line, node, "target").map(value -> value.strip().toUpperCase(Locale.ROOT)).orElse(null);
    GoldMode mode = optionalText(file, line, node, "mode")
        .map(value -> GoldMode.named(value).orElseThrow(() -> new ParleyInputException(file, line, "unknown mode \"" + value + "\": use asserted, negated, hypothetical or claimed")))
        .orElse(null);
    return new GoldEvent(cameo.orElse(null), plover, source, target, mode);
  }

  private static PloverType ploverType(String file, int line, String name) {
    try {
      return PloverType.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParleyInputException(file, line, "unknown PLOVER type \"" + name + "\"");
    }
  }

  private static LocalDate date(String file, int line, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ParleyInputException(file, line, "\"date\" is not a date in the form YYYY-MM-DD: " + value);
    }
  }

  private static String requiredText(String file, int line, JsonNode node, String field) {
    return optionalText(file, line, node, field).orElseThrow(() -> new ParleyInputException(file, line, "missing \"" + field + "\""));
  }

  /** A string field; absent, null and blank are empty, other kinds of value are an error. */
  private static Optional<String> optionalText(String file, int line, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new ParleyInputException(file, line, "\"" + field + "\" is not a string");
    }
    return value.textValue().isBlank() ? Optional.empty() : Optional.of(value.textValue());
  }
}
