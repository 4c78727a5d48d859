package org.parley.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.parley.codebook.CodeTable;
import org.parley.model.ParleyInputException;

/**
 * Reads a gold file in whichever of the three formats it is: {@code .xml} is PETRARCH validation records,
 * {@code .jsonl} Parley's gold format, and any other file is told by its first character (a JSON array is
 * PLOVER gold-standard records, an object Parley's format, {@code <} PETRARCH). Bad input throws
 * {@link ParleyInputException} naming the file and line.
 */
public final class GoldReaders {
  private final CodeTable codes;

  /** Gold CAMEO codes are checked against, and typed by, this table. */
  public GoldReaders(CodeTable codes) {
    this.codes = requireNonNull(codes, "codes is null");
  }

  public GoldSet read(Path file) {
    requireNonNull(file, "file is null");
    String name = file.toString();
    String content = content(file);
    if (content.isBlank()) {
      throw new ParleyInputException(name, "empty gold file");
    }
    GoldSet gold = switch (format(name, content)) {
      case PETRARCH -> new PetrarchGoldReader(codes).read(file, content);
      case PLOVER_GSR -> new PloverGoldReader().read(name, content);
      case PARLEY_JSONL -> new JsonLinesGoldReader(codes).read(name, content);
    };
    if (gold.sentences().isEmpty()) {
      throw new ParleyInputException(name, "no gold sentences to score" + (gold.skipped().isEmpty() ? "" : " (all skipped: " + gold.skipped() + ")"));
    }
    return gold;
  }

  static GoldFormat format(String name, String content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml")) {
      return GoldFormat.PETRARCH;
    }
    if (lower.endsWith(".jsonl")) {
      return GoldFormat.PARLEY_JSONL;
    }
    String start = content.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    if (start.startsWith("[")) {
      return GoldFormat.PLOVER_GSR;
    }
    if (start.startsWith("{")) {
      return GoldFormat.PARLEY_JSONL;
    }
    if (start.startsWith("<")) {
      return GoldFormat.PETRARCH;
    }
    throw new ParleyInputException(name, 1, "not a gold file: expected PETRARCH validation XML (.xml), Parley gold JSON Lines (.jsonl) or a JSON array of PLOVER gold-standard records");
  }

  private static String content(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ParleyInputException(file.toString(), "no such file");
    } catch (AccessDeniedException e) {
      throw new ParleyInputException(file.toString(), "permission denied");
    } catch (IOException e) {
      throw new ParleyInputException(file.toString(), "cannot read: " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ParleyInputException(file.toString(), "not valid UTF-8 text; convert the file to UTF-8");
    }
  }
}
