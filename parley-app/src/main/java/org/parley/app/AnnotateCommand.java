package org.parley.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.parley.write.AnnotationJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley annotate}: one JSON document per article with its sentences, quotes and events. */
@Command(name = "annotate", mixinStandardHelpOptions = true, description = "Print each article's sentences (tokens, lemmas, entities, dependencies), quotes with speakers, and events as one JSON document per line.")
final class AnnotateCommand implements Callable<Integer> {
  @Mixin
  CodingOptions options;

  @Override
  public Integer call() throws Exception {
    var readOptions = options.corpus.readOptions();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    AnnotationJsonWriter writer = new AnnotationJsonWriter(out);
    CorpusRun run = options.run();
    run.run(options.inputs, readOptions, writer::write);
    writer.flush();
    return run.articles() == 0 && run.skipped() > 0 ? 2 : 0;
  }
}
