package org.parley.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.parley.model.ParleyInputException;

class CodebookTest {
  private static final String SAMPLE = """
      # a comment
      @light hold launch
      == 042 Make a visit
      verb visit   subj=SOURCE obj=TARGET    # trailing comment
      noun visit   subj=SOURCE to=TARGET
      + The minister visited Moscow. => CHNGOV RUSGOV
      - The minister did not visit Moscow.
      == 138 Threaten with military force
      verb threaten subj=SOURCE xcomp:attack|strike xcomp.obj=TARGET
      verb pull out subj=SOURCE !obj:money
      """;

  @Test
  void parsesBlocksPatternsAndExamples() {
    Codebook codebook = Codebook.parse("sample", SAMPLE);

    assertThat(codebook.supportVerbs()).containsExactlyInAnyOrder("hold", "launch");
    assertThat(codebook.patterns()).hasSize(4);
    Pattern visit = codebook.patterns().get(0);
    assertThat(visit.code()).isEqualTo("042");
    assertThat(visit.kind()).isEqualTo(TriggerKind.VERB);
    assertThat(visit.lemma()).isEqualTo("visit");
    assertThat(visit.slots()).extracting(SlotRule::pathText, SlotRule::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("subj", Role.SOURCE), org.assertj.core.groups.Tuple.tuple("obj", Role.TARGET));
    Pattern threaten = codebook.patterns().get(2);
    assertThat(threaten.slots().get(1).path()).containsExactly("xcomp");
    assertThat(threaten.slots().get(1).lemmas()).containsExactlyInAnyOrder("attack", "strike");
    assertThat(threaten.slots().get(2).path()).containsExactly("xcomp", "obj");
    Pattern pullOut = codebook.patterns().get(3);
    assertThat(pullOut.particles()).containsExactly("out");
    assertThat(pullOut.slots().get(1).forbidden()).isTrue();
    assertThat(codebook.examples()).hasSize(2);
    assertThat(codebook.examples().get(0).expectedSource()).isEqualTo("CHNGOV");
    assertThat(codebook.examples().get(0).expectedTarget()).isEqualTo("RUSGOV");
    assertThat(codebook.examples().get(1).positive()).isFalse();
  }

  @Test
  void moreSpecificPatternsOutrankGeneralOnes() {
    Codebook codebook = Codebook.parse("sample", SAMPLE);
    assertThat(codebook.patterns().get(2).specificity()).isGreaterThan(codebook.patterns().get(0).specificity());
  }

  @Test
  void rejectsAnUnknownRoleNamingTheLine() {
    assertThatThrownBy(() -> Codebook.parse("book.txt", "== 042 Visit\nverb visit subj=ACTOR\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessage("book.txt:2: unknown role 'ACTOR' (SOURCE, TARGET or BOTH)");
  }

  @Test
  void rejectsAPatternBeforeAnyBlock() {
    assertThatThrownBy(() -> Codebook.parse("book.txt", "verb visit subj=SOURCE\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessageContaining("book.txt:1:");
  }

  @Test
  void aPairedCodeGivesItsPatternsTheReversedDyadsCode() {
    Codebook codebook = Codebook.parse("book.txt", "== 042:043 Make and host a visit\nverb arrive subj=SOURCE in=TARGET\n");
    assertThat(codebook.patterns()).singleElement().satisfies(pattern -> {
      assertThat(pattern.code()).isEqualTo("042");
      assertThat(pattern.reverseCode()).isEqualTo("043");
    });
    assertThat(codebook.print()).contains("== 042:043 Make and host a visit\nverb arrive");
    assertThatThrownBy(() -> Codebook.parse("book.txt", "== 042:4x Visit\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessageContaining("book.txt:1: block must start with a CAMEO code");
  }

  @Test
  void rejectsABadCode() {
    assertThatThrownBy(() -> Codebook.parse("book.txt", "== 4x Visit\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessageContaining("book.txt:1: block must start with a CAMEO code");
  }

  @Test
  void bundledCodebookCoversEveryCameoRootWithKnownCodes() {
    Codebook codebook = Codebook.bundled();
    CodeTable codes = CodeTable.bundled();
    List<Pattern> coding = codebook.patterns().stream().filter(pattern -> !pattern.codesNoEvent()).toList();
    List<String> roots = coding.stream().map(pattern -> pattern.code().substring(0, 2)).distinct().sorted().toList();
    assertThat(roots).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
    assertThat(coding).allSatisfy(pattern -> assertThat(codes.find(pattern.code())).as("code of line %d", pattern.line()).isPresent());
    assertThat(codebook.patterns()).as("no-event blocks ('== ---')").anyMatch(Pattern::codesNoEvent);
    assertThat(codes.get("0871").plover()).hasToString("RETREAT");
    assertThat(codes.get("0871").quadClass()).isEqualTo(2);
    assertThat(codes.get("190").goldstein()).isEqualTo(-10.0);
  }

  @Property(tries = 200)
  void printingAndParsingGivesTheSameCodebook(@ForAll("codebooks") Codebook codebook) {
    Codebook reparsed = Codebook.parse("printed", codebook.print());
    assertThat(reparsed.print()).isEqualTo(codebook.print());
    assertThat(reparsed.patterns()).extracting(pattern -> pattern.reverseCode() + " " + pattern.print())
        .containsExactlyInAnyOrderElementsOf(codebook.patterns().stream().map(pattern -> pattern.reverseCode() + " " + pattern.print()).toList());
  }

  @Provide
  Arbitrary<Codebook> codebooks() {
    Arbitrary<String> lemma = Arbitraries.of("visit", "attack", "meet", "talks", "accuse", "strike");
    Arbitrary<String> slot = Arbitraries.of("subj=SOURCE", "obj=TARGET", "with=TARGET", "between=BOTH", "xcomp:attack|strike", "!obj:money", "xcomp.obj=TARGET", "on=TARGET");
    Arbitrary<String> pattern = Combinators.combine(Arbitraries.of("verb", "noun"), lemma, slot.list().ofMinSize(1).ofMaxSize(4))
        .as((kind, word, slots) -> kind + " " + word + " " + String.join(" ", slots));
    Arbitrary<String> code = Arbitraries.of("042", "046", "112", "190", "0871", "042:043");
    Arbitrary<String> block = Combinators.combine(code, pattern.list().ofMinSize(1).ofMaxSize(3))
        .as((number, patterns) -> "== " + number + " Name\n" + String.join("\n", patterns) + "\n+ Russia attacked Ukraine. => RUS UKR\n");
    return block.list().ofMinSize(1).ofMaxSize(4).map(blocks -> Codebook.parse("generated", "@light hold\n" + String.join("\n", blocks)));
  }
}
