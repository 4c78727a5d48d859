package org.parley.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.parley.app.serve.ArticleEventCoder;
import org.parley.app.serve.ParleyServer;
import org.parley.app.serve.ServeSettings;
import org.parley.coding.EventPipeline;
import org.parley.model.ParleyInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley serve}: the dashboard and the JSON API over an event store, opened read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Serve the dashboard (GET /) and the JSON API (/api/..., described at /openapi.json) over an event store, opened read-only.",
    "A store with a snapshot (DB.snapshot, see 'parley ingest --snapshot-seconds') is served from it, and each newer snapshot replaces it.",
    "POST /api/code codes an article as 'parley code' does; the NLP pipeline loads on the first such request."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "PATH", required = true, description = "The event store.")
  Path db;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
  String host = "127.0.0.1";

  @Option(names = "--max-body-bytes", paramLabel = "N", description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  int maxBodyBytes = 1 << 20;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Longest a query may wait for a connection and run; then 503 (default: ${DEFAULT-VALUE}).")
  int timeLimitSeconds = 10;

  @Option(names = "--code-time-limit", paramLabel = "SECONDS",
      description = "Longest a POST /api/code may take, pipeline loading included; then 503 or 504 (default: ${DEFAULT-VALUE}).")
  int codeTimeLimitSeconds = 120;

  @Option(names = "--connections", paramLabel = "N", description = "Store connections, i.e. queries run at once (default: cores, at least 2).")
  int connections = Math.max(2, Runtime.getRuntime().availableProcessors());

  @Option(names = "--coding-threads", paramLabel = "N", description = "Articles coded at once by POST /api/code (default: ${DEFAULT-VALUE}).")
  int codingThreads = 1;

  /** How POST /api/code codes, as 'parley code' does with the same options. */
  @Mixin
  PipelineOptions coding = new PipelineOptions();

  @Option(names = "--max-chars", paramLabel = "N", description = "Longest article POST /api/code reads (default: ${DEFAULT-VALUE}).")
  int maxChars = 1_000_000;

  /** The coder of {@code POST /api/code}: the pipeline {@code parley code} builds with the same options, built when first asked for. */
  static Supplier<ArticleEventCoder> coder(PipelineOptions coding) {
    return () -> {
      EventPipeline pipeline = coding.pipeline();
      return article -> pipeline.code(article).events();
    };
  }

  @Override
  public Integer call() throws InterruptedException {
    ServeSettings settings;
    try {
      settings = new ServeSettings(host, port, maxBodyBytes, Duration.ofSeconds(timeLimitSeconds), Duration.ofSeconds(codeTimeLimitSeconds),
          connections, codingThreads, maxChars);
    } catch (IllegalArgumentException e) {
      throw new ParleyInputException("serve", e.getMessage());
    }
    ParleyServer server;
    try {
      server = ParleyServer.start(db, settings, coder(coding));
    } catch (ParleyInputException e) {
      throw e;
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("in use") || String.valueOf(e.getMessage()).contains("bind")) {
        throw new ParleyInputException("--port", "cannot listen on " + host + ":" + port + ": " + e.getMessage());
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "parley-serve-stop"));
    String served = server.served().equals(db) ? db.toString()
        : db + " from its snapshot " + server.served() + ", following each newer one an ingest publishes";
    System.err.printf("parley: serving %s at http://%s:%d/ (API description at /openapi.json; Ctrl-C stops)%n",
        served, host.contains(":") ? "[" + host + "]" : host, server.port());
    stopped.await();
    return 0;
  }
}
