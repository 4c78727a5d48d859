package org.parley.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The gold fixtures in {@code src/test/resources/org/parley/eval}, all written for these tests. */
final class GoldFiles {
  private GoldFiles() {}

  static Path fixture(String name) {
    try {
      return Path.of(GoldFiles.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static GoldSet read(Path file) {
    return new GoldReaders(TestingEvents.CODES).read(file);
  }
}
