package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.codebook.CodeTable;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.store.StoredEvents.CountedEvent;

/**
 * The questions the dashboard and the HTTP API ask of a store: pages of events, an event with every mention of
 * it, an article with its evidence, series, top dyads, types and places, actors by prefix, agreements. Every
 * query is fixed SQL with bound parameters ({@link EventSearch}). Not thread-safe: one per connection, which
 * keeps its prepared statements, since DuckDB's prepare costs more than a small query.
 */
public final class EventBrowser {
  /** A page of events and the cursor of the next page, {@code null} on the last. */
  public record Page(List<CountedEvent> events, PageCursor next) {
    public Page {
      events = List.copyOf(events);
    }
  }

  /** A deduplicated event with every sentence that reports it, across articles and outlets. */
  public record EventDetail(CountedEvent event, List<Event> mentions) {
    public EventDetail {
      requireNonNull(event, "event is null");
      mentions = List.copyOf(mentions);
    }
  }

  /**
   * A stored article with what it says and what was coded from it.
   *
   * @param article its metadata and text (empty for an article loaded as coded events)
   * @param duplicateOf the earlier article it republishes, or empty
   * @param sentences its stored sentences by index
   * @param mentions the events coded from it, each with the id of the deduplicated event it joined
   */
  public record ArticleDetail(Article article, String duplicateOf, SortedMap<Integer, String> sentences, List<ArticleMention> mentions) {
    public ArticleDetail {
      requireNonNull(article, "article is null");
      requireNonNull(duplicateOf, "duplicateOf is null");
      sentences = new TreeMap<>(sentences);
      mentions = List.copyOf(mentions);
    }
  }

  /** One event coded from an article, and the deduplicated event it is a mention of. */
  public record ArticleMention(String eventId, Event event) {
    public ArticleMention {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(event, "event is null");
    }
  }

  /** Events of one period, by quad class (1 verbal cooperation to 4 material conflict), with their Goldstein sum. */
  public record SeriesPoint(
      LocalDate period, long events, long mentions, double goldsteinSum,
      long verbalCooperation, long materialCooperation, long verbalConflict, long materialConflict) {
    public SeriesPoint {
      requireNonNull(period, "period is null");
    }
  }

  /** A directed pair of actors at country level (an IGO stands for itself), with its events. */
  public record DyadCount(String source, String target, long events, long mentions, double goldsteinSum) {}

  /** A CAMEO event code with its name, PLOVER type and quad class, and how many events have it. */
  public record TypeCount(String cameo, String name, String plover, int quadClass, long events, long mentions) {}

  /** A place where events took place. */
  public record PlaceCount(String location, String country, double lat, double lon, long events) {}

  /** An actor code with the words that name it most often. */
  public record ActorName(String code, String country, String role, String name, long mentions) {}

  /**
   * An agreement, or an accusation or attack between the same sides that followed it.
   *
   * @param kind agreement, accusation or attack
   * @param daysAfter days between the agreement and this event (0 for the agreement)
   * @param mode asserted, negated, hypothetical or "claimed by CODE"
   */
  public record AgreementEntry(
      String agreementId, LocalDate agreementDate, String kind, String eventId, String date, long daysAfter,
      String byActor, String against, String cameo, String plover, String mode, long numSources, String eventText) {}

  /** How much a store holds. */
  public record Summary(long articles, long events, long mentions, LocalDate firstDate, LocalDate lastDate) {}

  /** The periods a series counts by. */
  public enum Period {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    public static Optional<Period> named(String name) {
      for (Period period : values()) {
        if (period.label().equals(name)) {
          return Optional.of(period);
        }
      }
      return Optional.empty();
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final String MODE = "CASE WHEN e.negated THEN 'negated' WHEN e.hypothetical THEN 'hypothetical' "
      + "WHEN e.claimed_by_code IS NOT NULL THEN 'claimed by ' || e.claimed_by_code ELSE 'asserted' END";

