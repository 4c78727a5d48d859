package org.parley.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.DependencyTree;

/**
 * Finds the tokens that fill a slot of a trigger: subjects through voice, control and coordination; objects;
 * prepositional arguments by their case marker. The single place where dependency relations meet slot names.
 */
public final class ArgumentFinder {
  /** Verbs whose object, not subject, controls an infinitive complement: "urged Russia to stop". */
  private static final Set<String> OBJECT_CONTROL = Set.of(
      "urge", "ask", "call", "order", "force", "tell", "persuade", "press", "push", "encourage", "invite", "allow",
      "authorize", "instruct", "warn", "request", "advise", "compel", "pressure", "help", "enable", "accuse", "blame", "prompt",
      "lead", "cause", "drive", "oblige", "permit", "convince", "require", "expect", "want", "spur");
  /** Verbs whose infinitive is done by the party in a prepositional phrase, with its prepositions. */
  private static final java.util.Map<String, Set<String>> OBLIQUE_CONTROL = java.util.Map.of(
      "call", Set.of("on", "upon"), "appeal", Set.of("to"), "plead", Set.of("with"), "prevail", Set.of("on", "upon"));
  /** Nouns for what someone says, asks or offers, whose from-phrase names the author: "an appeal from the president". */
  private static final Set<String> AUTHORED = Set.of(
      "call", "demand", "request", "appeal", "plea", "offer", "proposal", "invitation", "ultimatum", "order", "warning",
      "threat", "message", "letter", "initiative", "plan", "suggestion", "overture", "bid", "pressure", "criticism", "accusation");

  /** Nouns of an act its author proposes to do: "an offer by Trump to send troops" (a call to others to act is not). */
  private static final Set<String> SELF_PROPOSED = Set.of("offer", "proposal", "plan", "bid", "threat", "promise", "pledge", "initiative");

  /** Verbs by which a body puts out a document of its own. */
  private static final Set<String> ISSUING = Set.of(
      "issue", "release", "publish", "adopt", "sign", "make", "draft", "send", "post", "put", "deliver", "read", "circulate",
      "present", "submit", "pass", "approve", "unveil", "broadcast", "air", "write", "table");
  /** What an actor issues, publishes or sends, whose participle ("a statement condemning") is the actor's act. */
  private static final Set<String> DOCUMENTS = Set.of(
      "statement", "declaration", "communique", "communiqué", "letter", "report", "resolution", "message", "note", "decree",
      "memo", "document", "appeal", "post", "video", "announcement", "release", "order", "law", "bill", "directive", "proclamation");

  private final DependencyTree tree;

  /**
   * Who authored what a noun of saying, asking or offering stands for: its possessor, by- or from-phrase ("a demand
   * from the Kosovo government", "Chile's offer"); empty for other nouns.
   */
  public static List<Integer> authors(DependencyTree tree, int noun) {
    return AUTHORED.contains(tree.lemma(noun)) ? authorPhrases(tree, noun) : new ArrayList<>();
  }

  /** A noun's possessor, by- and from-phrases, whatever the noun: who may have said, asked or alleged what it names. */
  public static List<Integer> authorPhrases(DependencyTree tree, int noun) {
    List<Integer> found = new ArrayList<>();
    for (int child : tree.children(noun)) {
      if (tree.relation(child).equals("nmod:poss")
          || (tree.hasRelation(child, "nmod") && (tree.caseMarker(child).equals("by") || tree.caseMarker(child).equals("from")))) {
        found.add(child);
      }
    }
    return found;
  }

  /** Nouns that count or time what their of-phrase names: "a round of talks", "three days of war games". */
  private static final Set<String> EVENT_MEASURES = Set.of(
      "round", "series", "wave", "spate", "string", "day", "week", "month", "hour", "night", "year",
      // "signed the first phase of a ceasefire agreement": a part of the event stands for it.
      "phase", "stage", "part",
      // "launched one of its biggest air attacks", "carried out dozens of strikes": a count of events is those events.
      "one", "dozen", "dozens", "hundred", "hundreds", "score", "scores", "number", "couple");

  public ArgumentFinder(DependencyTree tree) {
    this.tree = tree;
  }

