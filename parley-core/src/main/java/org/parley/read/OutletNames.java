package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a short line names a news outlet: a name from {@code outlets.txt}, a domain name
 * such as {@code tass.com}, or a title-case name ending in a newspaper word ("Kyiv Post").
 */
final class OutletNames {
  private static final String RESOURCE = "outlets.txt";
  private static final int MAX_CHARS = 60;

  private static final Pattern SOURCE_LABEL = Pattern.compile("^(?i:source|via)\\s*:\\s*");

  private static final Pattern DOMAIN =
      Pattern.compile(
          "^(?i:www\\.)?(?:[\\p{Alnum}](?:[\\p{Alnum}-]{0,61}[\\p{Alnum}])?\\.)+"
              + "(?i:[a-z]{2}|com|net|org|info|news|int|gov|edu|online|media|press|today|world|global|live|site|tv)$");

  private static final Pattern NEWSPAPER_NAME =
      Pattern.compile(
          "^(?:The\\s+)?(?:\\p{Lu}[\\p{L}&'’.-]*\\s+){0,4}"
              + "(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Agency|Daily|Observer"
              + "|Express|Chronicle|Wire|Insider|Monitor|Standard|Mirror|Pravda|Izvestia)$");

  /** Section labels that look like "X News" but name a page, not an outlet. */
  private static final Pattern SECTION_LABEL =
      Pattern.compile(
          "^(?i:breaking|latest|top|world|business|sports?|local|national|international|more|related"
              + "|other|live|today's|daily|fake)\\b.*");

  private static final Pattern URL = Pattern.compile("^(?i:https?://)\\S+$");

  private static final Set<String> KNOWN = load();

  private OutletNames() {}

  /** The outlet the line names, as written, or empty. */
  static Optional<String> recognize(String line) {
    String name = SOURCE_LABEL.matcher(line.strip()).replaceFirst("").strip();
    if (name.isEmpty() || name.length() > MAX_CHARS) {
      return Optional.empty();
    }
    if (KNOWN.contains(name.toLowerCase(Locale.ROOT))) {
      return Optional.of(name);
    }
    if (DOMAIN.matcher(name).matches()) {
      return Optional.of(name);
    }
    if (name.endsWith(".") || SECTION_LABEL.matcher(name).matches()) {
      return Optional.empty();
    }
    return NEWSPAPER_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
  }

  /** A credit such as {@code Reuters} or {@code AFP} inside parentheses at the end of an article. */
  static boolean isCredit(String text) {
    String name = text.strip();
    return recognize(name).isPresent() || name.matches("\\p{Lu}{2,6}");
  }

  /** The line is nothing but a web address. */
  static Optional<String> url(String line) {
    Matcher matcher = URL.matcher(line.strip());
    return matcher.matches() ? Optional.of(matcher.group()) : Optional.empty();
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream input = OutletNames.class.getResourceAsStream(RESOURCE)) {
      if (input == null) {
        throw new IllegalStateException("missing resource org/parley/read/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(input, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/parley/read/" + RESOURCE, e);
    }
    return Set.copyOf(names);
  }
}
