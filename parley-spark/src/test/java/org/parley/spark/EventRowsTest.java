package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.PloverType;
import org.parley.model.Span;

class EventRowsTest {
  @Test
  void flattensAnEventIntoTheExportSchema() {
    Article article = new Article("a1", "Envoy visits", "Parley Wire", "", LocalDate.of(2025, 4, 3), "Dmitriev arrived in Washington.");
    Actor source = new Actor("Dmitriev", new Span("Dmitriev", 14, 22), new ActorCode("RUSGOV", "RUS", "GOV"));
    Event event = new Event("e1", article, 1, "Dmitriev arrived in Washington.", new Span("arrived", 23, 30), "2025-04-02", source, null,
        new CameoCode("042", "Make a visit", PloverType.CONSULT, 1.9, 1), new EventMode(false, true, null), null);

    Row row = EventRows.row(event);

    assertThat(row.size()).isEqualTo(EventRows.SCHEMA.size());
    assertThat((String) row.get(EventRows.SCHEMA.fieldIndex("source_code"))).isEqualTo("RUSGOV");
    assertThat(row.get(EventRows.SCHEMA.fieldIndex("target_code"))).isNull();
    assertThat((String) row.get(EventRows.SCHEMA.fieldIndex("plover"))).isEqualTo("CONSULT");
    assertThat((String) row.get(EventRows.SCHEMA.fieldIndex("cameo_root"))).isEqualTo("04");
    assertThat((Boolean) row.get(EventRows.SCHEMA.fieldIndex("hypothetical"))).isTrue();
    assertThat((String) row.get(EventRows.SCHEMA.fieldIndex("article_published"))).isEqualTo("2025-04-03");
    assertThat(row.get(EventRows.SCHEMA.fieldIndex("article_url"))).isNull();
  }
}