  /** The support verb that carries a noun trigger as the event of its clause, or -1 when there is none. */
  int supportVerb(int noun, Set<String> supportVerbs) {
    int current = noun;
    // "talks and a deal were held": the first conjunct's position decides.
    while (tree.hasRelation(current, "conj") && tree.parent(current) >= 0 && tree.token(tree.parent(current)).isNoun()) {
      current = tree.parent(current);
    }
    // "held a new round of talks", "launched 10 days of war games": the event noun is inside a measure of it.
    boolean measured = false;
    for (int steps = 0; steps < 2 && tree.hasRelation(current, "nmod") && "of".equals(tree.caseMarker(current))
        && tree.parent(current) >= 0 && EVENT_MEASURES.contains(tree.lemma(tree.parent(current)).toLowerCase(java.util.Locale.ROOT)); steps++) {
      current = tree.parent(current);
      measured = true;
    }
    int parent = tree.parent(current);
    if (parent < 0) {
      return -1;
    }
    String relation = tree.relation(current);
    // A measure of days may be parsed as a time adverbial ("launched ten days of war games": obl:tmod).
    boolean argument = relation.equals("obj") || relation.equals("nsubj:pass") || relation.equals("nsubj")
        || (measured && (relation.equals("obl:tmod") || relation.equals("obl:npmod")));
    if (argument && tree.token(parent).isVerb() && supportVerbs.contains(tree.lemma(parent))) {
      return parent;
    }
    return -1;
  }

  /** Prepositions of a time adjunct that says its event took place: "after talks", "following a meeting", "during a call". */
  private static final Set<String> ADJUNCT_CASES = Set.of("after", "following", "during");

  /** Prepositions by which a meeting noun names its own parties: "a visit by a US envoy", "a call between Putin and Trump". */
  private static final Set<String> OWN_PARTY_CASES = Set.of("by", "between");

  /** Envoys and officials a meeting noun may be compounded with: "after envoy visit", "a minister call". */
  private static final Set<String> VISITING_ROLES = Set.of(
      "envoy", "emissary", "minister", "president", "leader", "delegation", "official", "diplomat", "secretary", "chief");

  /** The verb whose time adjunct a noun heads ("spoke after talks with Trump"), or -1. */
  int adjunctFrame(int noun) {
    int parent = tree.parent(noun);
    return parent >= 0 && tree.token(parent).isVerb() && adjunct(noun, parent) ? parent : -1;
  }

  /** Whether a noun is a time adjunct of the verb that carries it, not that verb's argument. */
  boolean adjunct(int noun, int verb) {
    return tree.parent(noun) == verb && tree.hasRelation(noun, "obl") && ADJUNCT_CASES.contains(tree.caseMarker(noun));
  }

  /** Whether a noun stands where an event noun may: carried by a support verb, or a verbless clause's root. */
  boolean isEventNoun(int noun, Set<String> supportVerbs) {
    return supportVerb(noun, supportVerbs) >= 0 || tree.parent(noun) < 0;
  }

  /** Candidate tokens for a slot path, nearest first; each may still need coordination expansion. */
  public List<Integer> find(int trigger, boolean noun, int support, List<String> path) {
    List<Integer> current = find(trigger, noun, support, path.get(0));
    for (String step : path.subList(1, path.size())) {
      List<Integer> next = new ArrayList<>();
      for (int token : current) {
        for (int found : find(token, tree.token(token).isNoun(), -1, step)) {
          // "sites struck by Israel": the object a passive participle modifies leads back down to the participle's own
          // doer, who is no owner of the object.
          if (tree.dominates(trigger, token) || !tree.dominates(trigger, found)) {
            next.add(found);
          }
        }
      }
      current = next;
    }
    return current;
  }

  private List<Integer> find(int trigger, boolean noun, int support, String slot) {
    if (noun) {
      return nounSlot(trigger, support, slot);
    }
    return verbSlot(trigger, slot, 0);
  }

