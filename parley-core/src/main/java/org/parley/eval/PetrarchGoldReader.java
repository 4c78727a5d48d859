package org.parley.eval;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parley.codebook.CodeTable;
import org.parley.model.CameoCode;
import org.parley.model.ParleyInputException;

/**
 * Reads PETRARCH validation records: {@code <Sentence date= id= category= sentence=>} with a {@code <Text>} and
 * {@code <EventCoding sourcecode= targetcode= eventcode=>} elements, after an {@code <Environment>} that names
 * the verb, actor and agent dictionaries (returned with the set, resolved beside the file) and the categories to
 * {@code <Include>}. The parse trees in the records are ignored: Parley parses the text itself.
 *
 * <p>As PETRARCH's own validation run does, a record is skipped when it is switched off
 * ({@code sentence="false"}) or its category is not included. Records whose codings test PETRARCH's input
 * handling ({@code error="..."}: broken parse trees, datelines, discard lists) are skipped, and so are records
 * expecting a code that is not in Parley's CAMEO table (mostly the validation verb dictionary's own test codes
 * such as 903, 223 or 174K), which Parley's coder cannot produce. {@code noevents="True"}, or no coding at all, expects no event; target {@code ---}
 * means the event has no target.
 */
final class PetrarchGoldReader {
  static final String SKIPPED_DISABLED = "switched off (sentence=\"false\")";
  static final String SKIPPED_CATEGORY = "category not in <Include>";
  static final String SKIPPED_ERROR_TEST = "tests PETRARCH input errors (error=)";
  static final String SKIPPED_NOT_CAMEO = "expects codes not in the CAMEO table";
  private static final String NO_TARGET = "---";

  private final CodeTable codes;

  PetrarchGoldReader(CodeTable codes) {
    this.codes = codes;
  }

  /** What one {@code <Sentence>} element holds. */
  private static final class Record {
    final int line;
    final Map<String, String> attributes;
    final List<Map<String, String>> codings = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    boolean hasText;

    Record(int line, Map<String, String> attributes) {
      this.line = line;
      this.attributes = attributes;
    }
  }

  GoldSet read(Path file, String content) {
    String name = file.toString();
    XMLStreamReader xml = open(name, content);
    List<GoldSentence> sentences = new ArrayList<>();
    List<Path> dictionaries = new ArrayList<>();
    List<Path> verbDictionaries = new ArrayList<>();
    Set<String> included = null;
    Map<String, Integer> skipped = new TreeMap<>();
    Record record = null;
    boolean inText = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          int line = xml.getLocation().getLineNumber();
          switch (element) {
            case "Actorfile", "Agentfile" -> dictionaries.add(dictionary(file, line, xml.getElementText()));
            case "Verbfile" -> verbDictionaries.add(dictionary(file, line, xml.getElementText()));
            case "Include" -> included = new HashSet<>(List.of(xml.getElementText().strip().toUpperCase(Locale.ROOT).split("\\s+")));
            case "Sentence" -> record = new Record(line, attributes(xml));
            case "EventCoding" -> {
              if (record == null) {
                throw new ParleyInputException(name, line, "<EventCoding> outside a <Sentence>");
              }
              record.codings.add(attributes(xml));
            }
            case "Text" -> {
              inText = record != null;
              if (record != null) {
                record.hasText = true;
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inText) {
            record.text.append(xml.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (xml.getLocalName().equals("Text")) {
            inText = false;
          } else if (xml.getLocalName().equals("Sentence") && record != null) {
            String reason = skipReason(record, included);
            if (reason == null) {
              sentences.add(sentence(name, record));
            } else {
              skipped.merge(reason, 1, Integer::sum);
            }
            record = null;
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      throw new ParleyInputException(name, line, "invalid XML: " + e.getMessage().replaceAll("\\s+", " ").replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", ""));
    }
    return new GoldSet(name, GoldFormat.PETRARCH, sentences, dictionaries, skipped, verbDictionaries);
  }

  private String skipReason(Record record, Set<String> included) {
    if ("false".equalsIgnoreCase(record.attributes.getOrDefault("sentence", "true").strip())) {
      return SKIPPED_DISABLED;
    }
    String category = record.attributes.getOrDefault("category", "").strip().toUpperCase(Locale.ROOT);
    if (included != null && !category.isEmpty() && !included.contains(category)) {
      return SKIPPED_CATEGORY;
    }
    for (Map<String, String> coding : record.codings) {
      if (coding.containsKey("error")) {
        return SKIPPED_ERROR_TEST;
      }
      String code = coding.get("eventcode");
      if (code != null && codes.find(code.strip()).isEmpty()) {
        return SKIPPED_NOT_CAMEO;
      }
    }
    return null;
  }

  private GoldSentence sentence(String file, Record record) {
    String id = record.attributes.getOrDefault("id", "").strip();
    if (id.isEmpty()) {
      throw new ParleyInputException(file, record.line, "<Sentence> without id");
    }
    String text = record.text.toString().replaceAll("\\s+", " ").strip();
    if (!record.hasText || text.isEmpty()) {
      throw new ParleyInputException(file, record.line, "sentence " + id + " has no <Text>");
    }
    List<GoldEvent> events = new ArrayList<>();
    for (Map<String, String> coding : record.codings) {
      if ("true".equalsIgnoreCase(coding.getOrDefault("noevents", "").strip())) {
        continue;
      }
      String source = coding.get("sourcecode");
      String target = coding.get("targetcode");
      String code = coding.get("eventcode");
      if (source == null || target == null || code == null || source.isBlank() || target.isBlank()) {
        throw new ParleyInputException(file, record.line, "sentence " + id + ": <EventCoding> needs sourcecode, targetcode and eventcode, or noevents=\"True\"");
      }
      CameoCode cameo = codes.get(code.strip());
      String targetCode = target.strip().equals(NO_TARGET) ? null : target.strip();
      GoldEvent expected = new GoldEvent(cameo.code(), cameo.plover(), source.strip(), targetCode, null);
      if (!events.contains(expected)) {
        events.add(expected);
      }
    }
    return new GoldSentence(id, text, date(file, record), events);
  }

  private static LocalDate date(String file, Record record) {
    String date = record.attributes.getOrDefault("date", "").strip();
    if (date.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new ParleyInputException(file, record.line, "date is not YYYYMMDD: " + date);
    }
  }

  private static Path dictionary(Path file, int line, String name) {
    Path folder = file.toAbsolutePath().getParent();
    Path dictionary = folder.resolve(name.strip()).normalize();
    if (!Files.isRegularFile(dictionary)) {
      throw new ParleyInputException(file.toString(), line, "dictionary " + name.strip() + " not found beside the gold file");
    }
    return dictionary;
  }

  private static Map<String, String> attributes(XMLStreamReader xml) {
    Map<String, String> attributes = new TreeMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return attributes;
  }

  private static XMLStreamReader open(String file, String content) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // Gold files are data: no DTDs, no external entities.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      return factory.createXMLStreamReader(new StringReader(content));
    } catch (XMLStreamException e) {
      throw new ParleyInputException(file, 1, "invalid XML: " + e.getMessage());
    }
  }
}