  private final Connection connection;
  private final StoredEvents storedEvents;
  private final CodeTable codes;
  private final int timeoutSeconds;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  /** Queries running longer than {@code timeout} (whole seconds, at least one) are interrupted. */
  public EventBrowser(EventStore store, CodeTable codes, Duration timeout) {
    this.connection = requireNonNull(store, "store is null").connection();
    this.codes = requireNonNull(codes, "codes is null");
    this.storedEvents = new StoredEvents(store, codes);
    this.timeoutSeconds = (int) Math.max(1, requireNonNull(timeout, "timeout is null").toSeconds());
  }

  /** The ids of a page of events in order, and the cursor of the next page, {@code null} on the last. */
  public record IdPage(List<String> eventIds, PageCursor next) {
    public IdPage {
      eventIds = List.copyOf(eventIds);
    }
  }

  /** The events of the search after the cursor (from the first when {@code null}), ordered by date then id. */
  public Page events(EventSearch search, PageCursor after, int limit) {
    IdPage page = eventIds(search, after, limit);
    Map<String, CountedEvent> events = countedEvents(page.eventIds());
    List<CountedEvent> ordered = new ArrayList<>();
    for (String id : page.eventIds()) {
      CountedEvent event = events.get(id);
      if (event != null) {
        ordered.add(event);
      }
    }
    return new Page(ordered, page.next());
  }

  /**
   * The ids of the events of the search after the cursor, ordered by date then id: the cheap half of a page, which
   * reads the events table alone, so that a caller holding rendered events by id reads nothing more.
   */
  public IdPage eventIds(EventSearch search, PageCursor after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more: " + limit);
    }
    BoundSql page = BoundSql.of("SELECT e.event_id, " + EventSearch.sortDate("e.") + " AS sort_date FROM events e WHERE ")
        .then(search.where());
    if (after != null) {
      page = page.then(BoundSql.of(" AND (" + EventSearch.sortDate("e.") + " > ? OR (" + EventSearch.sortDate("e.")
          + " = ? AND e.event_id > ?))", java.sql.Date.valueOf(after.date()), java.sql.Date.valueOf(after.date()), after.eventId()));
    }
    // One more than asked tells whether another page follows.
    page = page.then(BoundSql.of(" ORDER BY sort_date, e.event_id LIMIT ?", limit + 1));
    List<String> ids = new ArrayList<>();
    List<PageCursor> keys = new ArrayList<>();
    try (ResultSet rows = query(page)) {
      while (rows.next()) {
        ids.add(rows.getString(1));
        keys.add(new PageCursor(rows.getDate(2).toLocalDate(), rows.getString(1)));
      }
    } catch (SQLException e) {
      throw failure("cannot read a page of events", e);
    }
    if (ids.size() <= limit) {
      return new IdPage(ids, null);
    }
    return new IdPage(ids.subList(0, limit), keys.get(limit - 1));
  }

