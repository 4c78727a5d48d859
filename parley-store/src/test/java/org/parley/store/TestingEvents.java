package org.parley.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parley.codebook.CodeTable;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.write.EventJsonWriter;

/** Hand-made coded events for store tests, written as the JSON Lines that {@code parley code} prints. */
final class TestingEvents {
  static final CodeTable CODES = CodeTable.bundled();
  static final CodingVersion CODING = new CodingVersion("test", "codebook0", "actors0");
  static final Location RIYADH = new Location("Riyadh", "SAU", 24.69, 46.72);
  static final Location GENEVA = new Location("Geneva", "CHE", 46.2, 6.15);

  private TestingEvents() {}

  static Article article(String id, String source, String published) {
    return new Article(id, "Title of " + id, source, "https://example.org/" + id, LocalDate.parse(published), "");
  }

  static Actor actor(String code, String text) {
    String country = code.length() >= 3 && !code.equals("NATO") && !code.equals("UNO") ? code.substring(0, 3) : "";
    String role = code.length() > 3 && !country.isEmpty() ? code.substring(3) : "";
    return new Actor(text, new Span(text, 0, text.length()), new ActorCode(code, country, role));
  }

  /** An asserted event in sentence {@code sentence} of the article. */
  static Event event(Article article, int sentence, String text, String source, String target, String cameo, String date, Location place) {
    return event(article, sentence, text, source, target, cameo, date, place, EventMode.ASSERTED);
  }

  static Event event(Article article, int sentence, String text, String source, String target, String cameo, String date, Location place, EventMode mode) {
    String id = article.id() + "-" + sentence + "-" + cameo + "-" + source;
    return new Event(id, article, sentence, text, new Span("met", 5, 8), date, actor(source, source),
        target == null ? null : actor(target, target), CODES.get(cameo), mode, place);
  }

  static Path write(Path file, List<Event> events) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      EventJsonWriter writer = new EventJsonWriter(out);
      events.forEach(writer::write);
      writer.flush();
    }
    return file;
  }
}
