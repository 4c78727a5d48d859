package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.parley.actor.PlaceTable;
import org.parley.model.Location;
import org.parley.read.ReadOptions;
import org.parley.store.EventBrowser;
import org.parley.store.EventSearch;
import org.parley.store.QueryTimeoutException;
import org.parley.store.StoredEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code parley serve}: the dashboard and the JSON API over one event store opened read-only, on Javalin. Only
 * the routes below answer; every other path is a JSON 404, and the dashboard's files come from a fixed list read
 * from the classpath at start, so no request can name a file.
 */
public final class ParleyServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);
  private static final String JSON = "application/json; charset=utf-8";
  private static final String HANDLED = "parley.handled";
  private static final Pattern LOOPBACK_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?", Pattern.CASE_INSENSITIVE);

  /** The page may run its own script and style and talk to this server; nothing else, inline code included. */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** How often the server looks for a newer snapshot of the store. */
  private static final Duration SNAPSHOT_POLL = Duration.ofMillis(500);

  private final ServedStore store;
  private final CodeRequests codeRequests;
  private final DashboardAssets assets;
  private final ServeSettings settings;
  private final String gazetteer;
  private final RenderedEvents renderedEvents = new RenderedEvents(50_000);
  private final boolean loopbackOnly;
  private final Javalin app;

  private ParleyServer(ServedStore store, CodeRequests codeRequests, DashboardAssets assets, ServeSettings settings) {
    this.store = store;
    this.codeRequests = codeRequests;
    this.assets = assets;
    this.settings = settings;
    this.gazetteer = gazetteerJson();
    this.loopbackOnly = isLoopback(settings.host());
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.http.generateEtags = false;
      config.router.ignoreTrailingSlashes = false;
      config.jetty.addConnector((server, httpConfiguration) -> {
        httpConfiguration.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        // A client that stops sending or reading is dropped after this, so it cannot hold a thread for ever.
        connector.setIdleTimeout(Math.max(30_000, settings.codeTimeLimit().toMillis() + 5_000));
        return connector;
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      config.routes.before(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Cache-Control", "no-store");
        checkHostAndOrigin(ctx);
      });
      config.routes.get("/", ctx -> asset(ctx, "index.html"));
      config.routes.get("/assets/dashboard.js", ctx -> asset(ctx, "dashboard.js"));
      config.routes.get("/assets/dashboard.css", ctx -> asset(ctx, "dashboard.css"));
      config.routes.get("/openapi.json", ctx -> asset(ctx, "openapi.json"));
      config.routes.get("/api/summary", ctx -> {
        new ApiParameters(ctx.queryParamMap(), Set.of());
        json(ctx, ApiJson.of(this.store.read(browser -> browser.summary())));
      });
      config.routes.get("/api/events", this::events);
      config.routes.get("/api/events/{id}", this::event);
      config.routes.get("/api/articles/{id}", this::article);
      config.routes.get("/api/series", this::series);
      config.routes.get("/api/dyads", ctx -> top(ctx, Ranking.DYADS));
      config.routes.get("/api/types", ctx -> top(ctx, Ranking.TYPES));
      config.routes.get("/api/places", ctx -> top(ctx, Ranking.PLACES));
      config.routes.get("/api/actors", this::actors);
      config.routes.get("/api/agreements", this::agreements);
      config.routes.get("/api/gazetteer", ctx -> {
        new ApiParameters(ctx.queryParamMap(), Set.of());
        json(ctx, gazetteer);
      });
      config.routes.post("/api/code", this::code);
      config.routes.exception(ApiError.class, (error, ctx) -> error(ctx, error.status(), error.getMessage()));
      config.routes.exception(QueryTimeoutException.class, (error, ctx) -> error(ctx, 503, error.getMessage()));
      config.routes.exception(Exception.class, (error, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), error);
        error(ctx, 500, "internal error");
      });
      // Javalin's own answers (no route, a body over its limit) become JSON too; the handlers' own errors stay as they are.
      for (int status : new int[] {400, 404, 405, 413, 500, 503}) {
        config.routes.error(status, ctx -> {
          if (ctx.attribute(HANDLED) == null) {
            json(ctx, ApiJson.error(status == 404 ? "no such path: " + ctx.path() : httpReason(status)));
          }
        });
      }
    });
  }

  /**
   * On a loopback address, a request must name this machine in its Host header: a web page that points some domain
   * of its own at 127.0.0.1 (DNS rebinding) gets 403, not the API. A POST from a page of another origin, which a
   * browser sends without asking, is refused the same way.
   */
  private void checkHostAndOrigin(Context ctx) {
    String host = String.valueOf(ctx.header("Host"));
    if (loopbackOnly && !LOOPBACK_HOST.matcher(host).matches()) {
      throw new ApiError(403, "this server answers requests addressed to localhost only");
    }
    String origin = ctx.header("Origin");
    if (origin != null && ctx.method() != HandlerType.GET && !origin.equals("http://" + host)) {
      throw new ApiError(403, "requests from the pages of another origin are refused");
    }
  }

  /**
   * Opens the store read-only and starts serving it.
   *
   * @param coder builds the coding pipeline; called on the first {@code POST /api/code}, not before
   */
  public static ParleyServer start(Path db, ServeSettings settings, Supplier<ArticleEventCoder> coder) {
    requireNonNull(db, "db is null");
    requireNonNull(settings, "settings is null");
    requireNonNull(coder, "coder is null");
    DashboardAssets assets = DashboardAssets.bundled();
    ServedStore store = ServedStore.open(db, settings.connections(), settings.timeLimit(), SNAPSHOT_POLL);
    CodeRequests codeRequests = new CodeRequests(coder, settings.codingThreads(), settings.codeTimeLimit());
    ParleyServer server = new ParleyServer(store, codeRequests, assets, settings);
    try {
      server.app.start();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The file it reads: the store, or the store's snapshot, followed as ingests publish newer ones. */
  public Path served() {
    return store.file();
  }

  /** The port it listens on: the one asked for, or the free one it was given. */
  public int port() {
    return app.port();
  }

  private void events(Context ctx) {
    ApiParameters parameters = new ApiParameters(ctx.queryParamMap(), ApiParameters.searchAnd("limit", "cursor"));
    EventSearch search = parameters.search();
    int limit = parameters.number("limit", 50, 1, 500);
    var cursor = parameters.cursor();
    record Read(long generation, EventBrowser.IdPage page, Map<String, StoredEvents.CountedEvent> fetched) {}
    Read read = store.read(browser -> {
      long generation = store.generation();
      EventBrowser.IdPage page = browser.eventIds(search, cursor, limit);
      List<String> missing = page.eventIds().stream().filter(id -> renderedEvents.get(generation, id) == null).toList();
      return new Read(generation, page, browser.countedEvents(missing));
    });
    Map<String, String> fresh = new java.util.HashMap<>();
    read.fetched().forEach((id, event) -> {
      String json = ApiJson.countedEvent(event);
      fresh.put(id, json);
      renderedEvents.put(read.generation(), id, json);
    });
    List<String> events = new ArrayList<>();
    for (String id : read.page().eventIds()) {
      String json = fresh.containsKey(id) ? fresh.get(id) : renderedEvents.get(read.generation(), id);
      if (json == null) {
        // Held when the page was read, dropped by other requests since: rare, read again.
        json = store.read(browser -> browser.countedEvents(List.of(id))).values().stream().map(ApiJson::countedEvent).findFirst().orElse(null);
      }
      if (json != null) {
        events.add(json);
      }
    }
    json(ctx, ApiJson.page(events, read.page().next()));
  }

  private void event(Context ctx) {
    new ApiParameters(ctx.queryParamMap(), Set.of());
    String id = ctx.pathParam("id");
    json(ctx, ApiJson.eventDetail(store.read(browser -> browser.event(id))
        .orElseThrow(() -> ApiError.notFound("no event " + id))));
  }

  private void article(Context ctx) {
    new ApiParameters(ctx.queryParamMap(), Set.of());
    String id = ctx.pathParam("id");
    json(ctx, ApiJson.article(store.read(browser -> browser.article(id))
        .orElseThrow(() -> ApiError.notFound("no article " + id))));
  }

  private void series(Context ctx) {
    ApiParameters parameters = new ApiParameters(ctx.queryParamMap(), ApiParameters.searchAnd("by"));
    EventSearch search = parameters.search();
    var period = parameters.period();
    json(ctx, ApiJson.of(Map.of("by", period.label(), "series", store.read(browser -> browser.series(search, period)))));
  }

  /** What a top-N endpoint ranks, and the field its list is answered under. */
  private enum Ranking {
    DYADS, TYPES, PLACES;

    String field() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private void top(Context ctx, Ranking ranking) {
    ApiParameters parameters = new ApiParameters(ctx.queryParamMap(), ApiParameters.searchAnd("limit"));
    EventSearch search = parameters.search();
    int limit = parameters.number("limit", 10, 1, 100);
    List<?> rows = store.read(browser -> switch (ranking) {
      case DYADS -> browser.topDyads(search, limit);
      case TYPES -> browser.topTypes(search, limit);
      case PLACES -> browser.topPlaces(search, limit);
    });
    json(ctx, ApiJson.of(Map.of(ranking.field(), rows)));
  }

  private void actors(Context ctx) {
    ApiParameters parameters = new ApiParameters(ctx.queryParamMap(), Set.of("prefix", "limit"));
    String prefix = parameters.single("prefix");
    if (prefix.isEmpty() || prefix.length() > 64) {
      throw ApiError.badRequest("prefix: expected 1 to 64 characters of an actor code or name");
    }
    int limit = parameters.number("limit", 10, 1, 100);
    json(ctx, ApiJson.of(Map.of("actors", store.read(browser -> browser.actors(prefix, limit)))));
  }

  private void agreements(Context ctx) {
    ApiParameters parameters = new ApiParameters(ctx.queryParamMap(), Set.of("dyad", "actor", "from", "to", "days"));
    EventSearch search = parameters.search();
    int days = parameters.number("days", 30, 0, 3650);
    json(ctx, ApiJson.of(Map.of("days", days, "agreements", store.read(browser -> browser.agreements(search, days)))));
  }

  private void code(Context ctx) throws IOException {
    ApiParameters parameters = new ApiParameters(ctx.queryParamMap(), Set.of("date", "source", "url"));
    LocalDate date = null;
    if (!parameters.single("date").isEmpty()) {
      try {
        date = LocalDate.parse(parameters.single("date"));
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest("date: expected a date YYYY-MM-DD");
      }
    }
    ReadOptions options = new ReadOptions(date, parameters.single("source"), parameters.single("url"), settings.maxArticleChars());
    byte[] body = body(ctx);
    json(ctx, ApiJson.codedEvents(codeRequests.code(body, options)));
  }

  /** The request body, refused with 413 as soon as it is known to be over the limit. */
  private byte[] body(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > settings.maxBodyBytes()) {
      throw tooLarge();
    }
    try (InputStream input = ctx.req().getInputStream()) {
      byte[] body = input.readNBytes(settings.maxBodyBytes() + 1);
      if (body.length > settings.maxBodyBytes()) {
        throw tooLarge();
      }
      return body;
    }
  }

  private ApiError tooLarge() {
    return new ApiError(413, "the request body is over the limit of " + settings.maxBodyBytes() + " bytes");
  }

  private void asset(Context ctx, String name) {
    DashboardAssets.Asset asset = assets.get(name);
    ctx.contentType(asset.contentType());
    ctx.result(asset.content());
  }

  private static void json(Context ctx, String body) {
    ctx.contentType(JSON);
    ctx.result(body);
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status);
    json(ctx, ApiJson.error(message));
  }

  private static String httpReason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 405 -> "method not allowed";
      case 413 -> "the request body is too large";
      case 503 -> "service unavailable";
      default -> "internal error";
    };
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Every place of the bundled table as [lat, lon], drawn faintly under the events so the map shows land. */
  private static String gazetteerJson() {
    List<double[]> points = new ArrayList<>();
    for (Location place : PlaceTable.bundled().locations()) {
      points.add(new double[] {place.latitude(), place.longitude()});
    }
    return ApiJson.of(Map.of("places", points));
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      codeRequests.close();
      store.close();
    }
  }
}
