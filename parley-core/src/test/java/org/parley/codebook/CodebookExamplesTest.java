package org.parley.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.coding.TestingPipeline;
import org.parley.model.Event;

/**
 * Codes every example sentence of the bundled codebook: each '+' sentence must give an asserted event with
 * its block's code (and the stated dyad), each '-' sentence must not. The codebook documents and tests itself.
 */
class CodebookExamplesTest {
  @Test
  void everyCodebookExampleCodesAsItsBlockSays() {
    Codebook codebook = Codebook.bundled();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (CodebookExample example : codebook.examples()) {
      List<Event> events = TestingPipeline.code(example.sentence());
      List<Event> asserted = events.stream()
          .filter(event -> event.mode().asserted() && event.cameo().code().equals(example.code()))
          .toList();
      checked++;
      if (example.positive()) {
        if (asserted.isEmpty()) {
          failures.add("line " + example.line() + " expected " + example.code() + ": " + example.sentence() + "  got " + describe(events));
        } else if (example.dyadExpectation().isPresent()) {
          boolean dyadFound = asserted.stream().anyMatch(event -> dyad(event).equals(example.dyadExpectation().get()));
          if (!dyadFound) {
            failures.add("line " + example.line() + " expected dyad " + example.dyadExpectation().get() + ": " + example.sentence() + "  got " + describe(events));
          }
        }
      } else if (!asserted.isEmpty()) {
        failures.add("line " + example.line() + " must not give asserted " + example.code() + ": " + example.sentence() + "  got " + describe(events));
      }
    }
    System.out.printf("codebook examples: %d checked, %d failed%n", checked, failures.size());
    failures.forEach(System.out::println);
    assertThat(checked).isGreaterThan(100);
    assertThat(failures).isEmpty();
  }

  private static String dyad(Event event) {
    return event.source().code().code() + " " + event.targetActor().map(actor -> actor.code().code()).orElse("-");
  }

  static String describe(List<Event> events) {
    return events.stream()
        .map(event -> event.cameo().code() + "(" + dyad(event) + (event.mode().asserted() ? "" : " " + mode(event)) + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String mode(Event event) {
    StringBuilder mode = new StringBuilder();
    if (event.mode().negated()) {
      mode.append("negated");
    }
    if (event.mode().hypothetical()) {
      mode.append("hypothetical");
    }
    event.mode().claimant().ifPresent(actor -> mode.append("claimed:").append(actor.code().code()));
    return mode.toString();
  }
}
