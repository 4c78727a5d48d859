package org.parley.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.parley.model.ActorCode;
import org.parley.model.ParleyInputException;

/**
 * Reads PETRARCH/TABARI text dictionaries into {@link ActorTables}. Actor files: {@code NAME [CODE]} or
 * {@code NAME [CODE YYMMDD-YYMMDD] [CODE >YYMMDD]}, followed by {@code +SYNONYM} lines and by lines of further
 * {@code [CODE range]} entries; dates may have eight digits; underscores stand for spaces. Agent files: {@code WORD {PLURAL} [~ROLE]}. Substitution macros ({@code !X! = ...}) are skipped.
 */
final class PetrarchDictionary {
  private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("^([^\\[{#]+?)\\s*(\\{[^}]*\\})?\\s*((?:\\[[^\\]]*\\]\\s*)+)");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");
  /** A code and its optional date range: "HOB < 950601", "HOBGOV 19950601 - 19990815", "--- <950630". */
  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("([^\\s<>]+)\\s*(.*)");

  private PetrarchDictionary() {}

  /** One dictionary entry: its name and synonyms, and the codes on its own line and on the lines that follow it. */
  private static final class Entry {
    final int line;
    final List<String> names = new ArrayList<>();
    final List<String> plurals = new ArrayList<>();
    final List<String> codes = new ArrayList<>();

    Entry(int line, String name) {
      this.line = line;
      names.add(name);
    }
  }

  static void read(Path file, ActorTables tables) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ParleyInputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new ParleyInputException(file.toString(), "cannot read: " + e.getMessage());
    }
    Entry entry = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("<!--") || line.startsWith("!") || line.contains("!")) {
        continue;
      }
      if (line.startsWith("+")) {
        String synonym = name(line.substring(1).split("[#\\[]")[0]);
        if (entry != null && !synonym.isEmpty()) {
          entry.names.add(synonym);
        }
        continue;
      }
      if (line.startsWith("[")) {
        // "GOLLUM" then "[HOB < 950601]" and "[HOBGOV 19950601 - 19990815]" on lines of their own: more codes of the entry.
        if (entry != null) {
          codes(line.split("#")[0], entry.codes);
        }
        continue;
      }
      add(file, entry, tables);
      entry = null;
      Matcher named = ENTRY.matcher(line);
      boolean withCodes = named.find();
      String name = withCodes ? name(named.group(1)) : name(line.split("[#\\[{]")[0]);
      if (name.isEmpty()) {
        continue;
      }
      entry = new Entry(i + 1, name);
      if (withCodes) {
        if (named.group(2) != null) {
          for (String plural : named.group(2).replaceAll("[{}]", "").split("\\s+")) {
            if (!plural.isBlank()) {
              entry.plurals.add(name(plural));
            }
          }
        }
        codes(named.group(3), entry.codes);
      }
    }
    add(file, entry, tables);
  }

  private static void codes(String text, List<String> codes) {
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      if (!code.group(1).isBlank()) {
        codes.add(code.group(1).strip());
      }
    }
  }

  /** Adds a finished entry: an agent word, an actor with one code, or one whose code the date decides. */
  private static void add(Path file, Entry entry, ActorTables tables) {
    if (entry == null || entry.codes.isEmpty()) {
      return;
    }
    String first = entry.codes.get(0);
    if (first.startsWith("~")) {
      String role = first.substring(1).toUpperCase(Locale.ROOT);
      entry.names.forEach(name -> tables.addAgent(name, role));
      entry.plurals.forEach(plural -> tables.addAgent(plural, role));
      return;
    }
    if (entry.codes.size() == 1 && !first.contains(" ") && !first.contains("<") && !first.contains(">")) {
      String printed = first.toUpperCase(Locale.ROOT);
      if (printed.matches("[A-Z]{3}") && ActorCodes.parse(printed).country().isEmpty()) {
        // A bare three-letter code is a country, also when it is not ISO's ("ARN" in PETRARCH's test
        // dictionaries): register it first so that "ARNGOV" and agent words attach to it.
        tables.addCountryCode(printed);
      }
      ActorCode code = tables.parseCode(printed);
      entry.names.forEach(name -> addActor(tables, name, code));
      return;
    }
    OfficeHolder holder = holder(file, entry.line, entry.names.get(0), entry.codes, tables);
    entry.names.forEach(name -> tables.addPerson(name, holder));
  }

  private static void addActor(ActorTables tables, String name, ActorCode code) {
    if (code.code().length() == 3 && code.role().isEmpty()) {
      tables.addCountryName(name, code.code());
    } else {
      tables.addInstitution(name, code);
    }
  }

  /**
   * A name whose code the date decides: {@code [CODE YYMMDD-YYMMDD]}, {@code [CODE <YYMMDD]}, {@code [CODE >YYMMDD]}
   * (also with eight-digit dates and spaces). The first dated code that covers a date wins, as in PETRARCH; an undated
   * code is the default for every other date.
   */
  private static OfficeHolder holder(Path file, int line, String name, List<String> codes, ActorTables tables) {
    List<Tenure> dated = new ArrayList<>();
    List<Tenure> defaults = new ArrayList<>();
    String country = "";
    for (String entry : codes) {
      Matcher parts = DATED.matcher(entry.strip());
      if (!parts.matches()) {
        throw new ParleyInputException(file.toString(), line, "bad code '" + entry + "'");
      }
      String code = parts.group(1).toUpperCase(Locale.ROOT);
      String range = parts.group(2).replaceAll("\\s+", "");
      country = code.length() >= 3 ? code.substring(0, 3) : code;
      LocalDate start = LocalDate.of(1900, 1, 1);
      LocalDate end = null;
      try {
        if (range.startsWith(">")) {
          start = date(range.substring(1));
        } else if (range.startsWith("<")) {
          end = date(range.substring(1));
        } else if (range.contains("-")) {
          start = date(range.substring(0, range.indexOf('-')));
          end = date(range.substring(range.indexOf('-') + 1));
        } else if (!range.isEmpty()) {
          throw new IllegalArgumentException(range);
        }
      } catch (RuntimeException e) {
        throw new ParleyInputException(file.toString(), line, "bad date range '" + range + "'");
      }
      Tenure tenure = new Tenure(country, "", tables.parseCode(code).code(), start, end);
      (range.isEmpty() ? defaults : dated).add(tenure);
    }
    dated.addAll(defaults);
    return new OfficeHolder(name, country, dated);
  }

  /** TABARI dates are YYMMDD, years below 40 being 20xx; PETRARCH's may be YYYYMMDD. */
  private static LocalDate date(String text) {
    String digits = text.strip();
    if (digits.length() == 8) {
      return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
    }
    if (digits.length() != 6) {
      throw new IllegalArgumentException(digits);
    }
    int year = Integer.parseInt(digits.substring(0, 2));
    year += year < 40 ? 2000 : 1900;
    return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
  }

  private static String name(String raw) {
    return raw.strip().replace('_', ' ').replaceAll("\\s+", " ");
  }
}
