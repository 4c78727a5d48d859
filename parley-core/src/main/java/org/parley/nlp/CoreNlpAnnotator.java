package org.parley.nlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/**
 * The one adapter around Stanford CoreNLP: builds the pipeline once and turns its output into Parley's
 * records. Thread-safe: one instance serves all threads of a process.
 */
public final class CoreNlpAnnotator {
  private final StanfordCoreNLP pipeline;
  /**
   * Quote attribution runs apart and one document at a time: CoreNLP's QuoteAttributionAnnotator keeps each
   * document's character map in a field, so two threads annotating at once read each other's map and fail
   * (NullPointerException in its sieves: the article was skipped, about one in a few hundred on 2 threads).
   */
  private final StanfordCoreNLP quotePipeline;
  private final Object quoteLock = new Object();
  private final NlpSettings settings;

  public CoreNlpAnnotator(NlpSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
    Properties properties = properties(settings);
    String annotators = properties.getProperty("annotators");
    if (settings.quotes()) {
      properties.setProperty("annotators", annotators.substring(0, annotators.length() - ",quote".length()));
      this.pipeline = new StanfordCoreNLP(properties);
      Properties quoteProperties = new Properties();
      quoteProperties.putAll(properties);
      quoteProperties.setProperty("annotators", "quote");
      // The main pipeline has already done what quote requires; CoreNLP cannot see that across pipelines.
      this.quotePipeline = new StanfordCoreNLP(quoteProperties, false);
    } else {
      this.pipeline = new StanfordCoreNLP(properties);
      this.quotePipeline = null;
    }
  }

  public NlpSettings settings() {
    return settings;
  }

  static final String COARSE_NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  static Properties properties(NlpSettings settings) {
    Properties properties = new Properties();
    StringBuilder annotators = new StringBuilder("tokenize,ssplit,pos," + TagRepair.NAME + ",lemma,ner,depparse");
    if (settings.coreference()) {
      annotators.append(",coref");
    }
    if (settings.quotes()) {
      annotators.append(",quote");
    }
    properties.setProperty("annotators", annotators.toString());
    // A noun the tagger read as a verb ("a massive drone and missile attack") is corrected before the parser sees it.
    properties.setProperty("customAnnotatorClass." + TagRepair.NAME, TagRepair.class.getName());
    // Headline, dateline and paragraphs are separated by blank lines; without this they merge into one sentence.
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    properties.setProperty("ner.applyFineGrained", Boolean.toString(settings.fineGrainedNer()));
    if (!settings.fineGrainedNer()) {
      // One CRF model (PERSON, LOCATION, ORGANIZATION) instead of CoreNLP's three: the coder reads only PERSON and
      // SUTime's dates from NER, and the other two models cost as much again (parley-bench, BENCHMARKS.md).
      properties.setProperty("ner.model", COARSE_NER_MODEL);
    }
    // Entity mentions and KBP-style extraction are not used by Parley.
    properties.setProperty("ner.buildEntityMentions", "true");
    properties.setProperty("coref.algorithm", "statistical");
    properties.setProperty("coref.md.type", "dependency");
    // Candidate antecedents within 10 mentions (CoreNLP: 50; names that match stay linked up to 500 mentions
    // apart): pronouns and "the envoy" point back a sentence or two, and scoring every pair was a quarter of the time.
    properties.setProperty("coref.maxMentionDistance", "10");
    properties.setProperty("quote.attributeQuotes", "true");
    properties.setProperty("depparse.extradependencies", "NONE");
    return properties;
  }

  /** The text that is annotated for an article: its title, a blank line, then the body. */
  public static String annotatedText(Article article) {
    if (article.title().isBlank()) {
      return article.text();
    }
    return article.title().strip() + "\n\n" + article.text();
  }

  /**
   * Annotates the article. One whose longest sentence passes {@link SentenceLengths#DEFAULT_MAX_WORDS} words is a
   * {@link ParleyInputException} naming the article, thrown before any model sees it.
   */
  public AnnotatedArticle annotate(Article article) {
    String text = annotatedText(article);
    Optional<String> tooLong = SentenceLengths.whyTooLong(text, SentenceLengths.DEFAULT_MAX_WORDS);
    if (tooLong.isPresent()) {
      throw new ParleyInputException("article " + article.id(), tooLong.get());
    }
    Annotation document = new Annotation(text);
    article.publishedDate().ifPresent(date -> document.set(CoreAnnotations.DocDateAnnotation.class, date.format(DateTimeFormatter.ISO_LOCAL_DATE)));
    pipeline.annotate(document);
    if (quotePipeline != null) {
      synchronized (quoteLock) {
        quotePipeline.annotate(document);
      }
    }

    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<AnnotatedSentence> sentences = new ArrayList<>(coreSentences.size());
    for (int s = 0; s < coreSentences.size(); s++) {
      // The title, where the article has one, is the first sentence: a headline.
      sentences.add(sentence(s, coreSentences.get(s), text, s == 0 && !article.title().isBlank()));
    }
    List<CorefChain> chains = settings.coreference() ? coreference(document, sentences) : List.of();
    List<Quote> quotes = settings.quotes() ? quotes(document, sentences) : List.of();
    return new AnnotatedArticle(article, text, sentences, chains, quotes);
  }

