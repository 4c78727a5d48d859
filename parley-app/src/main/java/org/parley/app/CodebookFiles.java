package org.parley.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.codebook.CodeTable;
import org.parley.codebook.Codebook;
import org.parley.codebook.Pattern;
import org.parley.codebook.PetrarchVerbDictionary;
import org.parley.model.ParleyInputException;

/** Reads a user's codebook file, or PETRARCH verb dictionaries as a codebook. */
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

  /** The patterns of PETRARCH verb dictionaries, in order, as one codebook; says on stderr what was translated. */
  static Codebook readPetrarchVerbs(List<Path> files) {
    List<Pattern> patterns = new ArrayList<>();
    Map<String, String> blockNames = new LinkedHashMap<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ParleyInputException(file.toString(), "no such file");
      }
      PetrarchVerbDictionary.Translation translation = PetrarchVerbDictionary.read(file).translate(CodeTable.bundled());
      patterns.addAll(translation.codebook().patterns());
      translation.codebook().blockNames().forEach(blockNames::putIfAbsent);
      System.err.printf("parley: verb dictionary %s: %d patterns code CAMEO events, %d code no event ([---] or codes CAMEO lacks), "
          + "%d of them approximated (word order, adjacency)%n", file.getFileName(), translation.events(), translation.noEvents(), translation.approximate());
    }
    return new Codebook(Set.of(), patterns, List.of(), blockNames);
  }
}
