package org.parley.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.ParleyInputException;
import org.parley.model.PloverType;

/**
 * Reads the PLOVER gold-standard records (a JSON array; {@code "event": "DOCUMENT"} records are the file's own
 * documentation). The records carry no CAMEO code, so they are scored by PLOVER type and dyad only. Their
 * event types are those of PLOVER draft 0.5 and are renamed to the 2021 types the way the PLOVER manual's
 * CAMEO table does: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT, YIELD is
 * CONCEDE. The records' {@code mode} is PLOVER's subtype ("heavy-weapons"), not whether the event is asserted,
 * and is not read.
 *
 * <p>Actors: {@code code} plus {@code sector} is the CAMEO code ({@code SDN} + {@code REB} is SDNREB; the
 * unknown sector {@code ***} is dropped). A compound source or target gives one event per source-target pair,
 * as CAMEO coders code compounds. Reciprocal actors (marked {@code SRC/TAR}) without a target give an event
 * each way between every two of them. A record without source has the unknown source {@code ---}. Records
 * with the same text are one sentence with all their events.
 */
final class PloverGoldReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, PloverType> DRAFT_TYPES = Map.of(
      "DEMAND", PloverType.REQUEST,
      "DISAPPROVE", PloverType.ACCUSE,
      "INVESTIGATE", PloverType.ACCUSE,
      "FIGHT", PloverType.ASSAULT,
      "YIELD", PloverType.CONCEDE);
  private static final String UNKNOWN_ACTOR = "---";

  /** The records read so far with the same text, merged into one sentence. */
  private record Draft(List<String> ids, LocalDate date, List<GoldEvent> events) {}

  GoldSet read(String file, String content) {
    Map<String, Draft> byText = new LinkedHashMap<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(content)) {
      if (next(file, parser) != JsonToken.START_ARRAY) {
        throw new ParleyInputException(file, 1, "expected a JSON array of PLOVER records");
      }
      for (JsonToken token = next(file, parser); token != JsonToken.END_ARRAY; token = next(file, parser)) {
        if (token == null) {
          throw new ParleyInputException(file, (int) parser.currentLocation().getLineNr(), "the array of records is not closed");
        }
        int line = (int) parser.currentTokenLocation().getLineNr();
        JsonNode record;
        try {
          record = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
          throw invalidJson(file, e);
        }
        add(file, line, record, byText);
      }
    } catch (JsonProcessingException e) {
      throw invalidJson(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a string", e);
    }
    List<GoldSentence> sentences = new ArrayList<>();
    byText.forEach((text, draft) -> sentences.add(new GoldSentence(String.join("+", draft.ids()), text, draft.date(), draft.events())));
    return new GoldSet(file, GoldFormat.PLOVER_GSR, sentences, List.of(), Map.of());
  }

  private static void add(String file, int line, JsonNode record, Map<String, Draft> byText) {
    if (!record.isObject()) {
      throw new ParleyInputException(file, line, "a record is not a JSON object");
    }
    String event = text(file, line, record, "event");
    if (event.equals("DOCUMENT")) {
      return;
    }
    String id = text(file, line, record, "id");
    String sentence = text(file, line, record, "text").replaceAll("\\s+", " ").strip();
    PloverType type = type(file, line, event);
    List<String> sources = actors(file, line, record, "source");
    List<String> targets = actors(file, line, record, "target");
    boolean reciprocal = markup(record).contains("SRC/TAR");
    List<GoldEvent> events = new ArrayList<>();
    if (sources.isEmpty()) {
      sources = List.of(UNKNOWN_ACTOR);
    }
    if (reciprocal && targets.isEmpty() && sources.size() > 1) {
      for (String one : sources) {
        for (String other : sources) {
          if (!one.equals(other)) {
            events.add(new GoldEvent(null, type, one, other, null));
          }
        }
      }
    } else {
      for (String source : sources) {
        if (targets.isEmpty()) {
          events.add(new GoldEvent(null, type, source, null, null));
        }
        for (String target : targets) {
          events.add(new GoldEvent(null, type, source, target, null));
        }
      }
    }
    Draft draft = byText.computeIfAbsent(sentence, key -> new Draft(new ArrayList<>(), date(file, line, record), new ArrayList<>()));
    draft.ids().add(id);
    for (GoldEvent expected : events) {
      if (!draft.events().contains(expected)) {
        draft.events().add(expected);
      }
    }
  }

  private static PloverType type(String file, int line, String event) {
    String name = event.strip().toUpperCase(Locale.ROOT);
    if (DRAFT_TYPES.containsKey(name)) {
      return DRAFT_TYPES.get(name);
    }
    try {
      return PloverType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ParleyInputException(file, line, "unknown PLOVER event type \"" + event + "\"");
    }
  }

  /**
   * The actor codes of a source or target field: an array of actors, or none where it is absent, null or a
   * string (the file writes "" for none, and once a context word in place of the target).
   */
  private static List<String> actors(String file, int line, JsonNode record, String field) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull() || value.isTextual()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ParleyInputException(file, line, "\"" + field + "\" is not an array of actors");
    }
    List<String> codes = new ArrayList<>();
    for (JsonNode actor : value) {
      if (!actor.isObject()) {
        throw new ParleyInputException(file, line, "an actor in \"" + field + "\" is not a JSON object");
      }
      String code = text(file, line, actor, "code").strip().toUpperCase(Locale.ROOT);
      JsonNode sector = actor.get("sector");
      String role = sector != null && sector.isTextual() ? sector.textValue().strip().toUpperCase(Locale.ROOT) : "";
      String full = role.matches("[A-Z]+") ? code + role : code;
      if (!codes.contains(full)) {
        codes.add(full);
      }
    }
    return codes;
  }

  private static String markup(JsonNode record) {
    JsonNode info = record.get("textInfo");
    if (info == null) {
      return "";
    }
    JsonNode markup = info.isObject() ? info.get("markup") : info;
    return markup != null && markup.isTextual() ? markup.textValue() : "";
  }

  private static LocalDate date(String file, int line, JsonNode record) {
    JsonNode value = record.get("date");
    if (value == null || value.isNull() || !value.isTextual() || value.textValue().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.textValue().strip());
    } catch (DateTimeParseException e) {
      throw new ParleyInputException(file, line, "\"date\" is not a date in the form YYYY-MM-DD: " + value.textValue());
    }
  }

  private static String text(String file, int line, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ParleyInputException(file, line, "missing \"" + field + "\"");
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      throw new ParleyInputException(file, line, "\"" + field + "\" is not a non-empty string");
    }
    return value.textValue();
  }

  private static JsonToken next(String file, JsonParser parser) throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw invalidJson(file, e);
    }
  }

  private static ParleyInputException invalidJson(String file, JsonProcessingException e) {
    int line = e.getLocation() == null ? 0 : Math.max(0, (int) e.getLocation().getLineNr());
    String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().replaceAll("\\s+", " ").strip();
    return new ParleyInputException(file, line, "invalid JSON: " + message);
  }
}