  /** The events with these ids, each as its first mention with its counts; ids of no event are left out. */
  public Map<String, CountedEvent> countedEvents(List<String> eventIds) {
    Map<String, CountedEvent> events = new HashMap<>();
    if (eventIds.isEmpty()) {
      return events;
    }
    try {
      // One array parameter rather than a list of placeholders: one prepared statement whatever the page size.
      java.sql.Array wanted = connection.createArrayOf("VARCHAR", eventIds.toArray());
      // The first mention's sentence is the event's own text, so the sentences table is not read.
      BoundSql sql = BoundSql.of("SELECT " + StoredEvents.MENTION_COLUMNS.replace("s.text", "e.event_text")
          + ", e.num_mentions, e.num_sources, e.num_articles FROM events e "
          + "JOIN mentions m ON m.mention_id = e.event_id AND m.event_id = e.event_id JOIN articles a ON a.id = m.article_id "
          + "WHERE list_contains(?, e.event_id)", wanted);
      try (ResultSet rows = query(sql)) {
        while (rows.next()) {
          CountedEvent event = counted(rows);
          events.put(event.event().id(), event);
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read events by id", e);
    }
    return events;
  }

  /** One event with every mention of it, earliest article first. */
  public Optional<EventDetail> event(String eventId) {
    requireNonNull(eventId, "eventId is null");
    CountedEvent event = countedEvents(List.of(eventId)).get(eventId);
    if (event == null) {
      return Optional.empty();
    }
    BoundSql mentions = BoundSql.of("SELECT " + StoredEvents.MENTION_COLUMNS + " FROM mentions m JOIN articles a ON a.id = m.article_id "
        + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
        + "WHERE m.event_id = ? ORDER BY a.published NULLS LAST, a.seq, m.sentence_index, m.trigger_begin, m.mention_id", eventId);
    List<Event> reports = new ArrayList<>();
    try (ResultSet rows = query(mentions)) {
      while (rows.next()) {
        reports.add(storedEvents.event(rows));
      }
    } catch (SQLException e) {
      throw failure("cannot read the mentions of event " + eventId, e);
    }
    return Optional.of(new EventDetail(event, reports));
  }

  /** A stored article with its sentences and the events coded from it. */
  public Optional<ArticleDetail> article(String articleId) {
    requireNonNull(articleId, "articleId is null");
    Article article;
    String duplicateOf;
    try (ResultSet rows = query(BoundSql.of(
        "SELECT id, title, source, url, published, text, duplicate_of FROM articles WHERE id = ?", articleId))) {
      if (!rows.next()) {
        return Optional.empty();
      }
      java.sql.Date published = rows.getDate(5);
      article = new Article(rows.getString(1), rows.getString(2), orEmpty(rows.getString(3)), orEmpty(rows.getString(4)),
          published == null ? null : published.toLocalDate(), orEmpty(rows.getString(6)));
      duplicateOf = orEmpty(rows.getString(7));
    } catch (SQLException e) {
      throw failure("cannot read article " + articleId, e);
    }
    SortedMap<Integer, String> sentences = new TreeMap<>();
    try (ResultSet rows = query(BoundSql.of(
        "SELECT sentence_index, text FROM sentences WHERE article_id = ? ORDER BY sentence_index", articleId))) {
      while (rows.next()) {
        sentences.put(rows.getInt(1), rows.getString(2));
      }
    } catch (SQLException e) {
      throw failure("cannot read the sentences of article " + articleId, e);
    }
    List<ArticleMention> mentions = new ArrayList<>();
    try (ResultSet rows = query(BoundSql.of("SELECT " + StoredEvents.MENTION_COLUMNS + ", m.event_id AS joined_event_id "
        + "FROM mentions m JOIN articles a ON a.id = m.article_id "
        + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
        + "WHERE m.article_id = ? ORDER BY m.sentence_index, m.trigger_begin, m.mention_id", articleId))) {
      while (rows.next()) {
        mentions.add(new ArticleMention(rows.getString("joined_event_id"), storedEvents.event(rows)));
      }
    } catch (SQLException e) {
      throw failure("cannot read the mentions of article " + articleId, e);
    }
    return Optional.of(new ArticleDetail(article, duplicateOf, sentences, mentions));
  }

  /** Per period: events, mentions, the Goldstein sum, and events per quad class. */
  public List<SeriesPoint> series(EventSearch search, Period period) {
    requireNonNull(period, "period is null");
    BoundSql sql = BoundSql.of("SELECT CAST(date_trunc('" + period.label() + "', e.date) AS DATE) AS period, count(*), "
            + "coalesce(sum(e.num_mentions), 0), coalesce(sum(e.goldstein), 0), "
            + "count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2), "
            + "count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4) "
            + "FROM events e WHERE e.date IS NOT NULL AND ")
        .then(search.where()).then(" GROUP BY 1 ORDER BY 1");
    List<SeriesPoint> points = new ArrayList<>();
    try (ResultSet rows = query(sql)) {
      while (rows.next()) {
        points.add(new SeriesPoint(rows.getDate(1).toLocalDate(), rows.getLong(2), rows.getLong(3), round(rows.getDouble(4)),
            rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8)));
      }
    } catch (SQLException e) {
      throw failure("cannot count the series", e);
    }
    return points;
  }

  /** The dyads with most events, at country level. */
  public List<DyadCount> topDyads(EventSearch search, int limit) {
    BoundSql sql = BoundSql.of("SELECT coalesce(e.source_country, e.source_code) AS source, "
            + "coalesce(e.target_country, e.target_code) AS target, count(*) AS events, sum(e.num_mentions), sum(e.goldstein) "
            + "FROM events e WHERE e.target_code IS NOT NULL AND ")
        .then(search.where()).then(BoundSql.of(" GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?", limit));
    List<DyadCount> dyads = new ArrayList<>();
    try (ResultSet rows = query(sql)) {
      while (rows.next()) {
        dyads.add(new DyadCount(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4), round(rows.getDouble(5))));
      }
    } catch (SQLException e) {
      throw failure("cannot count the dyads", e);
    }
    return dyads;
  }

