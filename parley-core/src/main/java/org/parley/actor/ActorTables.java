package org.parley.actor;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorCode;

/**
 * Parley's actor knowledge: countries with their names, demonyms and capitals; institutions and IGOs;
 * agent words; office holders with tenure dates. Loaded once, read-only afterwards, thread-safe.
 */
public final class ActorTables {
  private static final String ROOT = "/org/parley/actor/";

  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Map<String, String> capitals = new HashMap<>();
  /** Each institution's codes, the last added first, each over the dates it holds for. */
  private final Map<String, List<DatedCode>> institutions = new HashMap<>();
  private final Map<String, String> agents = new HashMap<>();
  private final Map<String, OfficeHolder> people = new HashMap<>();
  private final Map<String, java.util.Set<OfficeHolder>> surnames = new HashMap<>();
  private final Map<String, EthnicGroup> ethnicGroups = new HashMap<>();
  private final java.util.Set<String> extraCountries = new java.util.HashSet<>();
  private final MessageDigest fingerprint;

  private ActorTables() {
    try {
      fingerprint = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tables that ship with Parley. */
  public static ActorTables bundled() {
    ActorTables tables = new ActorTables();
    tables.addCountries(TabularFile.resource(ROOT + "countries.tsv", 2));
    tables.addInstitutions(TabularFile.resource(ROOT + "institutions.tsv", 2));
    tables.addAgents(TabularFile.resource(ROOT + "agents.tsv", 2));
    tables.addOfficeHolders(TabularFile.resource(ROOT + "officeholders.tsv", 6));
    tables.addEthnicGroups(TabularFile.resource(ROOT + "ethnic-groups.tsv", 2));
    return tables;
  }

  /**
   * A people named as a group: its three-letter ethnic code, which follows country and role in an actor code
   * (IRQCVLKUR), and the one country it mostly lives in, or empty when there is none.
   */
  public record EthnicGroup(String code, String home) {}

  public Optional<EthnicGroup> ethnicGroup(String word) {
    return Optional.ofNullable(ethnicGroups.get(NameKey.of(word)));
  }

  void addEthnicGroups(List<TabularFile.Row> rows) {
    for (TabularFile.Row row : rows) {
      remember(row);
      String code = row.cell(1);
      String home = row.cell(2);
      if (!code.matches("[A-Z]{3}") || !home.matches("([A-Z]{3})?")) {
        throw row.problem("ethnic code and home country must be three capital letters: " + code + " " + home);
      }
      for (String name : TabularFile.list(row.cell(0))) {
        ethnicGroups.put(NameKey.of(name), new EthnicGroup(code, home));
      }
    }
  }

  /**
   * The bundled tables plus a user's own: files in Parley's formats (named {@code *countries*.tsv},
   * {@code *institutions*.tsv}, {@code *agents*.tsv}, {@code *officeholders*.tsv}) or PETRARCH/TABARI
   * dictionaries ({@code .txt}: actors with {@code [CODE date]} entries, agents with {@code [~ROLE]}).
   * Later entries override earlier ones.
   */
  public static ActorTables bundledWith(List<Path> userFiles) {
    ActorTables tables = bundled();
    for (Path file : userFiles) {
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".txt")) {
        PetrarchDictionary.read(file, tables);
      } else if (name.contains("countries")) {
        tables.addCountries(TabularFile.file(file, 2));
      } else if (name.contains("institution")) {
        tables.addInstitutions(TabularFile.file(file, 2));
      } else if (name.contains("ethnic")) {
        tables.addEthnicGroups(TabularFile.file(file, 2));
      } else if (name.contains("agent")) {
        tables.addAgents(TabularFile.file(file, 2));
      } else {
        tables.addOfficeHolders(TabularFile.file(file, 6));
      }
    }
    return tables;
  }

  private void remember(TabularFile.Row row) {
    fingerprint.update(String.join("\t", row.cells()).getBytes(StandardCharsets.UTF_8));
  }

  void addCountries(List<TabularFile.Row> rows) {
    for (TabularFile.Row row : rows) {
      remember(row);
      String code = row.cell(0);
      if (!code.matches("[A-Z]{3}")) {
        throw row.problem("country code must be three capital letters: " + code);
      }
      for (String name : TabularFile.list(row.cell(1))) {
        countryNames.put(NameKey.of(name), code);
      }
      for (String demonym : TabularFile.list(row.cell(2))) {
        demonyms.put(NameKey.of(demonym), code);
      }
      for (String capital : TabularFile.list(row.cell(3))) {
        capitals.put(NameKey.of(capital), code);
      }
    }
  }