  private List<Integer> verbSlot(int verb, String slot, int depth) {
    boolean passive = tree.isPassive(verb) || isPassiveParticiple(verb);
    return switch (slot) {
      case "subj" -> passive ? tree.agents(verb) : subjects(verb, depth);
      case "obj" -> passive ? passiveSubjects(verb) : misreadGerund(tree, verb) ? List.of(tree.parent(verb)) : objectsOrGap(verb);
      case "iobj" -> tree.children(verb, "iobj");
      case "xcomp" -> tree.children(verb, "xcomp");
      case "mod" -> modifiers(verb);
      // Also what an adjective is coordinated with, on a path: "subj.mod.conj" in "French and Egyptian warships".
      case "conj" -> tree.children(verb, "conj");
      case "ccomp" -> tree.children(verb, "ccomp");
      case "aux" -> tree.children(verb, "aux");
      case "self" -> List.of(verb);
      case "after" -> passive ? passiveThenAfter(verb) : after(verb);
      case "before" -> before(verb);
      case "aside" -> inAside(verb) ? List.of(verb) : List.of();
      default -> {
        // "The EU on Monday imposed sanctions on Iran": a date is no argument, and does not hide the one on the object.
        List<Integer> found = new ArrayList<>(obliques(verb, slot, "obl").stream()
            .filter(oblique -> !isTemporal(oblique) && !framing(tree, oblique) && !servingAs(oblique)).toList());
        if (found.isEmpty() && tree.token(verb).tag().equals("VBG") && tree.hasRelation(verb, "obl")) {
          // "accused Armenia of firing on its positions": a gerund under a preposition gets its own phrases as a noun's.
          found.addAll(obliques(verb, slot, "nmod"));
        }
        if (found.isEmpty()) {
          // "charged two citizens with setting the fire": a gerund's clause under the preposition fills its slot.
          for (int child : tree.children(verb)) {
            if (tree.relation(child).startsWith("advcl") && tree.token(child).tag().equals("VBG") && hasMarker(child, slot)) {
              found.add(child);
            }
          }
        }
        if (found.isEmpty()) {
          // "imposed sanctions on Russia", "pledged support to Ukraine": the parser often hangs the
          // prepositional argument on the object; it still belongs to the event.
          for (int object : passive ? passiveSubjects(verb) : tree.children(verb, "obj")) {
            found.addAll(obliques(object, slot, "nmod"));
            // "a package of sanctions on Russia": one level down, through the "of" phrase.
            for (int contained : obliques(object, "of", "nmod")) {
              found.addAll(obliques(contained, slot, "nmod"));
            }
          }
        }
        yield found;
      }
    };
  }

  /** The verb's phrase right of it, in text order: where PETRARCH looks for the words after a pattern's verb. */
  private List<Integer> after(int verb) {
    List<Integer> found = new ArrayList<>();
    for (int token = verb + 1; token < tree.size(); token++) {
      if (tree.dominates(verb, token)) {
        found.add(token);
      }
    }
    return found;
  }

  /**
   * For a passive verb, the passive subject's phrase and then the phrase right of the verb: "Eriador was opposed by
   * Osgiliath" is aimed at Eriador, as PETRARCH reads a passive, not at the doer named after the verb.
   */
  private List<Integer> passiveThenAfter(int verb) {
    List<Integer> found = new ArrayList<>();
    for (int subject : passiveSubjects(verb)) {
      for (int token = 0; token < verb; token++) {
        if (tree.dominates(subject, token)) {
          found.add(token);
        }
      }
    }
    for (int token : after(verb)) {
      if (!found.contains(token)) {
        found.add(token);
      }
    }
    return found;
  }

  /** The sentence left of the verb, nearest first: where PETRARCH looks for the words before a pattern's verb. */
  private List<Integer> before(int verb) {
    List<Integer> found = new ArrayList<>();
    for (int token = verb - 1; token >= 0; token--) {
      found.add(token);
    }
    return found;
  }

  /**
   * Whether the token stands in a short comma-delimited aside, which TABARI and PETRARCH delete before coding with
   * their default settings: 2 to 8 words between two commas, or after the last comma (", officials said.").
   */
  private boolean inAside(int token) {
    int before = -1;
    for (int i = token - 1; i >= 0 && before < 0; i--) {
      if (tree.token(i).word().equals(",")) {
        before = i;
      }
    }
    if (before < 0) {
      return false;
    }
    int after = tree.size();
    for (int i = token + 1; i < tree.size() && after == tree.size(); i++) {
      if (tree.token(i).word().equals(",")) {
        after = i;
      }
    }
    int words = 0;
    for (int i = before + 1; i < after; i++) {
      if (Character.isLetterOrDigit(tree.token(i).word().codePointAt(0))) {
        words++;
      }
    }
    return words >= 2 && words <= 8;
  }

  private boolean isPassiveParticiple(int verb) {
    // "troops deployed near the border": a past participle modifying a noun is passive.
    return tree.hasRelation(verb, "acl") && !tree.relation(verb).equals("acl:relcl") && tree.token(verb).tag().equals("VBN");
  }