  /** The CAMEO event codes with most events. */
  public List<TypeCount> topTypes(EventSearch search, int limit) {
    BoundSql sql = BoundSql.of("SELECT e.cameo, count(*) AS events, sum(e.num_mentions) FROM events e WHERE ")
        .then(search.where()).then(BoundSql.of(" GROUP BY 1 ORDER BY events DESC, 1 LIMIT ?", limit));
    List<TypeCount> types = new ArrayList<>();
    try (ResultSet rows = query(sql)) {
      while (rows.next()) {
        String cameo = rows.getString(1);
        Optional<CameoCode> code = codes.find(cameo);
        types.add(new TypeCount(cameo, code.map(CameoCode::name).orElse(""),
            code.flatMap(CameoCode::ploverType).map(Enum::name).orElse(null), code.map(CameoCode::quadClass).orElse(0),
            rows.getLong(2), rows.getLong(3)));
      }
    } catch (SQLException e) {
      throw failure("cannot count the event types", e);
    }
    return types;
  }

  /** The places with most events, with their coordinates. */
  public List<PlaceCount> topPlaces(EventSearch search, int limit) {
    BoundSql sql = BoundSql.of("SELECT e.location_text, any_value(e.location_country), round(avg(e.lat), 4), round(avg(e.lon), 4), "
            + "count(*) AS events FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND ")
        .then(search.where()).then(BoundSql.of(" GROUP BY 1 ORDER BY events DESC, 1 LIMIT ?", limit));
    List<PlaceCount> places = new ArrayList<>();
    try (ResultSet rows = query(sql)) {
      while (rows.next()) {
        places.add(new PlaceCount(rows.getString(1), orEmpty(rows.getString(2)), rows.getDouble(3), rows.getDouble(4), rows.getLong(5)));
      }
    } catch (SQLException e) {
      throw failure("cannot count the places", e);
    }
    return places;
  }

  /** Actors whose code or most frequent name starts with the prefix, codes first, then by mentions. */
  public List<ActorName> actors(String prefix, int limit) {
    requireNonNull(prefix, "prefix is null");
    String code = prefix.strip().toUpperCase(Locale.ROOT);
    String name = prefix.strip().toLowerCase(Locale.ROOT);
    BoundSql sql = BoundSql.of("SELECT code, country, role, name, num_mentions FROM actors "
        + "WHERE starts_with(code, ?) OR starts_with(lower(name), ?) "
        + "ORDER BY starts_with(code, ?) DESC, num_mentions DESC, code LIMIT ?", code, name, code, limit);
    List<ActorName> actors = new ArrayList<>();
    try (ResultSet rows = query(sql)) {
      while (rows.next()) {
        actors.add(new ActorName(rows.getString(1), orEmpty(rows.getString(2)), orEmpty(rows.getString(3)), orEmpty(rows.getString(4)),
            rows.getLong(5)));
      }
    } catch (SQLException e) {
      throw failure("cannot look up actors", e);
    }
    return actors;
  }

