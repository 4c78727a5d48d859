package org.parley.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.codebook.PetrarchVerbDictionary.Term;
import org.parley.codebook.PetrarchVerbDictionary.TermKind;
import org.parley.codebook.PetrarchVerbDictionary.Translation;
import org.parley.codebook.PetrarchVerbDictionary.VerbBlock;
import org.parley.codebook.PetrarchVerbDictionary.VerbPhrase;
import org.parley.model.ParleyInputException;

class PetrarchVerbDictionaryTest {
  // Made-up entries in the dictionary's format, not copied from any dictionary.
  private static final String SAMPLE = """
      <!-- a dictionary for tests -->
      &TIEKINDS   # kinds of ties
      +TRADE
      +MILITARY
      &MONEY
      +SILVER COINS
      +&TIEKINDS

      --- MEND  [064]  ---
      MEND   # the default code
      PATCH_UP [065]
      - * &TIEKINDS TIES  [064]
      - * FENCES WITH +  [036]
      - + * FROM $  [071]
      - NOT *  [---]
      - * QUIETLY  [###]  # a discard code
      #- * IGNORED [010]

      --- SCOLD  [121:122]  ---
      SCOLD {SCOLDS SCOLT}
      - % *  [903]
      """;

  @Test
  void readsSynsetsIncludingNestedOnes() {
    PetrarchVerbDictionary dictionary = PetrarchVerbDictionary.parse("sample", SAMPLE);

    assertThat(dictionary.synsets().get("TIEKINDS")).containsExactly("TRADE", "MILITARY");
    assertThat(dictionary.synsets().get("MONEY")).containsExactly("SILVER COINS", "TRADE", "MILITARY");
  }

  @Test
  void readsBlocksWithDefaultCodesFormsAndPhrases() {
    PetrarchVerbDictionary dictionary = PetrarchVerbDictionary.parse("sample", SAMPLE);

    assertThat(dictionary.blocks()).extracting(VerbBlock::code).containsExactly("064", "121:122");
    VerbBlock mend = dictionary.blocks().get(0);
    assertThat(mend.verbs()).extracting(verb -> verb.head() + " " + verb.after() + " " + verb.code())
        .containsExactly("MEND [] 064", "PATCH [UP] 065");
    assertThat(mend.phrases()).hasSize(5);
    assertThat(mend.phrases().get(4).code()).isEqualTo("###");
    assertThat(dictionary.blocks().get(1).verbs().get(0).irregular()).containsExactly("SCOLDS", "SCOLT");
  }

  @Test
  void keepsBothHalvesOfAPairedCode() {
    PetrarchVerbDictionary dictionary = PetrarchVerbDictionary.parse("sample", "--- ARRIVE  [032:033]  ---\nARRIVE\n");
    String code = dictionary.blocks().get(0).code();
    assertThat(code).isEqualTo("032:033");
    assertThat(PetrarchVerbDictionary.forwardCode(code)).isEqualTo("032");
    assertThat(PetrarchVerbDictionary.reverseCode(code)).isEqualTo("033");
    assertThat(PetrarchVerbDictionary.reverseCode("032")).isEmpty();
  }

  @Test
  void readsPhraseTermsAroundTheVerb() {
    VerbBlock mend = PetrarchVerbDictionary.parse("sample", SAMPLE).blocks().get(0);

    VerbPhrase ties = mend.phrases().get(0);
    assertThat(ties.before()).isEmpty();
    assertThat(ties.after()).containsExactly(new Term(TermKind.WORD, Set.of("TRADE", "MILITARY")), new Term(TermKind.WORD, Set.of("TIES")));
    VerbPhrase from = mend.phrases().get(2);
    assertThat(from.before()).containsExactly(new Term(TermKind.TARGET, Set.of()));
    assertThat(from.after()).extracting(Term::kind).containsExactly(TermKind.WORD, TermKind.SOURCE);
    assertThat(mend.phrases().get(3).code()).isEqualTo("---");
  }

  @Test
  void translatesPatternsIntoCodebookSlots() {
    Translation translation = PetrarchVerbDictionary.parse("sample", SAMPLE).translate(CodeTable.bundled());

    List<String> printed = translation.codebook().patterns().stream().filter(pattern -> pattern.lemma().equals("mend"))
        .map(pattern -> pattern.code() + " " + pattern.print()).toList();
    assertThat(printed).contains(
        "064 verb mend self:=mend|=mended|=mending|=mends|=patch|=patched|=patches|=patching !aside:* subj=SOURCE after=TARGET",
        "036 verb mend self:=mend|=mended|=mending|=mends|=patch|=patched|=patches|=patching !aside:* after:=fences with=TARGET subj=SOURCE",
        "071 verb mend self:=mend|=mended|=mending|=mends|=patch|=patched|=patches|=patching !aside:* subj=TARGET from=SOURCE",
        "--- verb mend self:=mend|=mended|=mending|=mends|=patch|=patched|=patches|=patching !aside:* before:=not subj=SOURCE after=TARGET");
    assertThat(translation.codebook().patterns()).anyMatch(pattern -> pattern.lemma().equals("patch") && pattern.particles().equals(List.of("up")));
    // 065 and 903 are no CAMEO codes: the pattern codes nothing; the default keeps only the first code of 121:122.
    assertThat(translation.codebook().patterns()).filteredOn(pattern -> pattern.lemma().equals("scold"))
        .extracting(Pattern::code).containsExactly("121", "---");
    assertThat(translation.codebook().patterns()).anyMatch(pattern -> pattern.lemma().equals("scold")
        && pattern.slots().stream().anyMatch(slot -> slot.print().equals("subj=BOTH")) && pattern.slots().stream().anyMatch(slot -> slot.print().equals("subj.conj:*")));
    assertThat(translation.events()).isEqualTo(5);
    assertThat(translation.noEvents()).isEqualTo(4);
    assertThat(translation.approximate()).isEqualTo(2);
  }

  @Test
  void translatedCodebookPrintsAndParsesBack() {
    Codebook codebook = PetrarchVerbDictionary.parse("sample", SAMPLE).translate(CodeTable.bundled()).codebook();

    assertThat(Codebook.parse("printed", codebook.print()).print()).isEqualTo(codebook.print());
  }

  @Test
  void badLinesNameFileAndLine() {
    assertThatThrownBy(() -> PetrarchVerbDictionary.parse("verbs.txt", "--- MEND [064] ---\nMEND\n- * TIES\n"))
        .isInstanceOf(ParleyInputException.class).hasMessageContaining("verbs.txt:3:")
        .hasMessageContaining("[code]");
    assertThatThrownBy(() -> PetrarchVerbDictionary.parse("verbs.txt", "--- MEND [064] ---\nMEND\n- FENCES [036]\n"))
        .isInstanceOf(ParleyInputException.class).hasMessageContaining("'*'");
    assertThatThrownBy(() -> PetrarchVerbDictionary.parse("verbs.txt", "- * TIES [064]\n"))
        .isInstanceOf(ParleyInputException.class).hasMessageContaining("verbs.txt:1:");
    assertThatThrownBy(() -> PetrarchVerbDictionary.parse("verbs.txt", "--- MEND [064] ---\nMEND\n- * &NOWHERE [036]\n"))
        .isInstanceOf(ParleyInputException.class).hasMessageContaining("unknown synset &NOWHERE");
  }
}
