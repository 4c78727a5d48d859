package org.parley.codebook;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.ParleyInputException;

/**
 * A PETRARCH/TABARI verb dictionary: {@code --- VERB [code] ---} blocks of verb forms and {@code - words * words [code]}
 * phrase patterns, with {@code &SYNSET} word sets; {@link #translate} turns it into a Parley {@link Codebook}.
 *
 * @param name the file name, for messages
 * @param synsets word sets by name (upper case, without {@code &}), each member upper case with spaces between words
 * @param blocks the verb blocks in file order
 */
public record PetrarchVerbDictionary(String name, Map<String, Set<String>> synsets, List<VerbBlock> blocks) {
  /** The code of a pattern that matches but codes no event: PETRARCH's {@code [---]} and codes CAMEO lacks. */
  public static final String NO_EVENT = Pattern.NO_EVENT;

  public PetrarchVerbDictionary {
    requireNonNull(name, "name is null");
    synsets = Map.copyOf(synsets);
    blocks = List.copyOf(blocks);
  }

  /** What a pattern term stands for: words, or a position marker. */
  public enum TermKind {
    /** Any one of the words. */
    WORD,
    /** {@code $}: the source actor. */
    SOURCE,
    /** {@code +}: the target actor. */
    TARGET,
    /** {@code %}: a compound actor whose members act on each other. */
    COMPOUND,
    /** {@code ^}: skip a noun phrase; Parley ignores it. */
    SKIP
  }

  /**
   * One term of a phrase pattern.
   *
   * @param words for {@link TermKind#WORD}, the alternatives (upper case; a synset gives several, a multi-word member
   *     keeps its spaces); empty for markers
   */
  public record Term(TermKind kind, Set<String> words) {
    public Term {
      requireNonNull(kind, "kind is null");
      words = Set.copyOf(words);
    }
  }

  /**
   * A verb form listed in a block: its head word, words written before and after it ({@code WIRE_+TAP},
   * {@code BREAK_DOWN}), the irregular forms in braces and its code (its own, else the block's).
   */
  /** The code of the source's act in a dictionary code: {@code 032} of {@code 032:033}. */
  public static String forwardCode(String code) {
    int colon = code.indexOf(':');
    return colon < 0 ? code : code.substring(0, colon);
  }

  /** The code of the target's act back in a paired dictionary code: {@code 033} of {@code 032:033}; empty if unpaired. */
  public static String reverseCode(String code) {
    int colon = code.indexOf(':');
    return colon < 0 ? "" : code.substring(colon + 1);
  }

  public record VerbForm(String head, List<String> before, List<String> after, List<String> irregular, String code, int line) {
    public VerbForm {
      requireNonNull(head, "head is null");
      before = List.copyOf(before);
      after = List.copyOf(after);
      irregular = List.copyOf(irregular);
      requireNonNull(code, "code is null");
    }
  }

  /** A phrase pattern: the terms before and after the verb's {@code *}, and the code it gives. */
  public record VerbPhrase(List<Term> before, List<Term> after, String code, int line) {
    public VerbPhrase {
      before = List.copyOf(before);
      after = List.copyOf(after);
      requireNonNull(code, "code is null");
    }
  }

  /** A {@code --- VERB [code] ---} block: its default code, its verb forms and the phrase patterns all of them share. */
  public record VerbBlock(String code, List<VerbForm> verbs, List<VerbPhrase> phrases, int line) {
    public VerbBlock {
      requireNonNull(code, "code is null");
      verbs = List.copyOf(verbs);
      phrases = List.copyOf(phrases);
    }
  }

