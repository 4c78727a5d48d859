package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/**
 * Reads articles from JSON: one object per line (JSON Lines), and also, for {@code .json} files
 * written by other tools, a top-level array of objects or pretty-printed objects one after another.
 *
 * <p>Fields: {@code text} (required), {@code id} (string or number; derived from title and text when
 * absent), {@code title}, {@code date}, {@code source}, {@code url}, {@code dateline} (the place a
 * wire dateline names); others are ignored. A bad line is skipped with its line number and reading
 * goes on. Cross-link lines ("READ MORE: ...") are dropped from the text, and a wire dateline that
 * opens it ("KYIV, March 20 (Reuters) - ") is taken off and kept as the article's dateline, its
 * outlet as the source and its date as the date where the record gives none.
 */
final class JsonLinesReader {
  /** How the JSON is laid out, decided from the first bytes. */
  enum Layout {
    LINES,
    ARRAY,
    CONCATENATED
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesReader() {}

  /**
   * Bytes that are not UTF-8 become a lone low surrogate, which valid UTF-8 never decodes to, so that
   * a line holding them can be skipped by itself while the other lines are read.
   */
  /** Metadata travels with every event of the article; longer values are not metadata. */
  static final int MAX_METADATA_CHARS = 2_000;

  private static final List<String> METADATA_FIELDS = List.of("id", "title", "date", "source", "url", "dateline");

  private static final char MALFORMED = '\uDC00';

  static CharsetDecoder markingDecoder() {
    return UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(MALFORMED));
  }

  private static boolean hasMalformedBytes(String line) {
    for (int index = line.indexOf(MALFORMED); index >= 0; index = line.indexOf(MALFORMED, index + 1)) {
      if (index == 0 || !Character.isHighSurrogate(line.charAt(index - 1))) {
        return true;
      }
    }
    return false;
  }

  static Layout layout(ContentSample sample) {
    if (sample.firstNonBlankCharacter() == '[') {
      return Layout.ARRAY;
    }
    return sample.firstNonBlankLine().equals("{") ? Layout.CONCATENATED : Layout.LINES;
  }

  static void read(String file, Reader reader, Layout layout, ReadOptions options, ArticleSink sink)
      throws IOException {
    if (layout == Layout.LINES) {
      readLines(file, reader, options, sink);
    } else {
      readValues(file, reader, layout, options, sink);
    }
  }

  private static void readLines(String file, Reader reader, ReadOptions options, ArticleSink sink)
      throws IOException {
    int maxLineChars = (int) Math.min(2L * options.maxArticleChars(), Integer.MAX_VALUE - 16);
    BoundedLineReader lines = new BoundedLineReader(reader, maxLineChars);
    while (true) {
      Optional<BoundedLineReader.Line> next;
      try {
        next = lines.next();
      } catch (CharacterCodingException e) {
        throw notUtf8(file, lines.lineNumber() + 1);
      }
      if (next.isEmpty()) {
        return;
      }
      BoundedLineReader.Line line = next.get();
      if (line.tooLong()) {
        sink.skip(new ParleyInputException(
            file, line.number(), "line is longer than " + maxLineChars + " characters"));
        continue;
      }
      if (line.text().isBlank()) {
        continue;
      }
      if (hasMalformedBytes(line.text())) {
        sink.skip(notUtf8(file, line.number()));
        continue;
      }
      Article article;
      try {
        article = article(file, line.number(), parse(file, line.number(), line.text()), options);
      } catch (ParleyInputException problem) {
        sink.skip(problem);
        continue;
      }
      sink.accept(article);
    }
  }

