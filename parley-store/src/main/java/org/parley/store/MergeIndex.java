package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Location;

/**
 * The writer's in-memory view of the stored events and article signatures, loaded once from the store, so that
 * merging a mention and finding a republished article take no scan of the database: DuckDB is built for scans,
 * not for the many point lookups an ingest makes. About 300 bytes per event and 200 per article.
 */
final class MergeIndex {
  /** What merging needs to know of a stored event. */
  static final class EventState {
    final String eventId;
    final String dateText;
    final Optional<LocalDate> day;
    final Location location;
    final boolean hasTarget;
    final List<Set<String>> sentenceStems = new ArrayList<>();
    final Set<String> articles = new HashSet<>();
    final Set<String> sources = new HashSet<>();
    final Set<String> places = new HashSet<>();
    int mentions;

    EventState(String eventId, String dateText, Location location, boolean hasTarget) {
      this.eventId = eventId;
      this.hasTarget = hasTarget;
      this.dateText = dateText;
      this.day = MergeRule.firstDay(dateText);
      this.location = location;
    }

    /** Counts one more mention from an article of an outlet (empty: the article is its own outlet). */
    void mention(String articleId, String source, String sentence) {
      mentions++;
      articles.add(articleId);
      sources.add(source.isEmpty() ? "article:" + articleId : source);
      places.addAll(NamedPlaces.in(sentence));
      Set<String> stems = SentenceSimilarity.stems(sentence);
      if (sentenceStems.size() < 8 && !sentenceStems.contains(stems)) {
        sentenceStems.add(stems);
      }
    }
  }

  private final Map<String, List<EventState>> eventsByKey = new HashMap<>();
  private final Map<String, EventState> eventsById = new HashMap<>();
  private final Map<Long, List<String>> articlesByBand = new HashMap<>();
  private final Map<String, long[]> signatures = new HashMap<>();
  private final Map<String, String> originals = new HashMap<>();

  /** Loads the index as the writer left it: events in the order they were created, each listed under every key it was. */
  static MergeIndex load(EventStore store, MergeRule rule) {
    Connection connection = store.connection();
    MergeIndex index = new MergeIndex();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(
          "SELECT e.event_id, e.merge_key, e.any_target_key, e.target_code IS NOT NULL, coalesce(e.date_text, ''), "
              + "e.location_text, e.location_country, e.lat, e.lon FROM events e JOIN articles a ON a.id = e.first_article_id "
              + "ORDER BY a.seq, e.first_sentence_index, e.first_trigger_begin, e.event_id")) {
        while (rows.next()) {
          String place = rows.getString(6);
          Location location = place == null ? null
              : new Location(place, rows.getString(7) == null ? "" : rows.getString(7), rows.getDouble(8), rows.getDouble(9));
          index.add(rows.getString(2), rows.getString(3), new EventState(rows.getString(1), rows.getString(5), location, rows.getBoolean(4)));
        }
      }
      new StoredEvents(store, org.parley.codebook.CodeTable.bundled()).forEachMention((eventId, mention) -> {
        EventState state = index.eventsById.get(eventId);
        if (state != null) {
          state.mention(mention.article().id(), mention.article().source(), mention.sentenceText());
          for (String key : rule.anyTargetKeys(mention)) {
            index.alsoUnder(key, state);
          }
        }
      });
      try (ResultSet rows = statement.executeQuery(
          "SELECT a.id, coalesce(a.duplicate_of, a.id), s.minhash FROM articles a JOIN article_signatures s ON s.article_id = a.id ORDER BY a.seq")) {
        while (rows.next()) {
          Object[] stored = (Object[]) rows.getArray(3).getArray();
          long[] values = new long[stored.length];
          for (int value = 0; value < stored.length; value++) {
            values[value] = ((Number) stored[value]).longValue();
          }
          index.addArticle(rows.getString(1), rows.getString(2), ArticleSignature.of(values));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot load the stored events for merging", e);
    }
    return index;
  }

  EventState add(String mergeKey, String anyTargetKey, EventState state) {
    eventsByKey.computeIfAbsent(mergeKey, key -> new ArrayList<>()).add(state);
    eventsByKey.computeIfAbsent(anyTargetKey, key -> new ArrayList<>()).add(state);
    eventsById.put(state.eventId, state);
    return state;
  }

  /** Lists an event under one more key, once. */
  void alsoUnder(String key, EventState state) {
    List<EventState> states = eventsByKey.computeIfAbsent(key, unused -> new ArrayList<>());
    if (!states.contains(state)) {
      states.add(state);
    }
  }

  List<EventState> withKey(String mergeKey) {
    return eventsByKey.getOrDefault(mergeKey, List.of());
  }

  void clearEvents() {
    eventsByKey.clear();
    eventsById.clear();
  }

  void addArticle(String id, String original, ArticleSignature signature) {
    signatures.put(id, signature.values());
    originals.put(id, original);
    long[] bands = signature.bands();
    for (int band = 0; band < bands.length; band++) {
      articlesByBand.computeIfAbsent(bands[band] * 31 + band, key -> new ArrayList<>(1)).add(id);
    }
  }

  /** The original of the most similar earlier article at or above {@code threshold}, with the similarity. */
  Optional<Map.Entry<String, Double>> original(ArticleSignature signature, double threshold) {
    long[] bands = signature.bands();
    Set<String> candidates = new HashSet<>();
    for (int band = 0; band < bands.length; band++) {
      candidates.addAll(articlesByBand.getOrDefault(bands[band] * 31 + band, List.of()));
    }
    String best = null;
    double bestSimilarity = 0;
    for (String candidate : candidates) {
      double similarity = signature.similarity(ArticleSignature.of(signatures.get(candidate)));
      if (similarity >= threshold && (similarity > bestSimilarity || similarity == bestSimilarity && originals.get(candidate).compareTo(best) < 0)) {
        best = originals.get(candidate);
        bestSimilarity = similarity;
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best, bestSimilarity));
  }
}