  public static PetrarchVerbDictionary read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), reader);
    } catch (IOException e) {
      throw new ParleyInputException(file.toString(), "cannot read verb dictionary: " + e.getMessage());
    }
  }

  public static PetrarchVerbDictionary parse(String name, String text) {
    return parse(name, new StringReader(text));
  }

  /** Parses a verb dictionary; a malformed line throws {@link ParleyInputException} naming the file and line. */
  public static PetrarchVerbDictionary parse(String name, Reader reader) {
    return new Parser(name).parse(reader);
  }

  /** Mutable state of one parse. */
  private static final class Parser {
    private final String name;
    private final Map<String, List<String>> rawSynsets = new LinkedHashMap<>();
    private final Map<String, Integer> synsetLines = new LinkedHashMap<>();
    private final List<Object[]> pendingPhrases = new ArrayList<>();
    private final List<VerbBlock> blocks = new ArrayList<>();
    private String synset;
    private String blockCode;
    private int blockLine;
    private List<VerbForm> verbs;
    private List<Integer> blockPhrases;
    private VerbForm headerVerb;

    Parser(String name) {
      this.name = name;
    }

    PetrarchVerbDictionary parse(Reader reader) {
      int lineNumber = 0;
      boolean inComment = false;
      try (BufferedReader lines = new BufferedReader(reader)) {
        for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
          lineNumber++;
          StringBuilder kept = new StringBuilder();
          String rest = raw;
          while (!rest.isEmpty()) {
            if (inComment) {
              int end = rest.indexOf("-->");
              if (end < 0) {
                rest = "";
              } else {
                rest = rest.substring(end + 3);
                inComment = false;
              }
            } else {
              int start = rest.indexOf("<!--");
              if (start < 0) {
                kept.append(rest);
                rest = "";
              } else {
                kept.append(rest, 0, start);
                rest = rest.substring(start + 4);
                inComment = true;
              }
            }
          }
          String line = kept.toString();
          boolean header = line.strip().startsWith("---");
          line = withoutComment(line);
          line = line.strip();
          if (line.isEmpty()) {
            continue;
          }
          line(lineNumber, line, header);
        }
      } catch (IOException e) {
        throw new ParleyInputException(name, lineNumber, "cannot read verb dictionary: " + e.getMessage());
      }
      endBlock();
      Map<String, Set<String>> synsets = new LinkedHashMap<>();
      for (String synsetName : rawSynsets.keySet()) {
        synsets.put(synsetName, expand(synsetName, synsetLines.get(synsetName), new LinkedHashSet<>()));
      }
      List<VerbBlock> resolved = new ArrayList<>();
      int phraseIndex = 0;
      for (VerbBlock block : blocks) {
        List<VerbPhrase> phrases = new ArrayList<>();
        for (int i = 0; i < block.phrases().size(); i++) {
          Object[] pending = pendingPhrases.get(phraseIndex++);
          phrases.add(phrase((String) pending[0], (String) pending[1], (int) pending[2], synsets));
        }
        resolved.add(new VerbBlock(block.code(), block.verbs(), phrases, block.line()));
      }
      return new PetrarchVerbDictionary(name, synsets, resolved);
    }

    private void line(int lineNumber, String line, boolean header) {
      if (header) {
        endBlock();
        synset = null;
        String body = line.substring(3).strip();
        if (body.endsWith("---")) {
          body = body.substring(0, body.length() - 3).strip();
        }
        int bracket = body.indexOf('[');
        if (bracket < 0) {
          throw new ParleyInputException(name, lineNumber, "verb block without a [code]: " + line);
        }
        String verb = body.substring(0, bracket).strip();
        if (verb.isEmpty()) {
          throw new ParleyInputException(name, lineNumber, "verb block without a verb: " + line);
        }
        blockCode = code(lineNumber, body.substring(bracket));
        blockLine = lineNumber;
        verbs = new ArrayList<>();
        blockPhrases = new ArrayList<>();
        headerVerb = verbForm(lineNumber, verb, blockCode);
      } else if (line.startsWith("&")) {
        endBlock();
        synset = synsetName(line.split("\\s+")[0]);
        if (synset.isEmpty()) {
          throw new ParleyInputException(name, lineNumber, "synset without a name: " + line);
        }
        rawSynsets.put(synset, new ArrayList<>());
        synsetLines.put(synset, lineNumber);
      } else if (synset != null && line.startsWith("+")) {
        String member = line.substring(1).strip();
        if (member.isEmpty()) {
          throw new ParleyInputException(name, lineNumber, "empty synset member");
        }
        rawSynsets.get(synset).add(member.toUpperCase(Locale.ROOT));
      } else if (verbs == null) {
        throw new ParleyInputException(name, lineNumber, "expected '--- VERB [code] ---', '&SYNSET' or a comment: " + line);
      } else if (line.startsWith("-")) {
        int bracket = line.lastIndexOf('[');
        if (bracket < 0 || !line.endsWith("]")) {
          throw new ParleyInputException(name, lineNumber, "pattern without a [code] at its end: " + line);
        }
        String code = code(lineNumber, line.substring(bracket));
        String words = line.substring(1, bracket).strip();
        long stars = words.chars().filter(c -> c == '*').count();
        if (stars != 1) {
          throw new ParleyInputException(name, lineNumber, "a pattern needs exactly one '*' for the verb: " + line);
        }
        pendingPhrases.add(new Object[] {words, code, lineNumber});
        blockPhrases.add(lineNumber);
      } else {
        String text = line;
        String code = blockCode;
        int bracket = text.indexOf('[');
        if (bracket >= 0) {
          int close = text.indexOf(']', bracket);
          if (close < 0) {
            throw new ParleyInputException(name, lineNumber, "unclosed '[' in verb form: " + line);
          }
          code = code(lineNumber, text.substring(bracket, close + 1));
          text = (text.substring(0, bracket) + " " + text.substring(close + 1)).strip();
        }
        verbs.add(verbForm(lineNumber, text, code));
      }
    }

    private void endBlock() {
      if (verbs != null) {
        if (verbs.isEmpty()) {
          // The header names the verb; the lines under it usually repeat it with its other forms.
          verbs.add(headerVerb);
        }
        // Phrases are resolved once every synset is known; the block holds placeholders until then.
        List<VerbPhrase> placeholders = new ArrayList<>();
        for (int line : blockPhrases) {
          placeholders.add(new VerbPhrase(List.of(), List.of(), NO_EVENT, line));
        }
        blocks.add(new VerbBlock(blockCode, verbs, placeholders, blockLine));
      }
      verbs = null;
      blockPhrases = null;
    }

    /**
     * The first bracket's code of {@code [031]}, {@code [032:033]} or {@code [120] [031:031]}, as written: a paired
     * code {@code 032:033} keeps both (the second codes the reversed dyad, see {@link #reverseCode(String)}).
     */
    private String code(int lineNumber, String text) {
      int open = text.indexOf('[');
      int close = text.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        throw new ParleyInputException(name, lineNumber, "bad code: " + text);
      }
      String code = text.substring(open + 1, close).replace(" ", "");
      if (code.isEmpty() || code.startsWith(":")) {
        throw new ParleyInputException(name, lineNumber, "empty code: " + text);
      }
      return code.toUpperCase(Locale.ROOT);
    }

    /** {@code BAN {BANS BANNED}}, {@code WIRE_+TAP {WIRE_+TAPPED}}, {@code +BREAK_DOWN {+BROKE_DOWN}}, {@code LASH OUT}. */
    private VerbForm verbForm(int lineNumber, String text, String code) {
      List<String> irregular = new ArrayList<>();
      int brace = text.indexOf('{');
      if (brace >= 0) {
        int close = text.indexOf('}', brace);
        if (close < 0) {
          throw new ParleyInputException(name, lineNumber, "unclosed '{' in verb form: " + text);
        }
        for (String form : text.substring(brace + 1, close).strip().split("\\s+")) {
          if (!form.isEmpty()) {
            irregular.add(headWord(lineNumber, form));
          }
        }
        text = (text.substring(0, brace) + " " + text.substring(close + 1)).strip();
      }
      if (text.contains("[") || text.contains("]") || text.contains("{") || text.contains("}")) {
        throw new ParleyInputException(name, lineNumber, "unexpected bracket in verb form: " + text);
      }
      List<String> words = words(text);
      if (words.isEmpty()) {
        throw new ParleyInputException(name, lineNumber, "verb form without a word");
      }
      int head = 0;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).startsWith("+")) {
          head = i;
        }
      }
      List<String> clean = words.stream().map(word -> word.replace("+", "")).filter(word -> !word.isEmpty()).toList();
      if (clean.size() != words.size()) {
        throw new ParleyInputException(name, lineNumber, "stray '+' in verb form: " + text);
      }
      return new VerbForm(clean.get(head), clean.subList(0, head), clean.subList(head + 1, clean.size()), irregular, code, lineNumber);
    }

    private String headWord(int lineNumber, String form) {
      List<String> words = words(form);
      for (String word : words) {
        if (word.startsWith("+")) {
          return word.substring(1);
        }
      }
      if (words.isEmpty()) {
        throw new ParleyInputException(name, lineNumber, "empty irregular form");
      }
      return words.get(0);
    }

    private Set<String> expand(String synsetName, int line, Set<String> seen) {
      if (!seen.add(synsetName)) {
        throw new ParleyInputException(name, line, "synset &" + synsetName + " contains itself");
      }
      Set<String> members = new LinkedHashSet<>();
      for (String member : rawSynsets.get(synsetName)) {
        if (member.startsWith("&")) {
          String inner = synsetName(member);
          if (!rawSynsets.containsKey(inner)) {
            throw new ParleyInputException(name, line, "synset &" + synsetName + " names an unknown synset &" + inner);
          }
          members.addAll(expand(inner, line, seen));
        } else {
          members.add(String.join(" ", words(member)));
        }
      }
      seen.remove(synsetName);
      return members;
    }

    private VerbPhrase phrase(String text, String code, int lineNumber, Map<String, Set<String>> synsets) {
      List<Term> before = new ArrayList<>();
      List<Term> after = new ArrayList<>();
      List<Term> side = before;
      for (String chunk : text.split("\\s+")) {
        for (String piece : chunk.split("_")) {
          if (piece.isEmpty()) {
            continue;
          }
          // "IN_*", "*_OUT", "SUGGESTED_+": markers may touch words without an underscore too.
          for (String token : piece.split("(?<=[*$+%^])|(?=[*$+%^])")) {
            switch (token) {
              case "*" -> side = after;
              case "$" -> side.add(new Term(TermKind.SOURCE, Set.of()));
              case "+" -> side.add(new Term(TermKind.TARGET, Set.of()));
              case "%" -> side.add(new Term(TermKind.COMPOUND, Set.of()));
              case "^" -> side.add(new Term(TermKind.SKIP, Set.of()));
              default -> {
                if (token.startsWith("&")) {
                  Set<String> members = synsets.get(synsetName(token));
                  if (members == null) {
                    throw new ParleyInputException(name, lineNumber, "unknown synset " + token);
                  }
                  side.add(new Term(TermKind.WORD, members));
                } else {
                  side.add(new Term(TermKind.WORD, Set.of(token.toUpperCase(Locale.ROOT))));
                }
              }
            }
          }
        }
      }
      return new VerbPhrase(before, after, code, lineNumber);
    }
  }

  /** The line before its {@code #} comment; a {@code #} inside brackets is part of a code ({@code [###]}). */
  private static String withoutComment(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '#' && depth == 0) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String synsetName(String token) {
    String stripped = token.startsWith("&") ? token.substring(1) : token;
    while (stripped.endsWith("_")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped.strip().toUpperCase(Locale.ROOT);
  }

  private static List<String> words(String text) {
    String stripped = text.replace('_', ' ').strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  /** How many phrase patterns the dictionary holds. */
  public int phraseCount() {
    return blocks.stream().mapToInt(block -> block.phrases().size()).sum();
  }

  /**
   * The dictionary as a Parley codebook, and what was counted on the way.
   *
   * @param events dictionary patterns (verb defaults and phrases) that code a CAMEO event
   * @param noEvents dictionary patterns that match but code no event ({@code [---]}, or a code CAMEO lacks)
   * @param approximate patterns translated with word order, adjacency or part of a multi-word synset member left out
   */
  public record Translation(Codebook codebook, int events, int noEvents, int approximate) {
    public Translation {
      requireNonNull(codebook, "codebook is null");
    }
  }

  /** Translates the dictionary into codebook patterns; see {@link PetrarchVerbTranslator}. */
  public Translation translate(CodeTable codes) {
    return new PetrarchVerbTranslator(codes).translate(this);
  }
}
