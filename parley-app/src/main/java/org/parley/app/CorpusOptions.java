package org.parley.app;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parley.coding.TimedCoding;
import org.parley.model.ParleyInputException;
import org.parley.read.ReadOptions;
import picocli.CommandLine.Option;

/**
 * How a corpus is read and run: what to assume for articles that do not say (date, outlet, URL), the size and
 * time limits per article, and how many articles are coded at once. Shared by {@code code}, {@code annotate},
 * {@code actors} and {@code ingest}.
 */
final class CorpusOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date: wins over a plain-text file's title block, fills in articles that give none.")
  String date;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet name: wins over a plain-text file's title block, fills in articles that give none.")
  String source;

  @Option(names = "--url", paramLabel = "URL", description = "Article URL: wins over a plain-text file's title block, fills in articles that give none.")
  String url;

  @Option(names = "--threads", paramLabel = "N", description = "Articles coded at once (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-chars", paramLabel = "N", description = "Skip articles longer than this (default: ${DEFAULT-VALUE}).")
  int maxChars = 1_000_000;

  @Option(names = "--article-time-limit", paramLabel = "SECONDS",
      description = "Give up an article whose coding runs longer than this, and go on with the others (default: ${DEFAULT-VALUE}).")
  int articleTimeLimitSeconds = (int) TimedCoding.DEFAULT_LIMIT.toSeconds();

  ReadOptions readOptions() {
    if (maxChars < 1) {
      throw new ParleyInputException("--max-chars", "must be 1 or more: " + maxChars);
    }
    LocalDate published = null;
    if (date != null) {
      try {
        published = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ParleyInputException("--date", "not a date in the form YYYY-MM-DD: " + date);
      }
    }
    return new ReadOptions(published, source == null ? "" : source, url == null ? "" : url, maxChars);
  }

  int threads() {
    if (threads < 1) {
      throw new ParleyInputException("--threads", "must be 1 or more: " + threads);
    }
    return threads;
  }

  /** The time limit per article, checked. */
  Duration articleTimeLimit() {
    if (articleTimeLimitSeconds < 1) {
      throw new ParleyInputException("--article-time-limit", "must be 1 second or more: " + articleTimeLimitSeconds);
    }
    return Duration.ofSeconds(articleTimeLimitSeconds);
  }

  /** The options that change what is stored, as a user would give them again, for the record of a run. */
  List<String> asArguments() {
    List<String> arguments = new ArrayList<>();
    if (date != null) {
      arguments.add("--date " + date);
    }
    if (source != null) {
      arguments.add("--source " + source);
    }
    if (url != null) {
      arguments.add("--url " + url);
    }
    return arguments;
  }
}
