package org.parley.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.actor.ActorTables;
import org.parley.actor.PlaceTable;
import org.parley.codebook.CodeTable;
import org.parley.codebook.Codebook;
import org.parley.codebook.CodebookExample;
import org.parley.codebook.Pattern;
import org.parley.codebook.WordNetExpansion;
import org.parley.codebook.WordNetSettings;
import org.parley.coding.CodebookCheck;
import org.parley.coding.EventCoder;
import org.parley.coding.EventPipeline;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley codebook}: checks a codebook against its own example sentences, or prints it. */
@Command(
    name = "codebook",
    mixinStandardHelpOptions = true,
    description = {
      "Check a codebook: code every '+' and '-' example sentence and list those that do not code as their block says.",
      "Exit 0 when all pass, 1 when some fail, 2 when the codebook does not parse."
    })
final class CodebookCommand implements Callable<Integer> {
  @Option(names = "--codebook", paramLabel = "FILE", description = "The codebook to check (default: the bundled one).")
  Path codebook;

  @Option(names = "--code", paramLabel = "PREFIX", description = "Only the blocks whose CAMEO code starts with this (e.g. 04, 0871).")
  String codePrefix = "";

  @Option(names = "--threads", paramLabel = "N", description = "Examples coded at once (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--print", description = "Print the codebook in its canonical form instead of checking it.")
  boolean print;

  @Option(names = "--derived", description = "List the patterns WordNet derives for the codebook (its @wordnet directive), each with its origin.")
  boolean derived;

  @Override
  public Integer call() {
    Codebook book = codebook == null ? Codebook.bundled() : CodebookFiles.read(codebook);
    if (print) {
      System.out.print(book.print());
      return 0;
    }
    if (derived) {
      List<Pattern> patterns = WordNetExpansion.derive(book.withWordNet(book.wordnet().enabled() ? book.wordnet() : WordNetSettings.DEFAULT_ON));
      patterns.forEach(pattern -> System.out.printf("%-5s %s    # derived from: %s%n", pattern.code(), pattern.print(), pattern.origin()));
      System.err.printf("%d derived patterns (%s)%n", patterns.size(), book.wordnet().enabled() ? "@wordnet on in the codebook" : "@wordnet off in the codebook: shown as '@wordnet on' would add them");
      return 0;
    }
    List<CodebookExample> examples = book.examples().stream().filter(example -> example.code().startsWith(codePrefix)).toList();
    EventCoder coder = new EventCoder(book, CodeTable.bundled(), ActorTables.bundled(), PlaceTable.bundled());
    EventPipeline pipeline = new EventPipeline(new CoreNlpAnnotator(NlpSettings.full()), coder);
    List<CodebookCheck.Failure> failures = new CodebookCheck(pipeline, threads).check(examples);
    failures.forEach(failure -> System.out.println(failure.print()));
    System.err.printf("codebook %s: %d patterns, %d examples checked, %d failed%n",
        codebook == null ? "(bundled)" : codebook, book.patterns().size(), examples.size(), failures.size());
    return failures.isEmpty() ? 0 : 1;
  }
}