  private static JsonNode parse(String file, int lineNumber, String line) {
    String json = line.startsWith("\uFEFF") ? line.substring(1) : line;
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ParleyInputException(file, lineNumber, "invalid JSON: " + describe(e));
    }
  }

  private static void readValues(
      String file, Reader reader, Layout layout, ReadOptions options, ArticleSink sink)
      throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(reader)) {
      if (layout == Layout.ARRAY && parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ParleyInputException(file, 1, "expected a JSON array of articles");
      }
      while (true) {
        JsonToken token;
        try {
          token = parser.nextToken();
        } catch (JsonProcessingException e) {
          // A syntax error leaves no way to find the next article.
          throw invalidJson(file, e);
        } catch (CharacterCodingException e) {
          throw notUtf8(file, (int) parser.currentLocation().getLineNr());
        }
        if (token == null || token == JsonToken.END_ARRAY) {
          return;
        }
        int lineNumber = (int) parser.currentTokenLocation().getLineNr();
        JsonNode node;
        try {
          node = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
          throw invalidJson(file, e);
        } catch (CharacterCodingException e) {
          throw notUtf8(file, (int) parser.currentLocation().getLineNr());
        }
        Article article;
        try {
          article = article(file, lineNumber, node, options);
        } catch (ParleyInputException problem) {
          sink.skip(problem);
          continue;
        }
        sink.accept(article);
      }
    }
  }

  /** The article one JSON value describes; throws a problem naming the line when it is not one. */
  static Article article(String file, int lineNumber, JsonNode node, ReadOptions options) {
    if (!node.isObject()) {
      throw new ParleyInputException(file, lineNumber, "not a JSON object");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new ParleyInputException(file, lineNumber, "missing \"text\"");
    }
    if (!textNode.isTextual()) {
      throw new ParleyInputException(file, lineNumber, "\"text\" is not a string");
    }
    String text = withoutCrossLinks(textNode.textValue());
    if (text.isBlank()) {
      throw new ParleyInputException(file, lineNumber, "\"text\" is empty");
    }
    if (text.length() > options.maxArticleChars()) {
      throw new ParleyInputException(
          file, lineNumber, "article is longer than " + options.maxArticleChars() + " characters");
    }
    for (String field : METADATA_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && value.textValue().length() > MAX_METADATA_CHARS) {
        throw new ParleyInputException(
            file, lineNumber, "\"" + field + "\" is longer than " + MAX_METADATA_CHARS + " characters");
      }
    }
    String title = scalar(node, "title").replaceAll("\\s+", " ").strip();
    Optional<String> notEnglish = EnglishText.whyNotEnglish(title + "\n" + text);
    if (notEnglish.isPresent()) {
      throw new ParleyInputException(file, lineNumber, notEnglish.get());
    }
    String id = id(file, lineNumber, node).orElseGet(() -> ArticleIds.derive(title, text));
    String source = scalar(node, "source");
    String url = scalar(node, "url");
    LocalDate published = PublicationDates.parse(scalar(node, "date")).orElse(options.date());
    // "KYIV, March 20 (Reuters) - Russia accused...": a wire dateline opening the text is taken off it, as from plain
    // text, unless the record names its dateline itself.
    return Datelines.taken(new Article(
        id,
        title,
        source.isEmpty() ? options.source() : source,
        url.isEmpty() ? options.url() : url,
        published,
        text,
        scalar(node, "dateline").strip()));
  }

  private static Optional<String> id(String file, int lineNumber, JsonNode node) {
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      return Optional.empty();
    }
    if (!idNode.isTextual() && !idNode.isNumber()) {
      throw new ParleyInputException(file, lineNumber, "\"id\" is not a string or a number");
    }
    String id = idNode.asText().strip();
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /** A string or number field as text; absent, null, objects and arrays are empty. */
  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
      return "";
    }
    return value.asText().strip();
  }

  private static String withoutCrossLinks(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = text.split("\n", -1);
    List<String> kept = new ArrayList<>(lines.length);
    for (String line : lines) {
      if (!BoilerplateLines.isCrossLink(line)) {
        kept.add(line);
      }
    }
    if (kept.size() == lines.length) {
      return text.strip();
    }
    return String.join("\n", kept).replaceAll("\n[ \\t]*\n(?:[ \\t]*\n)+", "\n\n").strip();
  }

  private static ParleyInputException invalidJson(String file, JsonProcessingException e) {
    int lineNumber = e.getLocation() == null ? 0 : (int) e.getLocation().getLineNr();
    return new ParleyInputException(file, Math.max(lineNumber, 0), "invalid JSON: " + describe(e));
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message == null ? "syntax error" : message.replaceAll("\\s+", " ").strip();
  }

  private static ParleyInputException notUtf8(String file, int lineNumber) {
    return new ParleyInputException(file, lineNumber, "not valid UTF-8 text; convert the file to UTF-8");
  }
}
