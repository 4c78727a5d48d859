package org.parley.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ParleyInputException;

class WordNetExpansionTest {
  private static final String BLOCKS = """
      == 111 Criticize or denounce
      verb chastise  subj=SOURCE obj=TARGET
      verb rebuke    subj=SOURCE obj=TARGET
      == 020 Make an appeal or request
      verb call      subj=SOURCE on=TARGET
      verb urge      subj=SOURCE obj=TARGET
      verb appeal    subj=SOURCE to=TARGET
      == 174 Expel or deport individuals
      verb expel     subj=SOURCE obj=TARGET
      verb deport    subj=SOURCE obj=TARGET
      """;

  private static List<Pattern> derived(String directive, String blocks) {
    return WordNetExpansion.derive(Codebook.parse("test", directive + "\n" + blocks));
  }

  @Test
  void aSynonymAbsentFromTheCodebookCodesAsTheCodebookVerbItSharesASenseWith() {
    List<Pattern> derived = derived("@wordnet on senses=3 coherent=on hyponyms=off", BLOCKS);

    Pattern castigate = derived.stream().filter(pattern -> pattern.lemma().equals("castigate")).findFirst().orElseThrow();
    assertThat(castigate.code()).isEqualTo("111");
    assertThat(castigate.print()).isEqualTo("verb castigate subj=SOURCE obj=TARGET");
    assertThat(castigate.derived()).isTrue();
    assertThat(castigate.origin()).startsWith("verb chastise (WordNet 3.1 synset ").endsWith(", sense 1, synonym)");
  }

  @Test
  void aTwoWordSynonymEndingInAParticleBecomesAVerbParticleTrigger() {
    List<Pattern> derived = derived("@wordnet on senses=3 coherent=on hyponyms=off", BLOCKS);

    assertThat(derived).filteredOn(pattern -> pattern.lemma().equals("kick"))
        .extracting(Pattern::code, Pattern::particles)
        .containsExactly(tuple("174", List.of("out")));
  }

  @Test
  void coherenceKeepsOnlyTheSenseTheBlockMeans() {
    // WordNet's first sense of "call" is naming; no other appeal verb is near it, so "name" must not become an appeal.
    assertThat(derived("@wordnet on senses=1 coherent=off hyponyms=off", BLOCKS))
        .filteredOn(pattern -> pattern.lemma().equals("name")).extracting(Pattern::code).containsExactly("020");
    assertThat(derived("@wordnet on senses=3 coherent=on hyponyms=off", BLOCKS))
        .extracting(Pattern::lemma).doesNotContain("name");
  }

  @Test
  void aVerbWithPatternsOfItsOwnGetsNoDerivedOnes() {
    String blocks = BLOCKS + "== 112 Accuse\nverb castigate subj=SOURCE obj=TARGET\n";

    assertThat(derived("@wordnet on senses=3 coherent=on hyponyms=off", blocks))
        .extracting(Pattern::lemma).contains("scold").doesNotContain("castigate", "chastise", "rebuke");
  }

  @Test
  void hyponymsAddMoreSpecificVerbsOnlyWhenSwitchedOn() {
    String blocks = "== 180 Use unconventional violence\nverb kill subj=SOURCE obj=TARGET\nverb massacre subj=SOURCE obj=TARGET\n";

    assertThat(derived("@wordnet on senses=1 coherent=on hyponyms=on", blocks))
        .filteredOn(pattern -> pattern.lemma().equals("behead")).extracting(Pattern::code).containsExactly("180");
    assertThat(derived("@wordnet on senses=1 coherent=on hyponyms=off", blocks)).extracting(Pattern::lemma).doesNotContain("behead");
  }

  @Test
  void hyponymsCanBeLimitedToARangeOfRoots() {
    String blocks = """
        == 180 Use unconventional violence
        verb kill      subj=SOURCE obj=TARGET
        verb massacre  subj=SOURCE obj=TARGET
        == 042 Make a visit
        verb travel    subj=SOURCE to=TARGET
        verb fly       subj=SOURCE to=TARGET
        """;

    List<Pattern> all = derived("@wordnet on senses=1 coherent=on hyponyms=on", blocks);
    List<Pattern> conflict = derived("@wordnet on senses=1 coherent=on hyponyms=15-20", blocks);

    // Travelling's hyponyms are every manner of motion ("rise", "speed"), none of them a visit.
    assertThat(all).filteredOn(pattern -> pattern.lemma().equals("rise")).extracting(Pattern::code).containsExactly("042");
    assertThat(conflict).extracting(Pattern::lemma).contains("behead").doesNotContain("rise");
    assertThat(conflict).filteredOn(pattern -> pattern.origin().endsWith("hyponym)")).extracting(Pattern::code).containsOnly("180");
  }

  @Test
  void theSwitchOffOrAbsentDerivesNothing() {
    assertThat(derived("@wordnet off", BLOCKS)).isEmpty();
    assertThat(derived("", BLOCKS)).isEmpty();
    assertThat(Codebook.parse("test", BLOCKS).wordnet()).isEqualTo(WordNetSettings.OFF);
  }

  @Test
  void theDirectivePrintsAndParsesBack() {
    Codebook codebook = Codebook.parse("test", "@wordnet on senses=2 hyponyms=off\n" + BLOCKS);

    assertThat(codebook.wordnet()).isEqualTo(new WordNetSettings(true, 2, true, "off"));
    assertThat(codebook.print()).startsWith("@wordnet on senses=2 coherent=on hyponyms=off\n");
    Codebook reparsed = Codebook.parse("printed", codebook.print());
    assertThat(reparsed.wordnet()).isEqualTo(codebook.wordnet());
    assertThat(reparsed.print()).isEqualTo(codebook.print());
    assertThat(Codebook.parse("test", "@wordnet on\n" + BLOCKS).wordnet()).isEqualTo(WordNetSettings.DEFAULT_ON);
  }

  @Test
  void anUnknownSettingIsAnInputErrorNamingTheLine() {
    assertThatThrownBy(() -> Codebook.parse("book.txt", "== 111 Criticize\n@wordnet on synonyms=all\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessage("book.txt:2: unknown @wordnet setting 'synonyms=all' (senses, coherent, hyponyms)");
    assertThatThrownBy(() -> Codebook.parse("book.txt", "@wordnet maybe\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessageStartingWith("book.txt:1: expected '@wordnet on' or '@wordnet off'");
  }
}
