package org.parley.app.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.store.EventBrowser.ArticleDetail;
import org.parley.store.EventBrowser.ArticleMention;
import org.parley.store.EventBrowser.EventDetail;
import org.parley.store.PageCursor;
import org.parley.store.StoredEvents.CountedEvent;
import org.parley.write.EventJsonWriter;

/**
 * The API's JSON. Events are always the contract's event objects, as {@code parley code} prints them, with the
 * store's counts and the dashboard's highlights added as further fields; other answers are records written
 * with snake_case names and ISO dates.
 */
final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

  private ApiJson() {}

  /** Records, lists and maps of them. */
  static String of(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  static String error(String message) {
    return of(Map.of("error", message));
  }

  /** {@code {"events": [...], "next": "cursor or null"}} of events already written by {@link #countedEvent}. */
  static String page(List<String> renderedEvents, PageCursor next) {
    return write(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart("events");
      for (String event : renderedEvents) {
        out.writeRawValue(event);
      }
      out.writeEndArray();
      if (next == null) {
        out.writeNullField("next");
      } else {
        out.writeStringField("next", next.token());
      }
      out.writeEndObject();
    });
  }

  /** One stored event: the contract's object with the store's counts. */
  static String countedEvent(CountedEvent event) {
    return write(out -> writeCounted(out, event));
  }

  /**
   * {@code {"event": {...}, "mentions": [...]}}: each mention with its highlights, placed by their words (the
   * article view places them by their offsets).
   */
  static String eventDetail(EventDetail detail) {
    return write(out -> {
      out.writeStartObject();
      out.writeFieldName("event");
      writeCounted(out, detail.event());
      out.writeArrayFieldStart("mentions");
      for (Event mention : detail.mentions()) {
        writeEvent(out, mention, extra -> writeHighlights(extra, mention, ""));
      }
      out.writeEndArray();
      out.writeEndObject();
    });
  }

  /** {@code {"article": {...}, "sentences": [...], "mentions": [...]}}. */
  static String article(ArticleDetail detail) {
    Article article = detail.article();
    String annotated = article.text().isEmpty() ? "" : CoreNlpAnnotator.annotatedText(article);
    return write(out -> {
      out.writeStartObject();
      out.writeObjectFieldStart("article");
      out.writeStringField("id", article.id());
      out.writeStringField("title", article.title());
      writeNullable(out, "source", article.source());
      writeNullable(out, "url", article.url());
      writeNullable(out, "published", article.publishedDate().map(LocalDate::toString).orElse(""));
      writeNullable(out, "text", article.text());
      writeNullable(out, "duplicate_of", detail.duplicateOf());
      out.writeEndObject();
      out.writeArrayFieldStart("sentences");
      for (Map.Entry<Integer, String> sentence : detail.sentences().entrySet()) {
        out.writeStartObject();
        out.writeNumberField("index", sentence.getKey());
        out.writeStringField("text", sentence.getValue());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("mentions");
      for (ArticleMention mention : detail.mentions()) {
        writeEvent(out, mention.event(), extra -> {
          extra.writeStringField("event_id", mention.eventId());
          writeHighlights(extra, mention.event(), annotated);
        });
      }
      out.writeEndArray();
      out.writeEndObject();
    });
  }

  /** {@code {"events": [...]}}: exactly the objects {@code parley code} prints, one per event. */
  static String codedEvents(List<Event> events) {
    return write(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart("events");
      for (Event event : events) {
        EventJsonWriter.writeEvent(out, event);
      }
      out.writeEndArray();
      out.writeEndObject();
    });
  }

  private interface Fields {
    void write(JsonGenerator out) throws IOException;
  }

  private static void writeCounted(JsonGenerator out, CountedEvent counted) throws IOException {
    writeEvent(out, counted.event(), extra -> {
      extra.writeNumberField("num_mentions", counted.numMentions());
      extra.writeNumberField("num_sources", counted.numSources());
      extra.writeNumberField("num_articles", counted.numArticles());
    });
  }

  /** The contract's event object with more fields after its own, so that clients of {@code parley code} read it alike. */
  private static void writeEvent(JsonGenerator out, Event event, Fields extra) throws IOException {
    TokenBuffer buffer = new TokenBuffer(MAPPER, false);
    EventJsonWriter.writeEvent(buffer, event);
    try (JsonParser parser = buffer.asParser()) {
      parser.nextToken();
      out.writeStartObject();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        out.writeFieldName(parser.currentName());
        parser.nextToken();
        out.copyCurrentStructure(parser);
      }
      extra.write(out);
      out.writeEndObject();
    }
  }

  private static void writeHighlights(JsonGenerator out, Event event, String annotatedText) throws IOException {
    out.writeArrayFieldStart("highlights");
    for (EvidenceSpans.Highlight highlight : EvidenceSpans.of(event, annotatedText)) {
      out.writeStartObject();
      out.writeStringField("kind", highlight.kind());
      out.writeNumberField("begin", highlight.begin());
      out.writeNumberField("end", highlight.end());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeNullable(JsonGenerator out, String field, String value) throws IOException {
    if (value.isEmpty()) {
      out.writeNullField(field);
    } else {
      out.writeStringField(field, value);
    }
  }

  private static String write(Fields document) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = MAPPER.getFactory().createGenerator(text)) {
      document.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
