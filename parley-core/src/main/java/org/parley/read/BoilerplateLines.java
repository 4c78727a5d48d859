package org.parley.read;

import java.util.regex.Pattern;

/** Recognises the cross-links and page furniture that scraped articles carry between paragraphs. */
final class BoilerplateLines {
  private static final Pattern CROSS_LINK =
      Pattern.compile(
          "^(?:(?i:read more|read also|also read|see also|related(?: stories| articles| coverage| news)?|watch)"
              + "\\s*[:：]"
              + "|(?:READ MORE|READ ALSO|ALSO READ|RELATED)\\b)");

  /** Short promotional lines; a long line starting like this is more likely a sentence. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "^(?i:subscribe|follow us|share this|advertisement|sign up for|click here)(?![\\p{L}])");

  private static final int FURNITURE_MAX_CHARS = 120;

  private BoilerplateLines() {}

  /** A "READ MORE: ..." style link to another article. */
  static boolean isCrossLink(String line) {
    return CROSS_LINK.matcher(line.strip()).find();
  }

  /** A cross-link or a subscribe/share/advertisement line. */
  static boolean isBoilerplate(String line) {
    String stripped = line.strip();
    return isCrossLink(stripped)
        || (stripped.length() <= FURNITURE_MAX_CHARS && FURNITURE.matcher(stripped).find());
  }
}
