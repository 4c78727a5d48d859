package org.parley.write;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Location;

/**
 * Writes events as Parley's event JSON (the contract's format), one object per line, fields in the
 * contract's order. Each actor object also carries {@code begin} and {@code end}, the mention's
 * offsets in the article text. Empty article source and url, empty actor country and role, and an
 * empty event date are written as {@code null}.
 */
public final class EventJsonWriter extends LineWriter {
  static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Writes to {@code out}, which it flushes but never closes. */
  public EventJsonWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(Event event) {
    writeLine(toJson(event), event);
  }

  /** The event as one line of JSON, without the newline. */
  public static String toJson(Event event) {
    return json(event, EventJsonWriter::writeEvent);
  }


  /** Writes the event object into a larger document, as {@code annotate} and the server do. */
  public static void writeEvent(JsonGenerator generator, Event event) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("id", event.id());
    writeArticle(generator, event.article());

    generator.writeObjectFieldStart("sentence");
    generator.writeNumberField("index", event.sentenceIndex());
    generator.writeStringField("text", event.sentenceText());
    generator.writeEndObject();

    generator.writeObjectFieldStart("trigger");
    generator.writeStringField("text", event.trigger().text());
    generator.writeNumberField("begin", event.trigger().begin());
    generator.writeNumberField("end", event.trigger().end());
    generator.writeEndObject();

    writeNullable(generator, "date", event.date());
    generator.writeFieldName("source");
    writeActor(generator, event.source());
    generator.writeFieldName("target");
    writeActor(generator, event.target());
    generator.writeStringField("cameo", event.cameo().code());
    generator.writeStringField("cameo_root", event.cameo().root());
    writeNullable(generator, "plover", event.cameo().ploverType().map(Enum::name).orElse(""));
    generator.writeNumberField("goldstein", event.cameo().goldstein());
    generator.writeNumberField("quad_class", event.cameo().quadClass());

    generator.writeObjectFieldStart("mode");
    generator.writeBooleanField("negated", event.mode().negated());
    generator.writeBooleanField("hypothetical", event.mode().hypothetical());
    generator.writeFieldName("claimed_by");
    writeActor(generator, event.mode().claimedBy());
    generator.writeEndObject();

    generator.writeFieldName("location");
    writeLocation(generator, event.location());
    generator.writeEndObject();
  }

  private static void writeArticle(JsonGenerator generator, Article article) throws IOException {
    generator.writeObjectFieldStart("article");
    generator.writeStringField("id", article.id());
    generator.writeStringField("title", article.title());
    writeNullable(generator, "source", article.source());
    writeNullable(generator, "url", article.url());
    writeNullable(generator, "published", article.publishedDate().map(Object::toString).orElse(""));
    writeNullable(generator, "dateline", article.dateline());
    generator.writeEndObject();
  }

  /** An actor object, or {@code null} for an absent actor. */
  static void writeActor(JsonGenerator generator, Actor actor) throws IOException {
    if (actor == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeStringField("text", actor.text());
    generator.writeStringField("code", actor.code().code());
    writeNullable(generator, "country", actor.code().country());
    writeNullable(generator, "role", actor.code().role());
    generator.writeNumberField("begin", actor.span().begin());
    generator.writeNumberField("end", actor.span().end());
    generator.writeEndObject();
  }

  private static void writeLocation(JsonGenerator generator, Location location) throws IOException {
    if (location == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeStringField("text", location.text());
    writeNullable(generator, "country", location.country());
    generator.writeNumberField("lat", location.latitude());
    generator.writeNumberField("lon", location.longitude());
    generator.writeEndObject();
  }

  /** A string field, or {@code null} where the model's empty string means absent. */
  static void writeNullable(JsonGenerator generator, String field, String value) throws IOException {
    if (value.isEmpty()) {
      generator.writeNullField(field);
    } else {
      generator.writeStringField(field, value);
    }
  }
}
