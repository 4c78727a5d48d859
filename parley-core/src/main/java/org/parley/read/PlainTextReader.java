package org.parley.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/**
 * Turns one plain-text article into an {@link Article}: the first non-empty line is the title; short
 * outlet, date, byline and address lines just below it are metadata, not body; cross-links, page
 * furniture, a wire dateline and a closing outlet credit are dropped from the body.
 *
 * <p>Paragraphs are separated by blank lines; a paragraph whose lines look hard-wrapped (most of
 * them long and not ending a sentence) is joined into one line, otherwise each line is a paragraph.
 * The text is the paragraphs joined by a blank line. An input with nothing below its title is its
 * own body, so that a single sentence on stdin is still coded.
 */
final class PlainTextReader {
  /** How many non-empty lines below the title may hold metadata. */
  private static final int METADATA_LINES = 6;

  private static final int METADATA_MAX_CHARS = 60;
  private static final int BYLINE_MAX_CHARS = 80;
  private static final int WRAPPED_LINE_MIN_CHARS = 30;

  private static final Pattern BYLINE =
      Pattern.compile("^(?:(?i:by)\\s+\\p{Lu}|(?i:written by|reported by|reporting by|authors?\\s*:)\\s*\\S)");

  /** Separators on a line that holds several metadata items, as in "RT.com | 3 Apr 2025". */
  private static final Pattern METADATA_SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+|\\s*[|·•]\\s*");

