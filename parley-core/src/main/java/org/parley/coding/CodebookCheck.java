package org.parley.coding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.parley.codebook.CodebookExample;
import org.parley.model.Article;
import org.parley.model.Event;

/**
 * Codes a codebook's example sentences and reports those that do not code as their block says: a '+'
 * sentence must give an asserted event with the block's code (and the stated dyad), a '-' sentence must not.
 */
public final class CodebookCheck {
  /** Examples are coded as one-sentence articles published on this date, so office holders resolve. */
  public static final LocalDate EXAMPLE_DATE = LocalDate.of(2025, 4, 3);

  /** One example that failed, with what the coder produced instead. */
  public record Failure(CodebookExample example, String reason, String produced) {
    public Failure {
      requireNonNull(example, "example is null");
      requireNonNull(reason, "reason is null");
      requireNonNull(produced, "produced is null");
    }

    public String print() {
      return "line " + example.line() + ": " + reason + ": " + example.sentence() + "  got " + produced;
    }
  }

  private final EventPipeline pipeline;
  private final int threads;

  public CodebookCheck(EventPipeline pipeline, int threads) {
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /** The failures among the examples, in the order given. */
  public List<Failure> check(List<CodebookExample> examples) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Event>>> coded = new ArrayList<>();
      for (CodebookExample example : examples) {
        coded.add(pool.submit(() -> pipeline.code(new Article("example-" + example.line(), "", "", "", EXAMPLE_DATE, example.sentence())).events()));
      }
      List<Failure> failures = new ArrayList<>();
      for (int index = 0; index < examples.size(); index++) {
        judge(examples.get(index), coded.get(index).get()).ifPresent(failures::add);
      }
      return failures;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding examples", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding an example failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static Optional<Failure> judge(CodebookExample example, List<Event> events) {
    List<Event> asserted = events.stream().filter(event -> event.mode().asserted() && event.cameo().code().equals(example.code())).toList();
    if (!example.positive()) {
      return asserted.isEmpty() ? Optional.empty() : Optional.of(new Failure(example, "must not give asserted " + example.code(), describe(events)));
    }
    if (asserted.isEmpty()) {
      return Optional.of(new Failure(example, "expected " + example.code(), describe(events)));
    }
    if (example.dyadExpectation().isPresent() && asserted.stream().noneMatch(event -> dyad(event).equals(example.dyadExpectation().get()))) {
      return Optional.of(new Failure(example, "expected " + example.code() + " " + example.dyadExpectation().get(), describe(events)));
    }
    return Optional.empty();
  }

  private static String dyad(Event event) {
    return event.source().code().code() + " " + event.targetActor().map(actor -> actor.code().code()).orElse("-");
  }

  /** A compact list of events: {@code [042(RUSGOV USA), 190(RUSMIL UKR claimed:RUS)]}. */
  public static String describe(List<Event> events) {
    return events.stream()
        .map(event -> event.cameo().code() + "(" + dyad(event) + (event.mode().asserted() ? "" : " " + mode(event)) + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String mode(Event event) {
    List<String> parts = new ArrayList<>();
    if (event.mode().negated()) {
      parts.add("negated");
    }
    if (event.mode().hypothetical()) {
      parts.add("hypothetical");
    }
    event.mode().claimant().ifPresent(actor -> parts.add("claimed:" + actor.code().code()));
    return String.join(" ", parts);
  }
}