  /**
   * A code an institution has from one day (null: always) until another (null: still): "Taliban" is AFGREB until the
   * fall of Kabul and AFGGOV after.
   */
  private record DatedCode(ActorCode code, LocalDate from, LocalDate until) {
    boolean covers(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
  }

  void addInstitutions(List<TabularFile.Row> rows) {
    for (TabularFile.Row row : rows) {
      remember(row);
      ActorCode code = parseCode(row.cell(1));
      LocalDate from;
      LocalDate until;
      try {
        from = row.cell(2).isEmpty() ? null : LocalDate.parse(row.cell(2));
        until = row.cell(3).isEmpty() ? null : LocalDate.parse(row.cell(3));
      } catch (DateTimeParseException e) {
        throw row.problem("bad dates: " + e.getMessage());
      }
      if (from != null && until != null && until.isBefore(from)) {
        throw row.problem("the code ends (" + until + ") before it starts (" + from + ")");
      }
      for (String name : TabularFile.list(row.cell(0))) {
        addInstitution(name, new DatedCode(code, from, until));
      }
    }
  }

  private void addInstitution(String name, DatedCode code) {
    institutions.computeIfAbsent(NameKey.of(name), key -> new ArrayList<>()).add(0, code);
  }

  void addAgents(List<TabularFile.Row> rows) {
    for (TabularFile.Row row : rows) {
      remember(row);
      String role = row.cell(1);
      for (String word : TabularFile.list(row.cell(0))) {
        agents.put(NameKey.of(word), role);
      }
    }
  }

  void addOfficeHolders(List<TabularFile.Row> rows) {
    Map<String, List<Tenure>> tenures = new LinkedHashMap<>();
    Map<String, TabularFile.Row> first = new LinkedHashMap<>();
    for (TabularFile.Row row : rows) {
      remember(row);
      String name = row.cell(0);
      try {
        LocalDate start = LocalDate.parse(row.cell(5));
        LocalDate end = row.cell(6).isEmpty() ? null : LocalDate.parse(row.cell(6));
        tenures.computeIfAbsent(name, key -> new ArrayList<>()).add(new Tenure(row.cell(2), row.cell(3), row.cell(4), start, end));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw row.problem("bad tenure dates: " + e.getMessage());
      }
      first.putIfAbsent(name, row);
    }
    for (Map.Entry<String, List<Tenure>> entry : tenures.entrySet()) {
      TabularFile.Row row = first.get(entry.getKey());
      OfficeHolder holder = new OfficeHolder(entry.getKey(), row.cell(2), entry.getValue());
      addPerson(entry.getKey(), holder);
      for (TabularFile.Row each : rows) {
        if (each.cell(0).equals(entry.getKey())) {
          for (String alias : TabularFile.list(each.cell(1))) {
            addPerson(alias, holder);
          }
        }
      }
    }
  }

  void addPerson(String name, OfficeHolder holder) {
    people.put(NameKey.of(name), holder);
    String surname = SurnameKey.of(name);
    if (!surname.isEmpty()) {
      surnames.computeIfAbsent(surname, key -> new java.util.LinkedHashSet<>()).add(holder);
    }
  }

  void addInstitution(String name, ActorCode code) {
    addInstitution(name, new DatedCode(code, null, null));
  }

  /** A country code a user dictionary names as an actor of its own ("ARN"), known before any name is added. */
  void addCountryCode(String code) {
    extraCountries.add(code);
  }

  void addCountryName(String name, String code) {
    countryNames.put(NameKey.of(name), code);
    extraCountries.add(code);
  }

  /** A printed code split into country and role, knowing the countries that user dictionaries added. */
  public ActorCode parseCode(String code) {
    if (code.length() >= 3 && extraCountries.contains(code.substring(0, 3))) {
      return new ActorCode(code, code.substring(0, 3), code.length() >= 6 ? code.substring(3, 6) : "");
    }
    return ActorCodes.parse(code);
  }

  void addAgent(String word, String role) {
    agents.put(NameKey.of(word), role);
  }

  public Optional<String> countryByName(String phrase) {
    return Optional.ofNullable(countryNames.get(NameKey.of(phrase)));
  }

  /** Country names long enough that a letter dropped, added or changed cannot make another: "Afganistan", "Phillippines". */
  private static final int MISSPELLED_NAME_LETTERS = 9;

