package org.parley.write;


import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Location;
import org.parley.model.PloverType;

/**
 * Writes events as PLOVER JSON Lines, with the field names of the PLOVER manual (chapter 6, "Data
 * Fields"): {@code id}, {@code date}, {@code actor} and {@code recipient} (lists of entity objects
 * with {@code code}, {@code sector}, {@code entity_text}), {@code event} (a list of PLOVER types),
 * {@code mode}, {@code context}, {@code event_text}, {@code quad_code}, {@code event_loc},
 * {@code cite_info}; then Parley's own: {@code source}, {@code url}, {@code cameo}, {@code goldstein},
 * {@code claimed_by}, and {@code comment} for claims.
 *
 * <p>Mode mapping. PLOVER's mode holds the "how" of an event (CONSULT "visit", ASSAULT "beat"),
 * taken here from the PLOVER project's CAMEO-to-PLOVER table where its event type agrees with the
 * event's, and the manual's auxiliary modes (section 2.3: historical, future, hypothetical,
 * negation). Parley's {@code negated} becomes {@code "negation"}; {@code hypothetical}, which
 * covers threats, plans, conditions and futures alike, becomes {@code "hypothetical"}. PLOVER has
 * no mode for a reported claim, so a claimed event keeps its mode, names the claimant in
 * {@code claimed_by} (an entity object) and says so in {@code comment}. Contexts come from the same
 * table. An event with no PLOVER type has an empty {@code event} list.
 */
public final class PloverWriter extends LineWriter {
  /** The manual's auxiliary mode for an event the text says did not happen. */
  public static final String NEGATION_MODE = "negation";

  /** The manual's auxiliary mode for a threatened, planned, conditional or expected event. */
  public static final String HYPOTHETICAL_MODE = "hypothetical";

  /** Writes to {@code out}, which it flushes but never closes. */
  public PloverWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(Event event) {
    writeLine(toJson(event), event);
  }

  /** The event as one line of PLOVER JSON, without the newline. */
  public static String toJson(Event event) {
    return json(event, PloverWriter::writeEvent);
  }


  private static void writeEvent(JsonGenerator generator, Event event) throws IOException {
    Optional<PloverType> type = event.cameo().ploverType();
    Optional<CameoPloverModes.Entry> entry =
        type.flatMap(ploverType -> CameoPloverModes.table().lookup(event.cameo().code(), ploverType));

    generator.writeStartObject();
    generator.writeStringField("id", event.id());
    String date = event.date().isEmpty()
        ? event.article().publishedDate().map(Object::toString).orElse("")
        : event.date();
    EventJsonWriter.writeNullable(generator, "date", date);

    generator.writeArrayFieldStart("actor");
    writeEntity(generator, event.source());
    generator.writeEndArray();
    generator.writeArrayFieldStart("recipient");
    if (event.target() != null) {
      writeEntity(generator, event.target());
    }
    generator.writeEndArray();

    generator.writeArrayFieldStart("event");
    if (type.isPresent()) {
      generator.writeString(type.get().name());
    }
    generator.writeEndArray();
    writeStrings(generator, "mode", modes(event.mode(), entry));
    writeStrings(generator, "context", entry.map(CameoPloverModes.Entry::contexts).orElse(List.of()));
    writeStrings(generator, "event_text", List.of(event.sentenceText()));
    generator.writeNumberField("quad_code", event.cameo().quadClass());

    generator.writeFieldName("event_loc");
    writeLocation(generator, event.location());

    generator.writeObjectFieldStart("cite_info");
    EventJsonWriter.writeNullable(generator, "url", event.article().url());
    EventJsonWriter.writeNullable(generator, "title", event.article().title());
    EventJsonWriter.writeNullable(generator, "publication", event.article().source());
    generator.writeEndObject();

    EventJsonWriter.writeNullable(generator, "source", event.article().source());
    EventJsonWriter.writeNullable(generator, "url", event.article().url());
    generator.writeStringField("cameo", event.cameo().code());
    generator.writeNumberField("goldstein", event.cameo().goldstein());
    generator.writeFieldName("claimed_by");
    if (event.mode().claimedBy() == null) {
      generator.writeNull();
    } else {
      writeEntity(generator, event.mode().claimedBy());
      generator.writeStringField("comment", "claimed by " + event.mode().claimedBy().text());
    }
    generator.writeEndObject();
  }

  private static List<String> modes(EventMode mode, Optional<CameoPloverModes.Entry> entry) {
    List<String> modes = new ArrayList<>();
    entry.map(CameoPloverModes.Entry::mode).filter(value -> !value.isEmpty()).ifPresent(modes::add);
    if (mode.negated()) {
      modes.add(NEGATION_MODE);
    }
    if (mode.hypothetical()) {
      modes.add(HYPOTHETICAL_MODE);
    }
    return modes;
  }

  /** PLOVER's entity object: top-level code (country or group), sector, and the text. */
  private static void writeEntity(JsonGenerator generator, Actor actor) throws IOException {
    ActorCode code = actor.code();
    String topLevel = code.country();
    if (topLevel.isEmpty()) {
      String whole = code.code();
      topLevel = !code.role().isEmpty() && whole.endsWith(code.role())
          ? whole.substring(0, whole.length() - code.role().length())
          : whole;
    }
    generator.writeStartObject();
    EventJsonWriter.writeNullable(generator, "code", topLevel);
    EventJsonWriter.writeNullable(generator, "sector", code.role());
    generator.writeStringField("entity_text", actor.text());
    generator.writeStringField("cameo_code", code.code());
    generator.writeEndObject();
  }

  /** PLOVER's location object, in the field names of the manual's table 6.6. */
  private static void writeLocation(JsonGenerator generator, Location location) throws IOException {
    if (location == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    generator.writeStringField("extracted_place", location.text());
    generator.writeNumberField("lat", location.latitude());
    generator.writeNumberField("lon", location.longitude());
    EventJsonWriter.writeNullable(generator, "country_code", location.country());
    generator.writeEndObject();
  }

  private static void writeStrings(JsonGenerator generator, String field, List<String> values)
      throws IOException {
    generator.writeArrayFieldStart(field);
    for (String value : values) {
      generator.writeString(value);
    }
    generator.writeEndArray();
  }
}
