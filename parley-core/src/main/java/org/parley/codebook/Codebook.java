package org.parley.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.ParleyInputException;

/**
 * A parsed codebook: support verbs, patterns and examples, in file order. The file format is described in
 * {@code docs/CODEBOOK.md}.
 */
public record Codebook(
    Set<String> supportVerbs, List<Pattern> patterns, List<CodebookExample> examples, Map<String, String> blockNames, WordNetSettings wordnet) {
  private static final String BUNDLED = "/org/parley/codebook/codebook.txt";

  public Codebook {
    java.util.Objects.requireNonNull(wordnet, "wordnet is null");
    supportVerbs = Set.copyOf(supportVerbs);
    patterns = List.copyOf(patterns);
    examples = List.copyOf(examples);
    // Insertion order is the file's block order: print() and the fingerprint depend on it.
    blockNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blockNames));
  }

  /** A codebook without WordNet expansion. */
  public Codebook(Set<String> supportVerbs, List<Pattern> patterns, List<CodebookExample> examples, Map<String, String> blockNames) {
    this(supportVerbs, patterns, examples, blockNames, WordNetSettings.OFF);
  }

  /** The same codebook with other WordNet settings. */
  public Codebook withWordNet(WordNetSettings settings) {
    return new Codebook(supportVerbs, patterns, examples, blockNames, settings);
  }

  /** The codebook that ships with Parley. */
  public static Codebook bundled() {
    try (InputStream stream = Codebook.class.getResourceAsStream(BUNDLED)) {
      if (stream == null) {
        throw new IllegalStateException("bundled codebook missing: " + BUNDLED);
      }
      return parse("codebook.txt", new InputStreamReader(stream, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Codebook parse(String name, String text) {
    return parse(name, new StringReader(text));
  }

  /** Parses a codebook; a malformed line throws {@link ParleyInputException} naming the file and line. */
  public static Codebook parse(String name, Reader reader) {
    Set<String> supportVerbs = new LinkedHashSet<>();
    List<Pattern> patterns = new ArrayList<>();
    List<CodebookExample> examples = new ArrayList<>();
    Map<String, String> blockNames = new LinkedHashMap<>();
    WordNetSettings wordnet = WordNetSettings.OFF;
    String code = null;
    String reverse = "";
    int lineNumber = 0;
    try (BufferedReader lines = new BufferedReader(reader)) {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        lineNumber++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("@light")) {
          for (String verb : words(stripComment(line.substring("@light".length())))) {
            supportVerbs.add(verb.toLowerCase(Locale.ROOT));
          }
        } else if (line.startsWith("@wordnet")) {
          wordnet = WordNetSettings.parse(name, lineNumber, stripComment(line.substring("@wordnet".length())));
        } else if (line.startsWith("==")) {
          String rest = line.substring(2).strip();
          String[] parts = rest.split("\\s+", 2);
          String[] paired = parts[0].split(":", -1);
          if (paired.length > 2 || !paired[0].matches("\\d{2,4}") && !paired[0].equals(Pattern.NO_EVENT)
              || paired.length == 2 && !paired[1].matches("\\d{2,4}")) {
            throw new ParleyInputException(name, lineNumber,
                "block must start with a CAMEO code of 2 to 4 digits (CODE:REVERSE for a paired event), or --- for no event: " + line);
          }
          code = paired[0];
          reverse = paired.length == 2 ? paired[1] : "";
          blockNames.put(code, parts.length > 1 ? parts[1] : "");
        } else if (line.startsWith("+ ") || line.startsWith("- ") || line.equals("+") || line.equals("-")) {
          requireBlock(name, lineNumber, code);
          examples.add(example(name, lineNumber, code, line));
        } else if (line.startsWith("verb ") || line.startsWith("noun ")) {
          requireBlock(name, lineNumber, code);
          patterns.add(pattern(name, lineNumber, code, stripComment(line)).withReverseCode(reverse));
        } else {
          throw new ParleyInputException(name, lineNumber, "expected '==', 'verb', 'noun', '+', '-', '@light', '@wordnet' or '#': " + line);
        }
      }
    } catch (IOException e) {
      throw new ParleyInputException(name, lineNumber, "cannot read codebook: " + e.getMessage());
    }
    return new Codebook(supportVerbs, patterns, examples, blockNames, wordnet);
  }

  private static void requireBlock(String name, int lineNumber, String code) {
    if (code == null) {
      throw new ParleyInputException(name, lineNumber, "pattern or example before the first '== CODE' block");
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  private static CodebookExample example(String name, int lineNumber, String code, String line) {
    boolean positive = line.charAt(0) == '+';
    String sentence = line.substring(1).strip();
    String source = "";
    String target = "";
    int arrow = sentence.lastIndexOf("=>");
    if (arrow >= 0) {
      List<String> codes = words(sentence.substring(arrow + 2));
      if (codes.size() != 2) {
        throw new ParleyInputException(name, lineNumber, "expected '=> SOURCE TARGET' (use '-' for no target): " + line);
      }
      source = codes.get(0);
      target = codes.get(1);
      sentence = sentence.substring(0, arrow).strip();
    }
    if (sentence.isEmpty()) {
      throw new ParleyInputException(name, lineNumber, "example has no sentence");
    }
    return new CodebookExample(code, sentence, positive, source, target, lineNumber);
  }

  private static Pattern pattern(String name, int lineNumber, String code, String line) {
    List<String> tokens = words(line);
    TriggerKind kind = tokens.get(0).equals("verb") ? TriggerKind.VERB : TriggerKind.NOUN;
    if (tokens.size() < 2 || isSlot(tokens.get(1))) {
      throw new ParleyInputException(name, lineNumber, "pattern has no trigger lemma: " + line);
    }
    String lemma = tokens.get(1).toLowerCase(Locale.ROOT);
    List<String> particles = new ArrayList<>();
    List<SlotRule> slots = new ArrayList<>();
    Set<String> supportVerbs = new LinkedHashSet<>();
    for (String token : tokens.subList(2, tokens.size())) {
      if (!isSlot(token)) {
        if (!slots.isEmpty()) {
          throw new ParleyInputException(name, lineNumber, "particle '" + token + "' after a slot; particles follow the lemma");
        }
        particles.add(token.toLowerCase(Locale.ROOT));
      } else if (token.startsWith("via:")) {
        supportVerbs.addAll(lemmas(name, lineNumber, token.substring(4)));
      } else {
        slots.add(slot(name, lineNumber, token));
      }
    }
    if (kind == TriggerKind.NOUN && !particles.isEmpty()) {
      throw new ParleyInputException(name, lineNumber, "a noun trigger takes no particles: " + line);
    }
    return new Pattern(code, kind, lemma, particles, slots, supportVerbs, lineNumber);
  }

  private static boolean isSlot(String token) {
    return token.contains("=") || token.contains(":");
  }

  private static SlotRule slot(String name, int lineNumber, String token) {
    boolean forbidden = token.startsWith("!");
    String body = forbidden ? token.substring(1) : token;
    int equals = body.indexOf('=');
    int colon = body.indexOf(':');
    String path;
    Role role = null;
    Set<String> lemmas = Set.of();
    if (equals > 0 && (colon < 0 || equals < colon)) {
      path = body.substring(0, equals);
      String roleName = body.substring(equals + 1);
      try {
        role = Role.valueOf(roleName);
      } catch (IllegalArgumentException e) {
        throw new ParleyInputException(name, lineNumber, "unknown role '" + roleName + "' (SOURCE, TARGET or BOTH)");
      }
      if (forbidden) {
        throw new ParleyInputException(name, lineNumber, "'!' applies to lemma constraints, not roles: " + token);
      }
    } else if (colon > 0) {
      path = body.substring(0, colon);
      lemmas = lemmas(name, lineNumber, body.substring(colon + 1));
    } else {
      throw new ParleyInputException(name, lineNumber, "bad slot '" + token + "': write slot=ROLE or slot:lemma|lemma");
    }
    List<String> steps = Arrays.asList(path.toLowerCase(Locale.ROOT).split("\\."));
    for (String step : steps) {
      if (!step.matches("[a-z_]+")) {
        throw new ParleyInputException(name, lineNumber, "bad slot name '" + path + "'");
      }
    }
    return new SlotRule(steps, role, lemmas, forbidden);
  }

  private static Set<String> lemmas(String name, int lineNumber, String text) {
    Set<String> lemmas = new LinkedHashSet<>();
    for (String lemma : text.split("\\|")) {
      if (lemma.isBlank()) {
        throw new ParleyInputException(name, lineNumber, "empty lemma in '" + text + "'");
      }
      lemmas.add(lemma.toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return lemmas;
  }

  /** The codebook in its file format: parsing the printed text gives an equal codebook. */
  public String print() {
    StringBuilder text = new StringBuilder();
    if (!supportVerbs.isEmpty()) {
      text.append("@light ").append(String.join(" ", supportVerbs.stream().sorted().toList())).append('\n');
    }
    if (wordnet.enabled()) {
      text.append(wordnet.print()).append('\n');
    }
    for (Map.Entry<String, String> block : blockNames.entrySet()) {
      // Patterns of a paired code ("== 042:043") go under a header of their own, after the block's plain ones.
      Set<String> reverses = new LinkedHashSet<>(List.of(""));
      patterns.stream().filter(pattern -> pattern.code().equals(block.getKey())).forEach(pattern -> reverses.add(pattern.reverseCode()));
      for (String reverse : reverses) {
        text.append("\n== ").append(block.getKey());
        if (!reverse.isEmpty()) {
          text.append(':').append(reverse);
        }
        if (!block.getValue().isEmpty()) {
          text.append(' ').append(block.getValue());
        }
        text.append('\n');
        for (Pattern pattern : patterns) {
          if (pattern.code().equals(block.getKey()) && pattern.reverseCode().equals(reverse)) {
            text.append(pattern.print()).append('\n');
          }
        }
        if (reverse.isEmpty()) {
          for (CodebookExample example : examples) {
            if (example.code().equals(block.getKey())) {
              text.append(example.print()).append('\n');
            }
          }
        }
      }
    }
    return text.toString();
  }

  /** A short hash of the codebook's content, recorded with coded events so a coding can be cited. */
  public String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(print().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
