package org.parley.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.parley.model.ParleyInputException;

/** Arbitrary text fed to the codebook parser parses or fails with the documented error, never anything else. */
class CodebookFuzzTest {
  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger PARSED = new AtomicInteger();

  @Property(tries = 500)
  void arbitraryTextParsesOrThrowsAnInputErrorNamingTheLine(@ForAll @Size(max = 400) String text) {
    check(text);
  }

  @Property(tries = 1000)
  void codebookLikeTextParsesOrThrowsAnInputErrorAndWhatParsesPrintsBackTheSame(@ForAll("codebookLike") String text) {
    check(text);
  }

  private static void check(String text) {
    TRIED.incrementAndGet();
    Codebook codebook;
    try {
      codebook = Codebook.parse("fuzz.txt", text);
    } catch (ParleyInputException problem) {
      assertThat(problem.file()).isEqualTo("fuzz.txt");
      assertThat(problem.line()).isBetween(1, (int) text.lines().count() + 1);
      assertThat(problem.reason()).isNotBlank();
      return;
    }
    PARSED.incrementAndGet();
    Codebook reparsed = Codebook.parse("printed", codebook.print());
    assertThat(reparsed.print()).isEqualTo(codebook.print());
  }

  @Provide
  Arbitrary<String> codebookLike() {
    Arbitrary<String> token = Arbitraries.of("==", "042", "0871", "12", "99999", "verb", "noun", "visit", "attack", "pull", "out",
        "subj=SOURCE", "obj=TARGET", "with=BOTH", "to=NOBODY", "xcomp:attack|strike", "!obj:money", "!subj=SOURCE", "obj.subj=TARGET",
        "via:hold", "=", ":", "|", "+", "-", "=>", "RUS", "UKR", "#", "@light", "hold", "Russia attacked Ukraine.", "Name", "", "\t");
    Arbitrary<String> line = token.list().ofMaxSize(7).map(tokens -> String.join(" ", tokens));
    return line.list().ofMaxSize(10).map(lines -> String.join("\n", lines));
  }

  @AfterContainer
  static void printInputsTried() {
    System.out.println("CodebookFuzzTest inputs tried: " + TRIED.get() + ", of which " + PARSED.get() + " parsed and printed back the same");
  }
}
