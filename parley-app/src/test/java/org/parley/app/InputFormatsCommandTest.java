package org.parley.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code parley code} on a folder of HTML, a gzipped WARC crawl and bad files: the good ones are coded. */
class InputFormatsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String BORDER_PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Warsaw protests over border incident | Vistula Post</title>
      <meta property="og:site_name" content="Vistula Post">
      <meta property="article:published_time" content="2025-03-12T07:15:00Z">
      <link rel="canonical" href="https://vistula.example/news/border-incident">
      <script>var analytics = "Germany invaded France";</script>
      </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
      <h1>Warsaw protests over border incident</h1>
      <p>Poland accused Belarus of sending armed men across the border on Tuesday.</p>
      <div class="share-bar"><a href="#">Share</a></div>
      <p onclick="alert('Germany attacked Spain')">The foreign ministry in Warsaw summoned the Belarusian ambassador.</p>
      </article>
      <footer>Copyright Vistula Post</footer>
      </body></html>
      """;

  static final String CRAWLED_PAGE = """
      <html><head><title>Canberra and Wellington sign pact</title></head><body>
      <article><p>Australia accused China of dangerous manoeuvres near its warship.</p></article>
      </body></html>
      """;

  @TempDir
  Path folder;

  @Test
  void codesTheHtmlAndWarcArticlesOfAFolderAndSkipsTheBadFilesWithOneLineEach() throws IOException {
    Files.writeString(folder.resolve("border.html"), BORDER_PAGE);
    writeCrawl(folder.resolve("crawl.warc.gz"));
    Files.write(folder.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9});
    Files.writeString(folder.resolve("moscow.txt"), "Переговоры в Москве\n\nДелегации договорились продолжить переговоры.\n");

    CommandRun run = CommandRun.of("code", folder.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    List<JsonNode> events = run.outLines().stream().map(InputFormatsCommandTest::parse).toList();
    JsonNode accusation = events.stream().filter(event -> event.path("cameo").asText().equals("112")
        && event.path("source").path("code").asText().equals("POL")).findFirst().orElseThrow();
    assertThat(accusation.path("target").path("code").asText()).isEqualTo("BLR");
    assertThat(accusation.path("date").asText()).isEqualTo("2025-03-11");
    assertThat(accusation.path("article").path("source").asText()).isEqualTo("Vistula Post");
    assertThat(accusation.path("article").path("url").asText()).isEqualTo("https://vistula.example/news/border-incident");
    JsonNode crawled = events.stream().filter(event -> event.path("source").path("code").asText().equals("AUS")).findFirst().orElseThrow();
    assertThat(crawled.path("cameo").asText()).startsWith("11");
    assertThat(crawled.path("target").path("code").asText()).isEqualTo("CHN");
    assertThat(crawled.path("article").path("url").asText()).isEqualTo("https://news.example/pact");
    assertThat(crawled.path("article").path("published").asText()).isEqualTo("2025-06-02");
    assertThat(events).noneMatch(event -> event.toString().contains("Germany") || event.toString().contains("Share"));
    assertThat(run.parleyErrors()).hasSize(2);
    assertThat(run.parleyErrors().get(0)).startsWith("parley: skipped " + folder.resolve("broken.jsonl.gz") + ": ");
    assertThat(run.parleyErrors().get(1))
        .isEqualTo("parley: skipped " + folder.resolve("moscow.txt") + ": not English (0% of the letters are Latin)");
  }

  @Test
  void anArticleWithAHundredThousandWordSentenceIsSkippedWithItsReasonAndTheOthersAreCoded() throws IOException {
    String endless = "Officials discussed " + "the matter and ".repeat(33_333) + "more";
    Path file = folder.resolve("corpus.jsonl");
    Files.writeString(file, String.join("\n",
        JSON.createObjectNode().put("id", "endless").put("title", "Endless").put("text", endless).put("date", "2025-03-11").toString(),
        JSON.createObjectNode().put("id", "fine").put("title", "Warsaw protests").put("text", "Poland accused Belarus of sending armed men across the border on Tuesday.")
            .put("date", "2025-03-12").toString()) + "\n");

    long started = System.nanoTime();
    CommandRun run = CommandRun.of("code", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.parleyErrors()).singleElement().asString()
        .startsWith("parley: skipped article endless: a sentence of 100,002 words at character 9 (the limit is 1,000");
    List<JsonNode> events = run.outLines().stream().map(InputFormatsCommandTest::parse).toList();
    assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.path("article").path("id").asText()).isEqualTo("fine"));
    assertThat(events).anySatisfy(event -> assertThat(event.path("cameo").asText()).isEqualTo("112"));
    System.out.printf("InputFormatsCommandTest: a 100,002-word sentence refused and the next article coded in %d ms%n",
        (System.nanoTime() - started) / 1_000_000);

    CommandRun zero = CommandRun.of("code", "--article-time-limit", "0", file.toString());
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.parleyErrors()).singleElement().asString().contains("--article-time-limit");
  }

  private static void writeCrawl(Path file) throws IOException {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(response("https://news.example/logo.png", "image/png", "PNG"));
      writer.write(response("https://news.example/pact", "text/html; charset=utf-8", CRAWLED_PAGE));
    }
  }

  private static WarcResponse response(String url, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body.getBytes(UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url))
        .recordId(UUID.nameUUIDFromBytes(url.getBytes(UTF_8)))
        .date(Instant.parse("2025-06-02T11:00:00Z"))
        .body(http)
        .build();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
