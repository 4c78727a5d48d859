package org.parley.write;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.parley.coding.AttributedQuote;
import org.parley.coding.CodedArticle;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.nlp.AnnotatedSentence;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Token;

/**
 * Writes {@code parley annotate}'s documents: per article one JSON line with {@code article},
 * {@code sentences} (tokens with lemma, tag, entity, normalised value, offsets, head and relation),
 * {@code quotes} with their resolved speakers, and {@code events} in the event format.
 */
public final class AnnotationJsonWriter {
  private final Writer out;

  public AnnotationJsonWriter(Writer out) {
    this.out = requireNonNull(out, "out is null");
  }

  public synchronized void write(CodedArticle coded) {
    try {
      out.write(toJson(coded));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write annotation of " + coded.annotated().article().id(), e);
    }
  }

  public synchronized void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush", e);
    }
  }

  public static String toJson(CodedArticle coded) {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator generator = EventJsonWriter.JSON.createGenerator(buffer)) {
      generator.writeStartObject();
      Article article = coded.annotated().article();
      generator.writeObjectFieldStart("article");
      generator.writeStringField("id", article.id());
      generator.writeStringField("title", article.title());
      EventJsonWriter.writeNullable(generator, "source", article.source());
      EventJsonWriter.writeNullable(generator, "url", article.url());
      EventJsonWriter.writeNullable(generator, "published", article.publishedDate().map(Object::toString).orElse(""));
      EventJsonWriter.writeNullable(generator, "dateline", article.dateline());
      generator.writeStringField("text", coded.annotated().text());
      generator.writeEndObject();

      generator.writeArrayFieldStart("sentences");
      for (AnnotatedSentence sentence : coded.annotated().sentences()) {
        writeSentence(generator, sentence);
      }
      generator.writeEndArray();

      generator.writeArrayFieldStart("quotes");
      for (AttributedQuote quote : coded.quotes()) {
        generator.writeStartObject();
        generator.writeStringField("text", quote.quote().text());
        generator.writeNumberField("begin", quote.quote().begin());
        generator.writeNumberField("end", quote.quote().end());
        if (quote.speakerActor().isPresent()) {
          Actor speaker = quote.speaker();
          generator.writeObjectFieldStart("speaker");
          generator.writeStringField("text", speaker.text());
          generator.writeStringField("code", speaker.code().code());
          EventJsonWriter.writeNullable(generator, "country", speaker.code().country());
          EventJsonWriter.writeNullable(generator, "role", speaker.code().role());
          generator.writeEndObject();
        } else {
          generator.writeNullField("speaker");
        }
        generator.writeEndObject();
      }
      generator.writeEndArray();

      generator.writeArrayFieldStart("events");
      for (Event event : coded.events()) {
        EventJsonWriter.writeEvent(generator, event);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return buffer.toString();
  }

  private static void writeSentence(JsonGenerator generator, AnnotatedSentence sentence) throws IOException {
    DependencyTree tree = DependencyTree.of(sentence);
    generator.writeStartObject();
    generator.writeNumberField("index", sentence.index());
    generator.writeStringField("text", sentence.text());
    generator.writeNumberField("begin", sentence.begin());
    generator.writeNumberField("end", sentence.end());
    generator.writeArrayFieldStart("tokens");
    for (Token token : sentence.tokens()) {
      generator.writeStartObject();
      generator.writeStringField("word", token.word());
      generator.writeStringField("lemma", token.lemma());
      generator.writeStringField("tag", token.tag());
      generator.writeStringField("entity", token.entity());
      if (!token.normalized().isEmpty()) {
        generator.writeStringField("normalized", token.normalized());
      }
      generator.writeNumberField("begin", token.begin());
      generator.writeNumberField("end", token.end());
      generator.writeNumberField("head", tree.parent(token.index()));
      generator.writeStringField("relation", tree.relation(token.index()));
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }
}
