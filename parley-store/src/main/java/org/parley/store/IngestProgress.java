package org.parley.store;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how an ingest run advances, on stderr: a bar redrawn in place with articles/s and the time left on a
 * terminal, plain lines every {@code intervalMillis} otherwise (a log file, a test).
 */
public final class IngestProgress {
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final long intervalMillis;
  private long total = -1;
  private long started;
  private long firstDone;
  private long lastShown;
  private long stored;
  private long failed;
  private long known;

  public IngestProgress(PrintStream out, boolean terminal, long intervalMillis) {
    this.out = requireNonNull(out, "out is null");
    this.terminal = terminal;
    this.intervalMillis = Math.max(0, intervalMillis);
  }

  /** Starts counting; {@code total} articles are expected, or -1 when unknown. */
  public synchronized void start(long expected) {
    this.total = expected;
    this.started = System.nanoTime();
    this.lastShown = 0;
  }

  public synchronized void stored() {
    stored++;
    markFirst();
    maybeShow();
  }

  public synchronized void failed() {
    failed++;
    markFirst();
    maybeShow();
  }

  /** The rate counts from the first article done, so that loading the NLP models does not skew it. */
  private void markFirst() {
    if (stored + failed == 1) {
      firstDone = System.nanoTime();
    }
  }

  public synchronized void known() {
    known++;
    maybeShow();
  }

  public synchronized void finish() {
    show();
    if (terminal) {
      out.println();
    }
    out.flush();
  }

  private void maybeShow() {
    long now = System.nanoTime() / 1_000_000;
    long wait = terminal ? Math.min(intervalMillis, 200) : intervalMillis;
    if (now - lastShown >= wait) {
      lastShown = now;
      show();
    }
  }

  private void show() {
    long done = stored + failed;
    double rate = done > 1
        ? (done - 1) / Math.max(1e-3, (System.nanoTime() - firstDone) / 1e9)
        : done / Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    long finished = done + known;
    String count = total >= 0 ? String.format(Locale.ROOT, "%,d/%,d articles", finished, total) : String.format(Locale.ROOT, "%,d articles", finished);
    String eta = "";
    if (total >= 0 && done > 1 && rate > 0) {
      eta = "  ETA " + duration((long) ((total - finished) / rate));
    }
    String extra = String.format(Locale.ROOT, "%s%s", failed > 0 ? ", " + failed + " failed" : "", known > 0 ? ", " + known + " already stored" : "");
    if (terminal) {
      int filled = total > 0 ? (int) (BAR_WIDTH * Math.min(1.0, finished / (double) total)) : 0;
      String bar = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
      out.print(String.format(Locale.ROOT, "\r[%s] %s  %s%s%s   ", bar, count, speed(done, rate), eta, extra));
    } else {
      out.println(String.format(Locale.ROOT, "parley: ingest %s, %s%s%s", count, speed(done, rate), eta.replace("  ", ", "), extra));
    }
    out.flush();
  }

  /** The rate once two articles are done; before that the NLP models may still be loading. */
  private static String speed(long done, double rate) {
    return done > 1 ? String.format(Locale.ROOT, "%.1f articles/s", rate) : "starting";
  }

  static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
    return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }
}
