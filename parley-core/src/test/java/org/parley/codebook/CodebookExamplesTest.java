package org.parley.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.coding.CodebookCheck;
import org.parley.coding.TestingPipeline;

/**
 * Codes every example sentence of the bundled codebook: each '+' sentence must give an asserted event with
 * its block's code (and the stated dyad), each '-' sentence must not. The codebook documents and tests itself.
 */
class CodebookExamplesTest {
  @Test
  void everyCodebookExampleCodesAsItsBlockSays() {
    Codebook codebook = Codebook.bundled();
    List<CodebookCheck.Failure> failures = new CodebookCheck(TestingPipeline.get(), 2).check(codebook.examples());
    System.out.printf("codebook examples: %d checked, %d failed%n", codebook.examples().size(), failures.size());
    failures.forEach(failure -> System.out.println(failure.print()));
    assertThat(codebook.examples()).hasSizeGreaterThan(300);
    assertThat(failures).extracting(CodebookCheck.Failure::print).isEmpty();
  }
}
