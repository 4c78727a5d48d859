package org.parley.codebook;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An example sentence that documents and tests a codebook block.
 *
 * @param code the block's CAMEO code
 * @param sentence the sentence
 * @param positive true when the sentence must give an asserted event with the code, false when it must not
 * @param expectedSource the source actor code the event must have, or empty for no expectation
 * @param expectedTarget the target actor code, {@code "-"} for none, or empty for no expectation
 * @param line the line number in the codebook file
 */
public record CodebookExample(String code, String sentence, boolean positive, String expectedSource, String expectedTarget, int line) {
  public CodebookExample {
    requireNonNull(code, "code is null");
    requireNonNull(sentence, "sentence is null");
    requireNonNull(expectedSource, "expectedSource is null");
    requireNonNull(expectedTarget, "expectedTarget is null");
  }

  public Optional<String> dyadExpectation() {
    return expectedSource.isEmpty() ? Optional.empty() : Optional.of(expectedSource + " " + expectedTarget);
  }

  public String print() {
    return (positive ? "+ " : "- ") + sentence + (expectedSource.isEmpty() ? "" : " => " + expectedSource + " " + expectedTarget);
  }
}
