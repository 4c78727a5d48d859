package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
  @Test
  void defaultSettingsRunOneNerModelWithoutFineGrainedTags() {
    Properties properties = CoreNlpAnnotator.properties(NlpSettings.full());

    assertThat(properties.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,parley_retag,lemma,ner,depparse,coref,quote");
    assertThat(properties.getProperty("ner.applyFineGrained")).isEqualTo("false");
    assertThat(properties.getProperty("ner.model")).isEqualTo("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
  }

  @Test
  void fineGrainedNerKeepsCoreNlpsThreeModels() {
    Properties properties = CoreNlpAnnotator.properties(new NlpSettings(true, true, true));

    assertThat(properties.getProperty("ner.applyFineGrained")).isEqualTo("true");
    assertThat(properties.getProperty("ner.model")).isNull();
  }

  @Test
  void corefLooksTenMentionsBack() {
    assertThat(CoreNlpAnnotator.properties(NlpSettings.full()).getProperty("coref.maxMentionDistance")).isEqualTo("10");
    assertThat(CoreNlpAnnotator.properties(NlpSettings.fast()).getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,parley_retag,lemma,ner,depparse");
  }

  @Test
  void aNounGoverningAModalIsRetaggedAVerbAndOtherNounsAreKept() {
    // "they would blockade Madrid": the tagger says NN, the parser gives "blockade" the modal and the object.
    List<Token> tokens = new ArrayList<>(List.of(
        token(0, "they", "PRP"), token(1, "would", "MD"), token(2, "blockade", "NN"), token(3, "Madrid", "NNP"), token(4, "blockade", "NN")));
    List<Dependency> dependencies = List.of(
        new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"), new Dependency(-1, 2, "root"), new Dependency(2, 3, "obj"),
        new Dependency(3, 4, "nmod"));

    CoreNlpAnnotator.retagModalNouns(tokens, dependencies);

    assertThat(tokens).extracting(Token::tag).containsExactly("PRP", "MD", "VB", "NNP", "NN");
    assertThat(tokens.get(2).lemma()).isEqualTo("blockade");
  }

  @Test
  void aGerundLeftLooseUnderAVerbOfResumingIsItsComplement() {
    // "resume shelling positions": the parser leaves "shelling" a dep of "resume".
    List<Token> tokens = List.of(token(0, "resume", "VB"), token(1, "shelling", "VBG"), token(2, "positions", "NNS"), token(3, "said", "VBD"),
        token(4, "firing", "VBG"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(0, 1, "dep"), new Dependency(1, 2, "obj"), new Dependency(0, 3, "dep"),
        new Dependency(3, 4, "dep")));

    CoreNlpAnnotator.relabelAspectualComplements(tokens, dependencies);

    assertThat(dependencies).extracting(Dependency::relation).containsExactly("root", "xcomp", "obj", "dep", "dep");
  }

  @Test
  void aClosingAttributionReadAsAClauseAboutTheObjectIsReattached() {
    // "Russian forces shelled the city, the governor said.": parsed with "the city, the governor" as the subject of
    // "said" and "said" as the complement of "shelled".
    List<Token> tokens = List.of(token(0, "Russian", "JJ"), token(1, "forces", "NNS"), token(2, "shelled", "VBD"), token(3, "the", "DT"),
        token(4, "city", "NN"), token(5, ",", ","), token(6, "the", "DT"), token(7, "governor", "NN"),
        new Token(8, "said", "say", "VBD", "O", "", 80, 84), token(9, ".", "."));
    List<Dependency> misparsed = List.of(
        new Dependency(1, 0, "amod"), new Dependency(2, 1, "nsubj"), new Dependency(-1, 2, "root"), new Dependency(4, 3, "det"),
        new Dependency(8, 4, "nsubj"), new Dependency(4, 5, "punct"), new Dependency(7, 6, "det"), new Dependency(4, 7, "appos"),
        new Dependency(2, 8, "ccomp"), new Dependency(2, 9, "punct"));
    List<Dependency> dependencies = new ArrayList<>(misparsed);

    CoreNlpAnnotator.reattachReportingClauses(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(2, 4, "obj"), new Dependency(8, 7, "nsubj"), new Dependency(-1, 8, "root"),
        new Dependency(8, 2, "ccomp"));
    assertThat(dependencies).hasSize(misparsed.size());

    // A verb with an object of its own keeps the parse: "said" there reports about something else.
    List<Dependency> withObject = new ArrayList<>(misparsed);
    withObject.add(new Dependency(2, 3, "obj"));
    withObject.remove(new Dependency(4, 3, "det"));
    List<Dependency> kept = new ArrayList<>(withObject);
    CoreNlpAnnotator.reattachReportingClauses(tokens, kept);
    assertThat(kept).isEqualTo(withObject);
  }

  @Test
  void aFrontedClauseBeforeAVerbOfSayingIsWhatItReports() {
    // "Police used force, the opposition complained.": parsed with "used" as an adverbial clause of "complained".
    List<Token> tokens = List.of(token(0, "Police", "NNS"), token(1, "used", "VBD"), token(2, "force", "NN"), token(3, ",", ","),
        token(4, "the", "DT"), token(5, "opposition", "NN"), new Token(6, "complained", "complain", "VBD", "O", "", 60, 70), token(7, ".", "."));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(6, 1, "advcl"), new Dependency(1, 2, "obj"), new Dependency(6, 3, "punct"),
        new Dependency(5, 4, "det"), new Dependency(6, 5, "nsubj"), new Dependency(-1, 6, "root"), new Dependency(6, 7, "punct")));
    List<Dependency> marked = new ArrayList<>(dependencies);
    marked.add(new Dependency(1, 3, "mark"));

    CoreNlpAnnotator.relabelFrontedReports(tokens, dependencies);
    CoreNlpAnnotator.relabelFrontedReports(tokens, marked);

    assertThat(dependencies).contains(new Dependency(6, 1, "ccomp")).doesNotContain(new Dependency(6, 1, "advcl"));
    assertThat(marked).as("a clause with a conjunction (\"when police used force\") stays adverbial").contains(new Dependency(6, 1, "advcl"));
  }

  @Test
  void aGerundHungOnTheAccusedGetsTheObjectTheParserGaveTheVerb() {
    // "accused the rebels of shelling a camp": parsed with "of shelling" on "rebels" and "camp" as a second object.
    List<Token> tokens = List.of(new Token(0, "accused", "accuse", "VBD", "O", "", 0, 7), token(1, "the", "DT"), token(2, "rebels", "NNS"),
        token(3, "of", "IN"), token(4, "shelling", "VBG"), token(5, "a", "DT"), token(6, "camp", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(2, 1, "det"), new Dependency(0, 2, "obj"), new Dependency(4, 3, "case"),
        new Dependency(2, 4, "nmod"), new Dependency(6, 5, "det"), new Dependency(0, 6, "obj")));

    CoreNlpAnnotator.reattachGerundObjects(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 4, "obl"), new Dependency(4, 6, "obj"), new Dependency(0, 2, "obj"));
  }

  @Test
  void theOnesCalledOnAreTheCallsObliqueNotAClausesSubject() {
    // "called on both sides to protect civilians": parsed with "on" as a conjunction and "sides" as the subject of "protect".
    List<Token> tokens = List.of(new Token(0, "called", "call", "VBD", "O", "", 0, 6), token(1, "on", "IN"), token(2, "both", "DT"),
        token(3, "sides", "NNS"), token(4, "to", "TO"), token(5, "protect", "VB"), token(6, "civilians", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(5, 1, "mark"), new Dependency(3, 2, "det"), new Dependency(5, 3, "nsubj"),
        new Dependency(5, 4, "mark"), new Dependency(0, 5, "advcl"), new Dependency(5, 6, "obj")));

    CoreNlpAnnotator.reattachCallsOn(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(3, 1, "case"), new Dependency(0, 3, "obl"), new Dependency(0, 5, "xcomp"));
  }

  @Test
  void aSpeakersFurtherSpeechActIsTheSpeakersNotTheReportedClauses() {
    // "leaders said the government had lost and called for elections": parsed with "called" joined to "lost".
    List<Token> tokens = List.of(token(0, "leaders", "NNS"), new Token(1, "said", "say", "VBD", "O", "", 10, 14),
        token(2, "government", "NN"), new Token(3, "had", "have", "VBD", "O", "", 30, 33), new Token(4, "lost", "lose", "VBN", "O", "", 40, 44),
        token(5, "and", "CC"), new Token(6, "called", "call", "VBN", "O", "", 60, 66), token(7, "for", "IN"), token(8, "elections", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux"),
        new Dependency(1, 4, "ccomp"), new Dependency(6, 5, "cc"), new Dependency(4, 6, "conj"), new Dependency(8, 7, "case"),
        new Dependency(6, 8, "obl")));
    // "said its fighters had repelled the attack and killed soldiers": an act stays in the report.
    List<Token> acts = new ArrayList<>(tokens);
    acts.set(6, new Token(6, "killed", "kill", "VBD", "O", "", 60, 66));
    List<Dependency> kept = new ArrayList<>(dependencies);

    CoreNlpAnnotator.reattachSpeakersActs(tokens, dependencies);
    CoreNlpAnnotator.reattachSpeakersActs(acts, kept);

    assertThat(dependencies).contains(new Dependency(1, 6, "conj")).doesNotContain(new Dependency(4, 6, "conj"));
    assertThat(kept).contains(new Dependency(4, 6, "conj"));
  }

  @Test
  void aPastTenseVerbCannotShareTheReportedClausesModal() {
    // "said Washington would continue and urged China": "urged" cannot follow "would".
    List<Token> tokens = List.of(token(0, "Rubio", "NNP"), new Token(1, "said", "say", "VBD", "O", "", 10, 14),
        token(2, "Washington", "NNP"), token(3, "would", "MD"), new Token(4, "continue", "continue", "VB", "O", "", 40, 48),
        token(5, "and", "CC"), new Token(6, "pressed", "press", "VBD", "O", "", 60, 67), token(7, "China", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux"),
        new Dependency(1, 4, "ccomp"), new Dependency(6, 5, "cc"), new Dependency(4, 6, "conj"), new Dependency(6, 7, "obj")));

    CoreNlpAnnotator.reattachSpeakersActs(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 6, "conj"));
  }

  @Test
  void aParticipleAfterATimePrepositionOpensAClause() {
    // "released the men after meeting envoy Grenell": parsed with "meeting" as an adjective of the envoy.
    List<Token> tokens = List.of(token(0, "Maduro", "NNP"), new Token(1, "released", "release", "VBD", "O", "", 10, 18),
        token(2, "men", "NNS"), token(3, "after", "IN"), new Token(4, "meeting", "meet", "VBG", "O", "", 40, 47),
        token(5, "envoy", "NN"), token(6, "Grenell", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(6, 3, "case"),
        new Dependency(6, 4, "amod"), new Dependency(6, 5, "compound"), new Dependency(1, 6, "obl")));
    List<Dependency> adjective = new ArrayList<>(dependencies);
    adjective.set(3, new Dependency(6, 3, "case"));
    List<Token> with = new ArrayList<>(tokens);
    with.set(3, token(3, "with", "IN"));

    CoreNlpAnnotator.reattachPrepositionalGerunds(tokens, dependencies);
    CoreNlpAnnotator.reattachPrepositionalGerunds(with, adjective);

    assertThat(dependencies).contains(new Dependency(1, 4, "advcl"), new Dependency(4, 6, "obj"), new Dependency(4, 3, "mark"));
    assertThat(adjective).as("\"with visiting officials\" keeps its adjective").contains(new Dependency(6, 4, "amod"));
  }

  @Test
  void theVerbAfterASubjectsRelativeClauseIsTheRoot() {
    // "Arabia, which fought, called for restraint": parsed with "Arabia" as root and "called" a dep of "fought".
    List<Token> tokens = List.of(token(0, "Arabia", "NNP"), token(1, ",", ","), token(2, "which", "WDT"),
        new Token(3, "fought", "fight", "VBD", "O", "", 30, 36), token(4, ",", ","), new Token(5, "called", "call", "VBN", "O", "", 50, 56),
        token(6, "for", "IN"), token(7, "restraint", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"), new Dependency(3, 2, "nsubj"), new Dependency(0, 3, "acl:relcl"),
        new Dependency(3, 4, "punct"), new Dependency(3, 5, "dep"), new Dependency(7, 6, "case"), new Dependency(5, 7, "obl")));
    List<Token> retagged = new ArrayList<>(tokens);

    CoreNlpAnnotator.rerootVerbAfterRelativeClause(retagged, dependencies);

    assertThat(dependencies).contains(new Dependency(-1, 5, "root"), new Dependency(5, 0, "nsubj"), new Dependency(0, 3, "acl:relcl"));
    assertThat(retagged.get(5).tag()).isEqualTo("VBD");
  }

  @Test
  void aParticipleJoinedToAPassiveSharesIt() {
    // "people had been detained and officers injured": parsed with "officers" as the subject of an active "injured".
    List<Token> tokens = List.of(token(0, "people", "NNS"), token(1, "had", "VBD"), token(2, "been", "VBN"),
        new Token(3, "detained", "detain", "VBN", "O", "", 30, 38), token(4, "and", "CC"), token(5, "officers", "NNS"),
        new Token(6, "injured", "injure", "VBN", "O", "", 60, 67));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(3, 0, "nsubj:pass"), new Dependency(3, 1, "aux"), new Dependency(3, 2, "aux:pass"), new Dependency(-1, 3, "root"),
        new Dependency(6, 4, "cc"), new Dependency(6, 5, "nsubj"), new Dependency(3, 6, "conj")));
    List<Dependency> active = new ArrayList<>(dependencies);
    active.set(2, new Dependency(3, 2, "aux"));
    active.set(0, new Dependency(3, 0, "nsubj"));

    CoreNlpAnnotator.relabelGappedPassives(tokens, dependencies, false);
    CoreNlpAnnotator.relabelGappedPassives(tokens, active, false);

    assertThat(dependencies).contains(new Dependency(6, 5, "nsubj:pass"));
    assertThat(active).as("joined to an active verb it stays active").contains(new Dependency(6, 5, "nsubj"));
  }

  @Test
  void aQuotedNameLooseUnderTheObjectIsTheNamingVerbsComplement() {
    // 'called the move "a provocation"': parsed with "provocation" a dep of "move".
    List<Token> tokens = List.of(token(0, "Zakharova", "NNP"), new Token(1, "called", "call", "VBD", "O", "", 10, 16),
        token(2, "the", "DT"), token(3, "move", "NN"), token(4, "\"", "''"), token(5, "a", "DT"), token(6, "provocation", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
        new Dependency(3, 4, "punct"), new Dependency(6, 5, "det"), new Dependency(3, 6, "dep")));
    List<Token> criticised = new ArrayList<>(tokens);
    criticised.set(1, new Token(1, "criticised", "criticise", "VBD", "O", "", 10, 20));
    List<Dependency> kept = new ArrayList<>(dependencies);

    CoreNlpAnnotator.reattachQuotedComplements(tokens, dependencies);
    CoreNlpAnnotator.reattachQuotedComplements(criticised, kept);

    assertThat(dependencies).contains(new Dependency(1, 6, "xcomp"), new Dependency(6, 3, "nsubj"));
    assertThat(kept).as("only naming verbs name their object").contains(new Dependency(3, 6, "dep"));
  }

  @Test
  void aParticipleAfterWhatSomeoneIsChargedWithOpensAClause() {
    // "accused demonstrators of throwing fireworks": parsed with "throwing" as an adjective of "fireworks".
    List<Token> tokens = List.of(token(0, "It", "PRP"), new Token(1, "accused", "accuse", "VBD", "O", "", 10, 17),
        token(2, "demonstrators", "NNS"), token(3, "of", "IN"), new Token(4, "throwing", "throw", "VBG", "O", "", 40, 48),
        token(5, "fireworks", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(5, 3, "case"),
        new Dependency(5, 4, "amod"), new Dependency(1, 5, "obl")));
    List<Token> saw = new ArrayList<>(tokens);
    saw.set(1, new Token(1, "saw", "see", "VBD", "O", "", 10, 13));
    List<Dependency> kept = new ArrayList<>(dependencies);

    CoreNlpAnnotator.reattachPrepositionalGerunds(tokens, dependencies);
    CoreNlpAnnotator.reattachPrepositionalGerunds(saw, kept);

    assertThat(dependencies).contains(new Dependency(1, 4, "advcl"), new Dependency(4, 5, "obj"), new Dependency(4, 3, "mark"));
    assertThat(kept).as("\"saw pictures of smiling children\" keeps its adjective").contains(new Dependency(5, 4, "amod"));
  }

  @Test
  void aFiniteVerbReadAsAnAdjectiveIsTheRelativeClausesVerb() {
    // "Malaysia, which chairs ASEAN, offered to mediate": parsed as "which ASEAN offered" with "chairs" an adjective.
    List<Token> tokens = List.of(token(0, "Malaysia", "NNP"), token(1, ",", ","), token(2, "which", "WDT"),
        new Token(3, "chairs", "chair", "VBZ", "O", "", 30, 36), token(4, "ASEAN", "NNP"), token(5, ",", ","),
        new Token(6, "offered", "offer", "VBD", "O", "", 60, 67));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"), new Dependency(6, 2, "obj"), new Dependency(4, 3, "amod"),
        new Dependency(6, 4, "nsubj"), new Dependency(6, 5, "punct"), new Dependency(0, 6, "acl:relcl")));

    CoreNlpAnnotator.reattachMisreadRelativeVerbs(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(-1, 6, "root"), new Dependency(6, 0, "nsubj"), new Dependency(0, 3, "acl:relcl"),
        new Dependency(3, 2, "nsubj"), new Dependency(3, 4, "obj"));
  }

  @Test
  void aParticipleComplementsSubjectIsWhatWasDone() {
    // "accept migrants deported from the United States": parsed with "migrants" the subject of an active "deported".
    List<Token> tokens = List.of(new Token(0, "accept", "accept", "VB", "O", "", 0, 6), token(1, "migrants", "NNS"),
        new Token(2, "deported", "deport", "VBN", "O", "", 20, 28));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "xcomp")));

    CoreNlpAnnotator.relabelGappedPassives(tokens, dependencies, false);

    assertThat(dependencies).contains(new Dependency(2, 1, "nsubj:pass"));
  }

  @Test
  void aParticipleWithAnObjectOnARootNounIsTheMainVerb() {
    // "A tribunal sentenced Hasina to death": parsed as a noun phrase, "sentenced" a reduced relative of "tribunal".
    List<Token> tokens = new ArrayList<>(List.of(token(0, "A", "DT"), token(1, "tribunal", "NN"),
        new Token(2, "sentenced", "sentence", "VBN", "O", "", 20, 29), token(3, "Hasina", "NNP")));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "det"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "acl"), new Dependency(2, 3, "obj")));
    List<Dependency> passive = new ArrayList<>(dependencies.subList(0, 3));

    CoreNlpAnnotator.rerootParticiplesWithObjects(tokens, dependencies);
    CoreNlpAnnotator.rerootParticiplesWithObjects(new ArrayList<>(tokens), passive);

    assertThat(dependencies).contains(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"));
    assertThat(tokens.get(2).tag()).isEqualTo("VBD");
    assertThat(passive).as("\"a tribunal sentenced to death\" may be a passive participle").contains(new Dependency(1, 2, "acl"));
  }

  @Test
  void aFrontedSpanOfTimeIsNoSubject() {
    // "Hours before the swap, Russian missiles struck Odesa": parsed with "Hours" the subject, "missiles" its apposition.
    List<Token> tokens = List.of(token(0, "Hours", "NNS"), token(1, "before", "IN"), token(2, "swap", "NN"), token(3, ",", ","),
        token(4, "missiles", "NNS"), new Token(5, "struck", "strike", "VBD", "O", "", 50, 56), token(6, "Odesa", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(5, 0, "nsubj"), new Dependency(2, 1, "case"), new Dependency(0, 2, "nmod"), new Dependency(0, 3, "punct"),
        new Dependency(0, 4, "appos"), new Dependency(-1, 5, "root"), new Dependency(5, 6, "obj")));

    CoreNlpAnnotator.reattachFrontedTimePhrases(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(5, 4, "nsubj"), new Dependency(5, 0, "obl:tmod"));
  }

  @Test
  void theAppositionRightBeforeAClosingReportIsItsSpeaker() {
    // "killed the head of the Guards, Hossein Salami, state media said": parsed with Salami saying, the media his apposition.
    List<Token> tokens = List.of(token(0, "killed", "VBD"), token(1, "head", "NN"), token(2, ",", ","), token(3, "Salami", "NNP"),
        token(4, ",", ","), token(5, "media", "NNS"), new Token(6, "said", "say", "VBD", "O", "", 60, 64));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(0, 1, "obj"), new Dependency(0, 2, "punct"), new Dependency(6, 3, "nsubj"),
        new Dependency(3, 4, "punct"), new Dependency(3, 5, "appos"), new Dependency(0, 6, "parataxis")));

    CoreNlpAnnotator.reattachClosingSpeakers(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(6, 5, "nsubj"), new Dependency(1, 3, "appos"));
  }

  @Test
  void twoSubjectsJoinedByACommaAreCoordinated() {
    // "US, EU condemn verdict": parsed with two subjects.
    List<Token> tokens = List.of(token(0, "US", "NNP"), token(1, ",", ","), token(2, "EU", "NNP"),
        new Token(3, "condemn", "condemn", "VBP", "O", "", 30, 37), token(4, "verdict", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(3, 0, "nsubj"), new Dependency(3, 1, "punct"), new Dependency(3, 2, "nsubj"), new Dependency(-1, 3, "root"),
        new Dependency(3, 4, "obj")));

    List<Dependency> misread = new ArrayList<>(dependencies);
    misread.set(0, new Dependency(3, 0, "obl:tmod"));

    CoreNlpAnnotator.coordinateCommaSubjects(tokens, dependencies);
    CoreNlpAnnotator.coordinateCommaSubjects(tokens, misread);

    assertThat(dependencies).contains(new Dependency(3, 0, "nsubj"), new Dependency(0, 2, "conj"), new Dependency(2, 1, "punct"));
    assertThat(misread).as("\"US\" read as a time modifier").contains(new Dependency(3, 0, "nsubj"), new Dependency(0, 2, "conj"));
  }

  @Test
  void aParticleBeforeOfIsTheVerbs() {
    // "Russia pulled out of the deal": parsed with "out" and "of" both prepositions of "deal".
    List<Token> tokens = List.of(token(0, "Russia", "NNP"), new Token(1, "pulled", "pull", "VBD", "O", "", 10, 16),
        token(2, "out", "IN"), token(3, "of", "IN"), token(4, "deal", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(4, 2, "case"), new Dependency(4, 3, "case"),
        new Dependency(1, 4, "obl")));

    CoreNlpAnnotator.reattachParticlesBeforeOf(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 2, "compound:prt"), new Dependency(4, 3, "case"));
  }

  @Test
  void aHeadlinesParticipleWithASubjectIsPassive() {
    // "after commander killed": a headline drops the passive's auxiliary.
    List<Token> tokens = List.of(token(0, "after", "IN"), token(1, "commander", "NN"), new Token(2, "killed", "kill", "VBN", "O", "", 20, 26));
    List<Dependency> headline = new ArrayList<>(List.of(
        new Dependency(2, 0, "mark"), new Dependency(2, 1, "nsubj"), new Dependency(-1, 2, "root")));
    List<Dependency> body = new ArrayList<>(headline);

    CoreNlpAnnotator.relabelGappedPassives(tokens, headline, true);
    CoreNlpAnnotator.relabelGappedPassives(tokens, body, false);

    assertThat(headline).contains(new Dependency(2, 1, "nsubj:pass"));
    assertThat(body).contains(new Dependency(2, 1, "nsubj"));
  }

  @Test
  void aHeadlinesPastTenseOfAVerbThatNeedsAnObjectIsPassive() {
    // "Bolsonaro sentenced to 27 years": tagged a past tense, it has no object, so Bolsonaro was sentenced.
    List<Token> tokens = new ArrayList<>(List.of(token(0, "Bolsonaro", "NNP"), new Token(1, "sentenced", "sentence", "VBD", "O", "", 10, 19),
        token(2, "to", "IN"), token(3, "years", "NNS")));
    List<Dependency> dependencies = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"));
    List<Dependency> headline = new ArrayList<>(dependencies);
    // "Putin agreed to talks": a verb that goes without an object keeps its doer.
    List<Token> agreed = new ArrayList<>(List.of(token(0, "Putin", "NNP"), new Token(1, "agreed", "agree", "VBD", "O", "", 6, 12),
        token(2, "to", "IN"), token(3, "talks", "NNS")));
    List<Dependency> agreedHeadline = new ArrayList<>(dependencies);

    CoreNlpAnnotator.relabelGappedPassives(tokens, headline, true);
    CoreNlpAnnotator.relabelGappedPassives(agreed, agreedHeadline, true);

    assertThat(headline).contains(new Dependency(1, 0, "nsubj:pass"));
    assertThat(tokens.get(1).tag()).isEqualTo("VBN");
    assertThat(agreedHeadline).contains(new Dependency(1, 0, "nsubj"));
    assertThat(agreed.get(1).tag()).isEqualTo("VBD");
  }

  @Test
  void aRelativePronounReadAsASecondObjectIsTheSubject() {
    // "Israel, which has carried out strikes": "which" parsed as an object beside "strikes".
    List<Token> tokens = List.of(token(0, "Israel", "NNP"), token(1, ",", ","), token(2, "which", "WDT"), token(3, "has", "VBZ"),
        token(4, "carried", "VBN"), token(5, "out", "RP"), token(6, "strikes", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"),
        new Dependency(4, 2, "obj"), new Dependency(4, 3, "aux"), new Dependency(0, 4, "acl:relcl"),
        new Dependency(4, 5, "compound:prt"), new Dependency(4, 6, "obj")));
    // "the accord, which Thailand signed": the pronoun is the object, the clause has its subject.
    List<Token> signed = List.of(token(0, "accord", "NN"), token(1, ",", ","), token(2, "which", "WDT"), token(3, "Thailand", "NNP"),
        token(4, "signed", "VBD"));
    List<Dependency> signedParse = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"),
        new Dependency(4, 2, "obj"), new Dependency(4, 3, "nsubj"), new Dependency(0, 4, "acl:relcl")));

    CoreNlpAnnotator.relabelRelativeSubjects(tokens, dependencies);
    CoreNlpAnnotator.relabelRelativeSubjects(signed, signedParse);

    assertThat(dependencies).contains(new Dependency(4, 2, "nsubj"), new Dependency(4, 6, "obj"));
    assertThat(signedParse).contains(new Dependency(4, 2, "obj"));
  }

  @Test
  void aChargeDAffairesIsOneNounWithItsOwner() {
    // "summoned Russia's charge d'affaires", parsed as "charge" with the apposition "d'affaires".
    List<Token> tokens = new ArrayList<>(List.of(token(0, "summoned", "VBD"), token(1, "Russia", "NNP"), token(2, "'s", "POS"),
        token(3, "charge", "NN"), token(4, "d'affaires", "NNP")));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(3, 1, "nmod:poss"),
        new Dependency(1, 2, "case"), new Dependency(0, 3, "obj"), new Dependency(3, 4, "appos")));

    CoreNlpAnnotator.regroupChargesDAffaires(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 4, "obj"), new Dependency(4, 3, "compound"), new Dependency(4, 1, "nmod:poss"));
    assertThat(tokens.get(4).tag()).isEqualTo("NN");
  }

  @Test
  void aPastFormAfterAnAccusationsGerundIsTheAccusersNextAct() {
    // "accused the government of stealing the vote and called on voters": "called" read as a participle joined to
    // "stealing"; with its object it is the accuser's past tense.
    List<Token> tokens = new ArrayList<>(List.of(token(0, "accused", "VBD"), token(1, "government", "NN"), token(2, "of", "IN"),
        token(3, "stealing", "VBG"), token(4, "vote", "NN"), token(5, "and", "CC"), token(6, "called", "VBN"), token(7, "voters", "NNS")));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "obj"),
        new Dependency(3, 2, "mark"), new Dependency(0, 3, "advcl"), new Dependency(3, 4, "obj"), new Dependency(6, 5, "cc"),
        new Dependency(3, 6, "conj"), new Dependency(6, 7, "obj")));
    // "accused of stealing the vote and jailed": a participle without an object stays where it is.
    List<Dependency> jailed = new ArrayList<>(dependencies.subList(0, 7));
    List<Token> jailedTokens = new ArrayList<>(tokens.subList(0, 7));

    CoreNlpAnnotator.reattachFiniteConjunctsOfGerunds(tokens, dependencies);
    CoreNlpAnnotator.reattachFiniteConjunctsOfGerunds(jailedTokens, jailed);

    assertThat(dependencies).contains(new Dependency(0, 6, "conj"));
    assertThat(tokens.get(6).tag()).isEqualTo("VBD");
    assertThat(jailed).contains(new Dependency(3, 6, "conj"));
  }

  @Test
  void theVerbAfterALooseWhoseClauseIsTheSentences() {
    // "Tobago, whose waters were used, rejected the call": the parser leaves the whose-clause and the verb loose (dep).
    List<Token> tokens = new ArrayList<>(List.of(token(0, "Tobago", "NNP"), token(1, ",", ","), token(2, "whose", "WP$"),
        token(3, "waters", "NNS"), token(4, "were", "VBD"), token(5, "used", "VBN"), token(6, ",", ","), token(7, "rejected", "VBD"),
        token(8, "call", "NN")));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"),
        new Dependency(3, 2, "nmod:poss"), new Dependency(5, 3, "nsubj:pass"), new Dependency(5, 4, "aux:pass"),
        new Dependency(0, 5, "dep"), new Dependency(5, 6, "punct"), new Dependency(5, 7, "dep"), new Dependency(7, 8, "obj")));

    CoreNlpAnnotator.rerootVerbAfterRelativeClause(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(-1, 7, "root"), new Dependency(7, 0, "nsubj"), new Dependency(0, 5, "acl:relcl"));
  }

  @Test
  void aToPhraseOnTheLastListedObjectIsTheVerbs() {
    // "added Petro, his wife and his son to its sanctions list": "to its list" hung on "son".
    List<Token> tokens = List.of(new Token(0, "added", "add", "VBD", "O", "", 0, 5), token(1, "Petro", "NNP"), token(2, ",", ","), token(3, "wife", "NN"),
        token(4, "and", "CC"), token(5, "son", "NN"), token(6, "to", "IN"), token(7, "list", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "obj"),
        new Dependency(1, 2, "punct"), new Dependency(1, 3, "appos"), new Dependency(5, 4, "cc"), new Dependency(3, 5, "conj"),
        new Dependency(7, 6, "case"), new Dependency(5, 7, "nmod")));
    // "met the leaders of Iran and the president of Iraq": not a verb of moving; the phrase stays.
    List<Token> met = List.of(token(0, "met", "VBD"), token(1, "leaders", "NNS"), token(2, "and", "CC"), token(3, "envoy", "NN"),
        token(4, "to", "IN"), token(5, "Iraq", "NNP"));
    List<Dependency> metParse = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "obj"),
        new Dependency(3, 2, "cc"), new Dependency(1, 3, "conj"), new Dependency(5, 4, "case"), new Dependency(3, 5, "nmod")));

    CoreNlpAnnotator.reattachListedDestinations(tokens, dependencies);
    CoreNlpAnnotator.reattachListedDestinations(met, metParse);

    assertThat(dependencies).contains(new Dependency(0, 7, "obl"));
    assertThat(metParse).contains(new Dependency(3, 5, "nmod"));
  }

  @Test
  void aClosingChargeTheAccusedDeniedIsARelativeClauseOfTheCharge() {
    // "attack police, a charge Belgrade rejected": "charge" read as the subject of "rejected" inside the accusation.
    List<Token> tokens = List.of(token(0, "attack", "VB"), token(1, "police", "NNS"), token(2, ",", ","), token(3, "a", "DT"),
        token(4, "charge", "NN"), token(5, "Belgrade", "NNP"), new Token(6, "rejected", "reject", "VBD", "O", "", 60, 68));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "obj"),
        new Dependency(0, 2, "punct"), new Dependency(4, 3, "det"), new Dependency(6, 4, "nsubj"), new Dependency(4, 5, "appos"),
        new Dependency(0, 6, "ccomp")));

    CoreNlpAnnotator.reattachDeniedCharges(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 4, "dep"), new Dependency(4, 6, "acl:relcl"), new Dependency(6, 5, "nsubj"));
  }

  @Test
  void aGerundAfterACommaReadAsAnAdjectiveIsTheVerbsClause() {
    // "suspended exports, drawing criticism from Netanyahu": "drawing" read as an adjective of "criticism".
    List<Token> tokens = List.of(token(0, "Germany", "NNP"), token(1, "suspended", "VBD"), token(2, "exports", "NNS"), token(3, ",", ","),
        token(4, "drawing", "VBG"), token(5, "criticism", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(5, 4, "amod"), new Dependency(1, 5, "obl:npmod")));

    CoreNlpAnnotator.reattachCommaGerundsReadAsAdjectives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 4, "advcl"), new Dependency(4, 5, "obj"));
  }

  @Test
  void aPossessiveReadAsTheObjectOwnsThePhraseAfterIt() {
    // "intensified its drone and missile attacks on Ukraine": "its" read as the object, the phrase loose under it.
    List<Token> tokens = List.of(token(0, "Russia", "NNP"), token(1, "intensified", "VBD"), token(2, "its", "PRP$"), token(3, "drone", "NN"),
        token(4, "and", "CC"), token(5, "missile", "NN"), token(6, "attacks", "NNS"), token(7, "on", "IN"), token(8, "Ukraine", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(2, 3, "dep"), new Dependency(6, 4, "cc"), new Dependency(6, 5, "compound"),
        new Dependency(3, 6, "conj"), new Dependency(8, 7, "case"), new Dependency(3, 8, "nmod")));

    CoreNlpAnnotator.regroupPossessedPhrases(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 6, "obj"), new Dependency(6, 2, "nmod:poss"), new Dependency(6, 3, "compound"),
        new Dependency(6, 8, "nmod"));
  }

  @Test
  void aParticipleReadAsTheClausalSubjectDescribesTheSubject() {
    // "Hackers linked to Iran broke into": "linked" read as the clausal subject of "broke", with "Hackers" its subject.
    List<Token> tokens = List.of(token(0, "Hackers", "NNS"), token(1, "linked", "VBN"), token(2, "to", "IN"), token(3, "Iran", "NNP"),
        token(4, "broke", "VBD"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(4, 1, "csubj"),
        new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"), new Dependency(-1, 4, "root")));

    CoreNlpAnnotator.reattachReducedRelativeSubjects(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(4, 0, "nsubj"), new Dependency(0, 1, "acl"));
  }

  @Test
  void aChargeDAffairesReadAsASubjectIsStillTheObject() {
    // "summoned Britain's charge d'affaires to deliver a protest": "d'affaires" read as the subject of "deliver".
    List<Token> tokens = new ArrayList<>(List.of(token(0, "summoned", "VBD"), token(1, "Britain", "NNP"), token(2, "'s", "POS"),
        token(3, "charge", "NN"), token(4, "d'affaires", "NNP"), token(5, "to", "TO"), token(6, "deliver", "VB")));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(3, 1, "nmod:poss"),
        new Dependency(1, 2, "case"), new Dependency(0, 3, "obj"), new Dependency(6, 4, "nsubj"), new Dependency(6, 5, "mark"),
        new Dependency(3, 6, "acl")));

    CoreNlpAnnotator.regroupChargesDAffaires(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 4, "obj"), new Dependency(4, 3, "compound"), new Dependency(4, 1, "nmod:poss"),
        new Dependency(4, 6, "acl"));
  }

  @Test
  void anObjectReadAcrossABareConjunctIsTheConjunctsObject() {
    // "said the position had not changed and urged China to take action": "China" and "to take" given to "changed".
    List<Token> tokens = List.of(token(0, "said", "VBD"), token(1, "position", "NN"), token(2, "changed", "VBN"), token(3, "and", "CC"),
        token(4, "urged", "VBN"), token(5, "China", "NNP"), token(6, "to", "TO"), token(7, "take", "VB"), token(8, "action", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(2, 1, "nsubj"),
        new Dependency(0, 2, "ccomp"), new Dependency(4, 3, "cc"), new Dependency(0, 4, "conj"), new Dependency(2, 5, "obj"),
        new Dependency(7, 6, "mark"), new Dependency(2, 7, "xcomp"), new Dependency(7, 8, "obj")));

    CoreNlpAnnotator.reattachObjectsAcrossConjuncts(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(4, 5, "obj"), new Dependency(4, 7, "xcomp"), new Dependency(0, 2, "ccomp"));
  }

  @Test
  void aHeadlinesSecondVerbAfterACommaSharesTheSubject() {
    // "court sentences Hasina, asks India to hand her over": "asks" left an unlabelled dependent of "sentences".
    List<Token> tokens = List.of(token(0, "court", "NN"), token(1, "sentences", "VBZ"), token(2, "Hasina", "NNP"), token(3, ",", ","),
        token(4, "asks", "VBZ"), token(5, "India", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(1, 4, "dep"), new Dependency(4, 5, "obj")));

    CoreNlpAnnotator.relabelVerbSeries(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 4, "conj"));

    // "Soldiers seize power, arrest president": the second verb read as a modifier of its object.
    List<Token> series = List.of(token(0, "Soldiers", "NNS"), token(1, "seize", "VBP"), token(2, "power", "NN"), token(3, ",", ","),
        token(4, "arrest", "VBP"), token(5, "president", "NN"));
    List<Dependency> misread = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(5, 4, "amod"), new Dependency(1, 5, "obj")));

    CoreNlpAnnotator.relabelVerbSeries(series, misread);

    assertThat(misread).contains(new Dependency(1, 4, "conj"), new Dependency(4, 5, "obj"));
  }

  @Test
  void aClosingAttributionHungInsideTheClauseBeforeItAttributesTheSentence() {
    // "drones struck the port, damaging a ship, Russian officials said on Friday": "said" read as the complement of "damaging".
    List<Token> tokens = List.of(token(0, "drones", "NNS"), token(1, "struck", "VBD"), token(2, "port", "NN"), token(3, ",", ","),
        token(4, "damaging", "VBG"), token(5, "ship", "NN"), token(6, ",", ","), new Token(7, "officials", "official", "NNS", "O", "", 0, 0),
        new Token(8, "said", "say", "VBD", "O", "", 0, 0), token(9, "on", "IN"), token(10, "Friday", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(1, 4, "dep"), new Dependency(4, 5, "obj"),
        new Dependency(8, 6, "punct"), new Dependency(8, 7, "nsubj"), new Dependency(4, 8, "xcomp"), new Dependency(10, 9, "case"),
        new Dependency(8, 10, "obl")));

    CoreNlpAnnotator.reattachEmbeddedClosingReports(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 8, "parataxis"));
  }

  @Test
  void anObjectAfterTheGerundOfARelativeObjectIsTheGerunds() {
    // "the Emirates, which Khartoum accuses of arming the RSF": "the RSF" read as a second object of "accuses".
    List<Token> tokens = List.of(token(0, "Emirates", "NNPS"), token(1, "which", "WDT"), token(2, "Khartoum", "NNP"),
        token(3, "accuses", "VBZ"), token(4, "of", "IN"), token(5, "arming", "VBG"), token(6, "RSF", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(3, 1, "obj"),
        new Dependency(3, 2, "nsubj"), new Dependency(0, 3, "acl:relcl"), new Dependency(5, 4, "case"), new Dependency(3, 5, "obl"),
        new Dependency(3, 6, "obj")));

    CoreNlpAnnotator.reattachGerundObjects(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(5, 6, "obj"), new Dependency(3, 1, "obj"));
  }

  @Test
  void aLooseClauseOpenedByWhichAfterANounIsItsRelativeClause() {
    // "retaliate against Pakistan, which it attacked in May": "attacked" left a dep of "retaliate".
    List<Token> tokens = List.of(token(0, "retaliate", "VB"), token(1, "against", "IN"), token(2, "Pakistan", "NNP"), token(3, ",", ","),
        token(4, "which", "WDT"), token(5, "it", "PRP"), token(6, "attacked", "VBD"), token(7, "in", "IN"), token(8, "May", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(-1, 0, "root"), new Dependency(2, 1, "case"),
        new Dependency(0, 2, "obl"), new Dependency(0, 3, "punct"), new Dependency(6, 4, "obj"), new Dependency(6, 5, "nsubj"),
        new Dependency(0, 6, "dep"), new Dependency(8, 7, "case"), new Dependency(6, 8, "obl")));

    CoreNlpAnnotator.relabelLooseRelativeClauses(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(2, 6, "acl:relcl"));
  }

  @Test
  void aRootedParticipleOfAReducedRelativeGivesTheRootToTheLooseVerb() {
    // "A doctor linked to the group carried out an attack": "linked" made the root, "carried" its loose dependent.
    List<Token> tokens = List.of(token(0, "doctor", "NN"), token(1, "linked", "VBN"), token(2, "to", "IN"), token(3, "group", "NN"),
        token(4, "carried", "VBD"), token(5, "out", "RP"), token(6, "attack", "NN"), token(7, ".", "."));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"), new Dependency(1, 4, "dep"), new Dependency(4, 5, "compound:prt"),
        new Dependency(4, 6, "obj"), new Dependency(1, 7, "punct")));

    CoreNlpAnnotator.rerootAfterReducedRelative(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(-1, 4, "root"), new Dependency(4, 0, "nsubj"), new Dependency(0, 1, "acl"),
        new Dependency(4, 7, "punct"));

    // "Militants linked to al Qaeda have blockaded fuel imports for months": the perfect read as its object's modifier.
    List<Token> perfect = List.of(token(0, "Militants", "NNS"), token(1, "linked", "VBN"), token(2, "to", "IN"), token(3, "Qaeda", "NNP"),
        new Token(4, "have", "have", "VBP", "O", "", 0, 0), token(5, "blockaded", "VBN"), token(6, "imports", "NNS"),
        token(7, "for", "IN"), token(8, "months", "NNS"));
    List<Dependency> misread = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"), new Dependency(5, 4, "aux"), new Dependency(6, 5, "amod"),
        new Dependency(1, 6, "obj"), new Dependency(8, 7, "case"), new Dependency(1, 8, "obl")));

    CoreNlpAnnotator.rerootAfterReducedRelative(perfect, misread);

    assertThat(misread).contains(new Dependency(-1, 5, "root"), new Dependency(5, 0, "nsubj"), new Dependency(0, 1, "acl"),
        new Dependency(5, 6, "obj"), new Dependency(5, 8, "obl"));
  }

  @Test
  void aParticipleOnTheRecipientOfADocumentIsTheDocuments() {
    // "sent a letter to Guterres accusing Japan": "accusing" hung on Guterres.
    List<Token> tokens = List.of(token(0, "Fu", "NNP"), token(1, "sent", "VBD"), token(2, "letter", "NN"), token(3, "to", "IN"),
        token(4, "Guterres", "NNP"), token(5, "accusing", "VBG"), token(6, "Japan", "NNP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(4, 3, "case"), new Dependency(1, 4, "obl"), new Dependency(4, 5, "acl"),
        new Dependency(5, 6, "obj")));

    CoreNlpAnnotator.reattachDocumentParticiples(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(2, 5, "acl"));
  }

  @Test
  void aRelativeClauseHungLooselyOnItsNounIsItsRelativeClause() {
    // "Israel, which has struck Syria, was not part": "struck" hung on Israel as dep.
    List<Token> tokens = List.of(token(0, "Israel", "NNP"), token(1, ",", ","), token(2, "which", "WDT"), token(3, "has", "VBZ"),
        token(4, "struck", "VBN"), token(5, "Syria", "NNP"), token(6, ",", ","), token(7, "was", "VBD"), token(8, "part", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(8, 0, "nsubj"), new Dependency(0, 1, "punct"),
        new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux"), new Dependency(0, 4, "dep"), new Dependency(4, 5, "obj"),
        new Dependency(0, 6, "punct"), new Dependency(8, 7, "cop"), new Dependency(-1, 8, "root")));

    CoreNlpAnnotator.relabelLooseRelativeClauses(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 4, "acl:relcl"));
  }

  @Test
  void aConjunctionOfTimeReadAsAPrepositionOpensAClause() {
    // "had no access since Israel and the United States bombed its sites": "since" a case of Israel, "bombed" a dep.
    List<Token> tokens = List.of(token(0, "agency", "NN"), token(1, "had", "VBD"), token(2, "access", "NN"), token(3, "since", "IN"),
        token(4, "Israel", "NNP"), token(5, "and", "CC"), token(6, "States", "NNP"), token(7, "bombed", "VBD"), token(8, "sites", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(4, 3, "case"), new Dependency(2, 4, "nmod"), new Dependency(6, 5, "cc"),
        new Dependency(4, 6, "conj"), new Dependency(1, 7, "dep"), new Dependency(7, 8, "obj")));

    CoreNlpAnnotator.reattachSubordinateClauses(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(7, 4, "nsubj"), new Dependency(7, 3, "mark"), new Dependency(1, 7, "advcl"));
  }

  @Test
  void aChargeReadAsTheCompoundOfItsAnswerersNameTakesTheNamesPlace() {
    // "..., an allegation Asmara dismissed as a fabrication": "allegation" a compound of "Asmara", the name dismissing's subject.
    List<Token> tokens = List.of(token(0, "Ethiopia", "NNP"), token(1, "accused", "VBD"), token(2, "Eritrea", "NNP"), token(3, ",", ","),
        token(4, "an", "DT"), new Token(5, "allegation", "allegation", "NN", "O", "", 0, 0), token(6, "Asmara", "NNP"),
        new Token(7, "dismissed", "dismiss", "VBD", "O", "", 0, 0), token(8, "fabrication", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(6, 4, "det"), new Dependency(6, 5, "compound"),
        new Dependency(7, 6, "nsubj"), new Dependency(1, 7, "dep"), new Dependency(7, 8, "obl")));

    CoreNlpAnnotator.reattachDeniedCharges(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 5, "dep"), new Dependency(5, 7, "acl:relcl"), new Dependency(7, 6, "nsubj"));
    assertThat(CoreNlpAnnotator.cyclic(tokens.size(), dependencies)).isFalse();
  }

  @Test
  void aCycleIsFoundWhereverItCloses() {
    assertThat(CoreNlpAnnotator.cyclic(3, List.of(new Dependency(-1, 0, "root"), new Dependency(2, 1, "dep"),
        new Dependency(1, 2, "acl")))).isTrue();
    assertThat(CoreNlpAnnotator.cyclic(3, List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "obj"),
        new Dependency(1, 2, "acl")))).isFalse();
  }

  @Test
  void anInfinitiveAfterAnOfferIsWhatIsOffered() {
    // "rejected an offer by Trump to send troops": "send" hung on "rejected".
    List<Token> tokens = List.of(token(0, "Sheinbaum", "NNP"), token(1, "rejected", "VBD"), token(2, "an", "DT"),
        new Token(3, "offer", "offer", "NN", "O", "", 0, 0), token(4, "by", "IN"), token(5, "Trump", "NNP"), token(6, "to", "TO"),
        token(7, "send", "VB"), token(8, "troops", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(5, 4, "case"), new Dependency(3, 5, "nmod"),
        new Dependency(7, 6, "mark"), new Dependency(1, 7, "xcomp"), new Dependency(7, 8, "obj")));

    CoreNlpAnnotator.reattachOfferedActs(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(3, 7, "acl"));
  }

  @Test
  void aSaidReadAsTheAdjectiveOfItsSpeakerClosesTheClauseItFollows() {
    // "Israel will withdraw its troops, said spokesperson for the minister": "spokesperson" read as the object, "said" its
    // adjective.
    List<Token> tokens = List.of(token(0, "Israel", "NNP"), token(1, "withdraw", "VB"), token(2, "troops", "NNS"), token(3, ",", ","),
        new Token(4, "said", "say", "VBD", "O", "", 40, 44), token(5, "spokesperson", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"),
        new Dependency(5, 4, "amod"), new Dependency(1, 5, "obj")));

    CoreNlpAnnotator.reattachInvertedSpeakers(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 4, "parataxis"), new Dependency(4, 5, "nsubj"), new Dependency(1, 2, "obj"));
  }

  @Test
  void aPastVerbJoinedToAnInfinitiveIsTheConjunctOfTheVerbAboveIt() {
    // "Anwar urged both sides to stand down and offered to mediate": "offered" read as the conjunct of "stand".
    List<Token> tokens = List.of(token(0, "Anwar", "NNP"), token(1, "urged", "VBD"), token(2, "sides", "NNS"), token(3, "to", "TO"),
        token(4, "stand", "VB"), token(5, "and", "CC"), token(6, "offered", "VBN"), token(7, "to", "TO"), token(8, "mediate", "VB"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "mark"),
        new Dependency(1, 4, "xcomp"), new Dependency(6, 5, "cc"), new Dependency(4, 6, "conj"), new Dependency(8, 7, "mark"),
        new Dependency(6, 8, "xcomp")));
    List<Token> repaired = new ArrayList<>(tokens);

    CoreNlpAnnotator.reattachPastConjunctsOfInfinitives(repaired, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 6, "conj"), new Dependency(6, 5, "cc"), new Dependency(6, 8, "xcomp"));
    assertThat(repaired.get(6).tag()).isEqualTo("VBD");
  }

  @Test
  void aPastParticipleWithItsAuxiliaryStaysWithTheInfinitive() {
    // "asked them to leave and to have finished": a participle with its own auxiliary is no finite conjunct.
    List<Token> tokens = new ArrayList<>(List.of(token(0, "They", "PRP"), token(1, "asked", "VBD"), token(2, "to", "TO"),
        token(3, "leave", "VB"), token(4, "and", "CC"), token(5, "have", "VB"), token(6, "finished", "VBN")));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "mark"), new Dependency(1, 3, "xcomp"),
        new Dependency(6, 4, "cc"), new Dependency(6, 5, "aux"), new Dependency(3, 6, "conj")));

    CoreNlpAnnotator.reattachPastConjunctsOfInfinitives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(3, 6, "conj"));
  }

  @Test
  void aNounAfterAtIsTheObjectNotTheSubjectOfTheGerundAfterIt() {
    // "threw bottles at police guarding buildings": "police" read as the subject of "guarding", "at" as its marker.
    List<Token> tokens = List.of(token(0, "They", "PRP"), token(1, "threw", "VBD"), token(2, "bottles", "NNS"), token(3, "at", "IN"),
        token(4, "police", "NN"), token(5, "guarding", "VBG"), token(6, "buildings", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(5, 3, "mark"),
        new Dependency(5, 4, "nsubj"), new Dependency(1, 5, "advcl"), new Dependency(5, 6, "obj")));

    CoreNlpAnnotator.reattachParticipleObjects(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 4, "obl"), new Dependency(4, 3, "case"), new Dependency(4, 5, "acl"),
        new Dependency(5, 6, "obj"));
  }

  @Test
  void aClauseWithItsOwnSubjectAfterWithIsLeftAlone() {
    List<Token> tokens = List.of(token(0, "They", "PRP"), token(1, "marched", "VBD"), token(2, "with", "IN"), token(3, "police", "NN"),
        token(4, "guarding", "VBG"), token(5, "them", "PRP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(4, 2, "mark"), new Dependency(4, 3, "nsubj"),
        new Dependency(1, 4, "advcl"), new Dependency(4, 5, "obj")));

    CoreNlpAnnotator.reattachParticipleObjects(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "advcl"));
  }

  @Test
  void aBareNounCoordinatedWithAModifiedNounSharesItsHead() {
    // "killed by Cambodian rocket and artillery fire": read as "Cambodian rocket" and "artillery fire", two doers.
    List<Token> tokens = List.of(token(0, "killed", "VBN"), token(1, "by", "IN"), token(2, "Cambodian", "JJ"), token(3, "rocket", "NN"),
        token(4, "and", "CC"), token(5, "artillery", "NN"), token(6, "fire", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(3, 1, "case"), new Dependency(3, 2, "amod"), new Dependency(0, 3, "obl"),
        new Dependency(6, 4, "cc"), new Dependency(6, 5, "compound"), new Dependency(3, 6, "conj")));

    CoreNlpAnnotator.regroupCoordinatedModifiers(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 6, "obl"), new Dependency(6, 3, "compound"), new Dependency(3, 5, "conj"),
        new Dependency(5, 4, "cc"), new Dependency(6, 1, "case"), new Dependency(6, 2, "amod"));
  }

  @Test
  void aNounWithItsOwnArticleStaysAConjunct() {
    // "killed by a rocket and artillery fire": two things.
    List<Token> tokens = List.of(token(0, "killed", "VBN"), token(1, "a", "DT"), token(2, "rocket", "NN"), token(3, "and", "CC"),
        token(4, "artillery", "NN"), token(5, "fire", "NN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(2, 1, "det"), new Dependency(0, 2, "obl"),
        new Dependency(5, 3, "cc"), new Dependency(5, 4, "compound"), new Dependency(2, 5, "conj")));

    CoreNlpAnnotator.regroupCoordinatedModifiers(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 2, "obl"), new Dependency(2, 5, "conj"));
  }

  @Test
  void aParticipleReadAsAVerbOfTheNounBeforeItDescribesThatNoun() {
    // "Iran hanged eight people convicted of spying": "people" read as the subject of "convicted", a loose dependent.
    List<Token> tokens = List.of(token(0, "Iran", "NNP"), token(1, "hanged", "VBD"), token(2, "eight", "CD"), token(3, "people", "NNS"),
        token(4, "convicted", "VBN"), token(5, "of", "IN"), token(6, "spying", "VBG"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "nummod"), new Dependency(4, 3, "nsubj"),
        new Dependency(1, 4, "dep"), new Dependency(6, 5, "case"), new Dependency(4, 6, "obl")));

    CoreNlpAnnotator.reattachReducedRelatives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 3, "obj"), new Dependency(3, 4, "acl"), new Dependency(4, 6, "obl"));
  }

  @Test
  void aParticipleReadAsTheComplementOfAnActIsAReducedRelativeOfItsObject() {
    // "pardoned 12 people convicted over protests, saying ...": read as "pardoned [people convicted]", a clause.
    List<Token> tokens = List.of(token(0, "Vucic", "NNP"), token(1, "pardoned", "VBD"), token(2, "people", "NNS"),
        token(3, "convicted", "VBN"), token(4, "over", "IN"), token(5, "protests", "NNS"), token(6, ",", ","),
        new Token(7, "saying", "say", "VBG", "O", "", 50, 56));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "obl"), new Dependency(3, 6, "punct"), new Dependency(3, 7, "dep")));

    CoreNlpAnnotator.reattachReducedRelatives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 2, "obj"), new Dependency(2, 3, "acl"), new Dependency(1, 7, "advcl"));
  }

  @Test
  void aParticipleReportedByAVerbOfSayingKeepsItsSubject() {
    // "officials said people killed in the raid": a headline-style report, not a reduced relative.
    List<Token> tokens = List.of(token(0, "officials", "NNS"), new Token(1, "said", "say", "VBD", "O", "", 10, 14),
        token(2, "people", "NNS"), token(3, "killed", "VBN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp")));

    CoreNlpAnnotator.reattachReducedRelatives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp"));
  }

  @Test
  void aSayingVerbRightAfterANounIsARelativeClauseHoldingTheNextVerb() {
    // "carried out strikes on boats it says were carrying drugs, killing 80 people": "says" read as a remark on the sentence.
    List<Token> tokens = List.of(token(0, "military", "NN"), token(1, "carried", "VBD"), token(2, "strikes", "NNS"), token(3, "on", "IN"),
        token(4, "boats", "NNS"), token(5, "it", "PRP"), new Token(6, "says", "say", "VBZ", "O", "", 30, 34), token(7, "were", "VBD"),
        token(8, "carrying", "VBG"), token(9, "drugs", "NNS"), token(10, ",", ","), token(11, "killing", "VBG"), token(12, "people", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "case"),
        new Dependency(2, 4, "nmod"), new Dependency(6, 5, "nsubj"), new Dependency(1, 6, "parataxis"), new Dependency(8, 7, "aux"),
        new Dependency(6, 8, "dep"), new Dependency(8, 9, "obj"), new Dependency(8, 10, "punct"), new Dependency(8, 11, "dep"),
        new Dependency(11, 12, "obj")));

    CoreNlpAnnotator.reattachSayingRelatives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(4, 6, "acl:relcl"), new Dependency(6, 8, "ccomp"), new Dependency(1, 11, "advcl"));
  }

  @Test
  void aClosingSayingRemarkStaysARemark() {
    // "the strikes continued, it says": after a comma, no noun's relative clause.
    List<Token> tokens = List.of(token(0, "strikes", "NNS"), token(1, "continued", "VBD"), token(2, ",", ","), token(3, "it", "PRP"),
        new Token(4, "says", "say", "VBZ", "O", "", 20, 24));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "punct"), new Dependency(4, 3, "nsubj"),
        new Dependency(1, 4, "parataxis")));

    CoreNlpAnnotator.reattachSayingRelatives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 4, "parataxis"));
  }

  @Test
  void aTimePhraseOfASubjectBeforeItsVerbIsAClauseOfTime() {
    // "the first meeting since Israel and the United States bombed Iran's sites": read as "the meeting ... bombed".
    List<Token> tokens = List.of(token(0, "talks", "NNS"), token(1, ",", ","), token(2, "the", "DT"), token(3, "meeting", "NN"),
        token(4, "since", "IN"), token(5, "Israel", "NNP"), token(6, "and", "CC"), token(7, "States", "NNP"),
        token(8, "bombed", "VBD"), token(9, "sites", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"), new Dependency(3, 2, "det"), new Dependency(8, 3, "nsubj"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "nmod"), new Dependency(7, 6, "cc"), new Dependency(5, 7, "conj"),
        new Dependency(0, 8, "parataxis"), new Dependency(8, 9, "obj")));

    CoreNlpAnnotator.reattachTimeClausesOfNouns(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 3, "parataxis"), new Dependency(8, 5, "nsubj"), new Dependency(8, 4, "mark"),
        new Dependency(3, 8, "acl"));
  }

  @Test
  void aParticipleAfterAnInfinitiveTheObjectControlsIsTheMainVerbs() {
    // "ordered the ambassador to leave within 48 hours, accusing him of": "accusing" hung on "leave".
    List<Token> tokens = List.of(token(0, "junta", "NN"), token(1, "ordered", "VBD"), token(2, "ambassador", "NN"), token(3, "to", "TO"),
        token(4, "leave", "VB"), token(5, ",", ","), new Token(6, "accusing", "accuse", "VBG", "O", "", 40, 48), token(7, "him", "PRP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "mark"),
        new Dependency(1, 4, "xcomp"), new Dependency(4, 5, "punct"), new Dependency(4, 6, "advcl"), new Dependency(6, 7, "obj")));

    CoreNlpAnnotator.reattachParticiplesOfControlledClauses(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 6, "advcl"));
  }

  @Test
  void aRelativeClauseReadAsAnAppositionIsARelativeClause() {
    // "The junta, which seized power in July, has revoked": read as the apposition "which seized power".
    List<Token> tokens = List.of(token(0, "junta", "NN"), token(1, ",", ","), token(2, "which", "WDT"), token(3, "seized", "VBD"),
        token(4, "power", "NN"), token(5, ",", ","), token(6, "revoked", "VBN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(6, 0, "nsubj"), new Dependency(0, 1, "punct"), new Dependency(4, 2, "det"), new Dependency(4, 3, "amod"),
        new Dependency(0, 4, "appos"), new Dependency(0, 5, "punct"), new Dependency(-1, 6, "root")));

    CoreNlpAnnotator.reattachRelativeVerbsReadAsAppositions(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(0, 3, "acl:relcl"), new Dependency(3, 2, "nsubj"), new Dependency(3, 4, "obj"));
  }

  @Test
  void aParticipleWithItsOwnAuxiliaryKeepsItsSubject() {
    // "Iran said people had fled": a clause of its own.
    List<Token> tokens = List.of(token(0, "Iran", "NNP"), token(1, "said", "VBD"), token(2, "people", "NNS"), token(3, "had", "VBD"),
        token(4, "fled", "VBN"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux"),
        new Dependency(1, 4, "dep")));

    CoreNlpAnnotator.reattachReducedRelatives(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(4, 2, "nsubj"), new Dependency(1, 4, "dep"));
  }

  @Test
  void aParticipleAfterACommaAndTheObjectTellsWhatTheSubjectDoes() {
    // "imposed sanctions on Burhan, accusing his forces of attacking schools": "accusing" hung on "sanctions".
    List<Token> tokens = List.of(token(0, "States", "NNP"), token(1, "imposed", "VBD"), token(2, "sanctions", "NNS"), token(3, "on", "IN"),
        token(4, "Burhan", "NNP"), token(5, ",", ","), new Token(6, "accusing", "accuse", "VBG", "O", "", 40, 48), token(7, "forces", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "case"),
        new Dependency(2, 4, "nmod"), new Dependency(2, 5, "punct"), new Dependency(2, 6, "acl"), new Dependency(6, 7, "obj")));

    CoreNlpAnnotator.reattachCommaParticiples(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(1, 6, "advcl"), new Dependency(6, 7, "obj"));
  }

  @Test
  void aParticipleAfterACommaAndANamedPhraseTellsWhatTheSubjectDoes() {
    // "imposed sanctions on Ivanishvili, accusing him": "accusing" hung on the name of the on-phrase.
    List<Token> tokens = List.of(token(0, "States", "NNP"), token(1, "imposed", "VBD"), token(2, "sanctions", "NNS"), token(3, "on", "IN"),
        token(4, "Ivanishvili", "NNP"), token(5, ",", ","), new Token(6, "accusing", "accuse", "VBG", "O", "", 40, 48), token(7, "him", "PRP"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "case"),
        new Dependency(1, 4, "obl"), new Dependency(4, 5, "punct"), new Dependency(4, 6, "acl"), new Dependency(6, 7, "obj")));
    // "met protesters from the town, demanding jobs": those of a common noun's phrase may be the ones doing it.
    List<Token> protesters = List.of(token(0, "Police", "NNS"), token(1, "met", "VBD"), token(2, "protesters", "NNS"), token(3, "from", "IN"),
        token(4, "town", "NN"), token(5, ",", ","), new Token(6, "demanding", "demand", "VBG", "O", "", 40, 48), token(7, "jobs", "NNS"));
    List<Dependency> protestersParse = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(4, 3, "case"),
        new Dependency(1, 4, "obl"), new Dependency(4, 5, "punct"), new Dependency(4, 6, "acl"), new Dependency(6, 7, "obj")));

    CoreNlpAnnotator.reattachCommaParticiples(tokens, dependencies);
    CoreNlpAnnotator.reattachCommaParticiples(protesters, protestersParse);

    assertThat(dependencies).contains(new Dependency(1, 6, "advcl"));
    assertThat(protestersParse).contains(new Dependency(4, 6, "acl"));
  }

  @Test
  void includingAfterACommaStaysWithTheNoun() {
    List<Token> tokens = List.of(token(0, "Strikes", "NNS"), token(1, "killed", "VBD"), token(2, "people", "NNS"), token(3, ",", ","),
        new Token(4, "including", "include", "VBG", "O", "", 30, 39), token(5, "children", "NNS"));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"), new Dependency(2, 3, "punct"),
        new Dependency(2, 4, "acl"), new Dependency(4, 5, "obj")));

    CoreNlpAnnotator.reattachCommaParticiples(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(2, 4, "acl"));
  }

  @Test
  void aFrontedSpanReadAsTheSubjectOfAClosingReportIsTheTimeOfTheMainClause() {
    // "Hours before the talks, strikes killed 10 people, officials said": "Hours" read as the subject of "said" and the
    // killing as a loose dependent of "talks".
    List<Token> tokens = List.of(token(0, "Hours", "NNS"), token(1, "before", "IN"), token(2, "talks", "NNS"), token(3, ",", ","),
        token(4, "strikes", "NNS"), token(5, "killed", "VBN"), token(6, "people", "NNS"), token(7, ",", ","), token(8, "officials", "NNS"),
        new Token(9, "said", "say", "VBD", "O", "", 60, 64));
    List<Dependency> dependencies = new ArrayList<>(List.of(
        new Dependency(9, 0, "nsubj"), new Dependency(2, 1, "case"), new Dependency(0, 2, "nmod"), new Dependency(2, 3, "punct"),
        new Dependency(5, 4, "nsubj"), new Dependency(2, 5, "dep"), new Dependency(5, 6, "obj"), new Dependency(9, 7, "punct"),
        new Dependency(9, 8, "nsubj"), new Dependency(-1, 9, "root")));

    CoreNlpAnnotator.reattachFrontedTimePhrases(tokens, dependencies);

    assertThat(dependencies).contains(new Dependency(-1, 5, "root"), new Dependency(5, 0, "obl:tmod"), new Dependency(5, 9, "parataxis"),
        new Dependency(9, 8, "nsubj"), new Dependency(5, 4, "nsubj"));
  }

  private static Token token(int index, String word, String tag) {
    return new Token(index, word, word.toLowerCase(java.util.Locale.ROOT), tag, "O", "", index * 10, index * 10 + word.length());
  }
}
