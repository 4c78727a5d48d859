package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.codebook.CodeTable;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Location;
import org.parley.model.PloverType;
import org.parley.model.Span;

/** Reads stored mentions back as Parley's {@link Event} records, so the core writers print them. */
public final class StoredEvents {
  /** A deduplicated event: its first mention, with GDELT's counts. */
  public record CountedEvent(Event event, int numMentions, int numSources, int numArticles) {
    public CountedEvent {
      requireNonNull(event, "event is null");
    }
  }

  /** The columns {@link #event} reads, in its order; the query joins mentions m, articles a and sentences s. */
  static final String MENTION_COLUMNS =
      "m.mention_id, m.sentence_index, s.text, m.trigger_text, m.trigger_begin, m.trigger_end, m.date_text, "
          + "m.source_text, m.source_begin, m.source_end, m.source_code, m.source_country, m.source_role, "
          + "m.target_text, m.target_begin, m.target_end, m.target_code, m.target_country, m.target_role, "
          + "m.cameo, m.negated, m.hypothetical, "
          + "m.claimed_by_text, m.claimed_by_begin, m.claimed_by_end, m.claimed_by_code, m.claimed_by_country, m.claimed_by_role, "
          + "m.location_text, m.location_country, m.lat, m.lon, "
          + "a.id, a.title, a.source, a.url, a.published";

  private final Connection connection;
  private final CodeTable codes;

  public StoredEvents(EventStore store, CodeTable codes) {
    this.connection = requireNonNull(store, "store is null").connection();
    this.codes = requireNonNull(codes, "codes is null");
  }

  /** The stored mentions of one article, in sentence order. */
  public List<Event> mentionsOf(String articleId) {
    String sql = "SELECT " + MENTION_COLUMNS + " FROM mentions m JOIN articles a ON a.id = m.article_id "
        + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
        + "WHERE m.article_id = ? ORDER BY m.sentence_index, m.trigger_begin, m.mention_id";
    List<Event> events = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, articleId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          events.add(event(rows));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the mentions of article " + articleId, e);
    }
    return events;
  }

  /** Every deduplicated event, as its first mention with its counts, ordered by date and id. */
  public void forEachEvent(String whereClause, Consumer<CountedEvent> consumer) {
    String sql = "SELECT " + MENTION_COLUMNS + ", e.num_mentions, e.num_sources, e.num_articles FROM events e "
        + "JOIN mentions m ON m.mention_id = e.event_id AND m.event_id = e.event_id "
        + "JOIN articles a ON a.id = m.article_id "
        + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
        + (whereClause.isBlank() ? "" : "WHERE " + whereClause + " ")
        + "ORDER BY e.date NULLS LAST, e.event_id";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        consumer.accept(new CountedEvent(event(rows), rows.getInt("num_mentions"), rows.getInt("num_sources"), rows.getInt("num_articles")));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored events", e);
    }
  }

  /** A stored article with its text (empty for one loaded as coded events). */
  public Article article(String id) {
    try (PreparedStatement query = connection.prepareStatement("SELECT id, title, source, url, published, text FROM articles WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalArgumentException("no stored article " + id);
        }
        java.sql.Date published = rows.getDate(5);
        return new Article(rows.getString(1), rows.getString(2), orEmpty(rows.getString(3)), orEmpty(rows.getString(4)),
            published == null ? null : published.toLocalDate(), orEmpty(rows.getString(6)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id, e);
    }
  }

  /**
   * Every stored article that has its text, in the order they were stored, republished copies (near-duplicates of
   * an earlier article) left out; articles loaded as coded events have no text and are left out too.
   */
  public void forEachArticleWithText(Consumer<Article> consumer) {
    String sql = "SELECT id, title, source, url, published, text FROM articles "
        + "WHERE text IS NOT NULL AND text <> '' AND duplicate_of IS NULL ORDER BY seq";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        java.sql.Date published = rows.getDate(5);
        consumer.accept(new Article(rows.getString(1), rows.getString(2), orEmpty(rows.getString(3)), orEmpty(rows.getString(4)),
            published == null ? null : published.toLocalDate(), rows.getString(6)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored articles", e);
    }
  }

  /** Every stored mention with the id of its event, in the order the articles were stored. */
  void forEachMention(java.util.function.BiConsumer<String, Event> consumer) {
    String sql = "SELECT " + MENTION_COLUMNS + ", m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id "
        + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
        + "WHERE m.event_id <> '' ORDER BY a.seq, m.sentence_index, m.trigger_begin, m.mention_id";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        consumer.accept(rows.getString(38), event(rows));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored mentions", e);
    }
  }

  Event event(ResultSet rows) throws SQLException {
    java.sql.Date published = rows.getDate(37);
    Article article = new Article(rows.getString(33), rows.getString(34), orEmpty(rows.getString(35)), orEmpty(rows.getString(36)),
        published == null ? null : published.toLocalDate(), "");
    String cameo = rows.getString(20);
    CameoCode code = codes.find(cameo).orElseGet(() -> new CameoCode(cameo, "", (PloverType) null, 0, 1));
    String locationText = rows.getString(29);
    Location location = locationText == null ? null
        : new Location(locationText, orEmpty(rows.getString(30)), rows.getDouble(31), rows.getDouble(32));
    return new Event(
        rows.getString(1),
        article,
        rows.getInt(2),
        rows.getString(3),
        new Span(rows.getString(4), rows.getInt(5), rows.getInt(6)),
        rows.getString(7),
        actor(rows, 8),
        actor(rows, 14),
        code,
        new EventMode(rows.getBoolean(21), rows.getBoolean(22), actor(rows, 23)),
        location);
  }

  /** text, begin, end, code, country, role from {@code start}; {@code null} where the actor is absent. */
  private static Actor actor(ResultSet rows, int start) throws SQLException {
    String text = rows.getString(start);
    if (text == null) {
      return null;
    }
    Span span = new Span(text, rows.getInt(start + 1), rows.getInt(start + 2));
    return new Actor(text, span, new ActorCode(rows.getString(start + 3), orEmpty(rows.getString(start + 4)), orEmpty(rows.getString(start + 5))));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