  private List<Integer> passiveSubjects(int verb) {
    List<Integer> subjects = tree.children(verb, "nsubj:pass");
    if (subjects.isEmpty() && isPassiveParticiple(verb)) {
      int noun = tree.parent(verb);
      int governor = tree.parent(noun);
      if (GATHERINGS.contains(tree.lemma(noun).toLowerCase(java.util.Locale.ROOT)) && governor >= 0 && tree.token(governor).isVerb()
          && (tree.hasRelation(noun, "obl") || tree.hasRelation(noun, "obj"))) {
        // "signed the agreement at a White House ceremony hosted by Trump": who was hosted is who signed, not the ceremony.
        List<Integer> attendees = subjects(governor);
        if (!attendees.isEmpty()) {
          return attendees;
        }
      }
      return List.of(noun);
    }
    if (subjects.isEmpty() && tree.hasRelation(verb, "conj") && tree.parent(verb) >= 0) {
      int first = tree.parent(verb);
      // "Modi arrived in Moscow and was welcomed by Putin": a passive joined to an active verb shares its subject.
      return tree.isPassive(first) || !tree.token(first).isVerb() ? passiveSubjects(first) : subjects(first);
    }
    return subjects;
  }

  /**
   * Nouns of phrases that frame an act rather than name whom it is done to: "set the fire on the orders of Russian
   * intelligence", "met on the sidelines of the summit", "acted on behalf of the government".
   */
  private static final Set<String> FRAMING_NOUNS = Set.of(
      "order", "behalf", "instruction", "command", "basis", "sideline", "margin", "eve", "occasion");