  private static final Pattern WHOLE_CREDIT = Pattern.compile("^\\(([^()]{1,60})\\)\\.?$");
  private static final Pattern TRAILING_CREDIT = Pattern.compile("\\s+\\(([^()]{1,40})\\)$");
  private static final Pattern REPORTING_CREDIT =
      Pattern.compile("^\\(?(?i:reporting by|writing by|editing by|additional reporting|compiled by)\\b.*");

  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;\"”’'»)\\]]$");

  private PlainTextReader() {}

  /** Reads one article; throws when the content has no text at all. */
  static Article parse(String file, String content, ReadOptions options) {
    List<String> lines = lines(content);
    int titleIndex = firstNonBlank(lines, 0);
    if (titleIndex < 0) {
      throw new ParleyInputException(file, "file has no text");
    }
    String title = collapseSpaces(lines.get(titleIndex));
    Metadata metadata = readMetadata(lines, titleIndex + 1);

    List<String> bodyLines = new ArrayList<>();
    for (int index = titleIndex + 1; index < lines.size(); index++) {
      String line = lines.get(index);
      if (!metadata.lines.contains(index) && !BoilerplateLines.isBoilerplate(line)) {
        bodyLines.add(line);
      }
    }
    List<String> paragraphs = paragraphs(bodyLines);
    Datelines.Dateline dateline = stripDateline(paragraphs);
    String wireSource = dateline.outlet();
    String creditSource = stripTrailingCredits(paragraphs);

    String text = String.join("\n\n", paragraphs);
    if (text.isEmpty()) {
      text = title;
    }
    String source = firstNonEmpty(options.source(), metadata.source, wireSource, creditSource);
    String url = firstNonEmpty(options.url(), metadata.url);
    LocalDate published = options.date() != null ? options.date() : metadata.published != null ? metadata.published : dateline.date();
    return new Article(ArticleIds.derive(title, text), title, source, url, published, text, dateline.place());
  }

  private static final class Metadata {
    final Set<Integer> lines = new HashSet<>();
    String source = "";
    String url = "";
    LocalDate published;
  }

  private static Metadata readMetadata(List<String> lines, int start) {
    Metadata metadata = new Metadata();
    int examined = 0;
    for (int index = start; index < lines.size() && examined < METADATA_LINES; index++) {
      String line = lines.get(index);
      if (line.isBlank()) {
        continue;
      }
      examined++;
      Optional<String> url = OutletNames.url(line);
      if (url.isPresent()) {
        metadata.url = metadata.url.isEmpty() ? url.get() : metadata.url;
        metadata.lines.add(index);
        continue;
      }
      if (line.length() > BYLINE_MAX_CHARS) {
        continue;
      }
      List<String> items = new ArrayList<>();
      for (String item : METADATA_SEPARATOR.split(line)) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      if (items.size() > 1 && items.stream().allMatch(PlainTextReader::isMetadataItem)) {
        items.forEach(item -> record(item, metadata));
        metadata.lines.add(index);
      } else if (isMetadataItem(line) || isByline(line)) {
        record(line, metadata);
        metadata.lines.add(index);
      }
    }
    return metadata;
  }

  private static boolean isMetadataItem(String item) {
    return isByline(item)
        || (item.length() <= METADATA_MAX_CHARS
            && (PublicationDates.parse(item).isPresent() || OutletNames.recognize(item).isPresent()));
  }

  /** Takes the first date and the first outlet; bylines and later dates or outlets are dropped. */
  private static void record(String item, Metadata metadata) {
    if (isByline(item)) {
      return;
    }
    Optional<LocalDate> date = PublicationDates.parse(item);
    if (date.isPresent()) {
      metadata.published = metadata.published == null ? date.get() : metadata.published;
      return;
    }
    OutletNames.recognize(item)
        .filter(outlet -> metadata.source.isEmpty())
        .ifPresent(outlet -> metadata.source = outlet);
  }

  private static boolean isByline(String line) {
    String stripped = line.strip();
    return stripped.length() <= BYLINE_MAX_CHARS
        && !stripped.endsWith(".")
        && BYLINE.matcher(stripped).find();
  }

  static List<String> paragraphs(List<String> bodyLines) {
    List<String> paragraphs = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : bodyLines) {
      if (line.isBlank()) {
        addBlock(block, paragraphs);
        block.clear();
      } else {
        block.add(collapseSpaces(line));
      }
    }
    addBlock(block, paragraphs);
    return paragraphs;
  }

  private static void addBlock(List<String> block, List<String> paragraphs) {
    if (block.isEmpty()) {
      return;
    }
    if (block.size() == 1 || !isHardWrapped(block)) {
      paragraphs.addAll(block);
      return;
    }
    StringBuilder joined = new StringBuilder(block.get(0));
    for (int index = 1; index < block.size(); index++) {
      // A word broken at the margin ("well-" / "known") keeps its hyphen and loses the space.
      boolean brokenWord = joined.length() > 1
          && joined.charAt(joined.length() - 1) == '-'
          && Character.isLetter(joined.charAt(joined.length() - 2));
      if (!brokenWord) {
        joined.append(' ');
      }
      joined.append(block.get(index));
    }
    paragraphs.add(joined.toString());
  }

  /** Most lines but the last run on: long, and not ending a sentence. */
  private static boolean isHardWrapped(List<String> block) {
    int runOn = 0;
    for (int index = 0; index < block.size() - 1; index++) {
      String line = block.get(index);
      if (line.length() >= WRAPPED_LINE_MIN_CHARS && !SENTENCE_END.matcher(line).matches()) {
        runOn++;
      }
    }
    return runOn * 2 > block.size() - 1;
  }

  /** Removes a wire dateline from the first paragraph and returns what it tells. */
  private static Datelines.Dateline stripDateline(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return new Datelines.Dateline("", "", null, "");
    }
    Datelines.Dateline dateline = Datelines.split(paragraphs.get(0));
    paragraphs.set(0, dateline.rest());
    return dateline;
  }

  /** Removes "(RT)", " (Reuters)" and "Reporting by ..." credits at the end of the body. */
  private static String stripTrailingCredits(List<String> paragraphs) {
    String outlet = "";
    while (!paragraphs.isEmpty()) {
      int last = paragraphs.size() - 1;
      String paragraph = paragraphs.get(last);
      Matcher whole = WHOLE_CREDIT.matcher(paragraph);
      if (REPORTING_CREDIT.matcher(paragraph).matches()) {
        paragraphs.remove(last);
      } else if (whole.matches() && OutletNames.isCredit(whole.group(1))) {
        outlet = whole.group(1).strip();
        paragraphs.remove(last);
      } else {
        Matcher trailing = TRAILING_CREDIT.matcher(paragraph);
        if (trailing.find() && OutletNames.isCredit(trailing.group(1))) {
          outlet = trailing.group(1).strip();
          paragraphs.set(last, paragraph.substring(0, trailing.start()));
        }
        break;
      }
    }
    return outlet;
  }

  private static List<String> lines(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    List<String> lines = new ArrayList<>();
    for (String line : text.replace('\u00A0', ' ').split("\\r\\n|\\r|\\n", -1)) {
      lines.add(line.strip());
    }
    return lines;
  }

  private static int firstNonBlank(List<String> lines, int start) {
    for (int index = start; index < lines.size(); index++) {
      if (!lines.get(index).isBlank()) {
        return index;
      }
    }
    return -1;
  }

  private static String collapseSpaces(String line) {
    return line.replaceAll("[ \\t\\f\\u000B]+", " ").strip();
  }

  private static String firstNonEmpty(String... values) {
    for (String value : values) {
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }
}
