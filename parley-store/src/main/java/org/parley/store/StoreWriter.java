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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final EventStore store;
  private final Connection connection;
  private final int runId;
  private final CodingVersion coding;
  private final MergeRule rule;
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();
  private long nextSeq;
  private MergeIndex index;

  public StoreWriter(EventStore store, int runId, CodingVersion coding, MergeRule rule) {
    requireNonNull(store, "store is null");
    if (store.readOnly()) {
      throw new IllegalArgumentException("the store is open read-only: " + store.file());
    }
    this.store = store;
    this.connection = store.connection();
    this.runId = runId;
    this.coding = requireNonNull(coding, "coding is null");
    this.rule = requireNonNull(rule, "rule is null");
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM articles")) {
      rows.next();
      this.nextSeq = rows.getLong(1);
    } catch (SQLException e) {
      throw store.failure("reading the article sequence", e);
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
   * events, which the recoded articles fill again in their original order.
   */
  public void beginRecode() {
    inTransaction("the start of recode run " + runId, () -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO event_versions SELECT " + runId + ", "
            + "first_article_id || ':' || first_sentence_index || ':' || first_trigger_begin, event_id, run_id, date_text, "
            + "source_code, target_code, cameo, plover, event_text FROM events");
        statement.execute("DELETE FROM events");
        // Mentions not yet recoded point at no event until their article's turn.
        statement.execute("UPDATE mentions SET event_id = ''");
      }
      index().clearEvents();
    });
  }

  /** Replaces a stored article's mentions with a new coding of it, in one transaction. */
  public void recode(ArticleCoding coding, int articleRunId) {
    requireNonNull(coding, "coding is null");
    inTransaction("the recode of article " + coding.article().id(), () -> {
      PreparedStatement delete = prepared("DELETE FROM mentions WHERE article_id = ?");
      delete.setString(1, coding.article().id());
      delete.executeUpdate();
      for (Event event : coding.events()) {
        storeMention(event, articleRunId);
      }
      PreparedStatement update = prepared("UPDATE articles SET coded_run = ?, status = ?, error = ? WHERE id = ?");
      update.setInt(1, runId);
      update.setString(2, coding.failure().isPresent() ? "failed" : "coded");
      setNullable(update, 3, coding.error());
      update.setString(4, coding.article().id());
      update.executeUpdate();
    });
  }

  /** Statements prepared once per writer: DuckDB's prepare costs more than a point query. */
  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  private interface Work {
    void run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction, rolled back when it fails. The first failure is the one thrown: after a
   * commit that failed (disk full), DuckDB has ended the transaction already, and the rollback and the switch back to
   * auto-commit fail too ("no transaction is active"), which must not hide why.
   */
  private void inTransaction(String what, Work work) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw store.failure("starting a transaction for " + what, e);
    }
    Exception failure = null;
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      failure = e;
      index = null;
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof SQLException sql) {
      throw store.failure("storing " + what, sql);
    }
  }

  private void insertArticle(ArticleCoding coding) throws SQLException {
    Article article = coding.article();
    String text = article.text().isEmpty() ? String.join("\n", coding.sentences().values()) : article.text();
    ArticleSignature signature = ArticleSignature.of(article.title() + "\n" + text);
    Optional<Map.Entry<String, Double>> original =
        signature.empty() ? Optional.empty() : index().original(signature, rule.duplicateArticleSimilarity());
    PreparedStatement insert = prepared(
        "INSERT INTO articles (seq, id, title, source, url, published, text, input, status, error, duplicate_of, similarity, run_id, coded_run) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
    if (signature.empty()) {
      return;
    }
    index().addArticle(article.id(), original.map(Map.Entry::getKey).orElse(article.id()), signature);
    PreparedStatement bandRows = prepared("INSERT INTO article_bands VALUES (?, ?, ?)");
    long[] bands = signature.bands();
    for (int band = 0; band < bands.length; band++) {
      bandRows.setShort(1, (short) band);
      bandRows.setLong(2, bands[band]);
      bandRows.setString(3, article.id());
      bandRows.addBatch();
    }
    bandRows.executeBatch();
    PreparedStatement signatureRow = prepared("INSERT INTO article_signatures VALUES (?, ?)");
    Long[] values = new Long[ArticleSignature.HASHES];
    long[] minhash = signature.values();
    for (int index = 0; index < values.length; index++) {
      values[index] = minhash[index];
    }
    Array array = connection.createArrayOf("BIGINT", values);
    signatureRow.setString(1, article.id());
    signatureRow.setArray(2, array);
    signatureRow.executeUpdate();
  }

  private void insertSentences(ArticleCoding coding) throws SQLException {
    if (coding.sentences().isEmpty()) {
      return;
    }
    PreparedStatement insert = prepared("INSERT INTO sentences VALUES (?, ?, ?)");
    for (Map.Entry<Integer, String> sentence : coding.sentences().entrySet()) {
      insert.setString(1, coding.article().id());
      insert.setInt(2, sentence.getKey());
      insert.setString(3, sentence.getValue());
      insert.addBatch();
    }
    insert.executeBatch();
  }

  private MergeIndex index() {
    if (index == null) {
      index = MergeIndex.load(store, rule);
    }
    return index;
  }

  private void storeMention(Event event, int eventRunId) throws SQLException {
    String mergeKey = rule.mergeKey(event);
    String dateText = MergeRule.dateText(event);
    Optional<LocalDate> day = MergeRule.firstDay(dateText);
    String anyTargetKey = rule.anyTargetKey(event);
    Set<String> stems = SentenceSimilarity.stems(event.sentenceText());
    Set<String> places = NamedPlaces.in(event.sentenceText());
    List<MergeIndex.EventState> candidates = new ArrayList<>(index().withKey(mergeKey));
    if (event.target() == null) {
      candidates.addAll(index().withKey(anyTargetKey));
    } else {
      for (String key : rule.noTargetKeys(event)) {
        candidates.addAll(index().withKey(key));
      }
    }
    MergeIndex.EventState joined = null;
    double joinedSimilarity = -1;
    for (MergeIndex.EventState candidate : candidates) {
      if (!rule.datesCompatible(dateText, day, candidate.dateText, candidate.day)
          || !rule.placesCompatible(event.location(), candidate.location)
          || !NamedPlaces.compatible(places, candidate.places)) {
        continue;
      }
      double similarity = 0;
      for (Set<String> sentence : candidate.sentenceStems) {
        similarity = Math.max(similarity, SentenceSimilarity.of(stems, sentence));
      }
      // Across a missing target the dyad is only half known: the reports must name a place in common or say much the same.
      boolean partialDyad = (event.target() == null) != !candidate.hasTarget;
      if (partialDyad && similarity < MergeRule.PARTIAL_DYAD_SIMILARITY && !NamedPlaces.share(places, candidate.places)) {
        continue;
      }
      if (similarity >= rule.minSimilarity() && similarity > joinedSimilarity) {
        joined = candidate;
        joinedSimilarity = similarity;
      }
    }
    boolean created = joined == null;
    if (created) {
      insertEvent(event, mergeKey, anyTargetKey, dateText, day, eventRunId);
      joined = index().add(mergeKey, anyTargetKey, new MergeIndex.EventState(event.id(), dateText, event.location(), event.target() != null));
    }
    joined.mention(event.article().id(), event.article().source(), event.sentenceText());
    for (String key : rule.anyTargetKeys(event)) {
      index().alsoUnder(key, joined);
    }
    insertMention(event, joined.eventId, dateText, created ? null : joinedSimilarity);
    PreparedStatement update = prepared("UPDATE events SET num_mentions = ?, num_sources = ?, num_articles = ? WHERE event_id = ?");
    update.setInt(1, joined.mentions);
    update.setInt(2, joined.sources.size());
    update.setInt(3, joined.articles.size());
    update.setString(4, joined.eventId);
    update.executeUpdate();
  }

  private void insertEvent(Event event, String mergeKey, String anyTargetKey, String dateText, Optional<LocalDate> day, int eventRunId)
      throws SQLException {
    PreparedStatement insert = prepared(
        "INSERT INTO events (event_id, merge_key, any_target_key, date, date_text, source_code, source_country, source_role, source_text, "
            + "target_code, target_country, target_role, target_text, cameo, cameo_root, plover, goldstein, quad_class, "
            + "negated, hypothetical, claimed_by_code, claimed_by_text, location_text, location_country, lat, lon, "
            + "num_mentions, num_sources, num_articles, first_article_id, first_sentence_index, first_trigger_begin, event_text, "
            + "parley_version, codebook_hash, actors_hash, run_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
    int column = 1;
    insert.setString(column++, event.id());
    insert.setString(column++, mergeKey);
    insert.setString(column++, anyTargetKey);
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

  private void insertMention(Event event, String eventId, String dateText, Double similarity) throws SQLException {
    PreparedStatement insert = prepared(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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

}
