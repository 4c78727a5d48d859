package org.parley.spark;

import org.parley.coding.EventPipeline;
import org.parley.nlp.NlpSettings;

/**
 * One pipeline per executor JVM, built when its first task needs it and shared by all the tasks the executor
 * runs at once (the pipeline is thread-safe): CoreNLP's models load once per executor, not once per partition.
 */
final class ExecutorPipeline {
  private static EventPipeline pipeline;
  private static NlpSettings builtWith;

  private ExecutorPipeline() {}

  static synchronized EventPipeline get(NlpSettings settings) {
    if (pipeline == null) {
      pipeline = EventPipeline.bundled(settings);
      builtWith = settings;
    } else if (!builtWith.equals(settings)) {
      throw new IllegalStateException("this executor's pipeline was built with " + builtWith + ", not " + settings);
    }
    return pipeline;
  }
}
