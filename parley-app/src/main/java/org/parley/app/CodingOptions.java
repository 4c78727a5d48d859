package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The inputs and settings of the commands that code the articles of files and print what they find. */
final class CodingOptions {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles: .txt, .jsonl, .html, .warc (each also .gz), folders of them, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Mixin
  PipelineOptions pipeline = new PipelineOptions();

  @Mixin
  CorpusOptions corpus = new CorpusOptions();

  /** A run over the inputs with these settings; the pipeline loads when the first article arrives. */
  CorpusRun run() {
    return new CorpusRun(pipeline::pipeline, corpus.threads(), corpus.articleTimeLimit());
  }
}
