package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.parley.model.ParleyInputException;

/**
 * Reads articles from a file or stdin, choosing the reader by the file's name: {@code .jsonl},
 * {@code .ndjson} and {@code .json} (each optionally {@code .gz}) are JSON, anything else plain text.
 *
 * <p>A problem with the whole input (missing, empty, binary, not UTF-8) throws
 * {@link ParleyInputException}; a problem with one article or line goes to
 * {@link ArticleSink#skip} and reading goes on. Thread-safe: it keeps no state between calls.
 */
public final class ArticleReaders {
  /** The name under which stdin appears in messages. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  private final InputStream standardInput;

  /** Reads {@code "-"} from {@link System#in}. */
  public ArticleReaders() {
    this(System.in);
  }

  /** Reads {@code "-"} from the given stream, as a test or a server does. */
  public ArticleReaders(InputStream standardInput) {
    this.standardInput = requireNonNull(standardInput, "standardInput is null");
  }

  /** Reads every article at {@code path} ({@code "-"} for stdin) into the sink. */
  public void read(String path, ReadOptions options, ArticleSink sink) {
    requireNonNull(path, "path is null");
    requireNonNull(options, "options is null");
    requireNonNull(sink, "sink is null");
    if (path.equals("-")) {
      readStream(STANDARD_INPUT_NAME, standardInput, options, sink);
      return;
    }
    Path file = existingFile(path);
    String name = path.toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String unzippedName = gzip ? name.substring(0, name.length() - ".gz".length()) : name;
    boolean json =
        unzippedName.endsWith(".jsonl") || unzippedName.endsWith(".ndjson") || unzippedName.endsWith(".json");
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream input = gzip ? gunzip(path, raw) : raw;
      read(path, input, json ? Kind.JSON : Kind.TEXT, options, sink);
    } catch (AccessDeniedException e) {
      throw new ParleyInputException(path, "permission denied");
    } catch (IOException e) {
      throw unreadable(path, e);
    }
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
    if (sample.isUtf16()) {
      throw new ParleyInputException(name, "UTF-16 text; convert the file to UTF-8");
    }
    if (sample.isBinary()) {
      throw new ParleyInputException(name, "binary file, not text");
    }
    Kind chosen = kind;
    if (kind == Kind.DETECT) {
      chosen = sample.firstNonBlankCharacter() == '{' ? Kind.JSON : Kind.TEXT;
    }
    Reader reader =
        new InputStreamReader(
            buffered,
            UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    if (chosen == Kind.JSON) {
      JsonLinesReader.read(name, reader, JsonLinesReader.layout(sample), options, sink);
    } else {
      readPlainText(name, reader, options, sink);
    }
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
    sink.accept(PlainTextReader.parse(name, content.toString(), options));
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
