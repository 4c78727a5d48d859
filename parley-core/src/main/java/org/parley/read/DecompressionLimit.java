package org.parley.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.parley.model.ParleyInputException;

/**
 * Stops reading a decompressed stream past a limit, so that a small gzip file that inflates to
 * gigabytes (a "zip bomb") ends with a clear error instead of hours of work.
 *
 * <p>The limit is {@value #RATIO} times the compressed size, but never below {@value #FLOOR_BYTES}
 * bytes: text compresses 3 to 10 times, so only a crafted file comes near it.
 */
final class DecompressionLimit extends FilterInputStream {
  static final long RATIO = 100;
  static final long FLOOR_BYTES = 64L << 20;

  private final String name;
  private final long limit;
  private long count;

  DecompressionLimit(String name, InputStream decompressed, long compressedBytes) {
    super(decompressed);
    this.name = name;
    this.limit = Math.max(FLOOR_BYTES, compressedBytes > Long.MAX_VALUE / RATIO ? Long.MAX_VALUE : compressedBytes * RATIO);
  }

  @Override
  public int read() throws IOException {
    int value = super.read();
    if (value >= 0) {
      counted(1);
    }
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      counted(read);
    }
    return read;
  }

  @Override
  public long skip(long length) throws IOException {
    long skipped = super.skip(length);
    counted(skipped);
    return skipped;
  }

  private void counted(long bytes) {
    count += bytes;
    if (count > limit) {
      throw new ParleyInputException(
          name, "gzip data inflates to more than " + limit + " bytes (" + RATIO
              + " times the file's size): refusing what looks like a zip bomb");
    }
  }
}
