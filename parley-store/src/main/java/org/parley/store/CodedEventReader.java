package org.parley.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.parley.codebook.CodeTable;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Location;
import org.parley.model.ParleyInputException;
import org.parley.model.PloverType;
import org.parley.model.Span;

/**
 * Reads events already coded, in Parley's event JSON Lines ({@code parley code} output, optionally gzipped), as
 * one {@link ArticleCoding} per article: the lines of one article must follow each other, as {@code parley code}
 * prints them. A bad line is reported to {@code skipped} and left out; the others go on.
 */
public final class CodedEventReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CodeTable codes;

  public CodedEventReader(CodeTable codes) {
    this.codes = requireNonNull(codes, "codes is null");
  }

  /** Reads every article's events from {@code file}. */
  public void read(Path file, Consumer<ArticleCoding> articles, Consumer<ParleyInputException> skipped) {
    String name = file.toString();
    try (InputStream raw = Files.newInputStream(file);
        InputStream input = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16)) {
      List<Event> pending = new ArrayList<>();
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Event event;
        try {
          event = parse(JSON.readTree(line));
        } catch (JsonProcessingException e) {
          skipped.accept(new ParleyInputException(name, lineNumber, "not a JSON event: " + e.getOriginalMessage()));
          continue;
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
          skipped.accept(new ParleyInputException(name, lineNumber, "not a Parley event: " + e.getMessage()));
          continue;
        }
        if (!pending.isEmpty() && !pending.get(0).article().id().equals(event.article().id())) {
          articles.accept(group(name, pending));
          pending.clear();
        }
        pending.add(event);
      }
      if (!pending.isEmpty()) {
        articles.accept(group(name, pending));
      }
    } catch (NoSuchFileException e) {
      throw new ParleyInputException(name, "no such file");
    } catch (IOException e) {
      throw new ParleyInputException(name, "cannot read: " + e.getMessage());
    }
  }

  private static ArticleCoding group(String input, List<Event> events) {
    SortedMap<Integer, String> sentences = new TreeMap<>();
    for (Event event : events) {
      sentences.putIfAbsent(event.sentenceIndex(), event.sentenceText());
    }
    return ArticleCoding.coded(events.get(0).article(), input, sentences, events);
  }

  /** One event object of the contract's format. */
  Event parse(JsonNode node) {
    JsonNode articleNode = required(node, "article");
    String published = text(articleNode, "published");
    Article article = new Article(
        text(articleNode, "id"), text(articleNode, "title"), text(articleNode, "source"), text(articleNode, "url"),
        published.isEmpty() ? null : LocalDate.parse(published), "");
    JsonNode sentence = required(node, "sentence");
    JsonNode trigger = required(node, "trigger");
    String cameo = text(node, "cameo");
    CameoCode code = codes.find(cameo).orElseGet(() -> new CameoCode(
        cameo, "", text(node, "plover").isEmpty() ? null : PloverType.valueOf(text(node, "plover")),
        node.path("goldstein").asDouble(), node.path("quad_class").asInt()));
    JsonNode mode = node.path("mode");
    JsonNode location = node.path("location");
    return new Event(
        text(node, "id"),
        article,
        required(sentence, "index").asInt(),
        text(sentence, "text"),
        new Span(text(trigger, "text"), trigger.path("begin").asInt(), trigger.path("end").asInt()),
        text(node, "date"),
        actor(required(node, "source")),
        actor(node.path("target")),
        code,
        new EventMode(mode.path("negated").asBoolean(), mode.path("hypothetical").asBoolean(), actor(mode.path("claimed_by"))),
        location.isObject()
            ? new Location(text(location, "text"), text(location, "country"), location.path("lat").asDouble(), location.path("lon").asDouble())
            : null);
  }

  private static Actor actor(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    String code = text(node, "code");
    int begin = node.path("begin").asInt();
    int end = Math.max(begin, node.path("end").asInt());
    return new Actor(text(node, "text"), new Span(text(node, "text"), begin, end), new ActorCode(code, text(node, "country"), text(node, "role")));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  /** A string field; absent and null are the model's empty string. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