  /**
   * A country whose name the text misspells by one letter ("Afganistan", "the Phillippines"), where exactly one country
   * name of nine letters or more is that close. Only for names no table knows as written.
   */
  public Optional<String> countryByMisspelledName(String phrase) {
    String key = NameKey.of(phrase);
    if (key.startsWith("=") || key.length() < MISSPELLED_NAME_LETTERS || !key.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
      return Optional.empty();
    }
    java.util.Set<String> found = new java.util.HashSet<>();
    for (Map.Entry<String, String> entry : countryNames.entrySet()) {
      String name = entry.getKey();
      if (name.length() >= MISSPELLED_NAME_LETTERS && Math.abs(name.length() - key.length()) <= 1 && SurnameKey.withinOneEdit(key, name)) {
        found.add(entry.getValue());
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  public Optional<String> countryByDemonym(String word) {
    return Optional.ofNullable(demonyms.get(NameKey.of(word)));
  }

  public Optional<String> countryByCapital(String phrase) {
    return Optional.ofNullable(capitals.get(NameKey.of(phrase)));
  }

  /** The code an institution has today. */
  public Optional<ActorCode> institution(String phrase) {
    return institution(phrase, null);
  }

  /** The code an institution has on a date (null: today): the last added of its codes that holds then. */
  public Optional<ActorCode> institution(String phrase, LocalDate date) {
    List<DatedCode> codes = institutions.get(NameKey.of(phrase));
    if (codes == null) {
      return Optional.empty();
    }
    LocalDate day = date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : date;
    return codes.stream().filter(code -> code.covers(day)).map(DatedCode::code).findFirst();
  }

  /** Every agent phrase, as compared: lower case. */
  java.util.Set<String> agentPhrases() {
    return java.util.Set.copyOf(agents.keySet());
  }

  public Optional<String> agentRole(String lemmaPhrase) {
    return Optional.ofNullable(agents.get(NameKey.of(lemmaPhrase)));
  }

  /** The code a named person carries on a date (null date: today), if the person is in the tables. */
  public Optional<ActorCode> person(String name, LocalDate date) {
    OfficeHolder holder = people.get(NameKey.of(name));
    return holder == null ? Optional.empty() : Optional.of(holder.codeOn(date));
  }

  /**
   * Whether a surname the tables know stands for someone else when the text gives this first name with it: "Hazem
   * Qassem" is not Naim Qassem. False where the tables know no one by the surname.
   */
  public boolean otherGivenName(String surname, String givenName) {
    OfficeHolder holder = people.get(NameKey.of(surname));
    if (holder == null) {
      return false;
    }
    java.util.List<String> names = java.util.Arrays.asList(NameKey.of(holder.name()).split("[ -]"));
    return !names.contains(NameKey.of(givenName));
  }

  /**
   * A person the text gives a title and a spelling the tables lack ("President Omar El Bashir", "President
   * Bouteflicka"): the office holder in office on the date (null: today) whose surname spells the same or one letter
   * apart and whose office the title names. Empty unless exactly one code answers.
   */
  public Optional<ActorCode> titledPerson(String name, String title, LocalDate date) {
    String key = SurnameKey.of(name);
    if (key.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    String office = title.toLowerCase(java.util.Locale.ROOT);
    LocalDate day = date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : date;
    java.util.Set<ActorCode> titled = new java.util.HashSet<>();
    for (Map.Entry<String, java.util.Set<OfficeHolder>> entry : surnames.entrySet()) {
      if (!SurnameKey.same(key, entry.getKey())) {
        continue;
      }
      for (OfficeHolder holder : entry.getValue()) {
        for (Tenure tenure : holder.tenures()) {
          if (tenure.covers(day) && tenure.office().toLowerCase(java.util.Locale.ROOT).contains(office)) {
            titled.add(holder.codeOn(day));
          }
        }
      }
    }
    // "Army spokesman Nabil Abdallah" is no "Prime Minister Ahmad Abdullah": the title must be the holder's office.
    return titled.size() == 1 ? Optional.of(titled.iterator().next()) : Optional.empty();
  }

  public Optional<String> personCountry(String name) {
    OfficeHolder holder = people.get(NameKey.of(name));
    return holder == null ? Optional.empty() : Optional.of(holder.country());
  }

  /** A short hash of every row loaded, recorded with coded events so a coding can be cited. */
  public String fingerprint() {
    try {
      MessageDigest copy = (MessageDigest) fingerprint.clone();
      return HexFormat.of().formatHex(copy.digest(), 0, 6);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  public int size() {
    return countryNames.size() + demonyms.size() + capitals.size() + institutions.size() + agents.size() + people.size();
  }
}
