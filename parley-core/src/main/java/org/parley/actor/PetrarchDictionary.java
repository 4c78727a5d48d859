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
 * {@code NAME [CODE YYMMDD-YYMMDD] [CODE >YYMMDD]}, followed by {@code +SYNONYM} lines; underscores stand for
 * spaces. Agent files: {@code WORD {PLURAL} [~ROLE]}. Substitution macros ({@code !X! = ...}) are skipped.
 */
final class PetrarchDictionary {
  private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("^([^\\[{#]+?)\\s*(\\{[^}]*\\})?\\s*((?:\\[[^\\]]*\\]\\s*)+)");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");

  private PetrarchDictionary() {}

  static void read(Path file, ActorTables tables) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ParleyInputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new ParleyInputException(file.toString(), "cannot read: " + e.getMessage());
    }
    OfficeHolder current = null;
    ActorCode currentCode = null;
    String currentRole = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("<!--") || line.startsWith("!") || line.contains("!")) {
        continue;
      }
      if (line.startsWith("+")) {
        String synonym = name(line.substring(1).split("[#\\[]")[0]);
        if (synonym.isEmpty()) {
          continue;
        }
        if (current != null) {
          tables.addPerson(synonym, current);
        } else if (currentCode != null) {
          addActor(tables, synonym, currentCode);
        } else if (currentRole != null) {
          tables.addAgent(synonym, currentRole);
        }
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!entry.find()) {
        current = null;
        currentCode = null;
        currentRole = null;
        continue;
      }
      String name = name(entry.group(1));
      List<String> codes = new ArrayList<>();
      Matcher code = CODE.matcher(entry.group(3));
      while (code.find()) {
        codes.add(code.group(1).strip());
      }
      current = null;
      currentCode = null;
      currentRole = null;
      if (codes.isEmpty() || name.isEmpty()) {
        continue;
      }
      if (codes.get(0).startsWith("~")) {
        currentRole = codes.get(0).substring(1).toUpperCase(Locale.ROOT);
        tables.addAgent(name, currentRole);
        if (entry.group(2) != null) {
          for (String plural : entry.group(2).replaceAll("[{}]", "").split("\\s+")) {
            if (!plural.isBlank()) {
              tables.addAgent(name(plural), currentRole);
            }
          }
        }
      } else if (codes.size() == 1 && !codes.get(0).contains(" ")) {
        String printed = codes.get(0).toUpperCase(Locale.ROOT);
        if (printed.matches("[A-Z]{3}") && ActorCodes.parse(printed).country().isEmpty()) {
          // A bare three-letter code is a country, also when it is not ISO's ("ARN" in PETRARCH's test
          // dictionaries): register it first so that "ARNGOV" and agent words attach to it.
          tables.addCountryCode(printed);
        }
        currentCode = tables.parseCode(printed);
        addActor(tables, name, currentCode);
      } else {
        current = holder(file, i + 1, name, codes, tables);
        tables.addPerson(name, current);
      }
    }
  }

  private static void addActor(ActorTables tables, String name, ActorCode code) {
    if (code.code().length() == 3 && code.role().isEmpty()) {
      tables.addCountryName(name, code.code());
    } else {
      tables.addInstitution(name, code);
    }
  }

  private static OfficeHolder holder(Path file, int line, String name, List<String> codes, ActorTables tables) {
    List<Tenure> tenures = new ArrayList<>();
    String country = "";
    for (String entry : codes) {
      String[] parts = entry.split("\\s+");
      String code = parts[0].toUpperCase(Locale.ROOT);
      country = code.length() >= 3 ? code.substring(0, 3) : code;
      LocalDate start = LocalDate.of(1900, 1, 1);
      LocalDate end = null;
      if (parts.length > 1) {
        String range = parts[1];
        try {
          if (range.startsWith(">")) {
            start = date(range.substring(1));
          } else if (range.startsWith("<")) {
            end = date(range.substring(1));
          } else if (range.contains("-")) {
            start = date(range.substring(0, range.indexOf('-')));
            end = date(range.substring(range.indexOf('-') + 1));
          }
        } catch (RuntimeException e) {
          throw new ParleyInputException(file.toString(), line, "bad date range '" + range + "'");
        }
      }
      tenures.add(new Tenure(country, "", tables.parseCode(code).code(), start, end));
    }
    return new OfficeHolder(name, country, tenures);
  }

  /** TABARI dates are YYMMDD; years below 40 are 20xx. */
  private static LocalDate date(String text) {
    String digits = text.strip();
    int year = Integer.parseInt(digits.substring(0, 2));
    year += year < 40 ? 2000 : 1900;
    return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
  }

  private static String name(String raw) {
    return raw.strip().replace('_', ' ').replaceAll("\\s+", " ");
  }
}
