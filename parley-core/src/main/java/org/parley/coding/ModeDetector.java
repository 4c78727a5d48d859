package org.parley.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.actor.ActorContext;
import org.parley.actor.ActorResolver;
import org.parley.codebook.ArgumentFinder;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Span;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Quote;

/**
 * Reads an event's mode from the syntax around its clause: negation ("did not attack", "denied attacking"),
 * hypotheticals (modals, plans, expectations, threats, conditions) and reported claims ("X said Y shelled",
 * "X accused Y of attacking", quotes).
 */
final class ModeDetector {
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
  private static final Set<String> NEGATING_VERBS = Set.of("deny", "refuse", "fail", "decline", "reject", "dismiss");
  /** Verbs that end what their complement describes: "stopped providing aid" reports no aid. */
  private static final Set<String> ENDING_VERBS = Set.of("stop", "cease", "quit", "halt", "suspend", "discontinue");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll", "wo", "ca");
  private static final Set<String> PLANNING = Set.of(
      "expect", "plan", "intend", "hope", "want", "seek", "prepare", "propose", "threaten", "promise", "pledge", "vow", "swear",
      "offer", "agree", "aim", "try", "attempt", "consider", "decide", "wish", "urge", "call", "ask", "demand", "warn",
      "push", "press", "set", "due", "likely", "ready", "willing", "able", "schedule", "mull", "weigh", "order",
      "authorize", "need", "plot", "vote", "insist", "tell", "invite", "encourage", "allow", "approve", "going", "go", "about",
      "pressure", "lobby", "persuade", "convince", "implore", "beg",
      "prepared", "determined", "poised", "eager", "keen");
  /** Verbs of saying among the planning verbs: their clausal complement reports ("told reporters that troops had left"). */
  private static final Set<String> TELLING = Set.of("say", "tell");
  /** Nouns whose to-infinitive is an act asked for, planned or offered, not done: "an ultimatum to halt attacks". */
  private static final Set<String> PLANNING_NOUNS = Set.of(
      "ultimatum", "demand", "call", "request", "plan", "proposal", "offer", "threat", "appeal", "order", "bid", "effort", "invitation",
      "attempt", "promise", "pledge", "commitment", "readiness", "willingness", "intention", "plea", "push", "decision");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "should", "once", "whether");
  private static final Set<String> CLAIM_VERBS = Set.of(
      "say", "claim", "allege", "accuse", "blame", "charge", "report", "state", "tell", "insist", "assert", "add",
      "note", "write", "argue", "contend", "maintain", "suggest", "believe", "think", "confirm", "announce", "tweet",
      "post", "reiterate", "stress", "emphasize", "emphasise", "declare", "explain", "acknowledge", "admit", "warn",
      "testify", "quote", "cite", "complain", "describe", "indicate", "show", "reveal", "suspect", "fear");
  /** Claim verbs that charge or dispute rather than report: what they introduce stays the speaker's claim. */
  private static final Set<String> CONTESTING_VERBS = Set.of(
      "claim", "allege", "accuse", "blame", "charge", "insist", "argue", "contend", "maintain", "suspect", "fear", "believe",
      "think", "suggest", "condemn", "denounce", "criticize", "criticise");
  private static final Set<String> ACCUSING_VERBS = Set.of("accuse", "blame", "charge", "allege", "condemn", "denounce", "criticize", "criticise");
  /** Nouns whose that-clause is somebody's unproven word, not the text's. */
  /** Whether a clause is set off by a comma before it: "Pakistan, which it attacked in May". */
  private static boolean setOff(DependencyTree tree, int clause) {
    int start = tree.subtree(clause).get(0);
    return tree.token(start).word().equals(",") || (start > 0 && tree.token(start - 1).word().equals(","));
  }

  private static final Set<String> ALLEGATION_NOUNS = Set.of(
      "allegation", "accusation", "charge", "claim", "rumor", "rumour", "suspicion", "speculation", "assertion", "contention",
      "report");
  /** Verbs that make a report the text's own: "the army confirmed reports that rebels had taken the town". */
  private static final Set<String> CONFIRMING = Set.of("confirm", "corroborate", "verify", "acknowledge");
  private static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "obl", "dep", "parataxis", "xcomp", "obj", "csubj", "nsubj");

  private final ActorResolver resolver;

  ModeDetector(ActorResolver resolver) {
    this.resolver = resolver;
  }

  boolean negated(DependencyTree tree, int trigger, int clauseHead) {
    if (hasNegation(tree, trigger) || noneAffected(tree, trigger)) {
      return true;
    }
    if (trigger != clauseHead && tree.token(trigger).isNoun() && tree.relation(trigger).startsWith("obl")
        && TIME_CASES.contains(tree.caseMarker(trigger))) {
      // "did not speak to reporters after the meeting": an event that says when is not what the clause denies.
      return false;
    }
    if (hasNegation(tree, clauseHead)) {
      return true;
    }
    int current = clauseHead;
    for (int steps = 0; steps < 6; steps++) {
      int parent = tree.parent(current);
      if (parent < 0) {
        return false;
      }
      String relation = tree.relation(current);
      boolean complement = relation.equals("xcomp") || relation.equals("ccomp") || relation.startsWith("obl") || relation.equals("obj") || relation.equals("advcl");
      if (!complement || timeClause(tree, current)) {
        // "failing to protect Christians, after Trump threatened to send troops": a clause that says when is told by
        // the writer; what negates the clause it hangs on does not negate it.
        return false;
      }
      if (NEGATING_VERBS.contains(tree.lemma(parent)) && tree.token(parent).isVerb()) {
        return !hasNegation(tree, parent);
      }
      if ((relation.equals("advcl") || relation.startsWith("obl")) && ArgumentFinder.PREVENTING.contains(tree.lemma(parent))
          && tree.token(parent).isVerb() && tree.introducedBy(current, KEPT_FROM)) {
        // "blocked investigators from detaining him": what one was kept from did not happen.
        return !hasNegation(tree, parent);
      }
      if ((relation.equals("advcl") || relation.startsWith("obl")) && ADVISING_AGAINST.contains(tree.lemma(parent))
          && tree.token(parent).isVerb() && tree.introducedBy(current, AGAINST)) {
        // "warned its citizens against travelling to Japan": what one is warned against is not done.
        return !hasNegation(tree, parent);
      }
      if (relation.equals("xcomp") && hasNegation(tree, parent)) {
        return true;
      }
      if (relation.equals("xcomp") && ENDING_VERBS.contains(tree.lemma(parent)) && tree.token(parent).isVerb()) {
        return !hasNegation(tree, parent);
      }
      if (!relation.equals("xcomp")) {
        return false;
      }
      current = parent;
    }
    return false;
  }

  /** The preposition of an act one is kept from: "blocked investigators from detaining him". */
  private static final Set<String> KEPT_FROM = Set.of("from");

  /** Verbs of advice against an act, and the preposition that names it: "warned its citizens against travelling". */
  private static final Set<String> ADVISING_AGAINST = Set.of("warn", "advise", "caution", "counsel");
  private static final Set<String> AGAINST = Set.of("against");

  /** Prepositions of an event noun that tells when another act happened: "after the meeting". */
  static final Set<String> TIME_CASES = Set.of("after", "before", "following", "since", "until", "during");

  /** Whether a clause tells when another act happened: "after gunmen fired at his car". */
  static boolean timeClause(DependencyTree tree, int clause) {
    return tree.relation(clause).equals("advcl") && marked(tree, clause, TIME_MARKS);
  }

  /** Subordinators of a clause that tells when another act happened. */
  private static final Set<String> TIME_MARKS = Set.of("after", "before", "when", "since", "as", "while", "once", "until");

  /** Pronouns that say no one did or suffered the act. */
  private static final Set<String> NOBODY = Set.of("nobody", "none", "nothing", "noone");

  /**
   * "no American vessel had been hit", "No soldiers were killed", "killed no civilians", "nobody was hurt": an act whose
   * subject or object is nobody did not happen to anyone.
   */
  private static boolean noneAffected(DependencyTree tree, int verb) {
    if (!tree.token(verb).isVerb()) {
      return false;
    }
    for (int child : tree.children(verb)) {
      String relation = tree.relation(child);
      if (!relation.equals("nsubj") && !relation.equals("nsubj:pass") && !relation.equals("obj")) {
        continue;
      }
      if (NOBODY.contains(tree.lemma(child).toLowerCase(java.util.Locale.ROOT))
          || tree.children(child, "det").stream().anyMatch(det -> tree.lemma(det).equalsIgnoreCase("no"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNegation(DependencyTree tree, int token) {
    for (int child : tree.children(token)) {
      String relation = tree.relation(child);
      if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det")) && NEGATIONS.contains(tree.lemma(child))) {
        return true;
      }
      if (relation.equals("case") && tree.lemma(child).equals("without")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of trying: what one tried to do was set in motion, whether or not it succeeded. */
  private static final Set<String> ATTEMPTS = Set.of("try", "attempt");

  /**
   * Whether the clause is what its doer tried to do, and the trying itself is asserted: "gunmen tried to storm the
   * parliament", "North Korea attempted to hack the computers". An attempted attack is an attack (PLOVER counts
   * attempted assassinations as ASSAULT); an attempted agreement is not an agreement, so callers decide by the act.
   */
  boolean attempted(DependencyTree tree, int clauseHead) {
    int parent = tree.parent(clauseHead);
    return parent >= 0 && tree.relation(clauseHead).equals("xcomp") && tree.token(parent).isVerb()
        && ATTEMPTS.contains(tree.lemma(parent)) && !hypothetical(tree, parent, parent) && !negated(tree, parent, parent);
  }

  boolean hypothetical(DependencyTree tree, int trigger, int clauseHead) {
    if (hasModal(tree, clauseHead) || hasModal(tree, trigger) || conditional(tree, clauseHead) || question(tree, trigger)) {
      return true;
    }
    int current = clauseHead;
    for (int steps = 0; steps < 6; steps++) {
      int parent = tree.parent(current);
      if (parent < 0) {
        return false;
      }
      String relation = tree.relation(current);
      if (CONTESTING_VERBS.contains(tree.lemma(parent)) && tree.token(parent).isVerb() && tree.isPassive(parent)
          && !relation.startsWith("nsubj") && new ArgumentFinder(tree).subjects(parent).isEmpty()) {
        // "Ukraine was accused of attacking the plant", "the army is suspected of torturing detainees": an accusation
        // nobody is named for (a passive verb's doers are its by-phrase) is no assertion of the text's.
        return true;
      }
      if (relation.equals("amod") && ArgumentFinder.misreadGerund(tree, current)) {
        // "accused of (killing) hundreds of civilians": the gerund's clause is the phrase of the noun it was hung on.
        current = parent;
        continue;
      }
      // "Officials told Reuters the militants kidnapped the governor": what one says or tells is reported, not planned.
      if (relation.equals("xcomp") || (relation.equals("ccomp") && PLANNING.contains(tree.lemma(parent)) && !TELLING.contains(tree.lemma(parent)))) {
        if (PLANNING.contains(tree.lemma(parent)) || hasModal(tree, parent)
            || (relation.equals("xcomp") && plansByObject(tree, parent))) {
          // The last: "issued an ultimatum to Ecuador to halt attacks", the noun's infinitive hung on its verb.
          return true;
        }
        current = parent;
      } else if (relation.equals("conj")) {
        if (ownFiniteClause(tree, current)) {
          // "Washington would respond, and the United States has already imposed tariffs": a conjunct with its own
          // subject and tense is a statement of its own, not under the first conjunct's modal.
          return false;
        }
        if (infinitive(tree, current) && PLANNING.contains(tree.lemma(parent))) {
          // "ready to meet Zelenskiy, but only to sign a final agreement": an infinitive joined to what is planned is too.
          return true;
        }
        current = parent;
        if (hasModal(tree, parent)) {
          return true;
        }
      } else if (relation.startsWith("acl") && PLANNING_NOUNS.contains(tree.lemma(parent)) && infinitive(tree, current)) {
        return true;
      } else if (relation.equals("acl") && tree.relation(parent).equals("obj") && tree.parent(parent) >= 0
          && STOPPING.contains(tree.lemma(tree.parent(parent)))) {
        // "blocked an EU statement criticizing China", "vetoed a resolution condemning the coup": what a stopped
        // document would have said was never said.
        return true;
      } else if (relation.startsWith("advcl") && infinitive(tree, current) && PLANNING.contains(tree.lemma(parent))) {
        // "pushing hard for the US to support the plan": the support is what is pushed for, not yet given.
        return true;
      } else if (relation.startsWith("advcl") && infinitive(tree, current) && plansByObject(tree, parent)) {
        // "issued an ultimatum to Ecuador to halt attacks": the parser hangs the noun's infinitive on the verb.
        return true;
      } else if (allegation(tree, current) && author(tree, parent) < 0) {
        // "an investigation into allegations that the rebels had seized the town": an allegation nobody is named for
        // is no assertion of the text's.
        return true;
      } else if (relation.startsWith("advcl") && infinitive(tree, current) && tree.token(parent).isVerb()) {
        // A purpose shares its act's mode: "would blockade the capital to demand a tax cut" demands nothing yet.
        if (hasModal(tree, parent)) {
          return true;
        }
        current = parent;
      } else {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  /** Whether a verb has a subject of its own and a tense of its own: a finite form or a non-modal auxiliary. */
  private static boolean ownFiniteClause(DependencyTree tree, int verb) {
    boolean subject = !tree.children(verb, "nsubj").isEmpty() || !tree.children(verb, "nsubj:pass").isEmpty();
    boolean tensed = FINITE_TAGS.contains(tree.token(verb).tag()) || java.util.Arrays.stream(tree.children(verb))
        .anyMatch(child -> tree.relation(child).startsWith("aux") && FINITE_TAGS.contains(tree.token(child).tag()));
    return subject && tensed && !hasModal(tree, verb);
  }

  /**
   * Whether a clause is the purpose of another act: "met the minister to discuss trade", "fired tear gas to disperse
   * the crowd". News mostly states purposes that were carried out, so the purpose keeps its own mode; it lends its
   * target to the act (see EventCoder).
   */
  static boolean purpose(DependencyTree tree, int clauseHead) {
    if (!tree.relation(clauseHead).startsWith("advcl") || tree.parent(clauseHead) < 0 || !tree.token(tree.parent(clauseHead)).isVerb()) {
      return false;
    }
    return infinitive(tree, clauseHead);
  }

  /** Whether a clause is a to-infinitive. */
  private static boolean infinitive(DependencyTree tree, int clauseHead) {
    return marked(tree, clauseHead, Set.of("to"));
  }

  /** Whether a verb's object is a plan, demand or offer, whose infinitive the parser may hang on the verb. */
  private static boolean plansByObject(DependencyTree tree, int verb) {
    return tree.children(verb, "obj").stream().anyMatch(object -> PLANNING_NOUNS.contains(tree.lemma(object)));
  }

  /** Verbs that keep a document from being issued. */
  private static final Set<String> STOPPING = Set.of("block", "veto", "prevent", "stop", "thwart", "scuttle", "torpedo", "shelve");

  /** Modals and words by which an actor announces what it will do, not what it may or must do. */
  private static final Set<String> WILL = Set.of("will", "would", "shall", "'ll", "wo");
  private static final Set<String> INTENDING = Set.of(
      "plan", "intend", "agree", "pledge", "promise", "vow", "offer", "decide", "prepare", "prepared", "ready", "willing", "set",
      "due", "schedule", "aim", "seek", "want", "hope", "go", "about");

  /**
   * Whether a hypothetical event is announced as the doer's own intention: "will visit", "plans to
   * host", "is ready to sign", "agreed to withdraw". Conditions, expectations of others, and what one
   * may, could or must do are not intentions.
   */
  boolean intended(DependencyTree tree, int trigger, int clauseHead) {
    return announced(tree, trigger, clauseHead, INTENDING);
  }

  /** Verbs by which an actor announces a harm it will do, which makes the announcement a threat: "vowed to retaliate". */
  private static final Set<String> RESOLVING = Set.of(
      "plan", "intend", "pledge", "promise", "vow", "swear", "prepare", "prepared", "ready", "determined", "poised", "set", "go", "about");

  /**
   * Whether a hypothetical harmful act is announced as the doer's own resolve: "will boycott", "would blockade Paris",
   * "plans to impose restrictions", "vowed to retaliate". Conditions on the act itself, and what one may, could,
   * must or agreed to do, are not.
   */
  boolean threatened(DependencyTree tree, int trigger, int clauseHead) {
    return announced(tree, trigger, clauseHead, RESOLVING);
  }

  /** Verbs by which forces are seen getting ready for an act: "prepared to resume shelling", "is gearing up to attack". */
  private static final Set<String> PREPARING = Set.of("prepare", "gear", "mass", "position");

  /**
   * Whether a hypothetical act is one its doer is getting ready for, as a verb in the active voice: "the army prepared to
   * resume shelling", "troops are preparing to storm the city". Being "prepared to" do something is a readiness
   * announced, which {@link #threatened} reads.
   */
  boolean prepared(DependencyTree tree, int clauseHead) {
    int current = clauseHead;
    for (int steps = 0; steps < 3; steps++) {
      int parent = tree.parent(current);
      if (parent < 0 || !tree.relation(current).equals("xcomp")) {
        return false;
      }
      String tag = tree.token(parent).tag();
      if (PREPARING.contains(tree.lemma(parent)) && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG"))
          && !tree.isPassive(parent) && !hasNegation(tree, parent) && !conditional(tree, parent) && !hasModal(tree, parent)) {
        return true;
      }
      current = parent;
    }
    return false;
  }

  private boolean announced(DependencyTree tree, int trigger, int clauseHead, Set<String> intending) {
    if (conditional(tree, clauseHead) || question(tree, trigger) || marked(tree, clauseHead, OPEN_QUESTIONS)) {
      // "It was not clear whether the two governments would hold talks": an open question announces nothing.
      return false;
    }
    String relation = tree.relation(clauseHead);
    boolean relative = java.util.Arrays.stream(tree.children(clauseHead))
        .anyMatch(child -> tree.token(child).tag().equals("WDT") || tree.token(child).tag().equals("WP$"));
    if (relation.startsWith("acl") || relation.equals("advcl") || relative) {
      // "the deal, after which troops would withdraw": a plan a clause describes is nobody's announcement.
      return false;
    }
    if (hasWill(tree, clauseHead) || hasWill(tree, trigger)) {
      return true;
    }
    int current = clauseHead;
    for (int steps = 0; steps < 3; steps++) {
      int parent = tree.parent(current);
      if (parent < 0 || !tree.relation(current).equals("xcomp")) {
        return false;
      }
      if (intending.contains(tree.lemma(parent))) {
        // "unless the president agrees to step down": an intention inside a condition is nobody's announcement, and
        // "the US must be ready to mediate" is a demand on the US, not its intention.
        return !conditional(tree, parent) && !hasObligation(tree, parent);
      }
      current = parent;
    }
    return false;
  }

  private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought", "need");

  /** Subordinators of an embedded question. */
  private static final Set<String> OPEN_QUESTIONS = Set.of("whether", "if");

  private static boolean hasObligation(DependencyTree tree, int token) {
    return hasAuxiliary(tree, token, OBLIGATIONS);
  }

  private static boolean hasWill(DependencyTree tree, int token) {
    return hasAuxiliary(tree, token, WILL);
  }

  /** Whether one of these auxiliaries (CoreNLP gives their lemmas in lower case, "Must" too) hangs on the token. */
  static boolean hasAuxiliary(DependencyTree tree, int token, Set<String> lemmas) {
    for (int child : tree.children(token)) {
      if (tree.relation(child).equals("aux") && lemmas.contains(tree.lemma(child))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasModal(DependencyTree tree, int token) {
    for (int child : tree.children(token)) {
      if (tree.relation(child).equals("aux") && MODALS.contains(tree.lemma(child))) {
        return true;
      }
      if (tree.relation(child).equals("aux") && tree.lemma(child).equals("be") && tree.token(token).tag().equals("VBG")
          && tree.lemma(token).equals("go")) {
        return true;
      }
    }
    return false;
  }

  private static boolean conditional(DependencyTree tree, int clauseHead) {
    if (!tree.relation(clauseHead).startsWith("advcl")) {
      return false;
    }
    for (int child : tree.children(clauseHead)) {
      if (tree.relation(child).equals("mark") && CONDITIONS.contains(tree.lemma(child))) {
        return true;
      }
      if (tree.relation(child).equals("mark") && PENDING.contains(tree.lemma(child)) && PRESENT_TAGS.contains(tree.token(clauseHead).tag())) {
        // "must agree to changes before they demobilize", "will fight until Russia withdraws": in the present tense, what
        // a before- or until-clause names has not happened yet.
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the trigger stands in a question: "Will Iran retaliate?", "Why did Israel strike Iran?". A question asks
   * whether or why something happens; it asserts nothing and announces no one's intention. The question runs from the
   * sentence's last sentence-internal stop or quote to its question mark.
   */
  static boolean question(DependencyTree tree, int trigger) {
    for (int token = trigger + 1; token < tree.size(); token++) {
      String word = tree.token(token).word();
      if (word.equals("?")) {
        return true;
      }
      if (word.equals(".") || word.equals("!") || word.equals("''") || word.equals("\"") || word.equals("”")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> PENDING = Set.of("before", "until", "till");
  private static final Set<String> PRESENT_TAGS = Set.of("VB", "VBP", "VBZ");

  /** The claim an event is reported under, if any: a speech or accusation verb above it, "according to", or a quote. */
  Optional<ClaimFrame> claim(ActorContext context, int sentence, int trigger, int clauseHead) {
    DependencyTree tree = context.tree(sentence);
    ArgumentFinder finder = new ArgumentFinder(tree);
    for (int child : tree.children(clauseHead)) {
      if (tree.hasRelation(child, "obl") && tree.caseMarker(child).startsWith("according")) {
        return Optional.of(new ClaimFrame(actorOrUnknown(context, sentence, child), null, false));
      }
      if (tree.relation(child).equals("parataxis") && CLAIM_VERBS.contains(tree.lemma(child))) {
        return reportFrame(context, sentence, finder, child);
      }
    }
    int current = clauseHead;
    for (int steps = 0; steps < 8; steps++) {
      int parent = tree.parent(current);
      if (parent < 0) {
        break;
      }
      String relation = tree.relation(current);
      String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
      // "said the missiles fell short and that no vessel had been hit": a second that-clause may hang on the saying verb
      // as a conjunct, and is reported all the same.
      boolean secondReport = relation.equals("conj")
          && tree.children(current, "mark").stream().anyMatch(mark -> tree.lemma(mark).equalsIgnoreCase("that"));
      if (relation.equals("acl:relcl") && ALLEGATION_NOUNS.contains(tree.lemma(parent).toLowerCase(java.util.Locale.ROOT))) {
        // "accused Serbia of sending armed men, a charge Belgrade rejected": how a charge was answered is told by the
        // writer, not part of the charge.
        break;
      }
      if (relation.equals("acl:relcl") && tree.token(parent).isProperNoun() && setOff(tree, current)) {
        // "has not said whether it would retaliate against Pakistan, which it attacked in May": a clause set off by a
        // comma about a name is the writer's background, not part of what is said.
        break;
      }
      if ((base.equals("advcl") || base.equals("dep")) && marked(tree, current, TIME_MARKS)
          && (CLAIM_VERBS.contains(tree.lemma(parent)) || !tree.token(parent).isVerb())) {
        // "charged Lissu with treason on Thursday, a day after he was arrested": when the charge was made is told by the
        // writer, not charged, wherever the parser hung it (here on "Thursday").
        break;
      }
      if (CLAIM_VERBS.contains(tree.lemma(parent)) && tree.token(parent).isVerb() && (CLAUSAL.contains(base) || secondReport)
          && !(relation.equals("obj") && !tree.token(current).isVerb()) && !base.equals("nsubj")) {
        Optional<Actor> claimant = claimant(context, sentence, finder, parent);
        if (claimant.isPresent()) {
          Actor accused = null;
          if (ACCUSING_VERBS.contains(tree.lemma(parent))) {
            for (int object : tree.children(parent, "obj")) {
              accused = resolver.resolve(context, sentence, object).orElse(null);
            }
          }
          return Optional.of(new ClaimFrame(claimant.get(), accused, CONTESTING_VERBS.contains(tree.lemma(parent))));
        }
      }
      if (ATTACHED_CLAUSES.contains(base)) {
        // "Israel launched strikes on Iran, killing the head of the Guards, Iranian state media said": the participle
        // is reported with the clause it hangs on.
        for (int report : tree.children(parent, "parataxis")) {
          if (report != current && CLAIM_VERBS.contains(tree.lemma(report))) {
            Optional<ClaimFrame> frame = reportFrame(context, sentence, finder, report);
            if (frame.isPresent()) {
              return frame;
            }
          }
        }
      }
      if (allegation(tree, current) && author(tree, parent) >= 0) {
        // "denied charges by Amnesty that its soldiers had killed civilians": what an allegation says is its author's
        // claim (with no author named, see hypothetical).
        return Optional.of(new ClaimFrame(actorOrUnknown(context, sentence, author(tree, parent)), null, true));
      }
      current = parent;
    }
    Optional<ClaimFrame> closing = closingReport(tree, trigger).flatMap(report -> reportFrame(context, sentence, finder, report));
    if (closing.isPresent()) {
      return closing;
    }
    return quoted(context, sentence, trigger).map(actor -> new ClaimFrame(actor, null, false));
  }

  /**
   * "Iran responded by firing 100 drones towards Israel, most of which were intercepted, the Israeli military said.": a
   * report that closes the sentence after a comma attributes all of it, wherever the parser hung it.
   */
  private static Optional<Integer> closingReport(DependencyTree tree, int trigger) {
    int last = tree.size() - 1;
    while (last >= 0 && tree.token(last).tag().matches("\\.|''|``|-RRB-")) {
      last--;
    }
    // The report's verb, or a time phrase of its: "..., South Korea's spy agency said on Friday."
    int report = last;
    while (report >= 0 && !(tree.relation(report).equals("parataxis") && CLAIM_VERBS.contains(tree.lemma(report)))) {
      report = tree.parent(report);
    }
    if (report < 1 || tree.dominates(report, trigger)) {
      return Optional.empty();
    }
    int first = last;
    while (first > 0 && tree.dominates(report, first - 1)) {
      first--;
    }
    return first > 0 && tree.token(first - 1).word().equals(",") ? Optional.of(report) : Optional.empty();
  }

  /** Clauses attached to a verb that share what reports it: participles, purposes, conjuncts. */
  private static final Set<String> ATTACHED_CLAUSES = Set.of("advcl", "conj", "xcomp", "dep");

  /** The claim a verb of saying makes: its subject's, contested where the verb charges or disputes. */
  private Optional<ClaimFrame> reportFrame(ActorContext context, int sentence, ArgumentFinder finder, int report) {
    boolean contested = CONTESTING_VERBS.contains(context.tree(sentence).lemma(report));
    return claimant(context, sentence, finder, report).map(actor -> new ClaimFrame(actor, null, contested));
  }

  private Optional<Actor> claimant(ActorContext context, int sentence, ArgumentFinder finder, int verb) {
    List<Integer> subjects = finder.subjects(verb);
    if (subjects.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(actorOrUnknown(context, sentence, subjects.get(0)));
  }

  private Actor actorOrUnknown(ActorContext context, int sentence, int token) {
    Optional<Actor> actor = resolver.resolve(context, sentence, token);
    if (actor.isPresent()) {
      return actor.get();
    }
    DependencyTree tree = context.tree(sentence);
    var word = tree.token(token);
    return new Actor(word.word(), new Span(word.word(), word.begin(), word.end()), new ActorCode("---", "", ""));
  }

  private Optional<Actor> quoted(ActorContext context, int sentence, int trigger) {
    int offset = context.tree(sentence).token(trigger).begin();
    for (Quote quote : context.article().quotes()) {
      if (offset >= quote.begin() && offset < quote.end() && quote.speakerMention().isPresent()) {
        var speaker = quote.speaker();
        Optional<Actor> actor = resolver.resolve(context, speaker.sentence(), speaker.head());
        if (actor.isPresent()) {
          return actor;
        }
        return Optional.of(actorOrUnknown(context, speaker.sentence(), speaker.head()));
      }
    }
    return Optional.empty();
  }

  /** Whether a clause is the that-clause of an allegation, charge or rumour: "allegations that the rebels had seized". */
  private static boolean allegation(DependencyTree tree, int clause) {
    int noun = tree.parent(clause);
    // "Reports that Eritrean troops killed civilians could not be verified": the parser may leave "that" a loose dependent.
    boolean that = marked(tree, clause, Set.of("that"))
        || tree.children(clause, "dep").stream().anyMatch(word -> word < clause && tree.lemma(word).equalsIgnoreCase("that"));
    if (noun < 0 || !(tree.hasRelation(clause, "acl") || tree.hasRelation(clause, "ccomp")) || !tree.token(noun).isNoun()
        || !ALLEGATION_NOUNS.contains(tree.lemma(noun)) || !tree.token(clause).isVerb() || !that) {
      return false;
    }
    int governor = tree.parent(noun);
    return !(tree.lemma(noun).equals("report") && governor >= 0 && tree.relation(noun).equals("obj") && CONFIRMING.contains(tree.lemma(governor))
        && tree.children(governor, "advmod").stream().noneMatch(word -> tree.lemma(word).equalsIgnoreCase("not")));
  }

  /** The word naming who makes an allegation: its owner or its by- or from-phrase; -1 if none. */
  private static int author(DependencyTree tree, int noun) {
    return ArgumentFinder.authorPhrases(tree, noun).stream().findFirst().orElse(-1);
  }

  /** Whether a clause is introduced by one of these words: "to", "that", "unless". */
  static boolean marked(DependencyTree tree, int clause, Set<String> marks) {
    return tree.children(clause, "mark").stream().anyMatch(mark -> marks.contains(tree.lemma(mark)));
  }
}
