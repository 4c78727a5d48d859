package org.parley.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Writes an {@link EvaluationReport} as one JSON object; undefined figures are {@code null}. */
final class ReportJson {
  private static final JsonFactory JSON = new JsonFactory();

  private ReportJson() {}

  static String format(EvaluationReport report) {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(buffer)) {
      json.writeStartObject();
      json.writeStringField("gold", report.gold());
      json.writeStringField("format", report.format().label());
      json.writeStringField("counted_modes", report.allModes() ? "all" : "asserted");
      json.writeNumberField("sentences", report.sentences());
      json.writeObjectFieldStart("skipped");
      for (var entry : new TreeMap<>(report.skipped()).entrySet()) {
        json.writeNumberField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("events");
      json.writeNumberField("gold", report.goldEvents());
      json.writeNumberField("coded", report.codedEvents());
      json.writeNumberField("counted", report.countedEvents());
      json.writeEndObject();

      json.writeObjectFieldStart("plover");
      categories(json, "types", report.types(), report.typeTotal(), report.typeMacroF1());
      json.writeEndObject();
      json.writeObjectFieldStart("cameo_root");
      json.writeNumberField("sentences", report.rootSentences());
      categories(json, "roots", report.roots(), report.rootTotal(), report.rootMacroF1());
      json.writeEndObject();

      DyadScore dyads = report.dyads();
      json.writeObjectFieldStart("dyads");
      json.writeNumberField("matched", dyads.matched());
      json.writeNumberField("same_country", dyads.sameCountry());
      json.writeNumberField("same_code", dyads.sameCode());
      number(json, "country_accuracy", dyads.countryAccuracy());
      number(json, "code_accuracy", dyads.codeAccuracy());
      json.writeNumberField("same_source_country", dyads.sameSourceCountry());
      json.writeNumberField("same_target_country", dyads.sameTargetCountry());
      json.writeNumberField("missing_targets", dyads.missingTargets());
      number(json, "source_accuracy", dyads.sourceAccuracy());
      number(json, "target_accuracy", dyads.targetAccuracy());
      json.writeEndObject();
      json.writeObjectFieldStart("modes");
      json.writeNumberField("judged", report.modes().judged());
      json.writeNumberField("correct", report.modes().correct());
      number(json, "accuracy", report.modes().accuracy());
      json.writeEndObject();
      ExactCodings exact = report.exactCodings();
      json.writeObjectFieldStart("petrarch");
      json.writeNumberField("expected", exact.expected());
      json.writeNumberField("produced", exact.produced());
      number(json, "produced_share", exact.producedShare());
      json.writeNumberField("false_codings", exact.falseCodings());
      json.writeEndObject();

      json.writeArrayFieldStart("errors");
      for (SentenceErrors errors : report.errors()) {
        json.writeStartObject();
        json.writeStringField("id", errors.id());
        json.writeStringField("text", errors.text());
        strings(json, "missed", errors.missed());
        strings(json, "false", errors.falseEvents());
        strings(json, "wrong_dyad", errors.wrongDyads());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return buffer.toString();
  }

  private static void categories(JsonGenerator json, String field, List<CategoryScore> scores, Tally total, OptionalDouble macroF1) throws IOException {
    json.writeFieldName("micro");
    tally(json, total);
    number(json, "macro_f1", macroF1);
    json.writeObjectFieldStart(field);
    for (CategoryScore score : scores) {
      json.writeFieldName(score.name());
      tally(json, score.tally());
    }
    json.writeEndObject();
  }

  private static void tally(JsonGenerator json, Tally tally) throws IOException {
    json.writeStartObject();
    json.writeNumberField("gold", tally.gold());
    json.writeNumberField("coded", tally.predicted());
    json.writeNumberField("matched", tally.matched());
    number(json, "precision", tally.precision());
    number(json, "recall", tally.recall());
    number(json, "f1", tally.f1());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String field, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      // Four decimals: enough to compare runs, short enough to read.
      json.writeNumberField(field, Math.round(value.getAsDouble() * 10_000) / 10_000.0);
    } else {
      json.writeNullField(field);
    }
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
