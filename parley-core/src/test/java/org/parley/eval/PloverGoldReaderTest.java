package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ParleyInputException;
import org.parley.model.PloverType;

/** The PLOVER gold-standard records: draft type names, compound and reciprocal actors, merged sentences. */
class PloverGoldReaderTest {
  private static final GoldSet GOLD = GoldFiles.read(GoldFiles.fixture("plover-gsr.txt"));

  @TempDir
  Path folder;

  private static GoldEvent plover(PloverType type, String source, String target) {
    return new GoldEvent(null, type, source, target, null);
  }

  @Test
  void isToldByItsJsonArrayAndSkipsDocumentationRecords() {
    assertThat(GOLD.format()).isEqualTo(GoldFormat.PLOVER_GSR);
    assertThat(GOLD.sentences()).extracting(GoldSentence::id)
        .containsExactly("TEST-AGREE-0001", "TEST-DEMAND-0001", "TEST-FIGHT-0001+TEST-DISAPPROVE-0001");
    assertThat(GOLD.sentences().get(0).date()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(GOLD.eventCount()).isEqualTo(6);
  }

  @Test
  void reciprocalActorsGiveAnEventEachWay() {
    assertThat(GOLD.sentences().get(0).events()).containsExactly(plover(PloverType.AGREE, "RUR", "FREGOV"), plover(PloverType.AGREE, "FREGOV", "RUR"));
  }

  @Test
  void draftTypesAreRenamedAndCompoundTargetsGiveOneEventEach() {
    assertThat(GOLD.sentences().get(1).events()).containsExactly(plover(PloverType.REQUEST, "FREREB", "RUR"), plover(PloverType.REQUEST, "FREREB", "SYL"));
    assertThat(GOLD.sentences().get(1).events().get(0).describe()).isEqualTo("FREREB -> RUR REQUEST");
  }

  @Test
  void recordsWithTheSameTextAreOneSentence() {
    GoldSentence shelling = GOLD.sentences().get(2);

    assertThat(shelling.text()).isEqualTo("Artillery shelled Sylvanian villages overnight.");
    assertThat(shelling.events()).containsExactly(plover(PloverType.ASSAULT, "---", "SYLCVLSYL"), plover(PloverType.ACCUSE, "SYL", null));
    assertThat(shelling.cameoCoded()).isFalse();
    assertThat(shelling.givesModes()).isFalse();
  }

  @Test
  void anUnknownEventTypeNamesTheRecordsLine() throws IOException {
    Path file = Files.writeString(folder.resolve("bad.txt"), "[\n{\"id\": \"A\", \"event\": \"AGREE\", \"text\": \"T.\"},\n{\"id\": \"B\",\n \"event\": \"GOSSIP\", \"text\": \"T.\"}\n]\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFiles.read(file)).isInstanceOf(ParleyInputException.class).hasMessageEndingWith("bad.txt:3: unknown PLOVER event type \"GOSSIP\"");
  }

  @Test
  void anUnclosedArrayIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("cut.txt"), "[\n{\"id\": \"A\", \"event\": \"AGREE\", \"text\": \"T.\"},\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFiles.read(file)).isInstanceOf(ParleyInputException.class).hasMessageContaining("cut.txt:3: invalid JSON: Unexpected end-of-input");
  }
}
