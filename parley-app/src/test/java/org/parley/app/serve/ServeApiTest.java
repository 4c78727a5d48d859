package org.parley.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.app.serve.TestingHttp.Answer;

/**
 * The JSON API over a real DuckDB store ({@link TestingStores#newsStore}) on a real HTTP server on a free port:
 * filters, keyset pages, details, aggregates, errors as JSON, refused paths and injection-looking values.
 */
class ServeApiTest {
  /** Every event of the store, in the API's order: by date, then id; the event dated only "2025-05" counts as 1 May. */
  private static final List<String> ALL_EVENTS = List.of(
      "truce-north-2-044", "truce-north-1-0871", "accuse-east-1-112", "accuse-east-1-195", "hostile-markup-1-111",
      "talks-dnk-1-046", "talks-deu-1-046", "talks-esp-1-046", "talks-ita-1-046", "talks-pol-1-046", "talks-nld-1-046",
      "talks-bel-1-046", "talks-aut-1-046", "talks-prt-1-046", "talks-grc-1-046", "talks-swe-1-046", "talks-fin-1-046");

  @TempDir
  static Path folder;

  private static ParleyServer server;
  private static TestingHttp http;

  @BeforeAll
  static void start() {
    Path store = TestingStores.newsStore(folder);
    ServeSettings settings = ServeSettings.defaults().withPort(0).withConnections(3).withMaxBodyBytes(4096)
        .withTimeLimits(Duration.ofSeconds(10), Duration.ofSeconds(5));
    server = ParleyServer.start(store, settings, () -> article -> List.of());
    http = new TestingHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> ids(JsonNode events) {
    List<String> ids = new ArrayList<>();
    events.forEach(event -> ids.add(event.get("id").asText()));
    return ids;
  }

  private static List<String> eventIds(String query) {
    Answer answer = http.get("/api/events?" + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return ids(answer.json().get("events"));
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void eventsComeByDateThenIdInTheContractFormatWithTheStoreCounts() {
    Answer answer = http.get("/api/events?limit=500");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode page = answer.json();
    assertThat(ids(page.get("events"))).containsExactlyElementsOf(ALL_EVENTS);
    assertThat(page.get("next").isNull()).isTrue();
    JsonNode truce = page.get("events").get(1);
    assertThat(truce.get("date").asText()).isEqualTo("2025-03-25");
    assertThat(truce.get("source").get("code").asText()).isEqualTo("RUS");
    assertThat(truce.get("target").get("code").asText()).isEqualTo("UKR");
    assertThat(truce.get("cameo").asText()).isEqualTo("0871");
    assertThat(truce.get("cameo_root").asText()).isEqualTo("08");
    assertThat(truce.get("plover").asText()).isEqualTo("RETREAT");
    assertThat(truce.get("quad_class").asInt()).isEqualTo(2);
    assertThat(truce.get("goldstein").asDouble()).isEqualTo(9.0);
    assertThat(truce.get("article").get("source").asText()).isEqualTo("Northern Wire");
    assertThat(truce.get("sentence").get("text").asText())
        .isEqualTo("Russia and Ukraine declared a ceasefire in the Black Sea on Tuesday after talks in Riyadh.");
    assertThat(truce.get("location").get("text").asText()).isEqualTo("Black Sea");
    assertThat(truce.get("num_mentions").asInt()).isEqualTo(2);
    assertThat(truce.get("num_sources").asInt()).isEqualTo(2);
    assertThat(truce.get("num_articles").asInt()).isEqualTo(2);
    assertThat(page.get("events").get(5).get("date").asText()).as("month precision kept").isEqualTo("2025-05");
  }

  @Test
  void eachFilterSelectsItsEvents() {
    assertThat(eventIds("dyad=RUS:UKR")).containsExactly("truce-north-1-0871", "accuse-east-1-195", "hostile-markup-1-111");
    assertThat(eventIds("dyad=*:RUS")).containsExactly("accuse-east-1-112");
    assertThat(eventIds("actor=RUS&actor=UKR"))
        .containsExactly("truce-north-1-0871", "accuse-east-1-112", "accuse-east-1-195", "hostile-markup-1-111");
    assertThat(eventIds("actor=usa")).containsExactly("truce-north-2-044");
    assertThat(eventIds("country=SAU")).containsExactly("truce-north-2-044");
    assertThat(eventIds("country=UKR"))
        .containsExactly("truce-north-1-0871", "accuse-east-1-112", "accuse-east-1-195", "hostile-markup-1-111");
    assertThat(eventIds("cameo=19")).containsExactly("accuse-east-1-195");
    assertThat(eventIds("cameo=0871")).containsExactly("truce-north-1-0871");
    assertThat(eventIds("plover=ACCUSE")).containsExactly("accuse-east-1-112", "hostile-markup-1-111");
    assertThat(eventIds("mode=claimed")).containsExactly("accuse-east-1-195");
    assertThat(eventIds("mode=asserted")).hasSize(16).doesNotContain("accuse-east-1-195");
    assertThat(eventIds("mode=negated")).isEmpty();
    assertThat(eventIds("from=2025-03-26&to=2025-04-30")).containsExactly("accuse-east-1-112", "accuse-east-1-195", "hostile-markup-1-111");
    assertThat(eventIds("from=2025-05-10")).containsExactly("talks-fin-1-046");
    assertThat(eventIds("text=drones")).containsExactly("accuse-east-1-112", "accuse-east-1-195");
    assertThat(eventIds("text=KYIV")).as("a later outlet's sentence counts, in any case").containsExactly("truce-north-1-0871");
    assertThat(eventIds("actor=FRA&from=2025-05-02&to=2025-05-03"))
        .containsExactly("talks-deu-1-046", "talks-esp-1-046", "talks-ita-1-046", "talks-pol-1-046");
  }

  @Test
  void cursorPagesAreCompleteWithoutRepeatsAndStable() {
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = http.get("/api/events?limit=5" + (cursor == null ? "" : "&cursor=" + cursor)).json();
      seen.addAll(ids(page.get("events")));
      sizes.add(page.get("events").size());
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      if (cursor != null) {
        cursors.add(cursor);
      }
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(ALL_EVENTS);
    assertThat(sizes).containsExactly(5, 5, 5, 2);
    // The three talks of 2 May straddle the first and second pages: the id breaks the tie.
    assertThat(ids(http.get("/api/events?limit=5&cursor=" + cursors.get(0)).json().get("events")))
        .containsExactly("talks-dnk-1-046", "talks-deu-1-046", "talks-esp-1-046", "talks-ita-1-046", "talks-pol-1-046");
    assertThat(http.get("/api/events?limit=5&cursor=" + cursors.get(1)).body())
        .isEqualTo(http.get("/api/events?limit=5&cursor=" + cursors.get(1)).body());
  }

  @Test
  void cursorPagesOfAFilterStayInsideIt() {
    JsonNode first = http.get("/api/events?actor=FRA&limit=10").json();
    JsonNode second = http.get("/api/events?actor=FRA&limit=10&cursor=" + first.get("next").asText()).json();

    assertThat(ids(first.get("events"))).hasSize(10);
    assertThat(ids(second.get("events"))).containsExactly("talks-swe-1-046", "talks-fin-1-046");
    assertThat(second.get("next").isNull()).isTrue();
  }

  @Test
  void anEventListsEveryMentionAcrossOutletsWithItsHighlights() {
    JsonNode detail = http.get("/api/events/truce-north-1-0871").json();

    assertThat(detail.get("event").get("num_sources").asInt()).isEqualTo(2);
    JsonNode mentions = detail.get("mentions");
    assertThat(ids(mentions)).containsExactly("truce-north-1-0871", "truce-south-1-0871");
    assertThat(mentions.get(1).get("article").get("source").asText()).isEqualTo("Southern Post");
    assertThat(mentions.get(1).get("sentence").get("text").asText())
        .isEqualTo("Ukraine and Russia declared a truce in the Black Sea on Tuesday, officials in Kyiv said.");
    assertThat(highlights(mentions.get(1))).containsExactly("source 0-7", "target 12-18", "trigger 19-27");
  }

  private static List<String> highlights(JsonNode mention) {
    List<String> spans = new ArrayList<>();
    mention.get("highlights").forEach(span -> spans.add(span.get("kind").asText() + " " + span.get("begin").asInt() + "-" + span.get("end").asInt()));
    return spans;
  }

  @Test
  void anArticleHasItsTextSentencesAndMentionsWithTheirEventsAndHighlights() {
    JsonNode detail = http.get("/api/articles/truce-north").json();

    assertThat(detail.get("article").get("title").asText()).isEqualTo("Russia and Ukraine agree Black Sea truce");
    assertThat(detail.get("article").get("published").asText()).isEqualTo("2025-03-25");
    assertThat(detail.get("article").get("text").asText()).startsWith("Russia and Ukraine declared a ceasefire");
    List<String> sentences = new ArrayList<>();
    detail.get("sentences").forEach(sentence -> sentences.add(sentence.get("index").asInt() + ": " + sentence.get("text").asText()));
    assertThat(sentences).containsExactly(
        "0: Russia and Ukraine agree Black Sea truce",
        "1: Russia and Ukraine declared a ceasefire in the Black Sea on Tuesday after talks in Riyadh.",
        "2: Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on Monday.",
        "3: The agreement takes effect at midnight.");
    JsonNode mentions = detail.get("mentions");
    assertThat(ids(mentions)).containsExactly("truce-north-1-0871", "truce-north-2-044");
    assertThat(mentions.get(1).get("event_id").asText()).isEqualTo("truce-north-2-044");
    assertThat(highlights(mentions.get(1))).containsExactly("source 0-38", "trigger 39-42", "target 43-76");
  }

  @Test
  void theSeriesCountsEventsPerWeekByQuadClassWithTheGoldsteinSum() {
    JsonNode series = http.get("/api/series?actor=RUS&actor=UKR&by=week").json();

    assertThat(series.get("by").asText()).isEqualTo("week");
    assertThat(series.get("series").toString()).isEqualTo("["
        + "{\"period\":\"2025-03-24\",\"events\":3,\"mentions\":4,\"goldstein_sum\":-3.0,\"verbal_cooperation\":0,"
        + "\"material_cooperation\":1,\"verbal_conflict\":1,\"material_conflict\":1},"
        + "{\"period\":\"2025-04-07\",\"events\":1,\"mentions\":1,\"goldstein_sum\":-2.0,\"verbal_cooperation\":0,"
        + "\"material_cooperation\":0,\"verbal_conflict\":1,\"material_conflict\":0}]");
  }

  @Test
  void topDyadsTypesAndPlacesAreCountedForTheRange() {
    assertThat(http.get("/api/dyads?limit=3").json().get("dyads").toString()).isEqualTo("["
        + "{\"source\":\"RUS\",\"target\":\"UKR\",\"events\":3,\"mentions\":4,\"goldstein_sum\":-3.0},"
        + "{\"source\":\"FRA\",\"target\":\"AUT\",\"events\":1,\"mentions\":1,\"goldstein_sum\":7.0},"
        + "{\"source\":\"FRA\",\"target\":\"BEL\",\"events\":1,\"mentions\":1,\"goldstein_sum\":7.0}]");
    assertThat(http.get("/api/types?limit=2").json().get("types").toString()).isEqualTo("["
        + "{\"cameo\":\"046\",\"name\":\"Engage in negotiation\",\"plover\":\"CONSULT\",\"quad_class\":1,\"events\":12,\"mentions\":12},"
        + "{\"cameo\":\"044\",\"name\":\"Meet at a 'third' location\",\"plover\":\"CONSULT\",\"quad_class\":1,\"events\":1,\"mentions\":1}]");
    assertThat(http.get("/api/types?from=2025-03-27&to=2025-03-27").json().get("types").findValuesAsText("cameo"))
        .containsExactly("112", "195");
    List<String> places = new ArrayList<>();
    http.get("/api/places").json().get("places").forEach(place -> places.add(place.get("location").asText() + " "
        + place.get("events").asInt() + " " + place.get("lat").asDouble() + "," + place.get("lon").asDouble()));
    assertThat(places).containsExactly("Paris 12 48.86,2.35", "Black Sea 1 43.4,34.0", "Odesa 1 46.48,30.72", "Riyadh 1 24.69,46.72");
  }

  @Test
  void actorsAreFoundByCodeOrNamePrefix() {
    assertThat(http.get("/api/actors?prefix=ru").json().get("actors").findValuesAsText("code")).containsExactly("RUS", "RUSGOV", "RUSMIL");
    JsonNode germany = http.get("/api/actors?prefix=Ger").json().get("actors");
    assertThat(germany.toString()).isEqualTo("[{\"code\":\"DEU\",\"country\":\"DEU\",\"role\":\"\",\"name\":\"Germany\",\"mentions\":1}]");
  }

  @Test
  void agreementsAreFollowedByTheAccusationsAndAttacksAfterThem() {
    JsonNode agreements = http.get("/api/agreements?actor=RUS&actor=UKR&days=30").json().get("agreements");

    List<String> rows = new ArrayList<>();
    agreements.forEach(row -> rows.add(row.get("kind").asText() + " " + row.get("event_id").asText() + " +" + row.get("days_after").asInt()
        + " " + row.get("by_actor").asText() + "->" + row.get("against").asText() + " " + row.get("mode").asText()));
    assertThat(rows).containsExactly(
        "agreement truce-north-1-0871 +0 RUS->UKR asserted",
        "accusation accuse-east-1-112 +2 UKR->RUS asserted",
        "attack accuse-east-1-195 +2 RUSMIL->UKR claimed by UKR");
    assertThat(http.get("/api/agreements?actor=RUS&actor=UKR&days=1").json().get("agreements")).hasSize(1);
  }

  @Test
  void theSummaryCountsTheStore() {
    assertThat(http.get("/api/summary").body())
        .isEqualTo("{\"articles\":16,\"events\":17,\"mentions\":18,\"first_date\":\"2025-03-24\",\"last_date\":\"2025-05-10\"}");
  }

  @Test
  void theDashboardAndItsApiDescriptionAreServed() {
    Answer page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<title>Parley").contains("/assets/dashboard.js");
    assertThat(http.get("/assets/dashboard.js").contentType()).startsWith("text/javascript");
    assertThat(http.get("/assets/dashboard.css").contentType()).startsWith("text/css");

    JsonNode description = http.get("/openapi.json").json();
    assertThat(description.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    description.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/series", "/api/dyads",
        "/api/types", "/api/places", "/api/actors", "/api/agreements", "/api/summary", "/api/gazetteer", "/api/code");
  }

  @Test
  void responsesForbidFramingSniffingAndForeignScripts() {
    java.net.http.HttpHeaders headers = http.headers("/");

    assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("default-src 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "limit=0", "limit=501", "limit=ten", "dyad=RUS", "dyad=RUS:UKR:USA", "from=2025-13-01", "to=yesterday",
      "from=2025-05-01&to=2025-04-01", "cursor=garbage", "cursor=MjAyNS0wMS0xMw", "colour=red", "plover=NOPE", "mode=maybe",
      "cameo=1a", "country=UK", "actor=RUS&actor=UKR&actor=USA", "limit=5&limit=6"})
  void aBadParameterIsA400InJson(String query) {
    Answer answer = http.get("/api/events?" + query);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().get("error").asText()).isNotBlank();
  }

  @Test
  void aBadParameterNamesItself() {
    assertThat(http.get("/api/events?limit=0").json().get("error").asText()).isEqualTo("limit: expected a whole number from 1 to 500");
    assertThat(http.get("/api/events?colour=red").json().get("error").asText()).startsWith("unknown parameter 'colour'; this endpoint takes");
    assertThat(http.get("/api/series?by=fortnight").json().get("error").asText())
        .isEqualTo("by: expected one of day, week, month, quarter, year");
    assertThat(http.get("/api/actors").json().get("error").asText()).startsWith("prefix:");
  }

  @Test
  void unknownIdsAndPathsAre404InJson() {
    Answer event = http.get("/api/events/no-such-event");
    assertThat(event.status()).isEqualTo(404);
    assertThat(event.json().get("error").asText()).isEqualTo("no event no-such-event");
    assertThat(http.get("/api/articles/no-such-article").status()).isEqualTo(404);
    Answer path = http.get("/api/nothing");
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.json().get("error").asText()).isEqualTo("no such path: /api/nothing");
    assertThat(http.post("/api/events", "text/plain", new byte[0]).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../../etc/passwd", "/assets/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/.%2e/etc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd",
      "/assets/%252e%252e/%252e%252e/etc/passwd", "/..;/..;/etc/passwd", "/org/parley/app/serve/index.html", "/assets/", "/assets/index.html",
      "/WEB-INF/web.xml", "/api/articles/..%2f..%2fetc%2fpasswd"})
  void pathsOutsideTheServersOwnAreA404NotAFile(String path) {
    Answer answer = http.raw(path);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.body()).startsWith("{\"error\":").doesNotContain("root:").doesNotContain("<html");
  }

