package org.parley.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.serve.TestingHttp.Answer;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Span;
import org.parley.write.EventJsonWriter;

/**
 * {@code POST /api/code} with hand-written coders in place of the NLP pipeline: how the body is read, that the
 * events come out as {@code parley code} prints them, that the pipeline loads once and only when first needed,
 * and the 400, 503 and 504 answers.
 */
class ServeCodeLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path folder;

  private static Path store;

  @BeforeAll
  static void writeStore() {
    store = TestingStores.newsStore(folder);
  }

  /** One ACCUSE event per article, Russia against Ukraine, on the article's first words. */
  private static List<Event> accusation(Article article) {
    String sentence = article.text().isEmpty() ? article.title() : article.text();
    return List.of(new Event("fake-" + article.id(), article, 1, sentence, new Span("accused", 7, 14), "2025-06-01",
        new Actor("Russia", new Span("Russia", 0, 6), new ActorCode("RUS", "RUS", "")),
        new Actor("Ukraine", new Span("Ukraine", 15, 22), new ActorCode("UKR", "UKR", "")),
        TestingStores.CODES.get("112"), EventMode.ASSERTED, null));
  }

  private static ParleyServer start(Duration codeTimeLimit, Supplier<ArticleEventCoder> coder) {
    ServeSettings settings = ServeSettings.defaults().withPort(0).withConnections(2).withMaxBodyBytes(64 * 1024)
        .withTimeLimits(Duration.ofSeconds(5), codeTimeLimit);
    return ParleyServer.start(store, settings, coder);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void plainTextIsReadAsParleyCodeReadsItAndItsEventsComeOutAsParleyCodePrintsThem() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    List<Article> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ParleyServer server = start(Duration.ofSeconds(10), () -> {
      loads.incrementAndGet();
      return article -> {
        seen.add(article);
        return accusation(article);
      };
    })) {
      TestingHttp http = new TestingHttp(server.port());
      assertThat(loads).as("nothing loads before the first POST").hasValue(0);

      Answer answer = http.post("/api/code?date=2025-06-02&source=" + "Test%20Wire", "text/plain; charset=utf-8",
          utf8("Talks fail in Geneva\n\nRussia accused Ukraine of violating the truce.\n"));

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      Article article = seen.get(0);
      assertThat(article.title()).isEqualTo("Talks fail in Geneva");
      assertThat(article.text()).isEqualTo("Russia accused Ukraine of violating the truce.");
      assertThat(article.published()).hasToString("2025-06-02");
      assertThat(article.source()).isEqualTo("Test Wire");
      JsonNode events = answer.json().get("events");
      assertThat(events).hasSize(1);
      assertThat(events.get(0)).isEqualTo(JSON.readTree(EventJsonWriter.toJson(accusation(article).get(0))));

      assertThat(http.post("/api/code", "text/plain", utf8("Second article\n\nRussia accused Ukraine again.")).status()).isEqualTo(200);
      assertThat(loads).as("the pipeline loads once").hasValue(1);
    }
  }

  @Test
  void aJsonObjectIsReadAsOneLineOfAJsonLinesFile() {
    List<Article> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ParleyServer server = start(Duration.ofSeconds(10), () -> article -> {
      seen.add(article);
      return accusation(article);
    })) {
      TestingHttp http = new TestingHttp(server.port());

      Answer answer = http.post("/api/code", "application/json", utf8(
          "{\"id\": \"geneva-1\", \"title\": \"Talks fail\", \"date\": \"2025-06-03\", \"source\": \"Lake Post\", "
              + "\"text\": \"Russia accused Ukraine of violating the truce.\"}"));

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().get("events").get(0).get("article").toString())
          .isEqualTo("{\"id\":\"geneva-1\",\"title\":\"Talks fail\",\"source\":\"Lake Post\",\"url\":null,\"published\":\"2025-06-03\",\"dateline\":null}");
      assertThat(seen.get(0).text()).isEqualTo("Russia accused Ukraine of violating the truce.");
    }
  }

  @Test
  void anythingButOneReadableArticleIsA400() {
    try (ParleyServer server = start(Duration.ofSeconds(10), () -> ServeCodeLimitsTest::accusation)) {
      TestingHttp http = new TestingHttp(server.port());

      Answer two = http.post("/api/code", "application/json", utf8("{\"id\": \"a\", \"text\": \"Russia accused Ukraine.\"}\n"
          + "{\"id\": \"b\", \"text\": \"Ukraine accused Russia.\"}\n"));
      assertThat(two.status()).isEqualTo(400);
      assertThat(two.json().get("error").asText()).isEqualTo("request body: 2 articles; post one article per request");

      Answer empty = http.post("/api/code", "text/plain", new byte[0]);
      assertThat(empty.status()).isEqualTo(400);
      assertThat(empty.json().get("error").asText()).contains("request body");

      Answer badJson = http.post("/api/code", "application/json", utf8("{\"id\": \"a\", \"text\": "));
      assertThat(badJson.status()).isEqualTo(400);

      Answer binary = http.post("/api/code", "application/octet-stream", new byte[] {0, 1, 2, 3, 0, 0, 7});
      assertThat(binary.status()).isEqualTo(400);
      assertThat(binary.json().get("error").asText()).contains("binary");

      assertThat(http.post("/api/code?date=soon", "text/plain", utf8("Title\n\nRussia accused Ukraine.")).status()).isEqualTo(400);
      assertThat(http.post("/api/code?colour=red", "text/plain", utf8("Title\n\nRussia accused Ukraine.")).status()).isEqualTo(400);
    }
  }

  @Test
  void aRequestWhileThePipelineLoadsPastItsTimeLimitIs503AndALaterOneIsCoded() throws Exception {
    CountDownLatch loaded = new CountDownLatch(1);
    try (ParleyServer server = start(Duration.ofSeconds(1), () -> {
      try {
        loaded.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ServeCodeLimitsTest::accusation;
    })) {
      TestingHttp http = new TestingHttp(server.port());

      Answer loading = http.post("/api/code", "text/plain", utf8("Title\n\nRussia accused Ukraine."));
      assertThat(loading.status()).isEqualTo(503);
      assertThat(loading.json().get("error").asText()).startsWith("the coding pipeline is still loading");

      loaded.countDown();
      Answer coded = http.post("/api/code", "text/plain", utf8("Title\n\nRussia accused Ukraine."));
      assertThat(coded.status()).as(coded.body()).isEqualTo(200);
      assertThat(coded.json().get("events")).hasSize(1);
    }
  }

  @Test
  void codingPastTheTimeLimitIs504AndAnotherRequestMeanwhileIs503() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (ParleyServer server = start(Duration.ofSeconds(1), () -> article -> {
      while (true) {
        try {
          release.await(20, TimeUnit.SECONDS);
          return accusation(article);
        } catch (InterruptedException e) {
          // Like CoreNLP, it goes on when the server gives up on the request and interrupts it.
        }
      }
    })) {
      TestingHttp http = new TestingHttp(server.port());

      Answer slow = http.post("/api/code", "text/plain", utf8("Title\n\nRussia accused Ukraine."));
      assertThat(slow.status()).isEqualTo(504);
      assertThat(slow.json().get("error").asText()).isEqualTo("coding the article took longer than the limit of 1 s");

      Answer busy = http.post("/api/code", "text/plain", utf8("Title\n\nRussia accused Ukraine."));
      assertThat(busy.status()).as(busy.body()).isEqualTo(503);
      assertThat(busy.json().get("error").asText()).isEqualTo("every coding thread is busy; retry shortly");
      release.countDown();
    }
  }
}