  /**
   * Agreements between the search's sides (either direction, not negated; dated within its range), each followed by
   * the accusations and attacks, asserted or claimed, between them in the {@code days} after it or until the next
   * agreement: {@link EventQueries#agreements} with bound parameters.
   */
  public List<AgreementEntry> agreements(EventSearch search, int days) {
    EventSearch sides = search.dyadOnly();
    BoundSql pair = BoundSql.of("((").then(sides.where()).then(") OR (")
        .then(sides.withDyad(sides.target(), sides.source()).where()).then("))");
    BoundSql range = BoundSql.of("");
    if (search.from() != null) {
      range = range.then(BoundSql.of(" AND e.date >= ?", java.sql.Date.valueOf(search.from())));
    }
    if (search.to() != null) {
      range = range.then(BoundSql.of(" AND e.date <= ?", java.sql.Date.valueOf(search.to())));
    }
    BoundSql sql = BoundSql.of("WITH agreements AS (SELECT e.*, lead(e.date) OVER (ORDER BY e.date, e.event_id) AS next_date "
            + "FROM events e WHERE ")
        .then(pair).then(range).then(" AND e.date IS NOT NULL AND NOT e.negated AND " + EventQueries.AGREEMENT.replace("cameo", "e.cameo")
            + "), followups AS (SELECT g.event_id AS agreement_id, g.date AS agreement_date, e.* FROM agreements g JOIN events e ON ")
        .then(pair).then(BoundSql.of(" AND e.date >= g.date AND e.date <= g.date + CAST(? AS INTEGER) "
            + "AND (g.next_date IS NULL OR e.date < g.next_date) AND NOT e.negated AND "
            + EventQueries.VIOLATION.replace("cameo", "e.cameo") + ")", Math.max(0, days)))
        .then(" SELECT agreement_id, agreement_date, kind, event_id, date_text, days_after, source_code, target_code, cameo, plover, mode, "
            + "num_sources, event_text FROM ("
            + "SELECT e.event_id AS agreement_id, e.date AS agreement_date, 0 AS rank, 'agreement' AS kind, e.event_id, e.date_text, "
            + "0 AS days_after, e.source_code, e.target_code, e.cameo, e.plover, " + MODE + " AS mode, e.num_sources, e.event_text, e.date "
            + "FROM agreements e UNION ALL "
            + "SELECT e.agreement_id, e.agreement_date, 1, CASE WHEN e.cameo LIKE '112%' THEN 'accusation' ELSE 'attack' END, e.event_id, "
            + "e.date_text, e.date - e.agreement_date, e.source_code, e.target_code, e.cameo, e.plover, " + MODE + ", e.num_sources, "
            + "e.event_text, e.date FROM followups e"
            + ") ORDER BY agreement_date, agreement_id, rank, date, cameo, event_id");
    List<AgreementEntry> entries = new ArrayList<>();
    try (ResultSet rows = query(sql)) {
      while (rows.next()) {
        entries.add(new AgreementEntry(rows.getString(1), rows.getDate(2).toLocalDate(), rows.getString(3), rows.getString(4),
            orEmpty(rows.getString(5)), rows.getLong(6), rows.getString(7), orEmpty(rows.getString(8)), rows.getString(9),
            rows.getString(10), rows.getString(11), rows.getLong(12), rows.getString(13)));
      }
    } catch (SQLException e) {
      throw failure("cannot read the agreements", e);
    }
    return entries;
  }

  /** Articles, events and mentions stored, and the first and last event dates. */
  public Summary summary() {
    try (ResultSet rows = query(BoundSql.of("SELECT (SELECT count(*) FROM articles), count(*), coalesce(sum(num_mentions), 0), "
        + "min(date), max(date) FROM events"))) {
      rows.next();
      java.sql.Date first = rows.getDate(4);
      java.sql.Date last = rows.getDate(5);
      return new Summary(rows.getLong(1), rows.getLong(2), rows.getLong(3),
          first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate());
    } catch (SQLException e) {
      throw failure("cannot summarise the store", e);
    }
  }

  private CountedEvent counted(ResultSet rows) throws SQLException {
    return new CountedEvent(storedEvents.event(rows), rows.getInt("num_mentions"), rows.getInt("num_sources"), rows.getInt("num_articles"));
  }

  private ResultSet query(BoundSql sql) throws SQLException {
    PreparedStatement statement = statements.get(sql.sql());
    if (statement == null) {
      statement = connection.prepareStatement(sql.sql());
      statement.setQueryTimeout(timeoutSeconds);
      statements.put(sql.sql(), statement);
    }
    sql.bind(statement);
    return statement.executeQuery();
  }

  /** A query interrupted by its time limit is a {@link QueryTimeoutException}; any other failure is a bug. */
  private RuntimeException failure(String what, SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof java.sql.SQLTimeoutException || message.contains("INTERRUPT")) {
      return new QueryTimeoutException(what + ": the query ran longer than " + timeoutSeconds + " s");
    }
    return new StoreException(what, e);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
