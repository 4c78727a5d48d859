package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** The first bytes of an input, enough to tell text from binary and JSON from prose. */
final class ContentSample {
  static final int SIZE = 8192;

  /** Above this share of control or undecodable characters, a file is not text. */
  private static final double BINARY_SHARE = 0.10;

  private final byte[] bytes;
  private final String text;

  ContentSample(byte[] bytes) {
    this.bytes = bytes.clone();
    this.text = decodeLeniently(bytes);
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }

  /** The sample holds the whole input: it is shorter than {@link #SIZE}. */
  boolean isWhole() {
    return bytes.length < SIZE;
  }

  boolean isUtf16() {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  /** NUL bytes, or more than a tenth control characters or bytes that are not UTF-8. */
  boolean isBinary() {
    return hasNul() || suspiciousShare(true);
  }

  /**
   * For input in a charset of its own (HTML): a UTF-16 byte-order mark is text, otherwise NUL bytes or more
   * than a tenth control characters make it binary; bytes that are not UTF-8 do not.
   */
  boolean isBinaryInAnyCharset() {
    return !isUtf16() && (hasNul() || suspiciousShare(false));
  }

  private boolean hasNul() {
    for (byte value : bytes) {
      if (value == 0) {
        return true;
      }
    }
    return false;
  }

  private boolean suspiciousShare(boolean countUndecodable) {
    int suspicious = 0;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      boolean control =
          character < 0x20 && character != '\t' && character != '\n' && character != '\r' && character != '\f';
      if (control || character == 0x7F || (countUndecodable && character == '\uFFFD')) {
        suspicious++;
      }
    }
    return suspicious > 0 && suspicious > text.length() * BINARY_SHARE;
  }

  /** The first character that is not whitespace or a byte-order mark, or 0 when there is none. */
  char firstNonBlankCharacter() {
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (!Character.isWhitespace(character) && character != '\uFEFF') {
        return character;
      }
    }
    return 0;
  }

  /** Starts like an HTML document: a doctype or an {@code <html>} tag, after blanks and comments. */
  boolean isHtml() {
    String start = text.replace("\uFEFF", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<!--");
  }

  /** The first line with text in it, stripped; empty when the sample holds none. */
  String firstNonBlankLine() {
    for (String line : text.replace("\uFEFF", "").split("\\R", -1)) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  private static String decodeLeniently(byte[] bytes) {
    CharsetDecoder decoder =
        UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
  }
}
