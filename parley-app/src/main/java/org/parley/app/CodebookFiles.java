package org.parley.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parley.codebook.Codebook;
import org.parley.model.ParleyInputException;

/** Reads a user's codebook file. */
final class CodebookFiles {
  private CodebookFiles() {}

  static Codebook read(Path file) {
    try {
      return Codebook.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new ParleyInputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new ParleyInputException(file.toString(), "cannot read: " + e.getMessage());
    }
  }
}
