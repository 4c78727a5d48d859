package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.PloverType;

class EventSearchTest {
  @Test
  void valuesOutsideTheirShapeAreRefusedWithTheValue() {
    EventSearch all = EventSearch.all();

    assertThatThrownBy(() -> all.withDyad("RUS'--", "")).hasMessageContaining("RUS'--");
    assertThatThrownBy(() -> all.withActors(List.of("RUS", "UKR", "USA"))).hasMessage("at most two actors, not 3");
    assertThatThrownBy(() -> all.withActors(List.of("ru s"))).hasMessageContaining("ru s");
    assertThatThrownBy(() -> all.withCountry("UK")).hasMessageContaining("UK");
    assertThatThrownBy(() -> all.withCameo("1")).hasMessageContaining("2 to 4 digits");
    assertThatThrownBy(() -> all.between(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1))).hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> all.withText("x".repeat(201))).hasMessageContaining("200");
  }

  @Test
  void noValueReachesTheSqlText() {
    EventSearch search = EventSearch.all().withDyad("RUS", "UKR").withActors(List.of("RUSGOV")).withCountry("UKR").withCameo("19")
        .withPlover(PloverType.ASSAULT).withMode(EventSearch.Mode.CLAIMED).between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
        .withText("x'); DROP TABLE events; -- 100%_");

    BoundSql where = search.where();

    assertThat(where.sql()).doesNotContain("RUS").doesNotContain("UKR").doesNotContain("DROP").doesNotContain("ASSAULT").doesNotContain("2025");
    assertThat(where.values()).hasSize(12).contains("RUS", "UKR", "RUSGOV", "19", "ASSAULT");
    assertThat(where.values()).last().isEqualTo("%x'); DROP TABLE events; -- 100\\%\\_%");
    assertThat(where.sql()).contains("e.claimed_by_code IS NOT NULL");
  }

  @Test
  void anEmptySearchIsTrue() {
    assertThat(EventSearch.all().where().sql()).isEqualTo("true");
    assertThat(EventSearch.all().where().values()).isEmpty();
  }
}
