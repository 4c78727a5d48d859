package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.serve.ParleyServer;
import org.parley.app.serve.ServeSettings;
import org.parley.app.serve.TestingHttp;
import org.parley.app.serve.TestingHttp.Answer;
import org.parley.app.serve.TestingStores;

/**
 * {@code POST /api/code} with the real pipeline, wired as {@code parley serve} wires it (and shared with this
 * module's other tests, so CoreNLP loads once per test JVM): a concrete accusation, and the same events as
 * {@code parley code} prints for the same article.
 */
class ServeCodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "Border dispute flares\n\n"
      + "Hungary accused Serbia of blocking the border crossing on Monday. Serbian officials rejected the accusation.\n";

  @TempDir
  Path folder;

  @Test
  void anArticlePostedAsTextIsCodedExactlyAsParleyCodeCodesIt() throws Exception {
    Path store = TestingStores.newsStore(folder);
    // The pipeline loads on this first request: the time limit covers the load on a busy 2-core machine.
    ServeSettings settings = ServeSettings.defaults().withPort(0).withConnections(2)
        .withTimeLimits(Duration.ofSeconds(10), Duration.ofSeconds(600));
    Answer answer;
    try (ParleyServer server = ParleyServer.start(store, settings, ServeCommand.coder(new PipelineOptions()))) {
      answer = new TestingHttp(server.port()).post("/api/code?date=2025-06-03", "text/plain; charset=utf-8",
          ARTICLE.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode events = answer.json().get("events");
    assertThat(events).anySatisfy(event -> {
      assertThat(event.get("cameo").asText()).isEqualTo("112");
      assertThat(event.get("plover").asText()).isEqualTo("ACCUSE");
      assertThat(event.get("source").get("code").asText()).isEqualTo("HUN");
      assertThat(event.get("target").get("code").asText()).isEqualTo("SRB");
      assertThat(event.get("trigger").get("text").asText()).isEqualTo("accused");
      assertThat(event.get("date").asText()).isEqualTo("2025-06-02");
      assertThat(event.get("mode").get("claimed_by").isNull()).isTrue();
      assertThat(event.get("article").get("title").asText()).isEqualTo("Border dispute flares");
    });
    // What Hungary says Serbia did is Hungary's claim, not the article's assertion.
    assertThat(events).anySatisfy(event -> {
      assertThat(event.get("trigger").get("text").asText()).isEqualTo("blocking");
      assertThat(event.get("source").get("code").asText()).isEqualTo("SRB");
      assertThat(event.get("mode").get("claimed_by").get("code").asText()).isEqualTo("HUN");
    });

    Path file = folder.resolve("border.txt");
    Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
    CommandRun code = CommandRun.of("code", "--date", "2025-06-03", file.toString());
    assertThat(code.exitCode()).as(code.err()).isZero();
    List<JsonNode> printed = new ArrayList<>();
    for (String line : code.outLines()) {
      printed.add(JSON.readTree(line));
    }
    List<JsonNode> served = new ArrayList<>();
    events.forEach(served::add);
    assertThat(served).isEqualTo(printed);
  }
}
