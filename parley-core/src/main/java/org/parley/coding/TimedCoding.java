package org.parley.coding;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One article's coding on a pool, with a time limit counted from when a thread starts it, not from when it was
 * queued: corpus runs keep several articles per thread in the queue, and one may wait longer than it codes. An
 * article past its limit is given up, and its thread interrupted; CoreNLP stops at the next annotator, and the run
 * goes on with the other articles.
 */
public final class TimedCoding<T> {
  /** The default limit per article: a long article codes in seconds, a slow machine may take ten times that. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(300);

  private final FutureTask<T> task;
  private volatile boolean started;
  private volatile long startedAt;

  private TimedCoding(Callable<T> work) {
    this.task = new FutureTask<>(() -> {
      startedAt = System.nanoTime();
      started = true;
      return work.call();
    });
  }

  /** Queues the work on the pool. */
  public static <T> TimedCoding<T> submit(ExecutorService pool, Callable<T> work) {
    TimedCoding<T> coding = new TimedCoding<>(requireNonNull(work, "work is null"));
    pool.execute(coding.task);
    return coding;
  }

  /** Work already done: its value, at once. */
  public static <T> TimedCoding<T> done(T value) {
    TimedCoding<T> coding = new TimedCoding<>(() -> value);
    coding.task.run();
    return coding;
  }

  /**
   * Waits for the result. Throws {@link TimeoutException} once the work has run longer than {@code limit} since it
   * started, after interrupting it.
   */
  public T get(Duration limit) throws InterruptedException, ExecutionException, TimeoutException {
    while (!started && !task.isDone()) {
      try {
        return task.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillQueued) {
        // Not started yet: the limit has not begun.
      }
    }
    long remaining = startedAt + limit.toNanos() - System.nanoTime();
    try {
      return task.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new TimeoutException("coding took longer than " + describe(limit) + " (the time limit per article), and was stopped");
    }
  }

  static String describe(Duration limit) {
    return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }
}
