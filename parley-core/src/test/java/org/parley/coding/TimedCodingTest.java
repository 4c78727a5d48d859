package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The time limit per article counts from when a thread starts it, and stops the work past it. */
class TimedCodingTest {
  @Test
  void timeSpentQueuedDoesNotCount() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch release = new CountDownLatch(1);
      TimedCoding<String> first = TimedCoding.submit(pool, () -> {
        release.await();
        return "first";
      });
      TimedCoding<String> second = TimedCoding.submit(pool, () -> {
        Thread.sleep(100);
        return "second";
      });
      Thread.sleep(400);
      release.countDown();
      assertThat(first.get(Duration.ofSeconds(10))).isEqualTo("first");
      // Queued for 400 ms behind the first, then 100 ms of work: within a 300 ms limit.
      assertThat(second.get(Duration.ofMillis(300))).isEqualTo("second");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void workPastTheLimitIsInterruptedAndTheWaitEnds() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch interrupted = new CountDownLatch(1);
      TimedCoding<String> hanging = TimedCoding.submit(pool, () -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
        return "late";
      });
      long started = System.nanoTime();
      assertThatThrownBy(() -> hanging.get(Duration.ofMillis(200))).isInstanceOf(TimeoutException.class)
          .hasMessage("coding took longer than 200 ms (the time limit per article), and was stopped");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      // The pool's thread is free again for the next article.
      assertThat(TimedCoding.submit(pool, () -> "next").get(Duration.ofSeconds(10))).isEqualTo("next");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failuresAndDoneValuesComeBackAsTheyAre() throws Exception {
    assertThat(TimedCoding.done("kept").get(Duration.ofMillis(1))).isEqualTo("kept");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      TimedCoding<String> failing = TimedCoding.submit(pool, () -> {
        throw new IllegalStateException("broken");
      });
      assertThatThrownBy(() -> failing.get(Duration.ofSeconds(10))).isInstanceOf(ExecutionException.class).hasRootCauseMessage("broken");
    } finally {
      pool.shutdownNow();
    }
  }
}
