package org.parley.read;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;

/**
 * Wire datelines that open a story's body: "MOSCOW, April 3 (Reuters) - ", "NAIROBI, June 25, 2024 (Reuters) - ",
 * "GAZA/JERUSALEM, Oct 13, 2025 (Reuters) - " (a story filed from two places, which gives it no one home). The
 * place they name is kept with the article (it counts towards the story's home country), the outlet they credit is
 * the article's source where none is given, and a date with its year dates the article.
 */
final class Datelines {
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\p{M} .'’/-]*\\p{Lu}\\.?"
              + "(?:\\s*,\\s*[^,()\\n–—-]{1,40}?){0,3}"
              + "\\s*(?:\\(([^()\\n]{1,40})\\))?"
              + "\\s*[-–—]+\\s+");

  /** What a dateline tells, and the paragraph after it. */
  record Dateline(String place, String outlet, LocalDate date, String rest) {}

  private Datelines() {}

  /**
   * An article whose text opens with a dateline, without it: the place becomes its dateline, the outlet its source and
   * the date its date where it has none. The id stays, so that it is what it was derived as.
   */
  static Article taken(Article article) {
    if (!article.dateline().isEmpty()) {
      return article;
    }
    Dateline dateline = split(article.text().stripLeading());
    if (dateline.place().isEmpty()) {
      return article;
    }
    return new Article(article.id(), article.title(), article.source().isEmpty() ? dateline.outlet() : article.source(),
        article.url(), article.published() != null ? article.published() : dateline.date(), dateline.rest(), dateline.place());
  }

  /** The dateline opening a paragraph, or an empty one whose rest is the whole paragraph. */
  static Dateline split(String paragraph) {
    Matcher matcher = DATELINE.matcher(paragraph);
    if (!matcher.find() || matcher.end() >= paragraph.length()) {
      return new Dateline("", "", null, paragraph);
    }
    String line = paragraph.substring(0, matcher.end());
    String outlet = matcher.group(1) == null ? "" : matcher.group(1).strip();
    LocalDate date = null;
    // "RAMALLAH, West Bank, Aug 12, 2025": the date follows the place and any region, after one of the commas.
    for (int comma = line.indexOf(','); comma >= 0 && date == null; comma = line.indexOf(',', comma + 1)) {
      String rest = line.substring(comma + 1).replaceAll("\\([^()]*\\)", " ").replaceAll("[-–—]+\\s*$", "").strip();
      date = PublicationDates.parse(rest).orElse(null);
    }
    String place = line.split("[,(]|\\s[-–—]", 2)[0].strip();
    return new Dateline(place, outlet, date, paragraph.substring(matcher.end()));
  }
}
