package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.serve.ArticleEventCoder;
import org.parley.app.serve.ParleyServer;
import org.parley.app.serve.ServeSettings;
import org.parley.codebook.CodeTable;
import org.parley.store.EventBrowser;
import org.parley.store.EventStore;
import org.parley.store.StoreSnapshots;

/**
 * The server under load while ingests write to the store it serves: 200 clients ask without pause for 60 s
 * ({@code -Dparley.load.seconds} changes that) while {@code parley ingest --events --snapshot-seconds 1} runs again and
 * again in JVMs of its own, each storing new articles. The server reads the store's snapshot and follows each newer
 * one. No request may fail, no client may see the store shrink, and once the last ingest has ended the server must
 * serve exactly what the store holds: every article, event and mention, none lost.
 */
class ServeDuringIngestTest {
  private static final int CLIENTS = 200;
  private static final int COPIES_PER_INGEST = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  private record Totals(long articles, long events, long mentions) {
    static Totals of(JsonNode summary) {
      return new Totals(summary.get("articles").asLong(), summary.get("events").asLong(), summary.get("mentions").asLong());
    }
  }

  @Test
  void clientsGetEveryAnswerAndEveryEventWhileIngestsWrite() throws Exception {
    Duration load = Duration.ofSeconds(Long.getLong("parley.load.seconds", 60));
    Path db = folder.resolve("news.duckdb");
    List<CodedCorpus> batches = new ArrayList<>();
    batches.add(CodedCorpus.ofExamples(0, COPIES_PER_INGEST, folder.resolve("batch-0.jsonl")));
    ingestInItsOwnJvm(db, batches.get(0));
    assertThat(StoreSnapshots.fileOf(db)).exists();

    Supplier<ArticleEventCoder> noCoding = () -> article -> List.of();
    ServeSettings settings = new ServeSettings("127.0.0.1", 0, 1 << 20, Duration.ofSeconds(30), Duration.ofSeconds(30), 4, 1, 1_000_000);
    AtomicLong requests = new AtomicLong();
    Queue<String> errors = new ConcurrentLinkedQueue<>();
    Queue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentSkipListSet<Long> articleCountsSeen = new ConcurrentSkipListSet<>();
    int ingests = 1;
    Totals served;
    try (ParleyServer server = ParleyServer.start(db, settings, noCoding)) {
      assertThat(server.served()).isEqualTo(StoreSnapshots.fileOf(db));
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newFixedThreadPool(8)).build();
      String base = "http://127.0.0.1:" + server.port();
      List<String> paths = List.of("/api/events?limit=50", "/api/series?by=month", "/api/dyads?limit=10", "/api/events?actor=RUS&limit=20",
          "/api/types", "/api/places");
      long end = System.nanoTime() + load.toNanos();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch started = new CountDownLatch(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int number = 0; number < CLIENTS; number++) {
        int clientNumber = number;
        running.add(clients.submit(() -> {
          started.countDown();
          long lastArticles = 0;
          for (int round = 0; System.nanoTime() < end; round++) {
            boolean summary = round % 2 == 0;
            String path = summary ? "/api/summary" : paths.get((clientNumber + round) % paths.size());
            long sent = System.nanoTime();
            try {
              HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
              requests.incrementAndGet();
              latencies.add((System.nanoTime() - sent) / 1_000_000);
              if (answer.statusCode() != 200) {
                errors.add(path + ": " + answer.statusCode() + " " + answer.body());
              } else if (summary) {
                long articles = JSON.readTree(answer.body()).get("articles").asLong();
                articleCountsSeen.add(articles);
                if (articles < lastArticles) {
                  errors.add("client " + clientNumber + " saw the store shrink from " + lastArticles + " to " + articles + " articles");
                }
                lastArticles = articles;
              }
            } catch (IOException e) {
              requests.incrementAndGet();
              errors.add(path + ": " + e);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }));
      }
      started.await();
      while (System.nanoTime() < end) {
        CodedCorpus batch = CodedCorpus.ofExamples(ingests * COPIES_PER_INGEST, COPIES_PER_INGEST, folder.resolve("batch-" + ingests + ".jsonl"));
        ingestInItsOwnJvm(db, batch);
        batches.add(batch);
        ingests++;
      }
      for (Future<?> client1 : running) {
        client1.get(120, TimeUnit.SECONDS);
      }
      clients.shutdown();
      served = awaitServed(client, base, batches.stream().mapToLong(CodedCorpus::size).sum());
    }

    Totals stored;
    try (EventStore store = EventStore.openReadOnly(db)) {
      EventBrowser.Summary summary = new EventBrowser(store, CodeTable.bundled(), Duration.ofSeconds(30)).summary();
      stored = new Totals(summary.articles(), summary.events(), summary.mentions());
    }
    assertThat(StoreInvariants.dump(StoreSnapshots.fileOf(db))).as("the last snapshot, row for row").isEqualTo(StoreInvariants.dump(db));
    long articles = batches.stream().mapToLong(CodedCorpus::size).sum();
    long mentions = batches.stream().mapToLong(batch -> batch.mentionsOfFirst(batch.size())).sum();
    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf("ServeDuringIngestTest: %d clients for %d s: %d requests served (%.0f/s, p50 %d ms, p99 %d ms), %d errors, "
            + "%d store sizes seen; %d ingests (own JVMs) stored %d articles, %d mentions; served at the end: %d articles, %d events, %d mentions%n",
        CLIENTS, load.toSeconds(), requests.get(), requests.get() / (double) load.toSeconds(), sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() * 99 / 100), errors.size(), articleCountsSeen.size(), ingests, articles, mentions,
        served.articles(), served.events(), served.mentions());
    assertThat(errors).as("failed requests, first of %d", errors.size()).isEmpty();
    assertThat(ingests - 1).as("ingests that ran during the load").isGreaterThanOrEqualTo(1);
    assertThat(articleCountsSeen.size()).as("store sizes the clients saw: the server followed the snapshots").isGreaterThanOrEqualTo(3);
    assertThat(new Totals(stored.articles(), stored.events(), stored.mentions())).isEqualTo(new Totals(articles, stored.events(), mentions));
    assertThat(served).as("what the server serves once the ingests end").isEqualTo(stored);
  }