  private static AnnotatedSentence sentence(int index, CoreMap coreSentence, String text, boolean headline) {
    List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      tokens.add(new Token(
          i,
          label.originalText() == null ? label.word() : label.originalText(),
          label.lemma() == null ? label.word() : label.lemma(),
          label.tag() == null ? "" : label.tag(),
          label.ner() == null ? "O" : label.ner(),
          normalized(label),
          label.beginPosition(),
          label.endPosition()));
    }
    List<Dependency> dependencies = new ArrayList<>();
    SemanticGraph graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (var root : graph.getRoots()) {
        dependencies.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        dependencies.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1, edge.getRelation().toString()));
      }
    }
    repair(tokens, dependencies, CoreNlpAnnotator::retagModalNouns);
    repair(tokens, dependencies, CoreNlpAnnotator::relabelAspectualComplements);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachReportingClauses);
    repair(tokens, dependencies, CoreNlpAnnotator::relabelFrontedReports);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachGerundObjects);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachCallsOn);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachSpeakersActs);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachPrepositionalGerunds);
    repair(tokens, dependencies, CoreNlpAnnotator::rerootVerbAfterRelativeClause);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachFiniteConjunctsOfGerunds);
    repair(tokens, dependencies, CoreNlpAnnotator::relabelNounParticiples);
    repair(tokens, dependencies, (words, edges) -> relabelGappedPassives(words, edges, headline));
    repair(tokens, dependencies, CoreNlpAnnotator::reattachQuotedComplements);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachMisreadRelativeVerbs);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachRelativeVerbsReadAsAppositions);
    repair(tokens, dependencies, CoreNlpAnnotator::rerootParticiplesWithObjects);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachFrontedTimePhrases);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachClosingSpeakers);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachInvertedSpeakers);
    repair(tokens, dependencies, CoreNlpAnnotator::coordinateCommaSubjects);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachParticlesBeforeOf);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachPastConjunctsOfInfinitives);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachParticipleObjects);
    repair(tokens, dependencies, CoreNlpAnnotator::regroupCoordinatedModifiers);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachReducedRelatives);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachCommaParticiples);
    repair(tokens, dependencies, CoreNlpAnnotator::relabelRelativeSubjects);
    repair(tokens, dependencies, CoreNlpAnnotator::regroupChargesDAffaires);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachListedDestinations);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachDeniedCharges);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachCommaGerundsReadAsAdjectives);
    repair(tokens, dependencies, CoreNlpAnnotator::regroupPossessedPhrases);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachReducedRelativeSubjects);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachObjectsAcrossConjuncts);
    repair(tokens, dependencies, CoreNlpAnnotator::relabelVerbSeries);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachEmbeddedClosingReports);
    repair(tokens, dependencies, CoreNlpAnnotator::rerootAfterReducedRelative);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachDocumentParticiples);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachSubordinateClauses);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachTimeClausesOfNouns);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachOfferedActs);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachSayingRelatives);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachSayingMarks);
    repair(tokens, dependencies, CoreNlpAnnotator::reattachParticiplesOfControlledClauses);
    int begin = coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new AnnotatedSentence(index, text.substring(begin, end), begin, end, tokens, dependencies);
  }

  /**
   * A common noun that governs a modal auxiliary is a verb the tagger misread: "they would blockade Madrid" tags
   * "blockade" NN although the parser gives it the modal, its subject and its object. It is retagged VB so that verb
   * patterns see it; the parse itself is kept.
   */
  static void retagModalNouns(List<Token> tokens, List<Dependency> dependencies) {
    for (Dependency dependency : dependencies) {
      int head = dependency.governor();
      int dependent = dependency.dependent();
      if (head < 0 || head >= tokens.size() || dependent < 0 || dependent >= tokens.size()
          || !dependency.relation().equals("aux") || !tokens.get(dependent).tag().equals("MD")) {
        continue;
      }
      Token noun = tokens.get(head);
      if (noun.tag().equals("NN")) {
        tokens.set(head, noun.withTag("VB"));
      }
    }
  }

  /** Verbs of starting, going on and stopping, whose gerund is their complement: "resumed shelling the town". */
  private static final java.util.Set<String> ASPECTUAL = java.util.Set.of(
      "resume", "continue", "start", "begin", "stop", "keep", "cease", "quit", "finish", "halt");

  /**
   * A gerund the parser leaves as a loose dependent ({@code dep}) of a verb of starting or stopping is its complement:
   * in "prepared to resume shelling rebel positions" "shelling" is what is resumed, so it is relabelled {@code xcomp},
   * and shares the subject and the mode of the verbs above it.
   */
  static void relabelAspectualComplements(List<Token> tokens, List<Dependency> dependencies) {
    for (int i = 0; i < dependencies.size(); i++) {
      Dependency dependency = dependencies.get(i);
      int head = dependency.governor();
      int dependent = dependency.dependent();
      if (dependency.relation().equals("dep") && head >= 0 && head < tokens.size() && dependent > head && dependent < tokens.size()
          && tokens.get(dependent).tag().equals("VBG") && tokens.get(head).tag().startsWith("VB")
          && ASPECTUAL.contains(tokens.get(head).lemma().toLowerCase(java.util.Locale.ROOT))) {
        dependencies.set(i, new Dependency(head, dependent, "xcomp"));
      }
    }
  }

  /** Verbs of a wire story's closing attribution: "..., the army said", "..., state television reported". */
  private static final java.util.Set<String> REPORTING = java.util.Set.of(
      "say", "report", "tell", "add", "confirm", "announce", "claim", "state", "allege", "write");

  /**
   * A closing attribution the parser takes for a clause about the object: in "Russian forces shelled the city of
   * Kharkiv, the regional governor said" it reads "the city ..., the regional governor" as the subject of "said", with
   * the speaker as an apposition, and hangs "said" on "shelled" as its complement, leaving "shelled" without its object.
   * The edges are rebuilt as the parser gives them when it reads such a sentence right: the noun is the verb's object,
   * the speaker the subject of "said", and "said" governs the clause it reports. Only where the verb has no object
   * and nothing but the attribution's own words and punctuation follows it.
   */
  static void reattachReportingClauses(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int report = 0; report < size; report++) {
      int verb = parents[report];
      if (!"ccomp".equals(relations[report]) || verb < 0 || verb >= report || !tokens.get(report).tag().startsWith("VB")
          || !tokens.get(verb).tag().startsWith("VB") || !REPORTING.contains(tokens.get(report).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int subject = -1;
      int speaker = -1;
      boolean object = false;
      for (int i = 0; i < size; i++) {
        if (parents[i] == report && "nsubj".equals(relations[i]) && i > verb && i < report) {
          subject = i;
        }
        if (parents[i] == verb && relations[i] != null && (relations[i].equals("obj") || relations[i].startsWith("nsubj:pass")
            || relations[i].startsWith("aux:pass"))) {
          object = true;
        }
      }
      for (int i = subject + 1; subject >= 0 && i < report; i++) {
        if (parents[i] == subject && "appos".equals(relations[i])) {
          speaker = i;
        }
      }
      if (object || speaker < 0 || !commaBetween(tokens, parents, subject, speaker) || !attributionEnds(tokens, parents, report)) {
        continue;
      }
      // "tried to assassinate the minister, the army said": the attribution governs the whole clause, from its top.
      int top = verb;
      while ("xcomp".equals(relations[top]) && parents[top] >= 0) {
        top = parents[top];
      }
      int verbParent = parents[top];
      String verbRelation = relations[top];
      rehang(dependencies, subject, verb, "obj");
      rehang(dependencies, speaker, report, "nsubj");
      rehang(dependencies, report, verbParent, verbRelation);
      rehang(dependencies, top, report, "ccomp");
      return;
    }
  }

  /** Verbs of saying that may close a sentence after the clause they report. */
  private static final java.util.Set<String> SAYING = java.util.stream.Stream.concat(REPORTING.stream(), java.util.stream.Stream.of(
      "complain", "protest", "warn", "insist", "argue", "note", "charge", "contend", "maintain", "stress", "explain", "admit",
      "acknowledge")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * "Kenyan police used excessive force against the marchers, the opposition complained": a clause that opens the
   * sentence with no conjunction, before a verb of saying that closes it, is what the verb reports. The parser makes
   * some such clauses adverbial ({@code advcl}); they are relabelled {@code ccomp}, as the parser gives them after
   * "said".
   */
  static void relabelFrontedReports(List<Token> tokens, List<Dependency> dependencies) {
    int[] parents = Edges.of(tokens.size(), dependencies).parents();
    for (int i = 0; i < dependencies.size(); i++) {
      Dependency dependency = dependencies.get(i);
      int clause = dependency.dependent();
      int verb = dependency.governor();
      if (!dependency.relation().equals("advcl") || verb < 0 || verb >= tokens.size() || clause >= verb
          || !SAYING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT)) || !tokens.get(clause).tag().startsWith("VB")) {
        continue;
      }
      boolean subject = false;
      boolean conjunction = false;
      for (Dependency other : dependencies) {
        if (other.governor() == clause && other.relation().startsWith("nsubj")) {
          subject = true;
        }
        if (other.governor() == clause && other.relation().equals("mark")) {
          conjunction = true;
        }
      }
      // The clause opens the sentence: its first word is its own.
      if (subject && !conjunction && dominates(parents, clause, 0)) {
        dependencies.set(i, new Dependency(verb, clause, "ccomp"));
      }
    }
  }

  /** Whether a word is the ancestor itself or lies below it, following the governors in {@code parents}. */
  /** The first word of the contiguous phrase a head dominates, walking left from the head. */
  private static int phraseStart(int[] parents, int head) {
    int first = head;
    while (first > 0 && dominates(parents, head, first - 1)) {
      first--;
    }
    return first;
  }

  /** Whether a tag is a finite verb's: past, or present in either person ("bombed", "says", "accuse"). */
  private static boolean finite(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
  }

  /** Whether every word from one index up to (not including) another is the ancestor's or below it. */
  private static boolean dominatesAll(int[] parents, int ancestor, int from, int to) {
    for (int word = from; word < to; word++) {
      if (!dominates(parents, ancestor, word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean dominates(int[] parents, int ancestor, int word) {
    int current = word;
    for (int steps = 0; steps <= parents.length && current >= 0; steps++) {
      if (current == ancestor) {
        return true;
      }
      current = parents[current];
    }
    return false;
  }

  /** Verbs by which a speaker goes on after what it said: "said ... and called for talks", "and urged restraint". */
  private static final java.util.Set<String> SPEECH_ACTS = java.util.Set.of(
      "call", "urge", "demand", "appeal", "ask", "vow", "pledge", "promise", "warn", "accuse", "blame", "condemn",
      "denounce", "criticize", "criticise", "insist", "reiterate", "reject", "deny", "threaten", "welcome", "praise",
      "thank", "invite", "dismiss", "rule");

  /**
   * "Opposition leaders said the government had lost its legitimacy and called for a transitional government", "Rubio
   * said Washington would continue its support and urged China ...": the parser joins the verb after "and" to the
   * reported clause, making the government call and Washington urge. The speaker's verb takes it back where the
   * verb cannot share the reported clause's modal ("would ... and urged") or is a further speech act of the speaker,
   * with no subject or auxiliary of its own. Acts ("said its fighters had repelled the attack and killed soldiers")
   * stay in the report.
   */
  static void reattachSpeakersActs(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int act = 0; act < size; act++) {
      int reported = parents[act];
      if (!"conj".equals(relations[act]) || reported < 0 || reported >= act || !"ccomp".equals(relations[reported])) {
        continue;
      }
      int speaker = parents[reported];
      if (speaker < 0 || speaker >= reported || !SAYING.contains(tokens.get(speaker).lemma().toLowerCase(java.util.Locale.ROOT))
          || !tokens.get(act).tag().startsWith("VB")) {
        continue;
      }
      boolean own = hasDependent(parents, relations, act, "nsubj", "aux", "mark");
      boolean modal = false;
      for (int i = 0; i < size; i++) {
        modal |= parents[i] == reported && "aux".equals(relations[i]) && tokens.get(i).tag().equals("MD");
      }
      String tag = tokens.get(act).tag();
      boolean finite = tag.equals("VBD") || tag.equals("VBZ");
      boolean speech = SPEECH_ACTS.contains(tokens.get(act).lemma().toLowerCase(java.util.Locale.ROOT));
      if (!own && (modal && finite || speech && !tag.equals("VBG"))) {
        rehang(dependencies, act, speaker, "conj");
      }
    }
  }

  /** Prepositions of time and manner after which a participle opens a clause: "after meeting the envoy". */
  private static final java.util.Set<String> GERUND_PREPOSITIONS = java.util.Set.of(
      "after", "before", "since", "while", "without", "upon", "when");

  /** Verbs that charge or punish someone for an act, and the prepositions that introduce it: "accused them of throwing". */
  private static final java.util.Set<String> CHARGING_VERBS = java.util.Set.of(
      "accuse", "blame", "suspect", "charge", "convict", "indict", "arrest", "detain", "jail", "sentence", "condemn", "criticize",
      "criticise", "punish", "fine");
  private static final java.util.Set<String> CHARGED_ACT_PREPOSITIONS = java.util.Set.of("of", "for", "with");

  /**
   * "Maduro released six Americans after meeting U.S. envoy Richard Grenell": the parser reads "meeting" as an
   * adjective of "envoy" and "after ... Grenell" as a time phrase, so the meeting has neither doer nor object. After a
   * preposition of time the participle is a clause: it is hung on the verb as an adverbial clause with the preposition
   * as its marker and the noun as its object, as the parser does for "after holding talks with". So is a participle after
   * the preposition that gives what someone is charged with: "accused demonstrators of throwing fireworks at police".
   */
  static void reattachPrepositionalGerunds(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int gerund = 1; gerund < size; gerund++) {
      int preposition = gerund - 1;
      int noun = parents[preposition];
      int described = parents[gerund];
      // The participle may hang on a title compounded to the name: "after meeting [U.S. envoy] Grenell".
      boolean inPhrase = described == noun || described >= 0 && parents[described] == noun && "compound".equals(relations[described]);
      if (!"amod".equals(relations[gerund]) || !tokens.get(gerund).tag().equals("VBG") || noun <= gerund || !inPhrase
          || !"case".equals(relations[preposition])) {
        continue;
      }
      int verb = parents[noun];
      String marker = tokens.get(preposition).lemma().toLowerCase(java.util.Locale.ROOT);
      // "accused the government of serving Israel's interests": the phrase may hang on the accused, whom it does not name.
      boolean onAccused = verb >= 0 && "nmod".equals(relations[noun]) && "obj".equals(relations[verb]) && parents[verb] >= 0
          && CHARGED_ACT_PREPOSITIONS.contains(marker) && CHARGING_VERBS.contains(tokens.get(parents[verb]).lemma().toLowerCase(java.util.Locale.ROOT));
      if (onAccused) {
        verb = parents[verb];
      }
      if (verb < 0 || !tokens.get(verb).tag().startsWith("VB") || !onAccused && (relations[noun] == null || !relations[noun].startsWith("obl"))) {
        continue;
      }
      boolean charged = CHARGED_ACT_PREPOSITIONS.contains(marker)
          && CHARGING_VERBS.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT));
      if (!GERUND_PREPOSITIONS.contains(marker) && !charged) {
        continue;
      }
      rehang(dependencies, gerund, verb, "advcl");
      rehang(dependencies, noun, gerund, "obj");
      rehang(dependencies, preposition, gerund, "mark");
    }
  }

  /**
   * "Saudi Arabia, which fought the Houthis for years, called for restraint": the parser may make the subject the root
   * and hang the main verb, after the relative clause and its comma, loosely ({@code dep}) on the clause's verb. The
   * verb becomes the root with the noun as its subject (retagged past tense where the tagger read a participle), and
   * the relative clause stays on the noun.
   */
  static void rerootVerbAfterRelativeClause(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int noun = 0; noun < size; noun++) {
      if (parents[noun] != -1 || !tokens.get(noun).tag().startsWith("NN")) {
        continue;
      }
      for (int clause = noun + 1; clause < size; clause++) {
        // "Trinidad and Tobago, whose waters were used by the warship, rejected": a whose-clause may be left loose (dep).
        boolean looseRelative = "dep".equals(relations[clause]) && relativeWordOf(tokens, parents, noun, clause);
        if (parents[clause] != noun || !("acl:relcl".equals(relations[clause]) || looseRelative)) {
          continue;
        }
        for (int verb = clause + 1; verb < size; verb++) {
          String tag = tokens.get(verb).tag();
          if (parents[verb] != clause || !"dep".equals(relations[verb]) || !(tag.equals("VBD") || tag.equals("VBN") || tag.equals("VBZ"))
              || !tokens.get(verb - 1).word().equals(",")) {
            continue;
          }
          if (hasDependent(parents, relations, verb, "nsubj")) {
            continue;
          }
          if (tag.equals("VBN")) {
            tokens.set(verb, tokens.get(verb).withTag("VBD"));
          }
          rehang(dependencies, verb, -1, "root");
          rehang(dependencies, noun, verb, "nsubj");
          rehang(dependencies, verb - 1, verb, "punct");
          if (looseRelative) {
            rehang(dependencies, clause, noun, "acl:relcl");
          }
          return;
        }
      }
    }
  }

  /** Whether a relative word between a noun and a clause's verb belongs to that clause ("whose waters were used"). */
  private static boolean relativeWordOf(List<Token> tokens, int[] parents, int noun, int clause) {
    for (int word = noun + 1; word < clause; word++) {
      String lower = tokens.get(word).word().toLowerCase(java.util.Locale.ROOT);
      boolean relative = lower.equals("whose") || lower.equals("which") || lower.equals("who") || lower.equals("whom");
      if (relative && (parents[word] == clause || parents[word] >= 0 && parents[parents[word]] == clause)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The minister accused the protesters of attempting a coup and ordered stations to stop coverage": the parser joins
   * "ordered" to the gerund, inside what the protesters are accused of. A past or present tense verb cannot share a
   * gerund's form; with no subject of its own it is the conjunct of the verb the gerund hangs on.
   */
  static void reattachFiniteConjunctsOfGerunds(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 0; verb < size; verb++) {
      int gerund = parents[verb];
      String tag = tokens.get(verb).tag();
      if (!"conj".equals(relations[verb]) || gerund < 0 || gerund >= verb || !tokens.get(gerund).tag().equals("VBG")
          || !(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBN"))) {
        continue;
      }
      int governor = parents[gerund];
      String relation = relations[gerund];
      if (governor < 0 || !tokens.get(governor).tag().startsWith("VB") || relation == null
          || !(relation.startsWith("advcl") || relation.startsWith("obl") || relation.equals("xcomp") || relation.equals("ccomp"))) {
        continue;
      }
      // "accused the government of stealing the vote and called on Cameroonians": a past form the tagger reads as a
      // participle is the governor's past tense when it has an object and the governor is itself a past tense.
      boolean pastTense = !tag.equals("VBN")
          || tokens.get(governor).tag().equals("VBD") && hasDependent(parents, relations, verb, "obj");
      if (pastTense && !hasDependent(parents, relations, verb, "nsubj", "aux")) {
        rehang(dependencies, verb, governor, "conj");
        if (tag.equals("VBN")) {
          tokens.set(verb, tokens.get(verb).withTag("VBD"));
        }
      }
    }
  }

  /**
   * "issued a joint statement urging restraint": a participle right after a noun that the parser leaves loose
   * ({@code dep}) describes the noun, as {@code acl} does in "a statement calling for restraint".
   */
  static void relabelNounParticiples(List<Token> tokens, List<Dependency> dependencies) {
    for (int i = 0; i < dependencies.size(); i++) {
      Dependency dependency = dependencies.get(i);
      int noun = dependency.governor();
      int participle = dependency.dependent();
      if (dependency.relation().equals("dep") && noun >= 0 && participle == noun + 1 && participle < tokens.size()
          && tokens.get(participle).tag().equals("VBG") && tokens.get(noun).tag().startsWith("NN")) {
        dependencies.set(i, new Dependency(noun, participle, "acl"));
      }
    }
  }

  /** Verbs that always take an object, so that a headline's bare "X sentenced to 27 years" can only be a passive. */
  private static final java.util.Set<String> HEADLINE_PASSIVES = java.util.Set.of(
      "sentence", "jail", "imprison", "arrest", "detain", "convict", "indict", "charge", "kill", "wound", "injure",
      "execute", "expel", "deport", "extradite", "abduct", "kidnap", "summon", "sanction", "oust", "impeach", "elect",
      "appoint", "free", "release", "accuse", "ban", "bar", "exile", "capture", "fine", "punish", "torture", "evacuate",
      "suspend", "dismiss", "sack", "remove", "acquit", "pardon", "invite", "rescue", "target", "hospitalize",
      "hospitalise", "question", "interrogate", "snub");

  /**
   * "107 people had been detained and 21 police officers injured": a participle joined to a passive verb, with a
   * subject but no auxiliary or object of its own, shares the passive ("had been"); its subject is what was done to,
   * not the doer the parser makes it. So is the subject of a participle complement ("accept migrants deported from"),
   * and in a headline (an article's title) any participle with a subject: "after commander killed".
   */
  static void relabelGappedPassives(List<Token> tokens, List<Dependency> dependencies, boolean headline) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int participle = 0; participle < size; participle++) {
      Token verb = tokens.get(participle);
      // "Brazil's Bolsonaro sentenced to 27 years": a headline's participle the tagger reads as a past tense. Only
      // verbs that cannot go without their object are read so; "Putin agreed to talks" keeps its doer.
      if (headline && verb.tag().equals("VBD") && verb.word().toLowerCase(java.util.Locale.ROOT).endsWith("ed")
          && HEADLINE_PASSIVES.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))
          && !hasDependent(parents, relations, participle, "obj", "aux", "ccomp", "xcomp")) {
        tokens.set(participle, verb.withTag("VBN"));
      }
      int passive = parents[participle];
      if (!tokens.get(participle).tag().equals("VBN") || hasDependent(parents, relations, participle, "aux", "obj", "cop", "nsubj:pass")) {
        continue;
      }
      boolean gapped = "conj".equals(relations[participle]) && passive >= 0 && passive < participle
          && hasDependent(parents, relations, passive, "aux:pass");
      // "agreed to accept migrants deported from the United States": a participle complement with a subject.
      boolean complement = "xcomp".equals(relations[participle]);
      // "Hezbollah fires rockets after commander killed": a headline's passive without its auxiliary.
      boolean dropped = headline && !hasDependent(parents, relations, participle, "xcomp", "ccomp");
      if (!gapped && !complement && !dropped) {
        continue;
      }
      for (int subject = 0; subject < size; subject++) {
        if (parents[subject] == participle && "nsubj".equals(relations[subject])) {
          rehang(dependencies, subject, participle, "nsubj:pass");
        }
      }
    }
  }

  /**
   * "Malaysia, which chairs ASEAN, offered to mediate": the parser may read the relative clause's verb as an adjective
   * ("chairs" of "ASEAN") and the main verb as the relative clause ("which ASEAN offered"), so that ASEAN offers. A
   * finite verb cannot be an adjective: it becomes the relative clause's verb, with the pronoun its subject and the noun
   * its object, and the verb the parser took for the clause becomes the sentence's, with the named noun its subject.
   */
  static void reattachMisreadRelativeVerbs(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 1; verb < size; verb++) {
      int pronoun = verb - 1;
      int noun = parents[verb];
      String tag = tokens.get(verb).tag();
      if (!"amod".equals(relations[verb]) || !(tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP")) || noun <= verb
          || !tokens.get(pronoun).tag().startsWith("W")) {
        continue;
      }
      int clause = parents[noun];
      if (clause < 0 || parents[pronoun] != clause || !"acl:relcl".equals(relations[clause]) || !"nsubj".equals(relations[noun])) {
        continue;
      }
      int named = parents[clause];
      if (named < 0 || named >= pronoun || parents[named] != -1) {
        continue;
      }
      rehang(dependencies, verb, named, "acl:relcl");
      rehang(dependencies, pronoun, verb, "nsubj");
      rehang(dependencies, noun, verb, "obj");
      rehang(dependencies, clause, -1, "root");
      rehang(dependencies, named, clause, "nsubj");
    }
  }

  /**
   * "The junta, which seized power in July, has also revoked": the parser may read the relative clause as an apposition
   * ("power") with the pronoun its determiner and the verb its adjective, so the clause's date dates the sentence. The
   * finite verb heads a relative clause of the noun before the comma, the pronoun its subject, the noun its object.
   */
  static void reattachRelativeVerbsReadAsAppositions(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 2; verb < size; verb++) {
      int pronoun = verb - 1;
      int noun = parents[verb];
      if (!"amod".equals(relations[verb]) || !finite(tokens.get(verb).tag()) || noun <= verb || parents[pronoun] != noun
          || !tokens.get(pronoun).tag().startsWith("W") || !tokens.get(pronoun - 1).word().equals(",")
          || !"appos".equals(relations[noun]) || parents[noun] < 0 || parents[noun] >= pronoun) {
        continue;
      }
      int named = parents[noun];
      rehang(dependencies, verb, named, "acl:relcl");
      rehang(dependencies, pronoun, verb, "nsubj");
      rehang(dependencies, noun, verb, "obj");
      return;
    }
  }

  /**
   * "A special tribunal in Bangladesh sentenced ousted Prime Minister Sheikh Hasina to death": the tagger may read the
   * main verb as a participle and the parser make it a reduced relative clause of its subject, leaving the sentence a
   * noun phrase. A participle with an object of its own is active: where the noun it hangs on is the root, the
   * participle becomes the root (past tense) with the noun its subject.
   */
  static void rerootParticiplesWithObjects(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 1; verb < size; verb++) {
      int noun = parents[verb];
      if (!"acl".equals(relations[verb]) || !tokens.get(verb).tag().equals("VBN") || noun < 0 || noun >= verb
          || parents[noun] != -1 || !tokens.get(noun).tag().startsWith("NN")
          || !hasDependent(parents, relations, verb, "obj") || hasDependent(parents, relations, verb, "nsubj", "aux", "obl:agent")) {
        continue;
      }
      tokens.set(verb, tokens.get(verb).withTag("VBD"));
      rehang(dependencies, verb, -1, "root");
      rehang(dependencies, noun, verb, "nsubj");
      return;
    }
  }

  /**
   * "..., killing the head of the Revolutionary Guards, Hossein Salami, Iranian state media said": in a closing
   * attribution the parser may make the name that ends the report the subject of "said" and the speaker its
   * apposition. The apposition right before the reporting verb is its subject, and the name goes back to the noun it
   * follows.
   */
  static void reattachClosingSpeakers(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 2; verb < size; verb++) {
      if (!"parataxis".equals(relations[verb]) || !REPORTING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int name = 1; name < verb; name++) {
        if (parents[name] != verb || !"nsubj".equals(relations[name]) || !tokens.get(name).tag().startsWith("NNP")) {
          continue;
        }
        int first = phraseStart(parents, name);
        int before = first - 2;
        if (first < 2 || !tokens.get(first - 1).word().equals(",") || !tokens.get(before).tag().startsWith("NN")) {
          continue;
        }
        for (int speaker = name + 1; speaker < verb; speaker++) {
          if (parents[speaker] == name && "appos".equals(relations[speaker]) && speaker == verb - 1) {
            rehang(dependencies, speaker, verb, "nsubj");
            rehang(dependencies, name, before, "appos");
            return;
          }
        }
      }
    }
  }

  /**
   * "Israel will withdraw its troops, said spokesperson for the prime minister": a closing report with its speaker after
   * the verb and no article is read as a noun phrase, "said" as an adjective of the speaker and the speaker as the main
   * verb's object. The speaker becomes the subject of "said", and "said" a report hung on the verb it closes.
   */
  static void reattachInvertedSpeakers(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 1; verb + 1 < size; verb++) {
      int speaker = parents[verb];
      if (!"amod".equals(relations[verb]) || !tokens.get(verb).tag().equals("VBD") || speaker != verb + 1
          || !tokens.get(verb - 1).word().equals(",") || parents[speaker] < 0 || parents[speaker] >= verb
          || !REPORTING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      rehang(dependencies, verb, parents[speaker], "parataxis");
      rehang(dependencies, speaker, verb, "nsubj");
      return;
    }
  }

  /**
   * "Anwar urged both sides to stand down and offered to mediate": the parser joins the past-tense verb to the infinitive
   * before it, which makes "both sides" offer. A verb in the past cannot be coordinated with a bare infinitive; it is the
   * conjunct of the finite verb in the past that governs the infinitive, with whose subject it goes.
   */
  static void reattachPastConjunctsOfInfinitives(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int past = 2; past < size; past++) {
      int infinitive = parents[past];
      String tag = tokens.get(past).tag();
      if (!"conj".equals(relations[past]) || !(tag.equals("VBD") || tag.equals("VBN")) || infinitive < 0
          || !tokens.get(infinitive).tag().equals("VB") || !"xcomp".equals(relations[infinitive])) {
        continue;
      }
      int finite = parents[infinitive];
      boolean marked = false;
      for (int child = 0; child < size; child++) {
        marked |= parents[child] == infinitive && "mark".equals(relations[child]) && tokens.get(child).word().equalsIgnoreCase("to");
      }
      if (finite >= 0 && tokens.get(finite).tag().equals("VBG") && hasDependent(parents, relations, finite, "aux")
          && "ccomp".equals(relations[finite]) && parents[finite] >= 0 && tokens.get(parents[finite]).tag().equals("VBD")) {
        // "Vucic said Kosovo was trying to provoke a conflict and called on NATO": nor with a progressive; the past
        // verb goes with the one that reports it.
        finite = parents[finite];
      }
      if (finite < 0 || !tokens.get(finite).tag().equals("VBD") || !marked || hasDependent(parents, relations, past, "aux")) {
        continue;
      }
      rehang(dependencies, past, finite, "conj");
      if (tag.equals("VBN")) {
        tokens.set(past, tokens.get(past).withTag("VBD"));
      }
    }
  }

  /** Prepositions that take an object, never a clause of their own: "at police guarding", unlike "with police guarding". */
  private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of(
      "at", "on", "upon", "against", "toward", "towards", "into", "onto");

  /**
   * "threw bottles at riot police guarding government buildings": the parser reads "at" as opening a clause whose
   * subject is the police, which leaves the throwing without its target. "At" takes a noun: the noun is the verb's
   * object of "at", and the gerund a clause that describes it.
   */
  static void reattachParticipleObjects(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int gerund = 2; gerund < size; gerund++) {
      if (!"advcl".equals(relations[gerund]) || !tokens.get(gerund).tag().equals("VBG") || parents[gerund] < 0) {
        continue;
      }
      int marker = -1;
      int subject = -1;
      for (int child = 0; child < gerund; child++) {
        if (parents[child] == gerund && "mark".equals(relations[child])
            && OBJECT_PREPOSITIONS.contains(tokens.get(child).word().toLowerCase(java.util.Locale.ROOT))) {
          marker = child;
        } else if (parents[child] == gerund && "nsubj".equals(relations[child]) && tokens.get(child).tag().startsWith("NN")) {
          subject = child;
        }
      }
      if (marker < 0 || subject < marker) {
        continue;
      }
      rehang(dependencies, subject, parents[gerund], "obl");
      rehang(dependencies, marker, subject, "case");
      rehang(dependencies, gerund, subject, "acl");
      return;
    }
  }

  /**
   * "killed by Cambodian rocket and artillery fire", "Russian oil and gas exports": the parser coordinates the first
   * modifier with the whole noun phrase after "and", which gives the act two doers ("Cambodian rocket" and "artillery
   * fire"). A singular noun with no article of its own, coordinated with a noun that has a modifier of the same kind,
   * modifies that noun's head with its conjunct: the head takes the phrase's place and the first noun's adjectives.
   */
  static void regroupCoordinatedModifiers(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int first = 0; first + 3 < size; first++) {
      int head = first + 3;
      int second = first + 2;
      int cc = first + 1;
      if (!tokens.get(first).tag().equals("NN") || !tokens.get(second).tag().equals("NN") || !tokens.get(head).tag().startsWith("NN")
          || tokens.get(head).tag().startsWith("NNP") || parents[head] != first || !"conj".equals(relations[head])
          || parents[second] != head || !"compound".equals(relations[second]) || parents[cc] != head || !"cc".equals(relations[cc])
          || parents[first] < 0) {
        continue;
      }
      boolean plain = true;
      for (int child = 0; child < size; child++) {
        if (parents[child] == first && child != head
            && !("amod".equals(relations[child]) || "case".equals(relations[child]) || "punct".equals(relations[child]))) {
          plain = false;
        }
      }
      if (!plain) {
        continue;
      }
      rehang(dependencies, head, parents[first], relations[first]);
      rehang(dependencies, first, head, "compound");
      rehang(dependencies, second, first, "conj");
      rehang(dependencies, cc, second, "cc");
      for (int child = 0; child < first; child++) {
        if (parents[child] == first) {
          rehang(dependencies, child, head, relations[child]);
        }
      }
      return;
    }
  }

  /**
   * "Iran hanged eight people convicted of spying", "arrested several of its fighters accused of abuses": the parser
   * reads the participle as a verb of its own with the noun before it as its subject ({@code dep}), which makes the
   * convicted convict and the accused accuse. A past participle with no auxiliary is a reduced relative clause: the noun
   * is the object of the verb before it, which has none, and the participle describes it.
   */
  static void reattachReducedRelatives(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int participle = 1; participle < size; participle++) {
      int verb = parents[participle];
      // "pardoned 12 people convicted over protests": read as the complement clause of a verb that reports nothing, too.
      boolean complement = "ccomp".equals(relations[participle]) && verb >= 0
          && !SAYING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT));
      if (!("dep".equals(relations[participle]) || complement) || !tokens.get(participle).tag().equals("VBN") || verb < 0
          || verb > participle || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      int subject = -1;
      for (int child = verb + 1; child < participle; child++) {
        if (parents[child] == participle && "nsubj".equals(relations[child])) {
          subject = child;
        }
      }
      boolean otherComplement = false;
      for (int child = 0; child < size; child++) {
        otherComplement |= child != participle && parents[child] == verb && ("obj".equals(relations[child]) || "ccomp".equals(relations[child]));
      }
      if (subject < 0 || hasDependent(parents, relations, participle, "aux") || otherComplement) {
        continue;
      }
      rehang(dependencies, subject, verb, "obj");
      rehang(dependencies, participle, subject, "acl");
      // "..., saying he wanted to reduce tensions": the participle after the comma is the verb's.
      for (int trailing : trailingParticiples(tokens, parents, relations, participle)) {
        rehang(dependencies, trailing, verb, "advcl");
      }
      return;
    }
  }

  /** Participles that, after a comma, head a phrase about the noun before them: "killed 12 people, including children". */
  private static final java.util.Set<String> NOUN_PARTICIPLES = java.util.Set.of(
      "include", "accord", "regard", "concern", "involve", "exclude", "number", "total", "range");

  /**
   * "imposed sanctions on army chief Burhan, accusing his forces of attacking schools": the parser hangs the participle
   * after the comma on the object, as if the sanctions accused. A participle set off by a comma after a verb's object
   * says what the verb's subject does: it becomes that verb's adverbial clause.
   */
  static void reattachCommaParticiples(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int participle = 2; participle < size; participle++) {
      int noun = parents[participle];
      if (!"acl".equals(relations[participle]) || !tokens.get(participle).tag().equals("VBG") || !tokens.get(participle - 1).word().equals(",")
          || noun < 0 || noun > participle || !tokens.get(noun).tag().startsWith("NN")
          || NOUN_PARTICIPLES.contains(tokens.get(participle).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int verb = parents[noun];
      // "imposed sanctions on Bidzina Ivanishvili, founder of the party, accusing him of": a named party of a
      // prepositional phrase does not accuse; nor does anyone accuse "him" who is he.
      boolean named = tokens.get(noun).tag().startsWith("NNP");
      boolean pronounObject = false;
      for (int object = participle + 1; object < size; object++) {
        pronounObject |= parents[object] == participle && "obj".equals(relations[object]) && tokens.get(object).tag().equals("PRP");
      }
      boolean phrase = relations[noun] != null && relations[noun].startsWith("obl") && (named || pronounObject);
      if (verb < 0 || !("obj".equals(relations[noun]) || phrase) || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      rehang(dependencies, participle, verb, "advcl");
      return;
    }
  }

  /**
   * "US, EU condemn verdict": a headline coordinates with a comma, and the parser gives the verb two subjects (or reads
   * the first name as a time modifier), which the coder would read as two parties of different roles. The second subject
   * becomes the first one's conjunct.
   */
  static void coordinateCommaSubjects(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int first = 0; first + 2 < size; first++) {
      int verb = parents[first];
      // The first name may also be read as a time or loose modifier of the verb ("; US, EU condemn").
      boolean misread = tokens.get(first).tag().equals("NNP") && verb >= 0 && tokens.get(verb).tag().equals("VBP")
          && relations[first] != null && (relations[first].startsWith("obl") || relations[first].equals("dep"));
      if (verb < 0 || !("nsubj".equals(relations[first]) || misread) || !tokens.get(first + 1).word().equals(",")) {
        continue;
      }
      for (int second = first + 2; second < verb; second++) {
        if (parents[second] == verb && "nsubj".equals(relations[second]) && dominates(parents, second, first + 2)) {
          rehang(dependencies, first, verb, "nsubj");
          rehang(dependencies, second, first, "conj");
          rehang(dependencies, first + 1, second, "punct");
          return;
        }
      }
    }
  }

  /** Particles of phrasal verbs that leave something: "pulled out of the deal", "backed out of the talks". */
  private static final java.util.Set<String> LEAVING_PARTICLES = java.util.Set.of("out", "away");

  /**
   * "Russia pulled out of the grain deal": the parser may read "out of" as two prepositions of the noun. A particle right
   * after its verb and before "of" is the verb's ("pull out"), as in "pulled out of Afghanistan" parsed right.
   */
  static void reattachParticlesBeforeOf(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int particle = 1; particle + 1 < size; particle++) {
      int noun = parents[particle];
      int verb = particle - 1;
      if (!"case".equals(relations[particle]) || !LEAVING_PARTICLES.contains(tokens.get(particle).word().toLowerCase(java.util.Locale.ROOT))
          || !tokens.get(particle + 1).word().equalsIgnoreCase("of") || parents[particle + 1] != noun || noun < 0
          || parents[noun] != verb || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      rehang(dependencies, particle, verb, "compound:prt");
    }
  }

  /** Spans of time that open a sentence: "Hours before the swap, Russian missiles struck Odesa". */
  private static final java.util.Set<String> TIME_SPANS = java.util.Set.of(
      "hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "month", "months", "moment", "moments");

  /**
   * "Hours before the swap, Russian missiles struck the city": the parser may make the span of time the subject and the
   * real subject its apposition. The apposition becomes the subject and the span a time modifier.
   */
  static void reattachFrontedTimePhrases(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int span = 0; span < size; span++) {
      int verb = parents[span];
      if (!"nsubj".equals(relations[span]) || verb <= span
          || !TIME_SPANS.contains(tokens.get(span).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int subject = span + 1; subject < verb; subject++) {
        if (parents[subject] == span && "appos".equals(relations[subject])) {
          rehang(dependencies, subject, verb, "nsubj");
          rehang(dependencies, span, verb, "obl:tmod");
          return;
        }
      }
      if (parents[verb] >= 0 || !REPORTING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      // "Hours before the talks, Pakistani strikes killed 10 people, Taliban officials said": the span is read as the
      // report's subject and the whole clause as a loose dependent inside it. The clause is the sentence's main one,
      // the span its time and the report a closing one.
      for (int clause = span + 1; clause < verb; clause++) {
        String tag = tokens.get(clause).tag();
        boolean ownSubject = false;
        boolean reportSubject = false;
        for (int child = 0; child < size; child++) {
          ownSubject |= parents[child] == clause && "nsubj".equals(relations[child]);
          reportSubject |= parents[child] == verb && child != span && "nsubj".equals(relations[child]) && child > clause;
        }
        if ("dep".equals(relations[clause]) && (tag.equals("VBD") || tag.equals("VBN")) && dominates(parents, span, clause)
            && ownSubject && reportSubject) {
          rehang(dependencies, clause, -1, "root");
          rehang(dependencies, span, clause, "obl:tmod");
          rehang(dependencies, verb, clause, "parataxis");
          return;
        }
      }
    }
  }

  /** Verbs that name what their object is: "called the move a provocation". */
  private static final java.util.Set<String> NAMING = java.util.Set.of("call", "label", "brand", "dub", "term");

  /**
   * "called the Polish move \"another provocation\"": the parser leaves a quoted name loose ({@code dep}) under the
   * object. It is the verb's complement and the object its subject, as in "called the arrest a coup" parsed right.
   */
  static void reattachQuotedComplements(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int name = 0; name < size; name++) {
      int object = parents[name];
      if (!"dep".equals(relations[name]) || object < 0 || object >= name || !"obj".equals(relations[object])
          || !tokens.get(name).tag().startsWith("NN") || !tokens.get(object).tag().startsWith("NN")) {
        continue;
      }
      int verb = parents[object];
      if (verb >= 0 && NAMING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))
          && !hasDependent(parents, relations, verb, "xcomp")) {
        rehang(dependencies, name, verb, "xcomp");
        rehang(dependencies, object, name, "nsubj");
      }
    }
  }

  /** Whether a word has a dependent whose relation starts with one of the given ones ("nsubj" takes "nsubj:pass"). */
  private static boolean hasDependent(int[] parents, String[] relations, int head, String... kinds) {
    for (int i = 0; i < parents.length; i++) {
      if (parents[i] == head && relations[i] != null) {
        for (String kind : kinds) {
          if (relations[i].startsWith(kind)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Prepositions that introduce the act someone is accused or blamed for. */
  private static final java.util.Set<String> ACCUSED_ACT_CASES = java.util.Set.of("of", "for");

  /**
   * "accused the Rapid Support Forces of shelling a camp": the parser may hang "of shelling" on the accused and give the
   * verb a second object, the gerund's. The gerund becomes the verb's oblique, as in "accused Russia of shelling the
   * city" parsed right, and the second object its own.
   */
  static void reattachGerundObjects(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int gerund = 0; gerund < size; gerund++) {
      int noun = parents[gerund];
      if (!"nmod".equals(relations[gerund]) || !tokens.get(gerund).tag().equals("VBG") || noun < 0 || !"obj".equals(relations[noun])) {
        continue;
      }
      int verb = parents[noun];
      boolean marked = false;
      boolean ownObject = false;
      int second = -1;
      for (int i = 0; i < size; i++) {
        if (parents[i] == gerund && "case".equals(relations[i]) && i < gerund
            && ACCUSED_ACT_CASES.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
          marked = true;
        }
        if (parents[i] == gerund && "obj".equals(relations[i])) {
          ownObject = true;
        }
        if (parents[i] == verb && "obj".equals(relations[i]) && i > gerund && second < 0) {
          second = i;
        }
      }
      if (!marked || ownObject || second < 0) {
        continue;
      }
      rehang(dependencies, second, gerund, "obj");
      rehang(dependencies, gerund, verb, "obl");
      return;
    }
    reattachObjectsAfterRelativeObjects(tokens, dependencies);
  }

  /**
   * "The United Arab Emirates, which Khartoum accuses of arming the RSF": where the relative word is the verb's object,
   * an object the parser also gives the verb after its of-gerund is the gerund's ("arming the RSF").
   */
  private static void reattachObjectsAfterRelativeObjects(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int gerund = 1; gerund < size; gerund++) {
      int verb = parents[gerund];
      if (!"obl".equals(relations[gerund]) || !tokens.get(gerund).tag().equals("VBG") || verb < 0 || verb > gerund
          || hasDependent(parents, relations, gerund, "obj")) {
        continue;
      }
      int relative = -1;
      int second = -1;
      for (int i = 0; i < size; i++) {
        if (parents[i] == verb && "obj".equals(relations[i]) && i < verb
            && DependencyTree.RELATIVE_PRONOUNS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
          relative = i;
        }
        if (parents[i] == verb && "obj".equals(relations[i]) && i > gerund && second < 0) {
          second = i;
        }
      }
      if (relative >= 0 && second >= 0 && hasCase(tokens, parents, gerund, "of")) {
        rehang(dependencies, second, gerund, "obj");
        return;
      }
    }
  }


  /**
   * "The United Nations called on both sides to protect civilians": the parser may read "on both sides to protect" as
   * a clause of its own, with "on" as its conjunction and the sides as its subject. The sides are the ones called on (an
   * oblique of "call", "on" its case) and the infinitive what they are called on to do.
   */
  static void reattachCallsOn(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    for (int i = 0; i < dependencies.size(); i++) {
      Dependency clause = dependencies.get(i);
      int verb = clause.governor();
      int act = clause.dependent();
      if (!clause.relation().equals("advcl") || verb < 0 || verb >= size || act <= verb
          || !tokens.get(verb).lemma().equalsIgnoreCase("call")) {
        continue;
      }
      int on = -1;
      int subject = -1;
      for (Dependency other : dependencies) {
        if (other.governor() == act && other.relation().equals("mark") && tokens.get(other.dependent()).word().equalsIgnoreCase("on")) {
          on = other.dependent();
        }
        if (other.governor() == act && other.relation().equals("nsubj")) {
          subject = other.dependent();
        }
      }
      if (on < 0 || subject < 0 || on != verb + 1 || subject < on) {
        continue;
      }
      rehang(dependencies, on, subject, "case");
      rehang(dependencies, subject, verb, "obl");
      rehang(dependencies, act, verb, "xcomp");
      return;
    }
  }

  /**
   * "whether it would retaliate against Pakistan, which it attacked in May": the parser may leave a relative clause
   * after a comma an unlabelled dependent (dep) of the verb before it, so "which" refers to nothing. A clause opened
   * by "which" or "whom" right after a comma and a noun is that noun's relative clause.
   */
  static void relabelLooseRelativeClauses(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int pronoun = 2; pronoun < size; pronoun++) {
      int verb = parents[pronoun];
      String word = tokens.get(pronoun).word().toLowerCase(java.util.Locale.ROOT);
      int noun = pronoun - 2;
      // The verb may hang loosely on the noun itself: "Israel, which has struck Syria repeatedly, was not part of it".
      if (!(word.equals("which") || word.equals("whom")) || verb <= pronoun || !"dep".equals(relations[verb])
          || !tokens.get(verb).tag().startsWith("VB") || !tokens.get(pronoun - 1).word().equals(",")
          || !tokens.get(noun).tag().startsWith("NN")) {
        continue;
      }
      if (dominatesAll(parents, verb, pronoun + 1, verb)) {
        rehang(dependencies, verb, noun, "acl:relcl");
      }
    }
  }

  /**
   * "Israel, which has carried out hundreds of strikes in Syria": the parser may make the relative pronoun a second
   * object of its clause's verb, which then has no subject, and Israel carries out nothing. A relative pronoun before
   * a subjectless verb that has another object after it is the verb's subject.
   */
  static void relabelRelativeSubjects(List<Token> tokens, List<Dependency> dependencies) {
    relabelLooseRelativeClauses(tokens, dependencies);
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int pronoun = 0; pronoun < size; pronoun++) {
      int verb = parents[pronoun];
      String lemma = tokens.get(pronoun).lemma().toLowerCase(java.util.Locale.ROOT);
      if (!"obj".equals(relations[pronoun]) || verb <= pronoun || !"acl:relcl".equals(relations[verb])
          || !(lemma.equals("which") || lemma.equals("who") || lemma.equals("that"))
          || hasDependent(parents, relations, verb, "nsubj", "csubj")) {
        continue;
      }
      boolean laterObject = false;
      for (int other = verb + 1; other < size; other++) {
        laterObject |= parents[other] == verb && "obj".equals(relations[other]);
      }
      if (laterObject) {
        rehang(dependencies, pronoun, verb, "nsubj");
      }
    }
  }

  /**
   * "summoned Russia's charge d'affaires": the parser makes "d'affaires" an apposition of "charge", a noun that alone
   * is an accusation. The diplomat's title is one noun: "d'affaires" takes the place of "charge" with its dependents,
   * and "charge" becomes its compound.
   */
  static void regroupChargesDAffaires(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    for (int title = 1; title < size; title++) {
      int charge = title - 1;
      if (!tokens.get(title).word().toLowerCase(java.util.Locale.ROOT).replace('’', '\'').equals("d'affaires")
          || !tokens.get(charge).lemma().toLowerCase(java.util.Locale.ROOT).matches("charg[eé]")) {
        continue;
      }
      Edges edges = Edges.of(size, dependencies);
      int[] parents = edges.parents();
      String[] relations = edges.relations();

      // "Russia's charge d'affaires" may hang the owner on "charge" whichever of the two heads the phrase.
      for (int i = 0; i < dependencies.size(); i++) {
        Dependency dependency = dependencies.get(i);
        if (dependency.governor() == charge && dependency.dependent() != title) {
          dependencies.set(i, new Dependency(title, dependency.dependent(), dependency.relation()));
        }
      }
      if (parents[charge] != title) {
        // "summoned Britain's charge d'affaires to deliver a protest": the title may hang anywhere, even as a subject.
        rehang(dependencies, title, parents[charge], relations[charge]);
        rehang(dependencies, charge, title, "compound");
      }
      // A common noun, not a name the tagger may make of it.
      tokens.set(title, tokens.get(title).withTag("NN"));
    }
  }

  /**
   * "Germany suspended exports of weapons, drawing criticism from Netanyahu": the parser reads the participle after the
   * comma as an adjective of the noun after it, and hangs the noun loosely on the verb. The participle is the verb's
   * adverbial clause, and the noun its object.
   */
  static void reattachCommaGerundsReadAsAdjectives(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int gerund = 1; gerund + 1 < size; gerund++) {
      int noun = parents[gerund];
      if (!tokens.get(gerund).tag().equals("VBG") || !"amod".equals(relations[gerund]) || noun != gerund + 1
          || !tokens.get(gerund - 1).word().equals(",") || !tokens.get(noun).tag().startsWith("NN")) {
        continue;
      }
      int verb = parents[noun];
      String relation = relations[noun];
      if (verb < 0 || verb > gerund || !tokens.get(verb).tag().startsWith("VB") || relation == null
          || !(relation.startsWith("obl") || relation.equals("dep") || relation.equals("parataxis"))) {
        continue;
      }
      rehang(dependencies, gerund, verb, "advcl");
      rehang(dependencies, noun, gerund, "obj");
    }
  }

  /**
   * "Russia intensified its drone and missile attacks on Ukraine": the parser may make the possessive pronoun the
   * object and leave the phrase loose under it. A possessive heads nothing: the phrase's last noun ("attacks") takes its
   * place, owned by it, with the first modifier its compound and the phrase's dependents its own.
   */
  static void regroupPossessedPhrases(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int owner = 0; owner + 1 < size; owner++) {
      String relation = relations[owner];
      if (!tokens.get(owner).tag().equals("PRP$") || relation == null
          || !(relation.equals("obj") || relation.startsWith("nsubj") || relation.startsWith("obl"))) {
        continue;
      }
      int loose = -1;
      for (int child = owner + 1; child < size && loose < 0; child++) {
        if (parents[child] == owner && "dep".equals(relations[child]) && tokens.get(child).tag().startsWith("NN")) {
          loose = child;
        }
      }
      if (loose < 0) {
        continue;
      }
      int head = loose;
      for (int child = loose + 1; child < size; child++) {
        if (parents[child] == loose && "conj".equals(relations[child]) && tokens.get(child).tag().startsWith("NN")) {
          head = child;
        }
      }
      rehang(dependencies, head, parents[owner], relation);
      rehang(dependencies, owner, head, "nmod:poss");
      if (head != loose) {
        for (int i = 0; i < dependencies.size(); i++) {
          Dependency dependency = dependencies.get(i);
          if (dependency.governor() == loose && dependency.dependent() > head) {
            dependencies.set(i, new Dependency(head, dependency.dependent(), dependency.relation()));
          }
        }
        // "its drone and missile attacks": the first modifier is coordinated with the second, both on the head.
        rehang(dependencies, loose, head, "compound");
      }
      return;
    }
  }

  /**
   * "Hackers linked to Iran broke into the systems": the parser makes the participle the clausal subject of the verb,
   * with the noun its own subject, and the verb has no doer. The noun is the verb's subject, and the participle without
   * an auxiliary a reduced relative clause describing it.
   */
  static void reattachReducedRelativeSubjects(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int participle = 1; participle < size; participle++) {
      int verb = parents[participle];
      if (!tokens.get(participle).tag().equals("VBN") || !"csubj".equals(relations[participle]) || verb <= participle
          || !tokens.get(verb).tag().startsWith("VB") || hasDependent(parents, relations, participle, "aux", "cop")) {
        continue;
      }
      for (int noun = 0; noun < participle; noun++) {
        if (parents[noun] == participle && "nsubj".equals(relations[noun]) && tokens.get(noun).tag().startsWith("NN")) {
          rehang(dependencies, noun, verb, "nsubj");
          rehang(dependencies, participle, noun, "acl");
          return;
        }
      }
    }
  }

  /**
   * "said the position had not changed and urged China to take action": the parser gives "China" and "to take" to
   * "changed", across the bare conjunct "urged", which then has no object. An object cannot reach over a verb that
   * hangs outside the span between them; the object, and the open complement after it, are the nearer verb's.
   */
  static void reattachObjectsAcrossConjuncts(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int noun = 1; noun < size; noun++) {
      int governor = parents[noun];
      if (!"obj".equals(relations[noun]) || governor < 0 || governor >= noun - 1) {
        continue;
      }
      int verb = noun - 1;
      while (verb > governor && parents[verb] == noun) {
        verb--;
      }
      if (verb <= governor || !tokens.get(verb).tag().startsWith("VB") || !"conj".equals(relations[verb])
          || (parents[verb] >= governor && parents[verb] <= noun) || hasDependent(parents, relations, verb, "obj", "ccomp", "xcomp")) {
        continue;
      }
      rehang(dependencies, noun, verb, "obj");
      for (int complement = noun + 1; complement < size; complement++) {
        if (parents[complement] == governor && "xcomp".equals(relations[complement])) {
          rehang(dependencies, complement, verb, "xcomp");
        }
      }
      return;
    }
  }

  /**
   * "Bangladesh court sentences Hasina to death, asks India to hand her over": a headline's second verb after a comma,
   * in the first one's tense and with no subject of its own, is its conjunct, sharing its subject; the parser leaves
   * it an unlabelled dependent (dep) or a parataxis, whose doer nobody names.
   */
  static void relabelVerbSeries(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 2; verb < size; verb++) {
      String tag = tokens.get(verb).tag();
      int noun = parents[verb];
      if (("amod".equals(relations[verb]) || "compound".equals(relations[verb])) && noun > verb && parents[noun] >= 0
          && parents[noun] < verb && tokens.get(parents[noun]).tag().equals(tag) && tokens.get(verb - 1).word().equals(",")) {
        // "Soldiers seize power in Guinea-Bissau, arrest president": the verb read as a modifier of its object.
        int first = parents[noun];
        rehang(dependencies, verb, first, "conj");
        rehang(dependencies, noun, verb, "obj");
        continue;
      }
      int first = parents[verb];
      if (!("dep".equals(relations[verb]) || "parataxis".equals(relations[verb])) || first < 0 || first >= verb
          || !(tag.equals("VBZ") || tag.equals("VBP")) || !tokens.get(first).tag().equals(tag)
          || !tokens.get(verb - 1).word().equals(",") || hasDependent(parents, relations, verb, "nsubj", "ccomp")
          || !hasDependent(parents, relations, first, "nsubj")) {
        continue;
      }
      rehang(dependencies, verb, first, "conj");
    }
  }

  /**
   * "Ukrainian drones struck the port overnight, damaging an oil terminal and a ship, Russian officials said on Friday":
   * the parser may hang the closing attribution inside the clause before it (here as the complement of "damaging"),
   * where it attributes nothing. A reporting verb after a comma, with its subject, that ends the sentence is said of the
   * whole sentence: a parataxis of its root.
   */
  static void reattachEmbeddedClosingReports(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    int root = -1;
    for (int i = 0; i < size; i++) {
      root = parents[i] == -1 ? i : root;
    }
    for (int verb = 3; verb < size && root >= 0; verb++) {
      String relation = relations[verb];
      if (verb <= root || !tokens.get(verb).tag().startsWith("VB") || relation == null || relation.equals("parataxis")
          || relation.equals("root") || relation.equals("conj") || parents[verb] == root
          || !REPORTING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT)) || !attributionEnds(tokens, parents, verb)) {
        continue;
      }
      int subject = -1;
      for (int i = 0; i < verb; i++) {
        subject = parents[i] == verb && "nsubj".equals(relations[i]) ? i : subject;
      }
      if (subject < 0) {
        continue;
      }
      int first = phraseStart(parents, subject);
      if (first > root + 1 && tokens.get(first - 1).word().equals(",")) {
        rehang(dependencies, verb, root, "parataxis");
        return;
      }
    }
  }

  /**
   * "A doctor linked to the militant group carried out a car bomb attack": the parser may make the participle of a
   * reduced relative clause the root, with the noun its subject, and leave the sentence's verb a loose dependent
   * without a subject. A finite verb so left after a rooted participle is the root, the noun its subject, and the
   * participle describes the noun.
   */
  static void rerootAfterReducedRelative(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int participle = 1; participle < size; participle++) {
      if (parents[participle] != -1 || !tokens.get(participle).tag().equals("VBN") || hasDependent(parents, relations, participle, "aux", "cop")) {
        continue;
      }
      boolean objectless = !hasDependent(parents, relations, participle, "obj");
      int noun = -1;
      for (int i = 0; i < participle; i++) {
        noun = parents[i] == participle && "nsubj".equals(relations[i]) && tokens.get(i).tag().startsWith("NN") ? i : noun;
      }
      if (noun < 0 || noun != participle - 1 && !dominates(parents, noun, participle - 1)) {
        continue;
      }
      for (int verb = participle + 2; verb < size; verb++) {
        String tag = tokens.get(verb).tag();
        if (objectless && parents[verb] == participle && ("dep".equals(relations[verb]) || "parataxis".equals(relations[verb]))
            && finite(tag) && !tokens.get(verb - 1).word().equals(",")
            && !hasDependent(parents, relations, verb, "nsubj", "csubj", "mark")) {
          rehang(dependencies, verb, -1, "root");
          rehang(dependencies, noun, verb, "nsubj");
          rehang(dependencies, participle, noun, "acl");
          for (int other = 0; other < size; other++) {
            if (parents[other] == participle && "punct".equals(relations[other]) && other == size - 1) {
              rehang(dependencies, other, verb, "punct");
            }
          }
          return;
        }
        int object = parents[verb];
        if (tag.equals("VBN") && "amod".equals(relations[verb]) && object > verb && parents[object] == participle
            && "obj".equals(relations[object]) && hasAuxiliaryHave(tokens, parents, relations, verb)) {
          // "Militants linked to al Qaeda have blockaded fuel imports": the perfect read as a modifier of its object.
          rehang(dependencies, verb, -1, "root");
          rehang(dependencies, noun, verb, "nsubj");
          rehang(dependencies, participle, noun, "acl");
          rehang(dependencies, object, verb, "obj");
          for (int other = object + 1; other < size; other++) {
            if (parents[other] == participle) {
              rehang(dependencies, other, verb, relations[other]);
            }
          }
          return;
        }
      }
    }
  }

  private static boolean hasAuxiliaryHave(List<Token> tokens, int[] parents, String[] relations, int verb) {
    for (int i = 0; i < verb; i++) {
      if (parents[i] == verb && "aux".equals(relations[i]) && tokens.get(i).lemma().equalsIgnoreCase("have")) {
        return true;
      }
    }
    return false;
  }

  /** Things sent to someone that can say what a participle says: "a letter to Guterres accusing Japan". */
  private static final java.util.Set<String> SENT_DOCUMENTS = java.util.Set.of(
      "letter", "message", "note", "complaint", "statement", "memo", "report");

  /**
   * "sent a letter to Secretary-General Antonio Guterres accusing Japan of threatening intervention": the parser hangs
   * the participle on the recipient, who then accuses; what the letter says is the letter's. A participle on the
   * to-phrase of a verb whose object is a document belongs to the document.
   */
  static void reattachDocumentParticiples(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int participle = 2; participle < size; participle++) {
      int recipient = parents[participle];
      if (!"acl".equals(relations[participle]) || !tokens.get(participle).tag().equals("VBG") || recipient < 0
          || recipient > participle || !"obl".equals(relations[recipient]) || !hasCase(tokens, parents, recipient, "to")) {
        continue;
      }
      int verb = parents[recipient];
      for (int document = 0; document < recipient && verb >= 0; document++) {
        if (parents[document] == verb && "obj".equals(relations[document])
            && SENT_DOCUMENTS.contains(tokens.get(document).lemma().toLowerCase(java.util.Locale.ROOT))) {
          rehang(dependencies, participle, document, "acl");
          return;
        }
      }
    }
  }

  /** Conjunctions of time that the parser may read as prepositions before a clause's subject. */
  private static final java.util.Set<String> TIME_CONJUNCTIONS = java.util.Set.of("since", "after", "before", "until");

  /**
   * "has had no access since Israel and the United States bombed its sites": the parser may read "since" as a
   * preposition of a noun phrase and hang the clause's verb loosely ({@code dep}) elsewhere, so the bombing has no
   * doer. A subjectless finite verb right after such a phrase is a clause of time: the phrase is its subject, the
   * conjunction its marker, and the verb an adverbial clause of the verb it hung on.
   */
  static void reattachSubordinateClauses(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 2; verb < size; verb++) {
      String tag = tokens.get(verb).tag();
      int host = parents[verb];
      if (!"dep".equals(relations[verb]) || !finite(tag) || host < 0
          || !tokens.get(host).tag().startsWith("VB") || hasDependent(parents, relations, verb, "nsubj", "nsubj:pass")) {
        continue;
      }
      // The phrase just before the verb, back to its conjunction: every word between belongs to one noun.
      int noun = parents[verb - 1] >= 0 && tokens.get(verb - 1).tag().startsWith("NN") ? verb - 1 : -1;
      while (noun >= 0 && !"case".equals(relations[noun]) && parents[noun] >= 0 && parents[noun] < verb
          && !"obl".equals(relations[noun]) && !"nmod".equals(relations[noun])) {
        noun = parents[noun];
      }
      if (noun < 0 || !tokens.get(noun).tag().startsWith("NN")) {
        continue;
      }
      int conjunction = -1;
      for (int i = 0; i < noun; i++) {
        if (parents[i] == noun && "case".equals(relations[i])) {
          conjunction = i;
        }
      }
      if (conjunction < 0 || !TIME_CONJUNCTIONS.contains(tokens.get(conjunction).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (dominatesAll(parents, noun, conjunction + 1, verb)) {
        rehang(dependencies, noun, verb, "nsubj");
        rehang(dependencies, conjunction, verb, "mark");
        rehang(dependencies, verb, host, "advcl");
        return;
      }
    }
  }

  /**
   * "held talks ..., the first such meeting since Israel and the United States bombed Iran's sites": the parser may make
   * the noun the verb's subject, with "since Israel and the United States" its prepositional phrase, so the meeting
   * bombs. A finite verb right after such a phrase of its subject is a clause of time describing the noun: the phrase
   * is its subject, the conjunction its marker, and the noun takes the verb's place.
   */
  static void reattachTimeClausesOfNouns(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int verb = 3; verb < size; verb++) {
      if (!finite(tokens.get(verb).tag())) {
        continue;
      }
      for (int noun = 0; noun < verb; noun++) {
        if (parents[noun] != verb || !"nsubj".equals(relations[noun]) || !tokens.get(noun).tag().startsWith("NN")) {
          continue;
        }
        for (int phrase = noun + 1; phrase < verb; phrase++) {
          if (parents[phrase] != noun || !"nmod".equals(relations[phrase]) || !dominatesAll(parents, phrase, phrase, verb)) {
            continue;
          }
          int conjunction = -1;
          for (int i = noun + 1; i < phrase; i++) {
            if (parents[i] == phrase && "case".equals(relations[i])
                && TIME_CONJUNCTIONS.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
              conjunction = i;
            }
          }
          if (conjunction < 0 || !dominatesAll(parents, phrase, conjunction + 1, verb)) {
            continue;
          }
          rehang(dependencies, noun, parents[verb], relations[verb]);
          rehang(dependencies, phrase, verb, "nsubj");
          rehang(dependencies, conjunction, verb, "mark");
          rehang(dependencies, verb, noun, "acl");
          return;
        }
      }
    }
  }

  /** The participles after a comma the parser left loose ({@code dep}) under a verb: "..., killing 80 people". */
  private static List<Integer> trailingParticiples(List<Token> tokens, int[] parents, String[] relations, int verb) {
    List<Integer> found = new java.util.ArrayList<>();
    for (int word = verb + 2; word < tokens.size(); word++) {
      if (parents[word] == verb && "dep".equals(relations[word]) && tokens.get(word).tag().equals("VBG")
          && tokens.get(word - 1).word().equals(",")) {
        found.add(word);
      }
    }
    return found;
  }

  /** Verbs of saying or believing a relative clause may hold the clause's verb under: "boats it says were carrying". */
  private static final java.util.Set<String> RELATIVE_SAYINGS = java.util.Set.of("say", "claim", "allege", "believe", "suspect", "think");

  /**
   * "carried out strikes on boats it says were carrying drugs, killing more than 80 people": the parser may read "it
   * says" as a remark on the whole sentence ({@code parataxis}), as in "the strikes continue, it says", and make the
   * sentence's act a claim. Right after a noun, with its verb's subject left out, it is a relative clause of that noun
   * holding the verb; a participle after a comma in that verb's clause is the sentence's.
   */
  static void reattachSayingRelatives(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int saying = 2; saying < size; saying++) {
      int host = parents[saying];
      String lemma = tokens.get(saying).lemma().toLowerCase(java.util.Locale.ROOT);
      if (!("parataxis".equals(relations[saying]) || "dep".equals(relations[saying])) || host < 0 || host > saying
          || !finite(tokens.get(saying).tag()) || !RELATIVE_SAYINGS.contains(lemma)) {
        continue;
      }
      int subject = saying - 1;
      int noun = saying - 2;
      if (parents[subject] != saying || !"nsubj".equals(relations[subject]) || !tokens.get(subject).tag().startsWith("PRP")
          || !tokens.get(noun).tag().startsWith("NN")) {
        continue;
      }
      int clause = -1;
      for (int i = saying + 1; i < size; i++) {
        boolean verb = tokens.get(i).tag().startsWith("VB");
        if (parents[i] == saying && verb && ("dep".equals(relations[i]) || "ccomp".equals(relations[i]))
            && !hasDependent(parents, relations, i, "nsubj", "nsubj:pass", "expl")) {
          clause = i;
          break;
        }
      }
      if (clause < 0) {
        continue;
      }
      rehang(dependencies, saying, noun, "acl:relcl");
      rehang(dependencies, clause, saying, "ccomp");
      for (int trailing : trailingParticiples(tokens, parents, relations, clause)) {
        rehang(dependencies, trailing, host, "advcl");
      }
      return;
    }
  }

  /**
   * "Israel has kept up strikes in Lebanon, saying it is targeting Hezbollah": the parser may read the participle of
   * saying as the marker of the clause it reports, which then hangs on the sentence's verb as if Israel's strikes were
   * its adverbial clause and the participle had no subject. The participle is the verb's clause, and what it says its
   * complement.
   */
  static void reattachSayingMarks(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int saying = 1; saying < size; saying++) {
      int clause = parents[saying];
      if (!"mark".equals(relations[saying]) || !tokens.get(saying).tag().equals("VBG") || clause <= saying
          || !SAYING.contains(tokens.get(saying).lemma().toLowerCase(java.util.Locale.ROOT)) || parents[clause] < 0
          || !tokens.get(clause).tag().startsWith("VB") || !hasDependent(parents, relations, clause, "nsubj")) {
        continue;
      }
      rehang(dependencies, saying, parents[clause], relations[clause]);
      rehang(dependencies, clause, saying, "ccomp");
      return;
    }
  }

  /**
   * "ordered the French ambassador to leave the country within 48 hours, accusing him of ignoring an invitation": the
   * parser hangs the participle after the comma on the infinitive, whose subject is the one ordered, so the ambassador
   * accuses "him". A participle set off by a comma after an infinitive that a verb's object controls says what that
   * verb's subject does.
   */
  static void reattachParticiplesOfControlledClauses(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int participle = 3; participle < size; participle++) {
      int infinitive = parents[participle];
      if (!("advcl".equals(relations[participle]) || "dep".equals(relations[participle])) || !tokens.get(participle).tag().equals("VBG")
          || !tokens.get(participle - 1).word().equals(",") || infinitive < 0 || infinitive > participle
          || !"xcomp".equals(relations[infinitive]) || !tokens.get(infinitive).tag().equals("VB")) {
        continue;
      }
      int verb = parents[infinitive];
      if (verb < 0 || !tokens.get(verb).tag().startsWith("VB") || !hasDependent(parents, relations, verb, "obj")) {
        continue;
      }
      rehang(dependencies, participle, verb, "advcl");
      return;
    }
  }

  /**
   * Nouns of an act proposed by whoever proposes it, whose infinitive says what is proposed: "an offer to send troops". (An
   * ultimatum or a call "to Ecuador to halt attacks" asks another to act, as a verb's object control does.)
   */
  private static final java.util.Set<String> PROPOSALS = java.util.Set.of("offer", "proposal", "plan", "bid", "threat", "promise", "pledge");

  /**
   * "rejected an offer by Trump to send troops": the parser may hang the infinitive on the verb, as though the one who
   * rejected were to send them. An infinitive right after the object phrase of a proposal noun says what is proposed:
   * it becomes the noun's clause.
   */
  static void reattachOfferedActs(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int act = 2; act < size; act++) {
      int verb = parents[act];
      int to = act - 1;
      if (!"xcomp".equals(relations[act]) || !tokens.get(act).tag().equals("VB") || verb < 0 || verb >= act
          || !tokens.get(to).tag().equals("TO") || parents[to] != act) {
        continue;
      }
      for (int noun = verb + 1; noun < to; noun++) {
        if (parents[noun] != verb || !"obj".equals(relations[noun])
            || !PROPOSALS.contains(tokens.get(noun).lemma().toLowerCase(java.util.Locale.ROOT)) || !authored(tokens, parents, relations, noun)) {
          // "denied any plans to invade Eritrea": a proposal of no named author is the subject's own, as the parse has it.
          continue;
        }
        if (dominatesAll(parents, noun, noun + 1, to)) {
          rehang(dependencies, act, noun, "acl");
          return;
        }
      }
    }
  }

  /** Whether a noun names its author: a possessor ("Trump's offer"), a by- or from-phrase ("an offer by Trump"). */
  private static boolean authored(List<Token> tokens, int[] parents, String[] relations, int noun) {
    for (int child = 0; child < tokens.size(); child++) {
      if (parents[child] == noun && ("nmod:poss".equals(relations[child])
          || "nmod".equals(relations[child]) && (hasCase(tokens, parents, child, "by") || hasCase(tokens, parents, child, "from")))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns for an accusation that a closing "a charge X denied" names. */
  private static final java.util.Set<String> CHARGE_NOUNS = java.util.Set.of("charge", "accusation", "claim", "allegation");
  /** Verbs by which the accused answers a charge. */
  private static final java.util.Set<String> ANSWERING = java.util.Set.of("deny", "reject", "dismiss", "dispute", "call");

  /**
   * "Kosovo accused Serbia of sending armed men, a charge Belgrade rejected as a fabrication": the parser makes "a
   * charge" the subject and Belgrade its apposition, and hangs the answer inside the accusation, where it becomes the
   * accuser's claim. The name is the answering verb's subject, and the verb a relative clause of the charge, which the
   * writer adds.
   */
  static void reattachDeniedCharges(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int noun = 2; noun + 2 < size; noun++) {
      if (!CHARGE_NOUNS.contains(tokens.get(noun).lemma().toLowerCase(java.util.Locale.ROOT))
          || !tokens.get(noun - 1).tag().equals("DT") || !tokens.get(noun - 2).word().equals(",")) {
        continue;
      }
      int verb = noun + 1;
      while (verb < size && tokens.get(verb).tag().startsWith("NNP")) {
        verb++;
      }
      if (verb == noun + 1 || verb >= size || !finite(tokens.get(verb).tag())
          || !ANSWERING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))
          || hasDependent(parents, relations, verb, "obj")) {
        continue;
      }
      boolean otherSubject = false;
      for (int child = 0; child < size; child++) {
        otherSubject |= parents[child] == verb && relations[child] != null && relations[child].startsWith("nsubj") && child != noun
            && (child < noun || child >= verb);
      }
      if (otherSubject) {
        continue;
      }
      int name = verb - 1;
      // The charge read as the answer's subject, or as a compound of the name ("an allegation Asmara dismissed"): it
      // takes the place in the sentence of the highest word of the answer it hung inside.
      int top = noun;
      while (parents[top] > noun && parents[top] <= verb) {
        top = parents[top];
      }
      if (top != noun) {
        if (parents[top] < -1) {
          continue;
        }
        rehang(dependencies, noun, parents[top], top == verb ? "dep" : relations[top]);
      }
      rehang(dependencies, verb, noun, "acl:relcl");
      rehang(dependencies, name, verb, "nsubj");
      for (int part = noun + 1; part < name; part++) {
        rehang(dependencies, part, name, "compound");
      }
      return;
    }
  }

  /** Verbs that move what they act on to somewhere or someone, named by a to-phrase. */
  private static final java.util.Set<String> DESTINATION_VERBS = java.util.Set.of(
      "add", "send", "deport", "extradite", "transfer", "return", "deliver", "hand", "move", "sell", "ship");

  /**
   * "added Gustavo Petro, his wife and his son to its sanctions list": the parser hangs the to-phrase on the last of
   * the listed objects, and the list is added to nothing. A to-phrase on a conjunct or apposition inside the object of
   * a verb of moving is the verb's own.
   */
  static void reattachListedDestinations(List<Token> tokens, List<Dependency> dependencies) {
    int size = tokens.size();
    Edges edges = Edges.of(size, dependencies);
    int[] parents = edges.parents();
    String[] relations = edges.relations();
    for (int phrase = 0; phrase < size; phrase++) {
      int noun = parents[phrase];
      if (!"nmod".equals(relations[phrase]) || noun < 0 || !hasCase(tokens, parents, phrase, "to")) {
        continue;
      }
      int listed = noun;
      int steps = 0;
      while (listed >= 0 && steps < 3 && ("conj".equals(relations[listed]) || "appos".equals(relations[listed]))) {
        listed = parents[listed];
        steps++;
      }
      int verb = listed >= 0 ? parents[listed] : -1;
      if (steps == 0 || verb < 0 || !"obj".equals(relations[listed]) || !tokens.get(verb).tag().startsWith("VB")
          || !DESTINATION_VERBS.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      boolean ownDestination = false;
      for (int other = 0; other < size; other++) {
        ownDestination |= parents[other] == verb && relations[other] != null && relations[other].startsWith("obl")
            && hasCase(tokens, parents, other, "to");
      }
      if (!ownDestination) {
        rehang(dependencies, phrase, verb, "obl");
      }
    }
  }

  private static boolean hasCase(List<Token> tokens, int[] parents, int head, String preposition) {
    for (int i = 0; i < parents.length; i++) {
      if (parents[i] == head && tokens.get(i).lemma().equalsIgnoreCase(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** Each token's governor (-2 where the parse gives it none) and relation, for the repairs above. */
  private record Edges(int[] parents, String[] relations) {
    static Edges of(int size, List<Dependency> dependencies) {
      int[] parents = new int[size];
      String[] relations = new String[size];
      java.util.Arrays.fill(parents, -2);
      for (Dependency dependency : dependencies) {
        if (dependency.dependent() >= 0 && dependency.dependent() < size) {
          parents[dependency.dependent()] = dependency.governor();
          relations[dependency.dependent()] = dependency.relation();
        }
      }
      return new Edges(parents, relations);
    }
  }

  /**
   * Runs one parse repair, and undoes it where it left a cycle: a repair written for one misreading may meet another it
   * was not written for, and a parse whose words govern each other in a circle has no clause to code.
   */
  private static void repair(List<Token> tokens, List<Dependency> dependencies,
      java.util.function.BiConsumer<List<Token>, List<Dependency>> repair) {
    List<Dependency> before = new ArrayList<>(dependencies);
    repair.accept(tokens, dependencies);
    if (cyclic(tokens.size(), dependencies)) {
      dependencies.clear();
      dependencies.addAll(before);
    }
  }

  /** Whether some word is its own governor, through any number of steps. */
  static boolean cyclic(int size, List<Dependency> dependencies) {
    int[] parents = Edges.of(size, dependencies).parents();
    for (int word = 0; word < size; word++) {
      int steps = 0;
      for (int up = parents[word]; up >= 0; up = parents[up]) {
        if (++steps > size) {
          return true;
        }
      }
    }
    return false;
  }

  /** Hangs a token on another governor with another relation, in place of the edge it had. */
  private static void rehang(List<Dependency> dependencies, int dependent, int governor, String relation) {
    for (int i = 0; i < dependencies.size(); i++) {
      if (dependencies.get(i).dependent() == dependent) {
        dependencies.set(i, new Dependency(governor, dependent, relation));
        return;
      }
    }
  }

  /** Whether a comma stands between a noun's own words and its apposition. */
  private static boolean commaBetween(List<Token> tokens, int[] parents, int noun, int apposition) {
    for (int i = noun + 1; i < apposition; i++) {
      if (tokens.get(i).word().equals(",") && (parents[i] == noun || parents[i] == apposition)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word after a reporting verb is its own dependent or punctuation: the attribution closes the sentence. */
  private static boolean attributionEnds(List<Token> tokens, int[] parents, int report) {
    for (int i = report + 1; i < tokens.size(); i++) {
      boolean punctuation = !tokens.get(i).tag().isEmpty() && !Character.isLetterOrDigit(tokens.get(i).word().charAt(0));
      if (!dominates(parents, report, i) && !punctuation) {
        return false;
      }
    }
    return true;
  }

  private static String normalized(CoreLabel label) {
    String value = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    return value == null ? "" : value;
  }

  private static List<CorefChain> coreference(Annotation document, List<AnnotatedSentence> sentences) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> coreChains = document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (coreChains == null) {
      return List.of();
    }
    List<CorefChain> chains = new ArrayList<>();
    for (edu.stanford.nlp.coref.data.CorefChain coreChain : coreChains.values()) {
      List<Mention> mentions = new ArrayList<>();
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention mention : coreChain.getMentionsInTextualOrder()) {
        mentions.add(mention(mention));
      }
      if (mentions.size() > 1) {
        chains.add(new CorefChain(mention(coreChain.getRepresentativeMention()), mentions));
      }
    }
    return chains;
  }

  private static Mention mention(edu.stanford.nlp.coref.data.CorefChain.CorefMention mention) {
    int begin = mention.startIndex - 1;
    int end = mention.endIndex - 1;
    int head = Math.max(begin, Math.min(end - 1, mention.headIndex - 1));
    return new Mention(mention.sentNum - 1, begin, end, head);
  }

  private static List<Quote> quotes(Annotation document, List<AnnotatedSentence> sentences) {
    List<CoreMap> coreQuotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
    if (coreQuotes == null) {
      return List.of();
    }
    List<CoreLabel> documentTokens = document.get(CoreAnnotations.TokensAnnotation.class);
    List<Quote> quotes = new ArrayList<>();
    for (CoreMap quote : coreQuotes) {
      Mention speaker = null;
      Integer mentionBegin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer mentionEnd = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      if (mentionBegin != null && mentionEnd != null && mentionBegin >= 0 && mentionEnd < documentTokens.size()) {
        speaker = speakerMention(documentTokens, mentionBegin, mentionEnd, sentences);
      }
      quotes.add(new Quote(
          quote.get(CoreAnnotations.TextAnnotation.class),
          quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          speaker));
    }
    return quotes;
  }

  /**
   * The speaker mention with its syntactic head: in "Putin's envoy" the head is "envoy", so the quote is
   * the envoy's, not Putin's.
   */
  private static Mention speakerMention(List<CoreLabel> documentTokens, int first, int last, List<AnnotatedSentence> sentences) {
    CoreLabel firstLabel = documentTokens.get(first);
    CoreLabel lastLabel = documentTokens.get(last);
    int sentence = firstLabel.sentIndex();
    if (lastLabel.sentIndex() != sentence || sentence < 0 || sentence >= sentences.size()) {
      return null;
    }
    int begin = firstLabel.index() - 1;
    int end = lastLabel.index();
    return new Mention(sentence, begin, end, DependencyTree.of(sentences.get(sentence)).headOf(begin, end));
  }
}
