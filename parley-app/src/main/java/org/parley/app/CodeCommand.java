package org.parley.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.parley.model.Event;
import org.parley.model.ParleyInputException;
import org.parley.write.EventFormat;
import org.parley.write.EventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley code}: articles in, one coded event per line out. */
@Command(name = "code", mixinStandardHelpOptions = true, description = "Code articles into events, printed one per line (JSON Lines by default).")
final class CodeCommand implements Callable<Integer> {
  @Mixin
  CodingOptions options;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), gdelt or plover.")
  String format = "jsonl";

  @Option(names = "--asserted-only", description = "Print only events the article asserts: not negated, hypothetical or claimed.")
  boolean assertedOnly;

  @Override
  public Integer call() throws Exception {
    EventFormat eventFormat;
    try {
      eventFormat = EventFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw new ParleyInputException("--format", e.getMessage());
    }
    var readOptions = options.corpus.readOptions();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    EventWriter writer = eventFormat.writerFor(out);
    CorpusRun run = options.run();
    run.run(options.inputs, readOptions, coded -> {
      for (Event event : coded.events()) {
        if (!assertedOnly || event.mode().asserted()) {
          writer.write(event);
        }
      }
      writer.flush();
    });
    writer.flush();
    return run.articles() == 0 && run.skipped() > 0 ? 2 : 0;
  }
}