  @Test
  void aNewerSnapshotReplacesTheServedOneWithTheEventsCountsItHolds() throws Exception {
    Path db = folder.resolve("news.duckdb");
    // Copies 0 and 1 of the examples carry the same dates, so the second ingest adds mentions to the first one's events.
    ingestInItsOwnJvm(db, CodedCorpus.ofExamples(0, 1, folder.resolve("copy-0.jsonl")));
    ServeSettings settings = new ServeSettings("127.0.0.1", 0, 1 << 20, Duration.ofSeconds(30), Duration.ofSeconds(30), 2, 1, 1_000_000);
    try (ParleyServer server = ParleyServer.start(db, settings, () -> article -> List.of())) {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      JsonNode before = get(client, base + "/api/events?limit=500").get("events");
      long mentionsBefore = sum(before, "num_mentions");
      assertThat(mentionsBefore).isEqualTo(CodedCorpus.ofExamples(0, 1, folder.resolve("count.jsonl")).mentionsOfFirst(45));

      ingestInItsOwnJvm(db, CodedCorpus.ofExamples(1, 1, folder.resolve("copy-1.jsonl")));
      Totals after = awaitServed(client, base, 90);
      assertThat(after.articles()).isEqualTo(90);
      assertThat(after.mentions()).isEqualTo(2 * mentionsBefore);
      // The same events, each rendered again from the new snapshot: none keeps the count cached from the old one.
      JsonNode events = get(client, base + "/api/events?limit=500").get("events");
      assertThat(sum(events, "num_mentions")).isEqualTo(after.mentions());
      assertThat(events.size()).isEqualTo(before.size());
    }
  }

  @Test
  void anIngestBesideAServerOfTheStoreItselfSaysHowToServeASnapshot() throws Exception {
    Path db = folder.resolve("news.duckdb");
    CommandRun first = CommandRun.of("ingest", "--db", db.toString(), "--events", CodedCorpus.ofExamples(0, 1, folder.resolve("copy-0.jsonl")).file().toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    ServeSettings settings = new ServeSettings("127.0.0.1", 0, 1 << 20, Duration.ofSeconds(30), Duration.ofSeconds(30), 2, 1, 1_000_000);
    try (ParleyServer server = ParleyServer.start(db, settings, () -> article -> List.of())) {
      assertThat(server.served()).as("no snapshot: the store itself").isEqualTo(db);
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "ingest", "--db", db.toString(), "--events", CodedCorpus.ofExamples(1, 1, folder.resolve("copy-1.jsonl")).file().toString());
      Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(err).isTrue();
      assertThat(process.exitValue()).as(err).isEqualTo(2);
      assertThat(err.lines().filter(line -> line.startsWith("parley:")).toList()).singleElement().asString()
          .startsWith("parley: " + db).contains("in use by another process").contains("--snapshot-seconds");
    }
  }

  private static JsonNode get(HttpClient client, String uri) throws Exception {
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static long sum(JsonNode events, String field) {
    long sum = 0;
    for (JsonNode event : events) {
      sum += event.get(field).asLong();
    }
    return sum;
  }

  /** The server's totals once it serves {@code articles} articles: it follows the last snapshot within a second. */
  private static Totals awaitServed(HttpClient client, String base, long articles) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Totals totals;
    do {
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/summary")).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      totals = Totals.of(JSON.readTree(answer.body()));
      if (totals.articles() == articles) {
        return totals;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    return totals;
  }

  /** {@code parley ingest --events --snapshot-seconds 1} in a JVM of its own, as a user runs it beside the server. */
  private static void ingestInItsOwnJvm(Path db, CodedCorpus corpus) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--db", db.toString(), "--events", corpus.file().toString(), "--snapshot-seconds", "1", "--progress-seconds", "3600");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(err).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(err).contains(corpus.size() + " articles stored, 0 failed").contains("snapshot");
    assertThat(Files.exists(Path.of(db + ".snapshot.tmp"))).as("no half-written snapshot left").isFalse();
  }
}
