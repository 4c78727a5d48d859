package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.model.ParleyInputException;

/**
 * Expands the inputs of {@code parley ingest} into files: a folder into the article files under it, a glob
 * ({@code corpus/*.jsonl}, {@code crawl/**.warc.gz}) into the files it matches, each in sorted order; a plain
 * file name or {@code -} stays as it is.
 */
public final class InputFiles {
  /** The names the readers know: plain text, JSON Lines, HTML and WARC, optionally gzipped. */
  private static final List<String> ARTICLE_SUFFIXES =
      List.of(".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".warc");

  private InputFiles() {}

  public static List<String> expand(List<String> inputs) {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals("-")) {
        files.add(input);
      } else if (isGlob(input)) {
        List<String> matched = glob(input);
        if (matched.isEmpty()) {
          throw new ParleyInputException(input, "no file matches this pattern");
        }
        files.addAll(matched);
      } else if (Files.isDirectory(Path.of(input))) {
        files.addAll(folder(Path.of(input)));
      } else {
        files.add(input);
      }
    }
    return files;
  }

  static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String unzipped = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return !name.startsWith(".") && ARTICLE_SUFFIXES.stream().anyMatch(unzipped::endsWith);
  }

  private static boolean isGlob(String input) {
    return input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{");
  }

  private static List<String> folder(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).filter(InputFiles::isArticleFile).map(Path::toString).sorted().toList();
    } catch (IOException e) {
      throw new ParleyInputException(folder.toString(), "cannot list the folder: " + e.getMessage());
    }
  }

  /** The files matching a glob, searched from the longest leading part of it that has no wildcard. */
  private static List<String> glob(String pattern) {
    String normalised = pattern.replace('\\', '/');
    int firstWildcard = firstWildcard(normalised);
    int lastSlash = normalised.lastIndexOf('/', firstWildcard);
    Path base = lastSlash < 0 ? Path.of(".") : Path.of(lastSlash == 0 ? "/" : normalised.substring(0, lastSlash));
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalised);
    } catch (IllegalArgumentException e) {
      throw new ParleyInputException(pattern, "not a valid pattern: " + e.getMessage());
    }
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(base)) {
      return paths.filter(Files::isRegularFile)
          .map(path -> lastSlash < 0 ? base.relativize(path) : path)
          .filter(matcher::matches)
          .map(Path::toString)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new ParleyInputException(pattern, "cannot list files: " + e.getMessage());
    }
  }

  private static int firstWildcard(String pattern) {
    int first = pattern.length();
    for (char wildcard : new char[] {'*', '?', '[', '{'}) {
      int index = pattern.indexOf(wildcard);
      if (index >= 0) {
        first = Math.min(first, index);
      }
    }
    return first;
  }
}