  /**
   * Whether a noun is the subject of an absolute clause that gives its part in the act: "held talks in Rome, with Oman
   * acting as mediator" names the mediator, not the other party to the talks.
   */
  private boolean servingAs(int noun) {
    for (int participle : tree.children(noun, "acl")) {
      if (tree.token(participle).tag().equals("VBG")
          && tree.children(participle, "obl").stream().anyMatch(role -> tree.caseMarker(role).equals("as"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun heads a phrase that frames an act ("on the orders of", "on behalf of") rather than naming a party. */
  public static boolean framing(DependencyTree tree, int noun) {
    return FRAMING_NOUNS.contains(tree.lemma(noun).toLowerCase(java.util.Locale.ROOT));
  }

  /** Gatherings someone hosts or attends: "a ceremony hosted by Trump". */
  private static final Set<String> GATHERINGS = Set.of(
      "ceremony", "summit", "meeting", "conference", "dinner", "reception", "banquet", "forum", "gathering", "event", "signing",
      "talk", "negotiation", "round");

  /** Verbs that charge someone "with" what they did: "charged two citizens with setting the fire". */
  private static final Set<String> CHARGING = Set.of("charge", "indict");

  /**
   * A verb's objects, or in a relative clause without a pronoun whose subject is named, the noun it describes: "a charge
   * Belgrade rejected", "the attack Russia launched".
   */
  private List<Integer> objectsOrGap(int verb) {
    List<Integer> objects = tree.children(verb, "obj");
    int noun = tree.parent(verb);
    if (tree.relation(verb).equals("acl:relcl") && noun >= 0 && noun < verb && tree.token(noun).isNoun()) {
      // "Pakistan, which it attacked in May", "the Emirates, which Khartoum accuses of arming the RSF": a relative
      // pronoun as object stands for the noun the clause describes.
      objects = objects.stream().map(object -> object < verb && DependencyTree.RELATIVE_PRONOUNS.contains(tree.lemma(object).toLowerCase(java.util.Locale.ROOT))
          ? noun : object).toList();
    }
    if (!objects.isEmpty() || !tree.relation(verb).equals("acl:relcl") || noun < 0 || noun > verb || !tree.token(noun).isNoun()
        || !tree.hasChild(verb, "nsubj")
        || java.util.Arrays.stream(tree.children(verb)).anyMatch(child -> DependencyTree.RELATIVE_PRONOUNS.contains(tree.lemma(child).toLowerCase(java.util.Locale.ROOT))
            || tree.relation(child).equals("mark") || tree.relation(child).equals("advmod") && tree.lemma(child).toLowerCase(java.util.Locale.ROOT).startsWith("wh"))) {
      return objects;
    }
    return List.of(noun);
  }

  /** Verbs that keep someone from an act, named by a from-gerund: "blocked investigators from detaining him". */
  public static final Set<String> PREVENTING = Set.of(
      "prevent", "block", "stop", "bar", "ban", "keep", "prohibit", "deter", "dissuade", "forbid", "restrain", "hinder",
      "discourage", "preclude");

  /**
   * Verbs by which someone carries out an attack, whose relative clause then tells what the attackers did; not those by
   * which others suffer or judge it ("survived the attack, which killed five members of the group").
   */
  private static final Set<String> ATTACKING_VERBS = Set.of(
      "carry", "launch", "conduct", "mount", "stage", "unleash", "order", "begin", "start", "resume", "intensify", "continue",
      "step", "execute", "perform", "make", "fire", "deliver", "claim");

  /** Attacks someone carries out or launches, which then kill or destroy: "launched an attack that killed". */
  private static final Set<String> ATTACK_NOUNS = Set.of(
      "attack", "strike", "airstrike", "raid", "bombardment", "offensive", "assault", "barrage", "ambush", "shelling", "bombing",
      "operation");

  /** The subjects of a verb, through voice, control and coordination: who does what the verb says. */
  public List<Integer> subjects(int verb) {
    return verbSlot(verb, "subj", 0);
  }

  private List<Integer> subjects(int verb, int depth) {
    List<Integer> subjects = new ArrayList<>();
    for (int child : tree.children(verb)) {
      String relation = tree.relation(child);
      if (relation.equals("nsubj") && isTemporal(child)) {
        // "on Wednesday to hold talks": a date parsed as a subject is a parser error, not an actor. Wire style puts the
        // day right after the subject ("Israel Friday reimposed a blockade"), and the parser makes the name a
        // compound of the date: the name is the subject.
        for (int name : tree.children(child, "compound")) {
          if (name < child && !isTemporal(name) && tree.token(name).isProperNoun()) {
            subjects.add(name);
          }
        }
        continue;
      }
      if (relation.equals("nsubj") && cityBeforeParticiple(verb, child)) {
        // "blocked roads in the capital Algiers demanding his return": the parser makes the city the participle's
        // subject; the clause's doers are demanding.
        subjects.addAll(controllerSubjects(tree.parent(verb), depth));
        continue;
      }
      if (relation.equals("nsubj")) {
        if (DependencyTree.RELATIVE_PRONOUNS.contains(tree.lemma(child)) && tree.relation(verb).equals("acl:relcl")) {
          int noun = tree.parent(verb);
          int support = tree.parent(noun);
          if (ATTACK_NOUNS.contains(tree.lemma(noun).toLowerCase(java.util.Locale.ROOT)) && tree.hasRelation(noun, "obj")
              && support >= 0 && tree.token(support).isVerb() && !tree.isPassive(support)
              && ATTACKING_VERBS.contains(tree.lemma(support).toLowerCase(java.util.Locale.ROOT))) {
            // "its forces carried out a drone strike that killed several soldiers": whoever carried out the attack
            // killed them, not the drone that names it.
            List<Integer> doers = subjects(support, depth + 1);
            if (!doers.isEmpty()) {
              subjects.addAll(doers);
              continue;
            }
          }
          subjects.add(noun);
        } else {
          subjects.add(child);
        }
      }
    }
    if (!subjects.isEmpty() || depth > 6) {
      return subjects;
    }
    int parent = tree.parent(verb);
    if (parent < 0) {
      return subjects;
    }
    String relation = tree.relation(verb);
    if (misreadGerund(tree, verb)) {
      // "accused of killing hundreds of civilians", parsed as "of (killing) hundreds": the gerund's clause is the
      // phrase of the noun it was hung on, whose head verb controls it as it would the gerund.
      int phrase = parent;
      int governor = tree.parent(phrase);
      if (governor < 0 || !tree.token(governor).isVerb() || !tree.hasRelation(phrase, "obl")) {
        return subjects;
      }
      return objectsElseSubjects(governor, depth);
    }
    if (relation.equals("xcomp")) {
      // Control: "urged Russia to stop" -> Russia; "Russia agreed to stop" -> Russia.
      List<Integer> objects = objectsOrGap(parent);
      if (!objects.isEmpty() && OBJECT_CONTROL.contains(tree.lemma(parent))) {
        return objects;
      }
      Set<String> appealCase = OBLIQUE_CONTROL.get(tree.lemma(parent));
      if (objects.isEmpty() && appealCase != null) {
        // "called on the United States to impose sanctions", "appealed to Iran to release": the one appealed to acts.
        List<Integer> appealed = new ArrayList<>();
        for (int child : tree.children(parent)) {
          if (tree.hasRelation(child, "obl") && appealCase.contains(tree.caseMarker(child))) {
            appealed.add(child);
          }
        }
        if (!appealed.isEmpty()) {
          return appealed;
        }
      }
      if (tree.token(parent).isVerb() || tree.token(parent).tag().startsWith("JJ")) {
        return controllerSubjects(parent, depth);
      }
    } else if ((relation.startsWith("obl") || relation.startsWith("advcl")) && tree.token(verb).tag().equals("VBG")
        && (hasMarker(verb, "of", "for") || hasMarker(verb, "with") && CHARGING.contains(tree.lemma(parent))
            || hasMarker(verb, "from") && PREVENTING.contains(tree.lemma(parent)))) {
      // "accused Ukraine of violating", "blamed Kyiv for attacking": the accused is the one who acted; so is the one
      // kept from acting ("blocked investigators from detaining him").
      if (tree.children(parent, "obj").isEmpty() && hasMarker(verb, "for") && !hasMarker(verb, "of") && !tree.hasChild(verb, "obj") && !tree.isPassive(parent)) {
        // "ordered to appear for questioning", "detained for questioning": a bare gerund of purpose is what others
        // will do, a noun in all but its tag; "apologized for shelling the village" has its own object.
        return subjects;
      }
      return objectsElseSubjects(parent, depth);
    } else if (relation.equals("conj") || (relation.startsWith("advcl") && (tree.token(verb).tag().equals("VBG") || isInfinitive(verb)))
        || (relation.equals("dep") && tree.token(verb).tag().equals("VBG") && verb > parent + 1 && tree.token(verb - 1).word().equals(","))) {
      // Shared subject in coordination, and participial clauses: "Russia accused Ukraine, claiming ...". The parser
      // leaves some trailing participles after a comma unlabelled ("a car bomb exploded in Mosul, killing three
      // policemen": dep); a gerund right after its verb is its object ("denied hacking"), no clause of its own. "its
      // forces were still present near the palace and had carried out a drone strike": an adjective's subject, too.
      if (tree.token(parent).isVerb() || relation.equals("conj") && tree.token(parent).tag().startsWith("JJ")
          && tree.hasChild(parent, "cop")) {
        return controllerSubjects(parent, depth);
      }
    } else if (relation.equals("acl") && isInfinitive(verb) && SELF_PROPOSED.contains(tree.lemma(parent).toLowerCase(java.util.Locale.ROOT))
        && !authorPhrases(tree, parent).isEmpty()) {
      // "an offer by Trump to send troops", "Chile's proposal to hold talks": whoever proposes would do it.
      return authorPhrases(tree, parent);
    } else if (relation.equals("acl") && tree.token(verb).tag().equals("VBG")) {
      if (DOCUMENTS.contains(tree.lemma(parent))) {
        List<Integer> authors = documentAuthors(parent);
        if (!authors.isEmpty()) {
          // "blocked an EU statement criticizing China", "Russia's resolution condemning ...": the document's author.
          return authors;
        }
        if (tree.parent(parent) >= 0 && tree.token(tree.parent(parent)).isVerb() && tree.relation(parent).equals("obj")
            && ISSUING.contains(tree.lemma(tree.parent(parent)))) {
          // "issued a statement condemning the attack": a document says what its issuer says.
          return controllerSubjects(tree.parent(parent), depth);
        }
        if (tree.parent(parent) >= 0 && tree.token(tree.parent(parent)).isVerb()) {
          // "blocked a statement criticizing China", "vetoed a resolution condemning the strikes": whoever acts on a
          // document of no named author did not write it.
          return subjects;
        }
      }
      if (isPlacePhrase(parent)) {
        // "blocked roads in Nairobi demanding the release of their leaders": a place does not demand; the parser hangs
        // the clause's participle on the place it ends with.
        return controllerSubjects(tree.parent(parent), depth);
      }
      int clause = placeClause(parent);
      if (clause >= 0) {
        // "missiles hit a neighbourhood of northern Kharkiv, killing three people": the same, the place deeper down.
        return controllerSubjects(clause, depth);
      }
      return List.of(parent);
    } else if (relation.startsWith("obl") && tree.token(verb).tag().equals("VBG")) {
      // "accused Ukraine of violating": the accused is the one who violated.
      return objectsElseSubjects(parent, depth);
    }
    return subjects;
  }

  private static final Set<String> PLACE_ENTITIES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "outside", "across", "throughout", "around");

  /**
   * Whether a verb is a gerund the parser made an adjective of the noun after it: "accused of (killing) hundreds of
   * civilians", "of (torturing) detainees". A participle right after a preposition cannot modify the noun; it governs it.
   */
  public static boolean misreadGerund(DependencyTree tree, int verb) {
    return tree.relation(verb).equals("amod") && tree.token(verb).tag().equals("VBG") && verb > 0
        && tree.token(verb - 1).tag().equals("IN") && tree.parent(verb) > verb;
  }

  /** Who a document's own words name as its author: "the EU statement", "Russia's resolution", "a statement by Hamas". */
  private List<Integer> documentAuthors(int document) {
    List<Integer> authors = new ArrayList<>(authorPhrases(tree, document));
    for (int child : tree.children(document)) {
      if (tree.relation(child).equals("compound") && child < document && tree.token(child).isProperNoun()) {
        authors.add(child);
      }
    }
    return authors;
  }

  /**
   * Whether a participle's subject is a place name the parser took from the phrase before it: "roads in the capital
   * Algiers demanding", "in Nairobi demanding" (a name right after a noun or preposition, not "with Moscow accusing").
   */
  private boolean cityBeforeParticiple(int verb, int subject) {
    if (!tree.token(verb).tag().equals("VBG") || !tree.relation(verb).equals("dep") || subject != verb - 1 || subject == 0
        || !PLACE_ENTITIES.contains(tree.token(subject).entity()) || !tree.token(subject).isProperNoun()) {
      return false;
    }
    String before = tree.token(subject - 1).tag();
    return (before.startsWith("NN") && !tree.token(subject - 1).isProperNoun()) || (before.equals("IN") && !tree.lemma(subject - 1).equals("with"));
  }

  /** Whether a noun is a named place in a locative phrase of a verb: "in Nairobi", "outside Parliament". */
  private boolean isPlacePhrase(int noun) {
    int head = tree.parent(noun);
    return head >= 0 && tree.hasRelation(noun, "obl") && tree.token(head).isVerb()
        && PLACE_ENTITIES.contains(tree.token(noun).entity()) && LOCATIVE_CASES.contains(tree.caseMarker(noun));
  }

  /** The verb of the clause a place name ends, through the noun phrases above it; -1 if the name is no place. */
  private int placeClause(int noun) {
    if (!PLACE_ENTITIES.contains(tree.token(noun).entity()) || !tree.token(noun).isProperNoun()) {
      return -1;
    }
    int head = tree.parent(noun);
    for (int steps = 0; head >= 0 && steps < 4; steps++, head = tree.parent(head)) {
      if (tree.token(head).isVerb()) {
        return head;
      }
      if (!tree.token(head).isNoun()) {
        return -1;
      }
    }
    return -1;
  }

  private boolean isTemporal(int token) {
    String entity = tree.token(token).entity();
    return entity.equals("DATE") || entity.equals("TIME") || entity.equals("DURATION") || entity.equals("SET");
  }

  private boolean hasMarker(int token, String... words) {
    return tree.introducedBy(token, java.util.Arrays.asList(words));
  }

  /** A to-infinitive: "arrived to hold talks" shares its subject with the verb it modifies. */
  private boolean isInfinitive(int verb) {
    for (int child : tree.children(verb)) {
      if (tree.relation(child).equals("mark") && tree.lemma(child).equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** Who does what a verb's gerund says: its object ("accused Ukraine of violating"), else its own doers. */
  private List<Integer> objectsElseSubjects(int verb, int depth) {
    List<Integer> objects = objectsOrGap(verb);
    return objects.isEmpty() ? controllerSubjects(verb, depth) : objects;
  }

  private List<Integer> controllerSubjects(int verb, int depth) {
    if (tree.isPassive(verb)) {
      return passiveSubjects(verb);
    }
    return subjects(verb, depth + 1);
  }

  private List<Integer> obliques(int head, String preposition, String relation) {
    List<Integer> found = new ArrayList<>();
    for (int child : tree.children(head)) {
      if (tree.hasRelation(child, relation) && tree.caseMarker(child).equals(preposition)) {
        found.add(child);
      }
    }
    return found;
  }

  private List<Integer> nounSlot(int noun, int support, String slot) {
    List<Integer> found = new ArrayList<>();
    switch (slot) {
      case "subj" -> {
        if (support >= 0) {
          boolean nounIsSubject = tree.parent(noun) == support && tree.relation(noun).equals("nsubj");
          // "released the detainees after a visit by a US envoy", "agreed after a call between Putin and Trump": a
          // meeting in a time adjunct that names its own parties is theirs, not the clause's doer's.
          // So is one a noun before it names the doer of ("freed six Americans after envoy visit"), but not where it was
          // held ("agreed to a ceasefire after Doha talks").
          boolean ownDoer = adjunct(noun, support) && java.util.Arrays.stream(tree.children(noun))
              .anyMatch(child -> tree.relation(child).equals("nmod:poss")
                  || (tree.hasRelation(child, "nmod") && OWN_PARTY_CASES.contains(tree.caseMarker(child)))
                  || (tree.relation(child).equals("compound") && child < noun && (tree.token(child).isProperNoun()
                      && !PLACE_ENTITIES.contains(tree.token(child).entity())
                      || VISITING_ROLES.contains(tree.lemma(child).toLowerCase(java.util.Locale.ROOT)))));
          if (!nounIsSubject && !ownDoer) {
            found.addAll(verbSlot(support, "subj", 0));
          }
        }
        for (int child : tree.children(noun)) {
          String relation = tree.relation(child);
          // "called the detention a coup": a predicate noun's subject is what it is said of.
          if (relation.equals("nmod:poss") || (relation.equals("nsubj") && tree.hasRelation(noun, "xcomp"))) {
            found.add(child);
          }
        }
        // "calls by Togo's government", "an offer from Bolivia": a by-phrase names the doer of what a noun says,
        // and a from-phrase the author of what is said or asked; from other nouns it names a place ("withdrawal from").
        for (int child : tree.children(noun)) {
          if (tree.hasRelation(child, "nmod")
              && (tree.caseMarker(child).equals("by") || (tree.caseMarker(child).equals("from") && AUTHORED.contains(tree.lemma(noun))))) {
            found.add(child);
          }
        }
        if (found.isEmpty()) {
          // "a ceasefire plan put forward by Egypt", "the attack carried out by militants": the by-phrase of a participle
          // that describes the noun names its doer.
          for (int child : tree.children(noun)) {
            if (isPassiveParticiple(child)) {
              found.addAll(tree.agents(child));
            }
          }
        }
        for (int child : tree.children(noun)) {
          String relation = tree.relation(child);
          if ((relation.equals("amod") || relation.equals("compound")) && child < noun) {
            found.add(child);
          }
        }
      }
      case "mod" -> found.addAll(modifiers(noun));
      case "conj" -> found.addAll(tree.children(noun, "conj"));
      // "its demand that Israel ease restrictions": what a noun says, as the parser hangs it (ccomp or acl).
      case "ccomp" -> {
        for (int child : tree.children(noun)) {
          if (tree.relation(child).equals("ccomp") || (tree.relation(child).equals("acl") && tree.token(child).isVerb())) {
            found.add(child);
          }
        }
      }
      case "obj" -> {
        if (support >= 0 && tree.parent(noun) == support && tree.relation(noun).equals("nsubj")) {
          found.addAll(tree.children(support, "obj"));
        }
      }
      default -> {
        found.addAll(obliques(noun, slot, "nmod"));
        if (support >= 0) {
          found.addAll(obliques(support, slot, "obl").stream().filter(oblique -> !servingAs(oblique)).toList());
        }
      }
    }
    return found;
  }

  /** Adjectives, compounds and adverbs that modify a word: "*joint* drills", "*military* aid". */
  private List<Integer> modifiers(int head) {
    List<Integer> found = new ArrayList<>();
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      if (relation.equals("amod") || relation.equals("compound") || relation.equals("advmod")) {
        found.add(child);
      }
    }
    return found;
  }

  /** The token and every token coordinated with it: "Russia and China" gives both. */
  public List<Integer> withConjuncts(int token) {
    List<Integer> all = new ArrayList<>();
    all.add(token);
    for (int i = 0; i < all.size(); i++) {
      for (int child : tree.children(all.get(i))) {
        if (tree.relation(child).equals("conj") && tree.token(child).isNoun() == tree.token(token).isNoun()) {
          all.add(child);
        }
      }
    }
    return all;
  }
}
