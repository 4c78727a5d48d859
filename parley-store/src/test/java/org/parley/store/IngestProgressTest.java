package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress display: a bar redrawn in place on a terminal, plain lines elsewhere. */
class IngestProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void plainLinesCountArticlesAndGiveTheTimeLeftOnceTheRateIsKnown() {
    IngestProgress progress = new IngestProgress(out, false, 0);
    progress.start(10);
    progress.known();
    progress.stored();
    progress.failed();
    progress.stored();
    progress.finish();

    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).isEqualTo("parley: ingest 1/10 articles, starting, 1 already stored");
    assertThat(lines[1]).isEqualTo("parley: ingest 2/10 articles, starting, 1 already stored");
    assertThat(lines[lines.length - 1]).matches("parley: ingest 4/10 articles, [0-9.]+ articles/s, ETA \\d+m\\d\\ds, 1 failed, 1 already stored");
  }

  @Test
  void terminalBarIsRedrawnInPlace() {
    IngestProgress progress = new IngestProgress(out, true, 0);
    progress.start(4);
    progress.stored();
    progress.stored();
    progress.finish();

    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).startsWith("\r[").contains("] 2/4 articles").endsWith(System.lineSeparator());
    assertThat(shown).contains("[" + "=".repeat(15) + ">");
  }
}
