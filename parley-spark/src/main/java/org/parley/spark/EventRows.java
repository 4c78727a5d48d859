package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.model.Actor;
import org.parley.model.Event;

/**
 * The export schema: one row per event with the contract's event fields flattened ({@code article_id},
 * {@code source_code}, {@code target_code}, {@code cameo}, {@code plover}, {@code date}, ...), as the event
 * store names them. Absent values (no target, no place, no claimant) are nulls.
 */
public final class EventRows {
  /** The column the Parquet output is partitioned by: the event's date, {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
  public static final String PARTITION_COLUMN = "date";

  public static final StructType SCHEMA = new StructType(new StructField[] {
      field("id", DataTypes.StringType, false),
      field("article_id", DataTypes.StringType, false),
      field("article_title", DataTypes.StringType, true),
      field("article_source", DataTypes.StringType, true),
      field("article_url", DataTypes.StringType, true),
      field("article_published", DataTypes.StringType, true),
      field("sentence_index", DataTypes.IntegerType, false),
      field("sentence_text", DataTypes.StringType, false),
      field("trigger_text", DataTypes.StringType, false),
      field("trigger_begin", DataTypes.IntegerType, false),
      field("trigger_end", DataTypes.IntegerType, false),
      field("date", DataTypes.StringType, false),
      field("source_text", DataTypes.StringType, false),
      field("source_code", DataTypes.StringType, false),
      field("source_country", DataTypes.StringType, true),
      field("source_role", DataTypes.StringType, true),
      field("target_text", DataTypes.StringType, true),
      field("target_code", DataTypes.StringType, true),
      field("target_country", DataTypes.StringType, true),
      field("target_role", DataTypes.StringType, true),
      field("cameo", DataTypes.StringType, false),
      field("cameo_root", DataTypes.StringType, false),
      field("plover", DataTypes.StringType, true),
      field("goldstein", DataTypes.DoubleType, false),
      field("quad_class", DataTypes.IntegerType, false),
      field("negated", DataTypes.BooleanType, false),
      field("hypothetical", DataTypes.BooleanType, false),
      field("claimed_by_text", DataTypes.StringType, true),
      field("claimed_by_code", DataTypes.StringType, true),
      field("location_text", DataTypes.StringType, true),
      field("location_country", DataTypes.StringType, true),
      field("location_lat", DataTypes.DoubleType, true),
      field("location_lon", DataTypes.DoubleType, true),
  });

  private EventRows() {}

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  public static Row row(Event event) {
    List<Object> values = new ArrayList<>(SCHEMA.size());
    var article = event.article();
    values.add(event.id());
    values.add(article.id());
    values.add(emptyAsNull(article.title()));
    values.add(emptyAsNull(article.source()));
    values.add(emptyAsNull(article.url()));
    values.add(article.publishedDate().map(Object::toString).orElse(null));
    values.add(event.sentenceIndex());
    values.add(event.sentenceText());
    values.add(event.trigger().text());
    values.add(event.trigger().begin());
    values.add(event.trigger().end());
    values.add(event.date());
    addActor(values, event.source());
    addActor(values, event.target());
    values.add(event.cameo().code());
    values.add(event.cameo().root());
    values.add(event.cameo().ploverType().map(Enum::name).orElse(null));
    values.add(event.cameo().goldstein());
    values.add(event.cameo().quadClass());
    values.add(event.mode().negated());
    values.add(event.mode().hypothetical());
    Actor claimant = event.mode().claimedBy();
    values.add(claimant == null ? null : claimant.text());
    values.add(claimant == null ? null : claimant.code().code());
    var location = event.location();
    values.add(location == null ? null : location.text());
    values.add(location == null ? null : emptyAsNull(location.country()));
    values.add(location == null ? null : location.latitude());
    values.add(location == null ? null : location.longitude());
    return RowFactory.create(values.toArray());
  }

  private static void addActor(List<Object> values, Actor actor) {
    values.add(actor == null ? null : actor.text());
    values.add(actor == null ? null : actor.code().code());
    values.add(actor == null ? null : emptyAsNull(actor.code().country()));
    values.add(actor == null ? null : emptyAsNull(actor.code().role()));
  }

  private static String emptyAsNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
