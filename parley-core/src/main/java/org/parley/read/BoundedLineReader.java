package org.parley.read;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but holds at most {@code maxChars}
 * characters of a line: a longer line is read to its end and reported as too long, without its text.
 */
final class BoundedLineReader {
  /** One line: its text, or empty text and {@code tooLong} when it was over the limit. */
  record Line(int number, String text, long length, boolean tooLong) {}

  private final Reader reader;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private final StringBuilder current = new StringBuilder();
  private int position;
  private int limit;
  private boolean skipLineFeed;
  private int lineNumber;

  BoundedLineReader(Reader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The number of the line being read or last read, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  Optional<Line> next() throws IOException {
    current.setLength(0);
    long length = 0;
    boolean started = false;
    while (true) {
      if (position >= limit) {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!started) {
            return Optional.empty();
          }
          return Optional.of(finish(length));
        }
      }
      char character = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (character == '\n') {
          continue;
        }
      }
      if (!started) {
        started = true;
        lineNumber++;
      }
      if (character == '\n' || character == '\r') {
        skipLineFeed = character == '\r';
        return Optional.of(finish(length));
      }
      length++;
      if (length <= maxChars) {
        current.append(character);
      } else if (current.length() > 0) {
        current.setLength(0);
        current.trimToSize();
      }
    }
  }

  private Line finish(long length) {
    boolean tooLong = length > maxChars;
    return new Line(lineNumber, tooLong ? "" : current.toString(), length, tooLong);
  }
}