  @Test
  void aRequestAddressedToAnotherHostIsRefusedOnLoopback() {
    Answer rebound = http.raw("/api/summary", "news.rebinding.example");
    assertThat(rebound.status()).isEqualTo(403);
    assertThat(rebound.json().get("error").asText()).isEqualTo("this server answers requests addressed to localhost only");
    assertThat(http.raw("/api/summary", "localhost:" + server.port()).status()).isEqualTo(200);
    assertThat(http.raw("/api/summary", "127.0.0.1:" + server.port()).status()).isEqualTo(200);
  }

  @Test
  void aPostFromAPageOfAnotherOriginIsRefused() {
    Answer answer = http.send(HttpRequest.newBuilder(http.uri("/api/code")).header("Content-Type", "text/plain")
        .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("Title\n\nRussia accused Ukraine.")).build());

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().get("error").asText()).isEqualTo("requests from the pages of another origin are refused");
  }

  @Test
  void injectionLookingValuesAreData() {
    assertThat(eventIds("text=" + encoded("' OR '1'='1"))).isEmpty();
    assertThat(eventIds("text=" + encoded("%"))).as("not a LIKE pattern").isEmpty();
    assertThat(eventIds("text=" + encoded("_"))).isEmpty();
    assertThat(http.get("/api/events?dyad=" + encoded("RUS' OR 1=1 --:UKR")).status()).isEqualTo(400);
    assertThat(http.get("/api/events?cameo=" + encoded("1' OR '1'='1")).status()).isEqualTo(400);
    Answer actors = http.get("/api/actors?prefix=" + encoded("R'; DROP TABLE events; --"));
    assertThat(actors.status()).isEqualTo(200);
    assertThat(actors.json().get("actors")).isEmpty();
    assertThat(http.get("/api/events/" + encoded("x' OR '1'='1")).status()).isEqualTo(404);
    assertThat(http.get("/api/articles/" + encoded("truce-north' --")).status()).isEqualTo(404);
    assertThat(http.get("/api/summary").json().get("events").asInt()).as("nothing dropped").isEqualTo(17);
  }

  @Test
  void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() {
    Answer declared = http.post("/api/code", "text/plain", new byte[4097]);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.json().get("error").asText()).isEqualTo("the request body is over the limit of 4096 bytes");

    byte[] body = "Russia accused Ukraine of violating the truce. ".repeat(200).getBytes(StandardCharsets.UTF_8);
    Answer streamed = http.send(HttpRequest.newBuilder(http.uri("/api/code")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
    assertThat(streamed.status()).isEqualTo(413);
    assertThat(streamed.contentType()).startsWith("application/json");
  }

  @Test
  void concurrentRequestsAllGetTheWholeAnswer() throws Exception {
    String expected = http.get("/api/events?limit=500").body();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int request = 0; request < 64; request++) {
        String query = request % 2 == 0 ? "/api/events?limit=500" : "/api/series?by=day";
        answers.add(clients.submit(() -> http.get(query)));
      }
      Set<String> eventBodies = new HashSet<>();
      for (int request = 0; request < answers.size(); request++) {
        Answer answer = answers.get(request).get();
        assertThat(answer.status()).isEqualTo(200);
        if (request % 2 == 0) {
          eventBodies.add(answer.body());
        }
      }
      assertThat(eventBodies).containsExactly(expected);
    } finally {
      clients.shutdownNow();
    }
  }
}
