package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Location;

/**
 * Stores articles one transaction each: the article row, its sentences, its near-duplicate signature, and each
 * coded mention merged into the event it reports ({@link MergeRule}). A kill at any moment leaves every article
 * either wholly stored or absent. One writer per store.
 */
public final class StoreWriter {
  private final Connection connection;
  private final int runId;
  private final CodingVersion coding;
  private final MergeRule rule;
  private long nextSeq;

  public StoreWriter(EventStore store, int runId, CodingVersion coding, MergeRule rule) {
    requireNonNull(store, "store is null");
    if (store.readOnly()) {
      throw new IllegalArgumentException("the store is open read-only: " + store.file());
    }
    this.connection = store.connection();
    this.runId = runId;
    this.coding = requireNonNull(coding, "coding is null");
    this.rule = requireNonNull(rule, "rule is null");
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM articles")) {
      rows.next();
      this.nextSeq = rows.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the article sequence", e);
    }
  }

  /** Stores a new article with its sentences and mentions, in one transaction. */
  public void store(ArticleCoding coding) {
    requireNonNull(coding, "coding is null");
    inTransaction("article " + coding.article().id(), () -> {
      insertArticle(coding);
      insertSentences(coding);
      if (coding.failure().isEmpty()) {
        for (Event event : coding.events()) {
          storeMention(event, runId);
        }
      }
    });
  }

  /**
   * Starts a recode: keeps the current events in {@code event_versions} for {@code query diff}, then empties the
   * events and actors, which the recoded articles fill again in their original order.
   */
  public void beginRecode() {
    inTransaction("the start of recode run " + runId, () -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO event_versions SELECT " + runId + ", "
            + "first_article_id || ':' || first_sentence_index || ':' || first_trigger_begin, event_id, run_id, date_text, "
            + "source_code, target_code, cameo, plover, event_text FROM events");
        statement.execute("DELETE FROM events");
        statement.execute("DELETE FROM actors");
        // Mentions not yet recoded point at no event until their article's turn.
        statement.execute("UPDATE mentions SET event_id = ''");
      }
    });
  }

  /** Replaces a stored article's mentions with a new coding of it, in one transaction. */
  public void recode(ArticleCoding coding, int articleRunId) {
    requireNonNull(coding, "coding is null");
    inTransaction("recode of article " + coding.article().id(), () -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mentions WHERE article_id = ?")) {
        delete.setString(1, coding.article().id());
        delete.executeUpdate();
      }
      for (Event event : coding.events()) {
        storeMention(event, articleRunId);
      }
      try (PreparedStatement update = connection.prepareStatement("UPDATE articles SET coded_run = ?, status = ?, error = ? WHERE id = ?")) {
        update.setInt(1, runId);
        update.setString(2, coding.failure().isPresent() ? "failed" : "coded");
        setNullable(update, 3, coding.error());
        update.setString(4, coding.article().id());
        update.executeUpdate();
      }
    });
  }

  private interface Work {
    void run() throws SQLException;
  }

  private void inTransaction(String what, Work work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store " + what, e);
    }
  }

  private void insertArticle(ArticleCoding coding) throws SQLException {
    Article article = coding.article();
    String text = article.text().isEmpty() ? String.join("\n", coding.sentences().values()) : article.text();
    ArticleSignature signature = ArticleSignature.of(article.title() + "\n" + text);
    Optional<Map.Entry<String, Double>> original = signature.empty() ? Optional.empty() : findOriginal(signature);
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO articles (seq, id, title, source, url, published, text, input, status, error, duplicate_of, similarity, run_id, coded_run) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, nextSeq++);
      insert.setString(2, article.id());
      insert.setString(3, article.title());
      setNullable(insert, 4, article.source());
      setNullable(insert, 5, article.url());
      if (article.published() == null) {
        insert.setNull(6, Types.DATE);
      } else {
        insert.setDate(6, Date.valueOf(article.published()));
      }
      setNullable(insert, 7, article.text());
      insert.setString(8, coding.input());
      insert.setString(9, coding.failure().isPresent() ? "failed" : "coded");
      setNullable(insert, 10, coding.error());
      setNullable(insert, 11, original.map(Map.Entry::getKey).orElse(""));
      if (original.isPresent()) {
        insert.setDouble(12, original.get().getValue());
      } else {
        insert.setNull(12, Types.DOUBLE);
      }
      insert.setInt(13, runId);
      insert.setInt(14, runId);
      insert.executeUpdate();
    }
    if (signature.empty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_bands VALUES (?, ?, ?)")) {
      long[] bands = signature.bands();
      for (int band = 0; band < bands.length; band++) {
        insert.setShort(1, (short) band);
        insert.setLong(2, bands[band]);
        insert.setString(3, article.id());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_signatures VALUES (?, ?)")) {
      Long[] values = new Long[ArticleSignature.HASHES];
      long[] minhash = signature.values();
      for (int index = 0; index < values.length; index++) {
        values[index] = minhash[index];
      }
      Array array = connection.createArrayOf("BIGINT", values);
      insert.setString(1, article.id());
      insert.setArray(2, array);
      insert.executeUpdate();
    }
  }

  /** The earliest-stored original among the articles that share a band and are similar enough, with the similarity. */
  private Optional<Map.Entry<String, Double>> findOriginal(ArticleSignature signature) throws SQLException {
    long[] bands = signature.bands();
    StringBuilder condition = new StringBuilder();
    for (int band = 0; band < bands.length; band++) {
      condition.append(band == 0 ? "" : " OR ").append("(b.band = ").append(band).append(" AND b.hash = ").append(bands[band]).append(')');
    }
    String sql = "SELECT DISTINCT a.id, coalesce(a.duplicate_of, a.id), a.seq, s.minhash FROM article_bands b "
        + "JOIN articles a ON a.id = b.article_id JOIN article_signatures s ON s.article_id = a.id WHERE " + condition
        + " ORDER BY a.seq";
    String best = null;
    double bestSimilarity = 0;
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        Object[] stored = (Object[]) rows.getArray(4).getArray();
        long[] values = new long[stored.length];
        for (int index = 0; index < stored.length; index++) {
          values[index] = ((Number) stored[index]).longValue();
        }
        double similarity = signature.similarity(ArticleSignature.of(values));
        if (similarity >= rule.duplicateArticleSimilarity() && similarity > bestSimilarity) {
          best = rows.getString(2);
          bestSimilarity = similarity;
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best, bestSimilarity));
  }

  private void insertSentences(ArticleCoding coding) throws SQLException {
    if (coding.sentences().isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?)")) {
      for (Map.Entry<Integer, String> sentence : coding.sentences().entrySet()) {
        insert.setString(1, coding.article().id());
        insert.setInt(2, sentence.getKey());
        insert.setString(3, sentence.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** A stored event that a new mention could join. */
  private record Candidate(String eventId, Location location, List<String> sentences) {}

  private void storeMention(Event event, int eventRunId) throws SQLException {
    String mergeKey = MergeRule.mergeKey(event);
    String dateText = MergeRule.dateText(event);
    Optional<LocalDate> day = MergeRule.firstDay(dateText);
    String joined = null;
    double joinedSimilarity = -1;
    for (Candidate candidate : candidates(mergeKey, dateText, day)) {
      if (!rule.placesCompatible(event.location(), candidate.location())) {
        continue;
      }
      double similarity = 0;
      for (String sentence : candidate.sentences()) {
        similarity = Math.max(similarity, SentenceSimilarity.of(event.sentenceText(), sentence));
      }
      if (similarity >= rule.minSimilarity() && similarity > joinedSimilarity) {
        joined = candidate.eventId();
        joinedSimilarity = similarity;
      }
    }
    if (joined == null) {
      insertEvent(event, mergeKey, dateText, day, eventRunId);
      joined = event.id();
    }
    insertMention(event, joined, dateText, joined.equals(event.id()) ? null : joinedSimilarity);
    updateCounts(joined);
    countActor(event.source());
    if (event.target() != null) {
      countActor(event.target());
    }
  }

  private List<Candidate> candidates(String mergeKey, String dateText, Optional<LocalDate> day) throws SQLException {
    String dateCondition;
    if (day.isPresent() && MergeRule.dayPrecision(dateText)) {
      dateCondition = "e.date BETWEEN ? AND ? AND length(e.date_text) = 10";
    } else if (day.isPresent()) {
      dateCondition = "e.date_text = ?";
    } else {
      dateCondition = "e.date IS NULL";
    }
    String sql = "SELECT e.event_id, e.location_text, e.location_country, e.lat, e.lon, s.text FROM events e "
        + "JOIN mentions m ON m.event_id = e.event_id "
        + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
        + "WHERE e.merge_key = ? AND " + dateCondition + " ORDER BY e.first_article_id, e.event_id";
    Map<String, Candidate> found = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, mergeKey);
      if (day.isPresent() && MergeRule.dayPrecision(dateText)) {
        query.setDate(2, Date.valueOf(day.get().minusDays(rule.dateWindowDays())));
        query.setDate(3, Date.valueOf(day.get().plusDays(rule.dateWindowDays())));
      } else if (day.isPresent()) {
        query.setString(2, dateText);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String id = rows.getString(1);
          Candidate candidate = found.get(id);
          if (candidate == null) {
            String placeText = rows.getString(2);
            Location location = placeText == null ? null
                : new Location(placeText, nonNull(rows.getString(3)), rows.getDouble(4), rows.getDouble(5));
            candidate = new Candidate(id, location, new ArrayList<>());
            found.put(id, candidate);
          }
          candidate.sentences().add(rows.getString(6));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private void insertEvent(Event event, String mergeKey, String dateText, Optional<LocalDate> day, int eventRunId)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO events (event_id, merge_key, date, date_text, source_code, source_country, source_role, source_text, "
            + "target_code, target_country, target_role, target_text, cameo, cameo_root, plover, goldstein, quad_class, "
            + "negated, hypothetical, claimed_by_code, claimed_by_text, location_text, location_country, lat, lon, "
            + "num_mentions, num_sources, num_articles, first_article_id, first_sentence_index, first_trigger_begin, event_text, "
            + "parley_version, codebook_hash, actors_hash, run_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int column = 1;
      insert.setString(column++, event.id());
      insert.setString(column++, mergeKey);
      if (day.isPresent()) {
        insert.setDate(column++, Date.valueOf(day.get()));
      } else {
        insert.setNull(column++, Types.DATE);
      }
      setNullable(insert, column++, dateText);
      insert.setString(column++, event.source().code().code());
      setNullable(insert, column++, event.source().code().country());
      setNullable(insert, column++, event.source().code().role());
      insert.setString(column++, event.source().text());
      Actor target = event.target();
      setNullable(insert, column++, target == null ? "" : target.code().code());
      setNullable(insert, column++, target == null ? "" : target.code().country());
      setNullable(insert, column++, target == null ? "" : target.code().role());
      setNullable(insert, column++, target == null ? "" : target.text());
      insert.setString(column++, event.cameo().code());
      insert.setString(column++, event.cameo().root());
      setNullable(insert, column++, event.cameo().ploverType().map(Enum::name).orElse(""));
      insert.setDouble(column++, event.cameo().goldstein());
      insert.setInt(column++, event.cameo().quadClass());
      insert.setBoolean(column++, event.mode().negated());
      insert.setBoolean(column++, event.mode().hypothetical());
      Actor claimant = event.mode().claimedBy();
      setNullable(insert, column++, claimant == null ? "" : claimant.code().code());
      setNullable(insert, column++, claimant == null ? "" : claimant.text());
      column = setLocation(insert, column, event.location());
      insert.setString(column++, event.article().id());
      insert.setInt(column++, event.sentenceIndex());
      insert.setInt(column++, event.trigger().begin());
      insert.setString(column++, event.sentenceText());
      insert.setString(column++, coding.parleyVersion());
      insert.setString(column++, coding.codebookHash());
      insert.setString(column++, coding.actorsHash());
      insert.setInt(column, eventRunId);
      insert.executeUpdate();
    }
  }

  private void insertMention(Event event, String eventId, String dateText, Double similarity) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int column = 1;
      insert.setString(column++, event.id());
      insert.setString(column++, eventId);
      insert.setString(column++, event.article().id());
      insert.setInt(column++, event.sentenceIndex());
      insert.setString(column++, event.trigger().text());
      insert.setInt(column++, event.trigger().begin());
      insert.setInt(column++, event.trigger().end());
      insert.setString(column++, event.date());
      column = setActor(insert, column, event.source(), false);
      column = setActor(insert, column, event.target(), true);
      insert.setString(column++, event.cameo().code());
      insert.setBoolean(column++, event.mode().negated());
      insert.setBoolean(column++, event.mode().hypothetical());
      column = setActor(insert, column, event.mode().claimedBy(), true);
      column = setLocation(insert, column, event.location());
      if (similarity == null) {
        insert.setNull(column++, Types.DOUBLE);
      } else {
        insert.setDouble(column++, similarity);
      }
      insert.setInt(column, runId);
      insert.executeUpdate();
    }
  }

  /** GDELT's counts: mentions, distinct outlets (an article with no outlet counts as its own), distinct articles. */
  private void updateCounts(String eventId) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE events SET num_mentions = c.mentions, num_sources = c.sources, num_articles = c.articles FROM ("
            + "SELECT count(*) AS mentions, count(DISTINCT coalesce(a.source, 'article:' || a.id)) AS sources, "
            + "count(DISTINCT a.id) AS articles FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?) c "
            + "WHERE events.event_id = ?")) {
      update.setString(1, eventId);
      update.setString(2, eventId);
      update.executeUpdate();
    }
  }

  private void countActor(Actor actor) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(
        "INSERT INTO actors VALUES (?, ?, ?, ?, 1) ON CONFLICT (code) DO UPDATE SET num_mentions = actors.num_mentions + 1")) {
      upsert.setString(1, actor.code().code());
      setNullable(upsert, 2, actor.code().country());
      setNullable(upsert, 3, actor.code().role());
      upsert.setString(4, actor.text());
      upsert.executeUpdate();
    }
  }

  /** text, begin, end, code, country, role; all NULL for an absent optional actor. */
  private static int setActor(PreparedStatement insert, int start, Actor actor, boolean optional) throws SQLException {
    int column = start;
    if (actor == null) {
      if (!optional) {
        throw new IllegalArgumentException("a required actor is missing");
      }
      insert.setNull(column++, Types.VARCHAR);
      insert.setNull(column++, Types.INTEGER);
      insert.setNull(column++, Types.INTEGER);
      insert.setNull(column++, Types.VARCHAR);
      insert.setNull(column++, Types.VARCHAR);
      insert.setNull(column++, Types.VARCHAR);
      return column;
    }
    insert.setString(column++, actor.text());
    insert.setInt(column++, actor.span().begin());
    insert.setInt(column++, actor.span().end());
    insert.setString(column++, actor.code().code());
    insert.setString(column++, actor.code().country());
    insert.setString(column++, actor.code().role());
    return column;
  }

  private static int setLocation(PreparedStatement insert, int start, Location location) throws SQLException {
    int column = start;
    if (location == null) {
      insert.setNull(column++, Types.VARCHAR);
      insert.setNull(column++, Types.VARCHAR);
      insert.setNull(column++, Types.DOUBLE);
      insert.setNull(column++, Types.DOUBLE);
      return column;
    }
    insert.setString(column++, location.text());
    setNullable(insert, column++, location.country());
    insert.setDouble(column++, location.latitude());
    insert.setDouble(column++, location.longitude());
    return column;
  }

  /** The model's empty string is the store's NULL. */
  private static void setNullable(PreparedStatement statement, int column, String value) throws SQLException {
    if (value == null || value.isEmpty()) {
      statement.setNull(column, Types.VARCHAR);
    } else {
      statement.setString(column, value);
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
