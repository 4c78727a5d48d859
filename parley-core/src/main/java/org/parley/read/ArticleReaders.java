package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from a file, a folder or stdin, choosing the reader by the file's name: {@code .jsonl},
 * {@code .ndjson} and {@code .json} are JSON, {@code .html} and {@code .htm} HTML, {@code .warc} WARC
 * (each optionally {@code .gz}), anything else plain text. Stdin is JSON when it starts with
 * <code>{</code>, HTML when it starts with a doctype or {@code <html>}, else plain text.
 *
 * <p>A problem with the whole input (missing, empty, binary, not UTF-8) throws
 * {@link ParleyInputException}; a problem with one article or line goes to
 * {@link ArticleSink#skip} and reading goes on. Thread-safe: it keeps no state between calls.
 */
public final class ArticleReaders {
  /** The name under which stdin appears in messages. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  private static final Logger LOG = LoggerFactory.getLogger(ArticleReaders.class);

  private final InputStream standardInput;

  /** Reads {@code "-"} from {@link System#in}. */
  public ArticleReaders() {
    this(System.in);
  }

  /** Reads {@code "-"} from the given stream, as a test or a server does. */
  public ArticleReaders(InputStream standardInput) {
    this.standardInput = requireNonNull(standardInput, "standardInput is null");
  }

  /**
   * Reads every article at {@code path} ({@code "-"} for stdin) into the sink. A folder is read file by
   * file (see {@link #FOLDER_SUFFIXES}); a problem with one of its files is a skip, not the end.
   */
  public void read(String path, ReadOptions options, ArticleSink sink) {
    requireNonNull(path, "path is null");
    requireNonNull(options, "options is null");
    requireNonNull(sink, "sink is null");
    if (path.equals("-")) {
      readStream(STANDARD_INPUT_NAME, standardInput, options, sink);
      return;
    }
    Optional<Path> folder = folder(path);
    if (folder.isPresent()) {
      readFolder(path, folder.get(), options, sink);
      return;
    }
    Path file = existingFile(path);
    String name = path.toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String unzippedName = gzip ? name.substring(0, name.length() - ".gz".length()) : name;
    try {
      if (unzippedName.endsWith(".warc")) {
        // jwarc reads gzip itself, one member per record, which lets it go on after a corrupt record.
        WarcFileReader.read(path, file, options, sink);
        return;
      }
      try (InputStream raw = Files.newInputStream(file)) {
        InputStream input = gzip ? new DecompressionLimit(path, gunzip(path, raw), Files.size(file)) : raw;
        read(path, input, kind(unzippedName), options, sink);
      }
    } catch (AccessDeniedException e) {
      throw new ParleyInputException(path, "permission denied");
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /** What a folder's files must end with to be read; other files in it are counted and ignored. */
  public static final List<String> FOLDER_SUFFIXES =
      List.of(".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".warc", ".txt.gz", ".jsonl.gz",
          ".ndjson.gz", ".json.gz", ".html.gz", ".warc.gz");

  private static final int FOLDER_MAX_DEPTH = 32;

  private void readFolder(String name, Path folder, ReadOptions options, ArticleSink sink) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder, FOLDER_MAX_DEPTH)) {
      files = walk.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new ParleyInputException(name, "cannot list the folder: " + e.getMessage());
    }
    int read = 0;
    int ignored = 0;
    for (Path file : files) {
      String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (FOLDER_SUFFIXES.stream().noneMatch(fileName::endsWith)) {
        ignored++;
        continue;
      }
      read++;
      try {
        read(file.toString(), options, sink);
      } catch (ParleyInputException problem) {
        sink.skip(problem);
      }
    }
    if (read == 0) {
      throw new ParleyInputException(name, "folder has no article files (" + String.join(" ", FOLDER_SUFFIXES) + ")");
    }
    if (ignored > 0) {
      LOG.info("{}: {} files read, {} ignored (not article files)", name, read, ignored);
    }
  }

  private static Optional<Path> folder(String path) {
    try {
      Path folder = Path.of(path);
      return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Kind kind(String unzippedName) {
    if (unzippedName.endsWith(".jsonl") || unzippedName.endsWith(".ndjson") || unzippedName.endsWith(".json")) {
      return Kind.JSON;
    }
    if (unzippedName.endsWith(".html") || unzippedName.endsWith(".htm") || unzippedName.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    return Kind.TEXT;
  }

  /**
   * Reads articles from an open stream named {@code name} in messages: JSON when its first
   * non-blank character is <code>{</code>, else one plain-text article. The stream is not closed.
   */
  public void readStream(String name, InputStream input, ReadOptions options, ArticleSink sink) {
    requireNonNull(name, "name is null");
    requireNonNull(input, "input is null");
    requireNonNull(options, "options is null");
    requireNonNull(sink, "sink is null");
    try {
      read(name, input, Kind.DETECT, options, sink);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private enum Kind {
    JSON,
    TEXT,
    HTML,
    DETECT
  }

  private static void read(String name, InputStream input, Kind kind, ReadOptions options, ArticleSink sink)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
    buffered.mark(ContentSample.SIZE + 1);
    ContentSample sample = new ContentSample(buffered.readNBytes(ContentSample.SIZE));
    buffered.reset();
    if (sample.isEmpty()) {
      throw new ParleyInputException(name, name.equals(STANDARD_INPUT_NAME) ? "no input" : "file is empty");
    }
    Kind chosen = kind;
    if (kind == Kind.DETECT) {
      chosen = sample.firstNonBlankCharacter() == '{' ? Kind.JSON : sample.isHtml() ? Kind.HTML : Kind.TEXT;
    }
    // A page names its own charset (windows-1251, UTF-16 with a byte-order mark): only control bytes make it binary.
    boolean html = chosen == Kind.HTML;
    if (!html && sample.isUtf16()) {
      throw new ParleyInputException(name, "UTF-16 text; convert the file to UTF-8");
    }
    if (html ? sample.isBinaryInAnyCharset() : sample.isBinary()) {
      throw new ParleyInputException(name, "binary file, not text");
    }
    if (sample.isWhole() && sample.firstNonBlankCharacter() == 0) {
      throw new ParleyInputException(name, "file has no text");
    }
    if (chosen == Kind.HTML) {
      HtmlFileReader.read(name, buffered, options, sink);
      return;
    }
    if (chosen == Kind.JSON) {
      JsonLinesReader.Layout layout = JsonLinesReader.layout(sample);
      // One line with bad bytes costs that line only; other layouts cannot resynchronise, so they stay strict.
      Reader reader = layout == JsonLinesReader.Layout.LINES
          ? new InputStreamReader(buffered, JsonLinesReader.markingDecoder())
          : strictUtf8(buffered);
      JsonLinesReader.read(name, reader, layout, options, sink);
    } else {
      readPlainText(name, strictUtf8(buffered), options, sink);
    }
  }

  private static Reader strictUtf8(InputStream input) {
    return new InputStreamReader(
        input,
        UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static void readPlainText(String name, Reader reader, ReadOptions options, ArticleSink sink)
      throws IOException {
    int limit = options.maxArticleChars();
    StringBuilder content = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int count = reader.read(buffer); count >= 0; count = reader.read(buffer)) {
        content.append(buffer, 0, count);
        if (content.length() > limit) {
          sink.skip(new ParleyInputException(name, "article is longer than " + limit + " characters"));
          return;
        }
      }
    } catch (CharacterCodingException e) {
      int line = (int) content.chars().filter(character -> character == '\n').count() + 1;
      throw new ParleyInputException(name, line, "not valid UTF-8 text; convert the file to UTF-8");
    }
    if (content.toString().isBlank()) {
      throw new ParleyInputException(name, "file has no text");
    }
    Article article = PlainTextReader.parse(name, content.toString(), options);
    Optional<String> notEnglish = EnglishText.whyNotEnglish(article.title() + "\n" + article.text());
    if (notEnglish.isPresent()) {
      sink.skip(new ParleyInputException(name, notEnglish.get()));
      return;
    }
    sink.accept(article);
  }

  private static Path existingFile(String path) {
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException e) {
      throw new ParleyInputException(path, "not a valid file name");
    }
    if (!Files.exists(file)) {
      throw new ParleyInputException(path, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ParleyInputException(path, "is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new ParleyInputException(path, "permission denied");
    }
    try {
      if (Files.size(file) == 0) {
        throw new ParleyInputException(path, "file is empty");
      }
    } catch (IOException e) {
      throw unreadable(path, e);
    }
    return file;
  }

  private static InputStream gunzip(String path, InputStream raw) throws IOException {
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (ZipException | EOFException e) {
      throw new ParleyInputException(path, "not a gzip file");
    }
  }

  private static ParleyInputException unreadable(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ParleyInputException(name, "no such file");
    }
    if (e instanceof ZipException) {
      return new ParleyInputException(name, "corrupt gzip data");
    }
    if (e instanceof EOFException) {
      return new ParleyInputException(name, "file ends too early (truncated gzip?)");
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ParleyInputException(name, "cannot read: " + message);
  }
}
