package org.parley.actor;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.nlp.CorefChain;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Mention;
import org.parley.nlp.Token;

/**
 * Resolves a mention (a head token in a sentence) to an actor code: named people by tenure on the article's
 * date, institutions and IGOs, countries by name, capitals as metonyms for governments, agent nouns with
 * their nationality words, possessors and {@code of} phrases, appositions, and coreference for pronouns.
 * Thread-safe.
 */
public final class ActorResolver {
  /** Modifier relations that belong to a name or a description of an actor. */
  private static final Set<String> NAME_RELATIONS = Set.of("compound", "flat", "flat:name");
  private static final Set<String> PRONOUN_LEMMAS = Set.of("he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "we", "i", "us", "our");
  private static final int MAX_DEPTH = 4;
  private static final Set<String> ALLEGIANCE = Set.of("loyal", "linked", "affiliated", "allied", "aligned", "tied", "close",
      "link", "affiliate", "ally", "align", "tie", "work");
  private static final Set<String> ALLEGIANCE_CASES = Set.of("to", "with", "for");

  private final ActorTables tables;
  private final PlaceTable places;

  public ActorResolver(ActorTables tables, PlaceTable places) {
    this.tables = requireNonNull(tables, "tables is null");
    this.places = requireNonNull(places, "places is null");
  }

  public ActorTables tables() {
    return tables;
  }

  /** The actor a token names, if it names one. */
  public Optional<Actor> resolve(ActorContext context, int sentence, int token) {
    return resolve(context, sentence, token, 0);
  }

  /**
   * The actors a noun phrase names: one, or one per coordinated nationality word ("Iranian and Russian warships",
   * "his French and German counterparts"), each with the head's role.
   */
  public List<Actor> resolveAll(ActorContext context, int sentence, int token) {
    // "both sides", "the two countries" are two parties: coreference, which may link them to one of the two, is read
    // only where no coordination of named parties comes before them.
    List<Actor> pair = bothSides(context, sentence, token);
    if (!pair.isEmpty()) {
      return pair;
    }
    DependencyTree tree = context.tree(sentence);
    int h = head(tree, token);
    if (pairPhrase(tree, h) && antecedents(context, sentence, h).stream()
        .anyMatch(antecedent -> pastContext(context.tree(antecedent.mention().sentence()), antecedent.head()))) {
      // "... since Israel and the United States bombed Iran's sites. Both sides agreed to meet again": not those two.
      return List.of();
    }
    Optional<Actor> first = resolve(context, sentence, token);
    if (first.isEmpty()) {
      return List.of();
    }
    Actor actor = first.get();
    List<Actor> actors = new ArrayList<>(List.of(actor));
    actors.addAll(coordinatedAntecedent(context, sentence, token, actor));
    // "dozens of Sudanese and Eritrean refugees": the nationality words are on the counted noun. "U.S. and Ukrainian
    // negotiators met": a country's name may head them.
    for (int child : tree.children(counted(tree, token))) {
      if (tree.relation(child).equals("amod") || tree.relation(child).equals("compound")) {
        actors.addAll(conjunctCountries(context, tree, child, actor));
      }
    }
    if (!actor.code().country().isEmpty() && !actor.code().role().isEmpty()) {
      // "the foreign ministers of Russia and China", "officials in Kenya and Uganda": agents of coordinated countries
      // are each country's agents.
      for (int child : tree.children(head(tree, token))) {
        if (tree.relation(child).startsWith("nmod") && AGENT_CASES.contains(tree.caseMarker(child))) {
          conjunctCountries(context, tree, child, actor).stream()
              .filter(other -> !other.code().country().equals(actor.code().country())).forEach(actors::add);
        }
      }
    }
    return splitCompoundCodes(actors);
  }

  /**
   * The other countries a modifier of the actor's own country is coordinated with ("Iranian and Russian", "of Russia and
   * China"), each an actor in the actor's role, spanning its conjunct's word.
   */
  private List<Actor> conjunctCountries(ActorContext context, DependencyTree tree, int modifier, Actor actor) {
    boolean sameCountry = modifierCountry(tree, modifier, context).map(code -> code.country().equals(actor.code().country())).orElse(false);
    if (!sameCountry || actor.code().country().isEmpty()) {
      return List.of();
    }
    List<Actor> others = new ArrayList<>();
    for (int conjunct : tree.children(modifier, "conj")) {
      Optional<ActorCode> other = modifierCountry(tree, conjunct, context).filter(code -> !code.country().isEmpty());
      Optional<ActorCode> body = namedActor(tree, conjunct, context).filter(code -> code.country().isEmpty() && code.identified());
      if (other.isEmpty() && body.isPresent()) {
        // "Polish and NATO jets": an international body's forces are the body.
        Token word = tree.token(conjunct);
        others.add(new Actor(word.word(), new Span(word.word(), word.begin(), word.end()), body.get()));
      } else if (other.isPresent()) {
        String role = actor.code().role();
        ActorCode code = role.isEmpty() ? other.get() : ActorCode.of(other.get().country(), role);
        Token word = tree.token(conjunct);
        others.add(new Actor(word.word(), new Span(word.word(), word.begin(), word.end()), code));
      }
    }
    return others;
  }

  /** The cases by which an agent noun names whose agent it is: "ministers of", "officials in", "troops from". */
  private static final Set<String> AGENT_CASES = Set.of("of", "in", "from");

  /**
   * A name a PETRARCH dictionary codes as several actors at once ({@code [FRO/BIL/SAM]}, "the Shire" standing for three
   * of its people) is each of them, as PETRARCH codes it: one actor per code, all spanning the same words.
   */
  private List<Actor> splitCompoundCodes(List<Actor> actors) {
    if (actors.stream().noneMatch(actor -> actor.code().code().contains("/"))) {
      return actors;
    }
    List<Actor> split = new ArrayList<>();
    for (Actor actor : actors) {
      if (!actor.code().code().contains("/")) {
        split.add(actor);
        continue;
      }
      for (String part : actor.code().code().split("/")) {
        if (!part.isBlank()) {
          split.add(new Actor(actor.text(), actor.span(), tables.parseCode(part.strip())));
        }
      }
    }
    return split;
  }

  private Optional<Actor> resolve(ActorContext context, int sentence, int token, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    DependencyTree tree = context.tree(sentence);
    Token head = tree.token(head(tree, token));
    int h = head.index();
    // "the US" is a name whose lemma the lemmatizer gives as "us"; only a word that is not a proper noun is a pronoun.
    if (head.isPronoun() || (PRONOUN_LEMMAS.contains(tree.lemma(h)) && !head.isProperNoun())) {
      if (tree.lemma(h).equals("we") || tree.lemma(h).equals("i") || tree.lemma(h).equals("us") || tree.lemma(h).equals("our")) {
        return Optional.empty();
      }
      Optional<Integer> judged = judgedThing(tree, h);
      if (judged.isPresent()) {
        // "Japan condemned the launch, saying it violated U.N. resolutions": what violates is what was condemned.
        return resolve(context, sentence, judged.get(), depth + 1).map(found -> new Actor(found.text(), span(tree, h, h), found.code()));
      }
      // The speaker first: "Hamas said it would not attend" is Hamas's word about itself, whatever a coreference chain
      // reaching into earlier sentences says.
      return speaker(context, sentence, h, depth).or(() -> ownersClauseSubject(context, sentence, h, depth))
          .or(() -> throughCoreference(context, sentence, h, depth))
          .or(() -> namedPersonBefore(context, sentence, h, depth))
          .map(found -> new Actor(found.text(), span(tree, h, h), found.code()));
    }
    Optional<ActorCode> half = koreanHalf(tree, h, context);
    if (half.isPresent()) {
      return Optional.of(actor(tree, h, half.get()));
    }
    Optional<ActorCode> ethnic = ethnicGroup(tree, h, context);
    if (ethnic.isPresent()) {
      return Optional.of(actor(tree, h, ethnic.get()));
    }
    Optional<ActorCode> named = namedActor(tree, h, context);
    if (named.isEmpty() && head.isProperNoun()) {
      named = titledPerson(tree, h, context);
    }
    if (named.isPresent() && !named.get().country().isEmpty() && !formerHolder(tree, h)
        && (named.get().role().equals("ELI") || named.get().role().isEmpty() && head.isProperNoun())) {
      // "President Bush", "Prime Minister Tanaev": a current title in the text says the person holds the office,
      // whatever the tenure table says of the article's date; "former President Bush" stays an elite. A name the
      // tables know only by country (PETRARCH's dictionaries list leaders so) takes the office the same way.
      Optional<String> office = currentTitle(tree, h);
      if (office.isEmpty() && named.get().role().equals("ELI")) {
        // "Opposition leader Raila Odinga": a former office holder the text titles as the opposition's leads it.
        office = titleRole(tree, h, OPPOSITION_TITLES);
      }
      if (office.isPresent()) {
        named = Optional.of(ActorCode.of(named.get().country(), office.get()));
      }
    }
    if (named.isPresent() && named.get().role().isEmpty() && !named.get().country().isEmpty() && head.isProperNoun()
        && tables.countryByName(head.word()).isEmpty()) {
      // "Georgian Dream, the ruling party": a name known only by its nationality word takes its apposition's role.
      String country = named.get().country();
      for (int apposition : tree.children(h, "appos")) {
        Optional<ActorCode> described = describedActor(context, sentence, apposition, depth + 1)
            .filter(code -> !code.role().isEmpty() && (code.country().isEmpty() || code.country().equals(country)));
        if (described.isPresent()) {
          named = Optional.of(ActorCode.of(country, described.get().role()));
          break;
        }
      }
    }
    if (named.isPresent() && named.get().role().isEmpty() && !named.get().country().isEmpty()
        && (head.tag().equals("NNPS") || head.tag().equals("NNS")) && tables.countryByDemonym(head.word()).isPresent()
        && countedOrDescribed(tree, h, tables)) {
      // "young Algerians", "168 Liberians", "thousands of Nigerians": a nation's people counted or described are its
      // citizens (CVL), as ICEWS and PLOVER code them. "The Palestinians reject the plan" is the nation as a party.
      named = Optional.of(ActorCode.of(named.get().country(), "CVL"));
    }
    if (named.isPresent()) {
      return Optional.of(actor(tree, h, named.get()));
    }
    Optional<ActorCode> described = describedActor(context, sentence, h, depth);
    if (described.filter(code -> STATESMEN_ROLES.contains(code.role())).isPresent() && personsGroup(tree, h)) {
      // "Sharaa, whose group once fought U.S. forces": a statesman's group is not the statesman, nor his government. A
      // group leader's ("the Hamas leader said his group") is the group.
      return Optional.empty();
    }
    if (described.isPresent() && described.get().identified()) {
      return Optional.of(actor(tree, h, described.get()));
    }
    Optional<ActorCode> commanded = depth <= 1 && described.isPresent() ? commandersOwn(context, sentence, h, described.get(), depth)
        : Optional.empty();
    if (commanded.isPresent()) {
      return Optional.of(actor(tree, h, commanded.get()));
    }
    Optional<ActorCode> struck = depth <= 1 && described.isPresent() ? struckForces(context, sentence, h, described.get(), depth)
        : Optional.empty();
    if (struck.isPresent()) {
      return Optional.of(actor(tree, h, struck.get()));
    }
    if (relational(tree, h) && !tree.children(h, "nmod:poss").isEmpty()) {
      // "Armenia accused its neighbour": coreference links such a phrase to its possessor's other mentions too often.
      return described.map(code -> actor(tree, h, code));
    }
    if (depth <= 1 && BLOC_WORDS.contains(tree.lemma(h).toLowerCase(Locale.ROOT))) {
      // "the bloc" is an international organisation, never the state coreference may link it to ("the Kremlin").
      Optional<ActorCode> bloc = blocAntecedent(context, sentence, h);
      if (bloc.isPresent()) {
        return Optional.of(actor(tree, h, bloc.get()));
      }
    }
    // A longer name the article gave before is surer than a coreference chain ("Galstanyan" linked to "Pashinyan").
    Optional<ActorCode> fuller = depth <= 1 ? fullerName(context, sentence, h, depth) : Optional.empty();
    if (fuller.isPresent()) {
      return Optional.of(actor(tree, h, fuller.get()));
    }
    // "the paramilitary group", "the militant group": the nearest group named before is surer than a chain, which
    // links such a phrase to any organisation ("the Security Council condemned the RSF's assault after the group ...").
    boolean groupWord = GROUP_WORDS.contains(tree.lemma(h).toLowerCase(Locale.ROOT));
    Optional<ActorCode> nearestGroup = depth <= 1 && groupWord ? groupAntecedent(context, sentence, h) : Optional.empty();
    if (nearestGroup.isPresent()) {
      return Optional.of(actor(tree, h, nearestGroup.get()));
    }
    // "the minister", "the envoy": a description without a country takes it from what it corefers with.
    Optional<Actor> viaChain = throughCoreference(context, sentence, h, depth);
    // "The European Union urged restraint. The opposition said ...": a chain that links a society's own group (the
    // opposition, a party, civilians) to a body of no country and another kind has joined two parties. A court or a
    // council may well be an international one ("the court" for the ICC).
    viaChain = viaChain.filter(found -> described.isEmpty() || !SOCIETY_ROLES.contains(described.get().role())
        || !found.code().country().isEmpty() || found.code().role().isEmpty() || found.code().role().equals(described.get().role()));
    if (viaChain.isPresent()) {
      ActorCode chainCode = viaChain.get().code();
      if (described.isPresent() && !chainCode.country().isEmpty() && !described.get().role().isEmpty()) {
        ActorCode merged = ActorCode.of(chainCode.country(), described.get().role());
        return Optional.of(actor(tree, h, merged));
      }
      return Optional.of(new Actor(phraseText(tree, h), span(tree, phraseBegin(tree, h), phraseEnd(tree, h)), chainCode));
    }
    // Searched from the mention and one step below it ("the group's fighters"), never from inside another search.
    // A group word was searched for above; here armed members ("the militants") are.
    Optional<ActorCode> group = depth <= 1 && !groupWord ? groupAntecedent(context, sentence, h) : Optional.empty();
    if (group.isPresent()) {
      return Optional.of(actor(tree, h, group.get()));
    }
    Optional<ActorCode> sameRole = depth <= 1 && described.isPresent() ? roleAntecedent(context, sentence, h, described.get())
        : Optional.empty();
    if (sameRole.isPresent()) {
      return Optional.of(actor(tree, h, sameRole.get()));
    }
    return described.map(code -> actor(tree, h, code));
  }

  private static final Set<String> GROUP_WORDS = Set.of("group", "movement", "militia", "faction", "organisation", "organization", "outfit");
  /** Words for an international organisation named before: "the bloc", "the alliance". */
  private static final Set<String> BLOC_WORDS = Set.of("bloc", "alliance", "agency", "watchdog");
  /** Words for an agency named just before: "the agency", "the watchdog". */
  private static final Set<String> AGENCY_WORDS = Set.of("agency", "watchdog");
  /** Armed group members named by their role: "the rebels" are the armed group named before them. */
  private static final Set<String> ARMED_MEMBERS = Set.of("rebel", "militant", "insurgent", "guerrilla", "jihadist");
  private static final Set<String> NON_STATE_ROLES = Set.of("REB", "RAD", "UAF", "CRM", "OPP", "PTY", "NGO");
  /** Groups of a society, never an international body: the opposition, a party, civilians, workers, the press. */
  private static final Set<String> SOCIETY_ROLES = Set.of("OPP", "PTY", "CVL", "LAB", "BUS", "MED", "EDU", "REL", "REB", "RAD", "CRM");

  /** How many sentences before a mention the antecedent searches read, besides the mention's own. */
  private static final int ANTECEDENT_LOOKBACK = 2;

  /** A word of an earlier part of the article: its sentence and its index there. */
  private record Earlier(int sentence, int token) {}

  /** The words before a mention, in its sentence and the {@link #ANTECEDENT_LOOKBACK} before it, nearest first. */
  private static List<Earlier> wordsBefore(ActorContext context, int sentence, int head) {
    return wordsBefore(context, sentence, head, ANTECEDENT_LOOKBACK);
  }

  /** The words before a mention, in its sentence and the given number before it, nearest first. */
  private static List<Earlier> wordsBefore(ActorContext context, int sentence, int head, int lookback) {
    List<Earlier> words = new ArrayList<>();
    for (int back = sentence; back >= 0 && back >= sentence - lookback; back--) {
      int last = back == sentence ? head - 1 : context.tree(back).size() - 1;
      for (int token = last; token >= 0; token--) {
        words.add(new Earlier(back, token));
      }
    }
    return words;
  }

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "she", "her", "they", "them");
  /** Prepositions of a gerund whose doer is the governing verb's object: "accused Arce of trying", "blamed X for". */
  private static final Set<String> OBJECT_CONTROL_CASES = Set.of("of", "for", "from");

  /**
   * "imposed sanctions on Bidzina Ivanishvili, accusing him of", "expels two British diplomats, accusing them of
   * spying": where coreference leaves an object "him", "her" or "them" unlinked, the nearest person (for "them", people)
   * named before it in its sentence who does not control its clause.
   */
  private Optional<Actor> namedPersonBefore(ActorContext context, int sentence, int pronoun, int depth) {
    DependencyTree tree = context.tree(sentence);
    // Objects only: an owner ("his car" in an accusation) is more often the speaker's own, which the frame supplies.
    if (depth > 1 || !PERSONAL_PRONOUNS.contains(tree.lemma(pronoun).toLowerCase(Locale.ROOT))
        || !(tree.relation(pronoun).equals("obj") || tree.relation(pronoun).equals("iobj"))) {
      return Optional.empty();
    }
    boolean plural = tree.token(pronoun).word().equalsIgnoreCase("them");
    // "accused President Luis Arce of trying to kill him": the subjects of the verbs above the pronoun, and their objects
    // where those control the clause below (an infinitive, a gerund "of", "for" or "from"), are not "him". The search
    // stops at the first clause with a subject of its own: "Orban said ..., as his government announced" may be Orban's.
    Set<Integer> controllers = new java.util.HashSet<>();
    int below = pronoun;
    for (int verb = tree.parent(pronoun); verb >= 0; verb = tree.parent(verb)) {
      String link = tree.relation(below);
      boolean objectControl = link.equals("xcomp")
          || (link.startsWith("advcl") || link.startsWith("obl")) && tree.introducedBy(below, OBJECT_CONTROL_CASES);
      boolean subject = false;
      for (int child : tree.children(verb)) {
        String relation = tree.relation(child);
        if (relation.startsWith("nsubj") || objectControl && (relation.equals("obj") || relation.equals("iobj"))) {
          controllers.add(child);
        }
        subject |= relation.startsWith("nsubj") && child != pronoun;
      }
      if (subject) {
        break;
      }
      below = verb;
    }
    for (int token = pronoun - 1; token >= 0; token--) {
      Token word = tree.token(token);
      // "imposed sanctions on Petro, accusing him": a name the office holders' table knows is a person's whatever
      // entity the tagger gave it.
      boolean candidate = plural ? word.tag().equals("NNS") || word.tag().equals("NNPS")
          : word.isProperNoun() && (word.entity().equals("PERSON") || tables.person(word.word(), context.date()).isPresent());
      if (!candidate || NAME_RELATIONS.contains(tree.relation(token)) || controllers.contains(token)) {
        continue;
      }
      Optional<Actor> found = resolve(context, sentence, token, depth + 1);
      if (found.isPresent() && found.get().code().identified()) {
        return found;
      }
      if (!plural) {
        // The nearest person is the one meant or no one; plural nouns before "them" are often no party ("two weeks").
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "opposition candidate Issa Tchiroma Bakary ... Tchiroma accused the government": a person named by one word of a
   * longer name given before in the article, not necessarily its last, is that person, when coreference missed it.
   */
  private Optional<ActorCode> fullerName(ActorContext context, int sentence, int head, int depth) {
    DependencyTree tree = context.tree(sentence);
    Token word = tree.token(head);
    if (!word.isProperNoun() || !word.entity().equals("PERSON") || nameBegin(tree, head) != head || nameEnd(tree, head) != head) {
      return Optional.empty();
    }
    for (Earlier earlier : wordsBefore(context, sentence, head, sentence)) {
      DependencyTree other = context.tree(earlier.sentence());
      if (!other.token(earlier.token()).word().equals(word.word())) {
        continue;
      }
      int name = NAME_RELATIONS.contains(other.relation(earlier.token())) ? other.parent(earlier.token()) : earlier.token();
      if (name < 0 || nameBegin(other, name) == nameEnd(other, name)) {
        continue;
      }
      // The same person has the same code, even one the story's home country completes later ("Archbishop X": ---REL).
      Optional<Actor> found = resolve(context, earlier.sentence(), name, depth + 1);
      if (found.isPresent() && (found.get().code().identified() || !found.get().code().role().isEmpty())) {
        return Optional.of(found.get().code());
      }
    }
    return Optional.empty();
  }

  /** Whether a noun is "the" noun with no name or of-phrase of its own: "the group", not "the Wagner group". */
  private static boolean bareDefinite(DependencyTree tree, int head) {
    boolean definite = java.util.Arrays.stream(tree.children(head))
        .anyMatch(child -> tree.relation(child).equals("det") && tree.lemma(child).equalsIgnoreCase("the"));
    boolean owned = java.util.Arrays.stream(tree.children(head))
        .anyMatch(child -> tree.relation(child).startsWith("nmod") && !tree.token(child).tag().startsWith("VB")
            || NAME_RELATIONS.contains(tree.relation(child)));
    // "accused the group of stalling": a gerund the parser hung on the noun is what it is accused of, not its owner.
    return definite && !owned;
  }

  /**
   * "The EU approved sanctions ... The bloc also agreed to lift sanctions on Syria": a definite "the bloc" or "the
   * alliance" of nobody's is the nearest international organisation named anywhere before it.
   */
  private Optional<ActorCode> blocAntecedent(ActorContext context, int sentence, int head) {
    DependencyTree tree = context.tree(sentence);
    if (!bareDefinite(tree, head)) {
      return Optional.empty();
    }
    String lemma = tree.lemma(head).toLowerCase(Locale.ROOT);
    // "the agency", "the watchdog" stand for an agency named close before: the IAEA, or the CIA when its name says so.
    boolean agency = AGENCY_WORDS.contains(lemma);
    for (Earlier word : wordsBefore(context, sentence, head, agency ? ANTECEDENT_LOOKBACK : sentence)) {
      DependencyTree earlier = context.tree(word.sentence());
      if (earlier.token(word.token()).isProperNoun()) {
        Optional<ActorCode> named = namedActor(earlier, word.token(), context);
        if (named.isPresent() && agency && earlier.sentence().textOf(nameBegin(earlier, word.token()), nameEnd(earlier, word.token()))
            .toLowerCase(Locale.ROOT).contains(lemma)) {
          return named;
        }
        Optional<ActorCode> bloc = named.filter(code -> code.role().equals("IGO"));
        if (bloc.isPresent()) {
          return bloc;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "targeted Hezbollah weapons depots and accused the group of rearming": where coreference links "the group" (or
   * "the militant group", "the movement") to nothing, it is the nearest organisation named before it in this sentence
   * or the two before, an armed group, a party or an NGO rather than a state.
   */
  private Optional<ActorCode> groupAntecedent(ActorContext context, int sentence, int head) {
    DependencyTree tree = context.tree(sentence);
    String lemma = tree.lemma(head).toLowerCase(Locale.ROOT);
    boolean members = ARMED_MEMBERS.contains(lemma) || lemma.endsWith("s") && ARMED_MEMBERS.contains(lemma.substring(0, lemma.length() - 1));
    if (!bareDefinite(tree, head) || !(GROUP_WORDS.contains(lemma) || members)) {
      return Optional.empty();
    }
    for (Earlier word : wordsBefore(context, sentence, head)) {
      DependencyTree earlier = context.tree(word.sentence());
      int token = word.token();
      // Names ("Hezbollah weapons depots") and heads of noun phrases ("the M23 rebel group", whose name the tagger may
      // read as a common noun).
      boolean name = earlier.token(token).isProperNoun() && !(token + 1 < earlier.size() && earlier.token(token + 1).isProperNoun());
      boolean phrase = earlier.token(token).isNoun() && !earlier.token(token).isProperNoun() && !earlier.token(token).isPronoun()
          && !NAME_RELATIONS.contains(earlier.relation(token));
      if (!name && !phrase) {
        continue;
      }
      Optional<ActorCode> named = (name ? namedActor(earlier, token, context)
          : describedActor(context, word.sentence(), token, MAX_DEPTH).filter(ActorCode::identified))
          .filter(code -> NON_STATE_ROLES.contains(code.role()) || code.country().isEmpty() && code.identified())
          .filter(code -> !members || code.role().equals("REB") || code.role().equals("RAD"));
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * "China imposed sanctions on seven U.S. defence companies ... added the companies to its entity list", "Sudan's army
   * said ... the troops had killed", "army spokesman Nabil Abdallah": where coreference links a definite role noun, or a
   * name titled only by its role, of no country to nothing, it is the
   * nearest actor of the same role named in its sentence or the two before, with that actor's country; never the story's
   * home country, which is only where unknown agents go when nothing closer says whose they are.
   */
  private Optional<ActorCode> roleAntecedent(ActorContext context, int sentence, int head, ActorCode described) {
    DependencyTree tree = context.tree(sentence);
    boolean titled = tree.token(head).isProperNoun() && java.util.Arrays.stream(tree.children(head))
        .anyMatch(child -> child < head && NAME_RELATIONS.contains(tree.relation(child)) && roleOf(tree, child).isPresent());
    String lemma = tree.lemma(head).toLowerCase(Locale.ROOT);
    // A body or a group ("the troops", "the junta"), not one person ("the commander, Mohammed Nasser" of another side).
    boolean body = tree.token(head).tag().equals("NNS") || BODIES.contains(lemma);
    if (described.identified() || described.role().isEmpty() || !described.country().isEmpty() || machine(lemma) || MUNITIONS.contains(lemma)
        || !(titled || body && !tree.token(head).isProperNoun() && bareDefinite(tree, head))) {
      return Optional.empty();
    }
    Set<Integer> addressers = addressers(tree, head);
    boolean diplomat = DIPLOMATS.contains(lemma) || java.util.Arrays.stream(tree.children(head))
        .anyMatch(child -> child < head && DIPLOMATS.contains(tree.lemma(child).toLowerCase(Locale.ROOT)));
    // A government is named by its country, its capital or its leader in every other sentence, whichever state it is:
    // only a described one ("Niger's military government ... the junta") says which "the government" is.
    boolean government = described.role().equals("GOV");
    for (Earlier word : wordsBefore(context, sentence, head)) {
      DependencyTree earlier = context.tree(word.sentence());
      int token = word.token();
      if (!earlier.token(token).isNoun() || earlier.token(token).isPronoun() || NAME_RELATIONS.contains(earlier.relation(token))
          || government && earlier.token(token).isProperNoun()
          || !earlier.token(token).isProperNoun() && roleOf(earlier, token).isEmpty()) {
        // A common noun stands for an actor of its own role ("the army"), not its possessor's ("Washington's approval").
        continue;
      }
      if (word.sentence() == sentence && addressers.contains(token)) {
        // "The State Department urged the government to release prisoners": who addresses the government is not it.
        continue;
      }
      if (!diplomat && DIPLOMATS.contains(earlier.lemma(token).toLowerCase(Locale.ROOT))) {
        // "summoned Japan's ambassador ... Vice Foreign Minister Sun Weidong lodged representations": an envoy serves
        // abroad, among the officials of the state that receives him, not his own.
        continue;
      }
      Optional<ActorCode> found = (earlier.token(token).isProperNoun() ? namedActor(earlier, token, context)
          : describedActor(context, word.sentence(), token, MAX_DEPTH - 1))
          .filter(code -> code.identified() && !code.country().isEmpty() && code.role().equals(described.role()));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * "sought to resume dialogue with the North": in a story about the two Koreas, "the North" and "the South" are the
   * two states, as the wires write them.
   */
  private Optional<ActorCode> koreanHalf(DependencyTree tree, int head, ActorContext context) {
    String word = tree.token(head).word();
    if (!(word.equals("North") || word.equals("South")) || !tree.token(head).isProperNoun()
        || java.util.Arrays.stream(tree.children(head)).anyMatch(child -> !tree.relation(child).equals("det")
            && !tree.relation(child).equals("case") && !tree.relation(child).equals("punct"))
        || tree.children(head, "det").stream().noneMatch(det -> tree.lemma(det).equalsIgnoreCase("the"))) {
      return Optional.empty();
    }
    String text = context.article().text();
    boolean korea = (text.contains("North Korea") || text.contains("Pyongyang")) && (text.contains("South Korea") || text.contains("Seoul"));
    return korea ? Optional.of(tables.parseCode(word.equals("North") ? "PRK" : "KOR")) : Optional.empty();
  }

  /** Nouns of those who back a party without being it. */
  private static final Set<String> SUPPORTERS = Set.of("supporter", "follower", "loyalist", "sympathizer", "sympathiser", "backer", "admirer");
  /** Roles of a state's own organs, whose supporters are not those organs. */
  private static final Set<String> STATE_OWNERS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /** Nouns of those who represent their state in another. */
  private static final Set<String> DIPLOMATS = Set.of(
      "ambassador", "envoy", "diplomat", "d'affaires", "consul", "attache", "attaché", "embassy", "consulate", "emissary");

  /** Singular nouns that name a body of people rather than one person. */
  private static final Set<String> BODIES = Set.of(
      "army", "military", "junta", "regime", "navy", "police", "force", "administration", "government", "cabinet", "leadership",
      "command", "guard", "militia", "parliament", "court", "judiciary", "ministry", "company");

  /** Weapons and war machines, which the tables give the military role: "a drone" over Odesa is not Ukraine's. */
  private static final Set<String> MACHINES = Set.of(
      "drone", "missile", "rocket", "warplane", "jet", "aircraft", "helicopter", "bomber", "warship", "frigate", "destroyer",
      "submarine", "gunboat", "vehicle", "tank", "artillery");

  /** Whether a word (singular or plural, lower case) names a weapon or war machine rather than who uses it. */
  public static boolean machine(String word) {
    return MACHINES.contains(word) || (word.endsWith("s") && MACHINES.contains(word.substring(0, word.length() - 1)));
  }

  /** What weapons fire: a role word before them ("artillery shells", "army rockets") makes no actor of them. */
  private static final Set<String> MUNITIONS = Set.of(
      "shell", "round", "rocket", "missile", "bomb", "bullet", "grenade", "munition", "projectile", "mortar", "ammunition");
  /** What a state decides or shares in some field: "military policies", "military intelligence" are the state's, no agent's. */
  private static final Set<String> MEASURES = Set.of(
      "policy", "strategy", "doctrine", "budget", "spending", "decision", "law", "reform", "relation", "relations", "tie", "ties",
      "cooperation", "intelligence", "information", "expertise", "technology", "secret", "secrets");

  /** Nouns that name a party by its relation to the possessor, who is someone else. */
  private static final Set<String> RELATIONAL = Set.of(
      "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "ally", "partner", "counterpart", "opponent", "archrival",
      "arch-rival", "neighbours", "neighbors", "rivals", "enemies", "allies", "partners", "opponents");

  /** Whether a noun names a party by its relation to its possessor ("its neighbour", "Russia's allies"). */
  public static boolean relational(DependencyTree tree, int noun) {
    return RELATIONAL.contains(tree.lemma(noun).toLowerCase(Locale.ROOT));
  }

  /** An international organisation's force, its organisation unnamed (CAMEO's IGO with the military role). */
  private static final ActorCode INTERNATIONAL_FORCE = ActorCodes.parse("IGOMIL");
  private static final Set<String> PEACEKEEPING = Set.of("peacekeeping", "peace-keeping");

  /** Whether a noun names peacekeepers: "peacekeepers", "blue helmets", "a peacekeeping force", "peace-keeping troops". */
  private static boolean internationalForce(DependencyTree tree, int head) {
    String lemma = tree.lemma(head).toLowerCase(Locale.ROOT);
    if (lemma.equals("peacekeeper") || lemma.equals("peacekeepers") || lemma.equals("peace-keeper")) {
      return true;
    }
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      String modifier = tree.lemma(child).toLowerCase(Locale.ROOT);
      if ((relation.equals("amod") || relation.equals("compound")) && child < head
          && (PEACEKEEPING.contains(modifier) || (modifier.equals("blue") && lemma.startsWith("helmet")))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a plural noun is counted, quantified or described: "168 Liberians", "thousands of Kenyans", "young Algerians". */
  private static boolean countedOrDescribed(DependencyTree tree, int noun, ActorTables tables) {
    for (int child : tree.children(noun)) {
      String relation = tree.relation(child);
      // "Bosnian Serbs" is a people named by two nationality words, not a description.
      boolean described = relation.equals("amod") && !tree.token(child).isProperNoun() && tables.countryByDemonym(tree.token(child).word()).isEmpty();
      if (relation.equals("nummod") || described
          || (relation.equals("det") && QUANTITIES.contains(tree.lemma(child)))) {
        return true;
      }
    }
    int parent = tree.parent(noun);
    return parent >= 0 && tree.relation(noun).startsWith("nmod") && QUANTITIES.contains(tree.lemma(parent));
  }

  /** Case markers and determiners are not heads; climb to the nominal they belong to. */
  private static int head(DependencyTree tree, int token) {
    String relation = tree.relation(token);
    if ((relation.equals("case") || relation.equals("det")) && tree.parent(token) >= 0) {
      return tree.parent(token);
    }
    return counted(tree, token);
  }

  /** Words that count or group the actor they govern: "tens of thousands of protesters", "a group of rebels". */
  private static final Set<String> QUANTITIES = Set.of(
      "ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", "score",
      "scores", "number", "group", "crowd", "crowds", "handful", "team", "delegation", "contingent", "unit", "band", "column",
      "convoy", "wave", "swarm", "barrage", "salvo", "batch", "lot", "majority", "minority", "some", "many", "several", "all");

  /** The noun a count or group word stands for ("scores of refugees" gives "refugees"), or the token itself. */
  public static int counted(DependencyTree tree, int token) {
    return tree.throughOf(token, QUANTITIES, 3);
  }

  /**
   * "Houthi rebels said they attacked a tanker", "the union said it would call off the strike": the subject pronoun of a
   * reported clause is the speaker, if they agree in number (and "he" or "she" is a person, "it" is not).
   */
  private Optional<Actor> speaker(ActorContext context, int sentence, int pronoun, int depth) {
    DependencyTree tree = context.tree(sentence);
    int subjectWord = pronoun;
    if (tree.relation(pronoun).equals("nmod:poss") && tree.parent(pronoun) >= 0) {
      // "the RSF said its forces had captured a base": the possessor of the reported clause's subject, too.
      subjectWord = tree.parent(pronoun);
    }
    int clause = tree.parent(subjectWord);
    // "said most of the projectiles were intercepted and that its jets had struck targets": a second reported clause
    // joined to the first.
    while (clause >= 0 && tree.relation(clause).equals("conj") && tree.parent(clause) >= 0
        && !tree.children(clause, "mark").isEmpty()) {
      clause = tree.parent(clause);
    }
    if (clause < 0 || !tree.relation(subjectWord).startsWith("nsubj") || !tree.relation(clause).equals("ccomp") || tree.parent(clause) < 0) {
      return Optional.empty();
    }
    String word = POSSESSIVES.getOrDefault(tree.token(pronoun).word().toLowerCase(Locale.ROOT), tree.lemma(pronoun).toLowerCase(Locale.ROOT));
    int saying = tree.parent(clause);
    boolean participle = tree.relation(saying).equals("advcl") && tree.token(saying).tag().equals("VBG");
    if (tree.children(saying, "nsubj").isEmpty() && (tree.relation(saying).equals("conj") || participle) && tree.parent(saying) >= 0) {
      // "denied the claim and said its forces...": the saying verb shares the first verb's subject; so does a
      // participle of saying ("Israel has kept up strikes, saying it is targeting ...").
      saying = tree.parent(saying);
    }
    for (int subject : tree.children(saying, "nsubj")) {
      Token token = tree.token(subject);
      // "The Houthis said they had targeted the vessel": the tagger often gives a plural name the singular tag.
      boolean plural = token.tag().equals("NNS") || token.tag().equals("NNPS")
          || word.equals("they") && token.tag().equals("NNP") && token.word().endsWith("s") && !token.word().endsWith("ss");
      // "Jordan says it will ...": the tagger may take a country's name for a person's.
      boolean person = token.entity().equals("PERSON")
          && lookupName(token.word(), context).filter(code -> code.role().isEmpty() && !code.country().isEmpty()).isEmpty();
      boolean agrees = switch (word) {
        case "they" -> plural;
        case "it" -> !plural && !person && token.tag().startsWith("NN");
        case "he", "she" -> !plural && (person || token.tag().equals("NN"));
        default -> false;
      };
      if (agrees) {
        // "the group's radio station said its fighters...": whose fighters the possessor of a spokesman or outlet says.
        List<Integer> owners = tree.relation(pronoun).equals("nmod:poss") ? tree.children(subject, "nmod:poss") : List.of();
        for (int owner : owners) {
          Optional<Actor> found = resolve(context, sentence, owner, depth + 1);
          if (found.isPresent()) {
            return found;
          }
        }
        return resolve(context, sentence, subject, depth + 1);
      }
    }
    return Optional.empty();
  }

  /** Whether a word names a capital city and no country or nationality: "Baku", not "Russia" or "Russian". */
  private boolean cityName(String word) {
    return tables.countryByCapital(word).isPresent() && tables.countryByName(word).isEmpty() && tables.countryByDemonym(word).isEmpty();
  }

  /** Participles of a hyphened owner: "British-owned", "Liberian-flagged", "Kenya-led", "Houthi-controlled". */
  private static final Set<String> OWNERSHIP = Set.of("own", "flag", "register", "operate", "lead", "run", "control");

  /**
   * "North Korea fired missiles towards its northeast, South Korea's military said": "its" on a verb's object or oblique
   * is the verb's own named subject's, not the speaker's or another party's a coreference chain links it to.
   */
  private Optional<Actor> ownersClauseSubject(ActorContext context, int sentence, int pronoun, int depth) {
    DependencyTree tree = context.tree(sentence);
    int phrase = tree.parent(pronoun);
    if (!tree.relation(pronoun).equals("nmod:poss") || !tree.token(pronoun).word().equalsIgnoreCase("its") || phrase < 0
        || !(tree.relation(phrase).equals("obj") || tree.relation(phrase).startsWith("obl"))) {
      return Optional.empty();
    }
    int verb = tree.parent(phrase);
    if (verb < 0 || !tree.token(verb).isVerb()) {
      return Optional.empty();
    }
    for (int subject : tree.children(verb, "nsubj")) {
      if (tree.token(subject).isProperNoun()) {
        return resolve(context, sentence, subject, depth + 1).filter(actor -> actor.code().identified())
            .map(found -> new Actor(found.text(), span(tree, pronoun, pronoun), found.code()));
      }
    }
    return Optional.empty();
  }

  /** Verbs by which a state commands its own forces: "ordered the military to", "instructed police". */
  private static final Set<String> COMMANDING = Set.of("order", "instruct", "direct", "command", "task", "authorize", "authorise");
  private static final Set<String> FORCES = Set.of("MIL", "COP", "SPY");

  /**
   * "Netanyahu ordered the military to carry out strikes", "the governor instructed police to": forces of no stated country
   * that a state's leader or government commands are its own.
   */
  private Optional<ActorCode> commandersOwn(ActorContext context, int sentence, int noun, ActorCode described, int depth) {
    DependencyTree tree = context.tree(sentence);
    int verb = tree.parent(noun);
    if (!described.country().isEmpty() || !FORCES.contains(described.role()) || !tree.relation(noun).equals("obj") || verb < 0
        || !COMMANDING.contains(tree.lemma(verb).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int subject : tree.children(verb, "nsubj")) {
      Optional<ActorCode> commander = resolve(context, sentence, subject, depth + 1).map(Actor::code)
          .filter(code -> !code.country().isEmpty() && (code.role().isEmpty() || code.role().equals("GOV") || code.role().equals("MIL")));
      if (commander.isPresent()) {
        return Optional.of(ActorCode.of(commander.get().country(), described.role()));
      }
    }
    return Optional.empty();
  }

  /**
   * "fired on its troops in Rafah, killing a soldier", "attacked an army post, wounding three soldiers": the victims of a
   * participle that tells what an attack did, of no stated country, are of the forces it hit.
   */
  private Optional<ActorCode> struckForces(ActorContext context, int sentence, int noun, ActorCode described, int depth) {
    DependencyTree tree = context.tree(sentence);
    int participle = tree.parent(noun);
    if (!described.country().isEmpty() || described.role().isEmpty() || !tree.relation(noun).equals("obj") || participle < 0
        || !tree.token(participle).tag().equals("VBG") || !Set.of("dep", "advcl", "xcomp", "conj").contains(tree.relation(participle))
        || tree.parent(participle) < 0) {
      return Optional.empty();
    }
    int attack = tree.parent(participle);
    for (int hit : tree.children(attack)) {
      if (hit < participle && (tree.relation(hit).equals("obj") || tree.relation(hit).equals("obl"))) {
        Optional<ActorCode> forces = resolve(context, sentence, hit, depth + 1).map(Actor::code)
            .filter(code -> !code.country().isEmpty() && code.role().equals(described.role()));
        if (forces.isPresent()) {
          return Optional.of(ActorCode.of(forces.get().country(), described.role()));
        }
      }
    }
    return Optional.empty();
  }

  /** The roles of a person who leads a state, or once did: their group is no state's. */
  private static final Set<String> STATESMEN_ROLES = Set.of("GOV", "ELI", "");

  /** Whether a group word's possessor is a person: "his group", "Sharaa's movement", "Sharaa, whose group". */
  private static boolean personsGroup(DependencyTree tree, int group) {
    if (!GROUP_WORDS.contains(tree.lemma(group).toLowerCase(Locale.ROOT)) || !tree.children(group, "amod").isEmpty()
        || !tree.children(group, "compound").isEmpty()) {
      return false;
    }
    for (int possessor : tree.children(group, "nmod:poss")) {
      String lemma = tree.lemma(possessor).toLowerCase(Locale.ROOT);
      int person = possessor;
      if (lemma.equals("whose")) {
        int clause = tree.parent(group);
        while (clause >= 0 && !tree.relation(clause).startsWith("acl")) {
          clause = tree.parent(clause);
        }
        person = clause >= 0 ? tree.parent(clause) : -1;
      }
      if (lemma.equals("he") || lemma.equals("she")
          || person >= 0 && tree.token(person).entity().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs and nouns by which a reaction judges what it reacts to: "saying it violated international law". */
  private static final Set<String> JUDGING_VERBS = Set.of("violate", "breach", "contravene", "flout", "undermine", "jeopardize",
      "jeopardise", "endanger", "constitute");
  private static final Set<String> JUDGING_NOUNS = Set.of("violation", "breach", "provocation");

  /**
   * The object of a reaction that an "it" judges: in "condemned the launch, saying it violated resolutions" or "rejected
   * the plan, saying it was a breach of the accord", "it" is the launch or the plan, not the one who condemned.
   */
  private static Optional<Integer> judgedThing(DependencyTree tree, int pronoun) {
    int clause = tree.parent(pronoun);
    if (!tree.lemma(pronoun).equalsIgnoreCase("it") || !tree.relation(pronoun).startsWith("nsubj") || clause < 0) {
      return Optional.empty();
    }
    String lemma = tree.lemma(clause).toLowerCase(Locale.ROOT);
    boolean judging = tree.token(clause).isVerb() ? JUDGING_VERBS.contains(lemma)
        : JUDGING_NOUNS.contains(lemma) && !tree.children(clause, "cop").isEmpty();
    if (!judging) {
      return Optional.empty();
    }
    // "saying" heads the reported clause, or the parser made it the clause's marker.
    int saying = tree.children(clause, "mark").stream().filter(mark -> tree.lemma(mark).equalsIgnoreCase("say")).findFirst()
        .orElse(tree.parent(clause) >= 0 && tree.lemma(tree.parent(clause)).equalsIgnoreCase("say") ? tree.parent(clause) : -1);
    if (saying < 0 || !tree.token(saying).tag().equals("VBG")) {
      return Optional.empty();
    }
    int reaction = saying == tree.parent(clause) ? tree.parent(saying) : tree.parent(clause);
    if (reaction < 0) {
      return Optional.empty();
    }
    return tree.children(reaction, "obj").stream().filter(object -> object < pronoun).findFirst();
  }

  private static final java.util.Map<String, String> POSSESSIVES = java.util.Map.of("its", "it", "their", "they", "his", "he", "her", "she");

  /** Verbs of reporting that end a sentence: "..., Russian media said." */
  private static final Set<String> REPORTING = Set.of("say", "report", "claim", "allege", "announce", "tell");

  /**
   * Whether a phrase the parser made an apposition is the speaker of a reporting verb right after it: in "attacked an
   * airbase, Russian media said" the media are not the airbase.
   */
  private static boolean reportsAfter(DependencyTree tree, int apposition) {
    int last = apposition;
    while (last + 1 < tree.size() && tree.dominates(apposition, last + 1)) {
      last++;
    }
    return last + 1 < tree.size() && tree.token(last + 1).isVerb() && REPORTING.contains(tree.lemma(last + 1))
        && !tree.dominates(apposition, last + 1);
  }

  /** Plural words that may stand for coordinated parties named before: "they", "both sides", "the two countries". */
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
  private static final Set<String> GROUP_NOUNS = Set.of("side", "country", "nation", "government");

  /**
   * The other parties a plural word stands for when it corefers with a coordination: "Russia and Ukraine ... both sides
   * agreed", "Kenya and Uganda said they would" are both countries, not only the first named.
   */
  private List<Actor> coordinatedAntecedent(ActorContext context, int sentence, int token, Actor first) {
    DependencyTree tree = context.tree(sentence);
    int h = head(tree, token);
    Token word = tree.token(h);
    String lemma = tree.lemma(h).toLowerCase(Locale.ROOT);
    boolean plural = word.isPronoun() ? GROUP_PRONOUNS.contains(lemma) : word.tag().equals("NNS") && GROUP_NOUNS.contains(lemma);
    for (Antecedent antecedent : plural ? antecedents(context, sentence, h) : List.<Antecedent>of()) {
      Mention mention = antecedent.mention();
      DependencyTree other = context.tree(mention.sentence());
      int mentionHead = antecedent.head();
      List<Actor> more = new ArrayList<>();
      for (int conjunct : other.children(mentionHead, "conj")) {
        if (conjunct < mention.begin() || conjunct >= mention.end()) {
          continue;
        }
        resolve(context, mention.sentence(), conjunct).filter(actor -> actor.code().identified())
            .filter(actor -> !actor.code().code().equals(first.code().code()))
            .filter(actor -> more.stream().noneMatch(known -> known.code().code().equals(actor.code().code())))
            .ifPresent(actor -> more.add(new Actor(actor.text(), first.span(), actor.code())));
      }
      if (!more.isEmpty()) {
        return more;
      }
    }
    return List.of();
  }

  /** Ship prefixes of navies: the ship is its country's military. */
  private static final Map<String, String> SHIP_PREFIXES = Map.of("USS", "USA", "USNS", "USA", "HMS", "GBR", "HMCS", "CAN", "HMAS", "AUS",
      "HMNZS", "NZL");

  /** Roles of people an act is done to rather than parties to a conflict or a negotiation. */
  private static final Set<String> NO_SIDES = Set.of("CVL", "REF", "MED", "HLH", "EDU", "BUS", "AGR", "LAB", "REL", "CRM");

  private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "nation", "neighbour", "neighbor", "party", "government", "state",
      "leader", "president", "minister", "delegation", "army", "rival", "adversary", "foe", "enemy");

  /**
   * "India and Pakistan agreed to a ceasefire. Hours later, both sides accused each other": where coreference leaves
   * "both sides", "the two countries", "the two neighbours" unresolved, they are the parties of the nearest
   * coordination of named parties before them, in this sentence or the two before.
   */
  private List<Actor> bothSides(ActorContext context, int sentence, int token) {
    DependencyTree tree = context.tree(sentence);
    int h = head(tree, token);
    String lemma = tree.lemma(h).toLowerCase(Locale.ROOT);
    if (!pairPhrase(tree, h)) {
      return List.of();
    }
    // The two sentences before first; then the whole story before it ("the two nuclear-armed neighbours" of a headline).
    // Two parties named together anywhere before come before the nearest act between two ("The leaders of Armenia and
    // Azerbaijan signed ... Aliyev thanked Trump ... the two countries" are Armenia and Azerbaijan).
    PairPhrase phrase = pairPhrase(context, sentence, h);
    List<Actor> parties = coordinatedPair(context, phrase, ANTECEDENT_LOOKBACK);
    parties = parties.isEmpty() && sentence > ANTECEDENT_LOOKBACK ? coordinatedPair(context, phrase, sentence) : parties;
    parties = parties.isEmpty() ? actPair(context, phrase, ANTECEDENT_LOOKBACK, false) : parties;
    // "Zelenskiy met Trump, a day after Trump spoke with Putin ... The two presidents": one met is surer than one
    // spoken with.
    parties = parties.isEmpty() ? actPair(context, phrase, ANTECEDENT_LOOKBACK, true) : parties;
    parties = parties.isEmpty() && sentence > ANTECEDENT_LOOKBACK ? actPair(context, phrase, sentence, false) : parties;
    if (COUNTRY_PAIRS.contains(lemma) || GOVERNMENT_PAIRS.contains(lemma)) {
      // "Thai and Cambodian troops clashed ... urged both countries": countries, whatever agents named them; "the two
      // governments" after "Venezuela freed Colombian soldiers" are the governments.
      String role = GOVERNMENT_PAIRS.contains(lemma) ? "GOV" : "";
      parties = parties.stream().map(party -> party.code().country().isEmpty() ? party
          : new Actor(party.text(), party.span(), ActorCode.of(party.code().country(), role))).toList();
    }
    return parties;
  }

  /** Whether a noun names two parties: "both sides", "the two countries", "each side". */
  private static boolean pairPhrase(DependencyTree tree, int h) {
    boolean pair = tree.token(h).tag().equals("NNS") && java.util.Arrays.stream(tree.children(h)).anyMatch(child ->
        tree.lemma(child).equalsIgnoreCase("both") || tree.lemma(child).equalsIgnoreCase("two") || tree.lemma(child).equals("2"));
    // "each side accused the other": each of the two.
    pair |= tree.token(h).tag().equals("NN") && tree.children(h, "det").stream().anyMatch(child -> tree.lemma(child).equalsIgnoreCase("each"));
    return pair && PAIR_NOUNS.contains(tree.lemma(h).toLowerCase(Locale.ROOT));
  }

  /** Pair nouns that name the two countries' governments, whatever agents named the countries. */
  private static final Set<String> GOVERNMENT_PAIRS = Set.of("government", "leader", "president");

  /** Pair nouns that name countries, not their agents. */
  private static final Set<String> COUNTRY_PAIRS = Set.of("country", "nation", "state", "neighbour", "neighbor");

  /**
   * A pair phrase ("both sides") with the words that address it: the subjects of the verb it is an object of, and their
   * codes. "Trump met Zelenskiy ... Trump urged both leaders to stop the war": who addresses the two sides is none of
   * them, in whatever sentence the pair was named.
   */
  private record PairPhrase(int sentence, int head, Span span, String text, Set<Integer> addressers, Set<String> addresserCodes) {}

  private PairPhrase pairPhrase(ActorContext context, int sentence, int h) {
    DependencyTree tree = context.tree(sentence);
    Set<Integer> addressers = addressers(tree, h);
    Set<String> addresserCodes = new java.util.HashSet<>();
    for (int addresser : addressers) {
      resolve(context, sentence, addresser).filter(actor -> actor.code().identified()).ifPresent(actor -> addresserCodes.add(actor.code().code()));
    }
    return new PairPhrase(sentence, h, span(tree, phraseBegin(tree, h), h), tree.sentence().textOf(phraseBegin(tree, h), h),
        addressers, addresserCodes);
  }

  /** The parties of the nearest coordination of two named parties before a pair phrase, over the given sentences. */
  private List<Actor> coordinatedPair(ActorContext context, PairPhrase phrase, int lookback) {
    int sentence = phrase.sentence();
    Span span = phrase.span();
    String text = phrase.text();
    Set<Integer> addressers = phrase.addressers();
    for (Earlier word : wordsBefore(context, sentence, phrase.head(), lookback)) {
      DependencyTree earlier = context.tree(word.sentence());
      if (earlier.children(word.token(), "conj").isEmpty() || earlier.hasRelation(word.token(), "conj")) {
        continue;
      }
      if (word.sentence() == sentence && addressers.contains(word.token())) {
        // "Egypt and Qatar urged both parties to return to talks": who addresses both sides is not them.
        continue;
      }
      if (mediators(earlier, word.token()) || pastContext(earlier, word.token())) {
        continue;
      }
      List<Actor> parties = new ArrayList<>();
      List<Integer> members = new ArrayList<>(List.of(word.token()));
      members.addAll(earlier.children(word.token(), "conj"));
      for (int member : members) {
        resolve(context, word.sentence(), member).filter(actor -> actor.code().identified())
            .filter(actor -> parties.stream().noneMatch(known -> known.code().code().equals(actor.code().code())))
            .ifPresent(actor -> parties.add(new Actor(text, span, actor.code())));
      }
      // "Russia's wealth fund and Putin's envoy" are one side: a country and its own agent are no pair.
      boolean oneSide = parties.stream().anyMatch(one -> one.code().role().isEmpty()
          && parties.stream().anyMatch(other -> other != one && other.code().country().equals(one.code().country())));
      boolean addressed = parties.stream().anyMatch(party -> phrase.addresserCodes().contains(party.code().code()));
      // Three or more named together are no two sides ("diplomats from Britain, France and Germany").
      if (parties.size() == 2 && !oneSide && !addressed) {
        return parties;
      }
    }
    return List.of();
  }

  /** Subordinators of a clause that tells when something else happened. */
  private static final Set<String> TIME_MARKS = Set.of("since", "after", "before", "when", "until");

  /**
   * Whether a coordination is the subject of a clause that only tells when something else happened: "talks with Britain,
   * France and Germany, the first since Israel and the United States bombed Iran's sites ... both sides agreed to meet"
   * are not Israel and the United States.
   */
  private static boolean pastContext(DependencyTree tree, int word) {
    int verb = tree.parent(word);
    return tree.relation(word).startsWith("nsubj") && verb >= 0 && timeClause(tree, verb);
  }

  /** Whether a verb heads a clause that tells when something else happened: "since Israel bombed Iran's sites". */
  private static boolean timeClause(DependencyTree tree, int verb) {
    return (tree.relation(verb).equals("advcl") || tree.relation(verb).equals("acl")) && tree.introducedBy(verb, TIME_MARKS);
  }

  /** Prepositions that name the other side of an act: "spoke with", "fighting against". */
  private static final Set<String> PARTNER_CASES = Set.of("with", "against");

  /** Verbs and nouns of a third party between two sides. */
  private static final Set<String> MEDIATING = Set.of("mediate", "broker", "host", "facilitate", "sponsor", "mediator",
      "guarantor");

  /**
   * Whether a coordination names go-betweens, not sides: "talks in Doha mediated by Qatar and Turkey ... The two sides
   * will meet in Istanbul" are Pakistan and Afghanistan; so "Egyptian and Qatari mediators".
   */
  private static boolean mediators(DependencyTree tree, int word) {
    int parent = tree.parent(word);
    if (parent < 0 || !MEDIATING.contains(tree.lemma(parent))) {
      return false;
    }
    String relation = tree.relation(word);
    return tree.token(parent).tag().startsWith("VB")
        ? relation.startsWith("nsubj") || tree.caseMarker(word).equals("by")
        : relation.equals("amod") || relation.equals("compound") || relation.equals("nmod:poss");
  }

  /**
   * "Russia accused Ukraine of attacking a station hours after both sides agreed to a pause": with no coordination, the
   * two sides are the doer and the object of the nearest act between two named parties, over the given sentences;
   * with partners, also the one it was done with or against ("spoke with Xi").
   */
  private List<Actor> actPair(ActorContext context, PairPhrase phrase, int lookback, boolean partners) {
    int sentence = phrase.sentence();
    Set<Integer> addressers = phrase.addressers();
    Set<String> addresserCodes = phrase.addresserCodes();
    for (Earlier word : wordsBefore(context, sentence, phrase.head(), lookback)) {
      DependencyTree earlier = context.tree(word.sentence());
      List<Integer> subjects = earlier.children(word.token(), "nsubj");
      List<Integer> objects = earlier.children(word.token(), "obj");
      if (objects.isEmpty() && partners) {
        // "Trump spoke with Xi on Monday. The two leaders agreed to meet": the one spoken with or fought against.
        objects = earlier.children(word.token(), "obl").stream()
            .filter(partner -> PARTNER_CASES.contains(earlier.caseMarker(partner))).toList();
      }
      if (earlier.isPassive(word.token()) && subjects.isEmpty() && objects.isEmpty()) {
        // "Modi arrived in Moscow and was welcomed by Putin": a passive's agent did it to its subject, which a passive
        // joined to an active verb shares.
        subjects = earlier.agents(word.token());
        objects = earlier.children(word.token(), "nsubj:pass");
        if (objects.isEmpty() && earlier.hasRelation(word.token(), "conj") && earlier.parent(word.token()) >= 0) {
          objects = earlier.children(earlier.parent(word.token()), "nsubj");
        }
      }
      boolean background = timeClause(earlier, word.token());
      if (!earlier.token(word.token()).tag().startsWith("VB") || subjects.size() != 1 || objects.size() != 1 || background
          || word.sentence() == sentence && (addressers.contains(subjects.get(0)) || objects.get(0) == phrase.head())) {
        continue;
      }
      // Sides are states, their agents and armed or political groups: "released six detained Americans" is no pair.
      Optional<Actor> doer = resolve(context, word.sentence(), subjects.get(0)).filter(actor -> actor.code().identified())
          .filter(actor -> !NO_SIDES.contains(actor.code().role()));
      Optional<Actor> object = resolve(context, word.sentence(), objects.get(0)).filter(actor -> actor.code().identified())
          .filter(actor -> !NO_SIDES.contains(actor.code().role()));
      if (doer.isPresent() && object.isPresent() && !doer.get().code().country().equals(object.get().code().country())
          && !addresserCodes.contains(doer.get().code().code()) && !addresserCodes.contains(object.get().code().code())) {
        return List.of(new Actor(phrase.text(), phrase.span(), doer.get().code()), new Actor(phrase.text(), phrase.span(), object.get().code()));
      }
    }
    return List.of();
  }

  /**
   * The subjects of the verb a mention is an object or oblique of, including a subject shared by coordinated verbs
   * ("condemned the attacks and urged both parties").
   */
  private static Set<Integer> addressers(DependencyTree tree, int mention) {
    Set<Integer> subjects = new java.util.HashSet<>();
    String relation = tree.relation(mention);
    if (!(relation.equals("obj") || relation.equals("iobj") || relation.startsWith("nmod") || relation.startsWith("obl"))) {
      return subjects;
    }
    int verb = tree.parent(mention);
    while (verb >= 0) {
      for (String subject : List.of("nsubj", "nsubj:pass")) {
        subjects.addAll(tree.children(verb, subject));
      }
      if (!tree.relation(verb).equals("conj") && !tree.relation(verb).equals("xcomp")) {
        break;
      }
      verb = tree.parent(verb);
    }
    return subjects;
  }

  private Optional<Actor> throughCoreference(ActorContext context, int sentence, int token, int depth) {
    for (Antecedent antecedent : antecedents(context, sentence, token)) {
      Optional<Actor> found = resolve(context, antecedent.mention().sentence(), antecedent.head(), depth + 1);
      if (found.isPresent() && found.get().code().identified()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A mention a word corefers with, and the mention's head token. */
  private record Antecedent(Mention mention, int head) {}

  /** The mentions a word corefers with that are not pronouns and do not contain it, the chain's representative first. */
  private static List<Antecedent> antecedents(ActorContext context, int sentence, int token) {
    Optional<CorefChain> chain = context.chain(sentence, token);
    if (chain.isEmpty()) {
      return List.of();
    }
    List<Mention> mentions = new ArrayList<>();
    mentions.add(chain.get().representative());
    mentions.addAll(chain.get().mentions());
    List<Antecedent> antecedents = new ArrayList<>();
    for (Mention mention : mentions) {
      if (mention.sentence() == sentence && mention.begin() <= token && token < mention.end()) {
        continue;
      }
      if (mention.sentence() > sentence) {
        // "The foreign ministry summoned the ambassador. ... Taiwan's defence ministry said": a phrase is named by what
        // came before it, not by a later mention the chain may take for its representative.
        continue;
      }
      DependencyTree other = context.tree(mention.sentence());
      int head = other.headOf(mention.begin(), mention.end());
      if (!other.token(head).isPronoun()) {
        antecedents.add(new Antecedent(mention, head));
      }
    }
    return antecedents;
  }

  /**
   * A titled name the tables lack in this spelling ("President Omar El Bashir", "President Bouteflicka"): the one
   * holder of that office on the date whose surname spells nearly the same, when any nationality word agrees.
   */
  private Optional<ActorCode> titledPerson(DependencyTree tree, int head, ActorContext context) {
    for (int child : tree.children(head)) {
      if (child > head || !NAME_RELATIONS.contains(tree.relation(child)) || roleOf(tree, child).isEmpty()) {
        continue;
      }
      String surname = tree.token(nameEnd(tree, head)).word();
      Optional<ActorCode> code = tables.titledPerson(surname, tree.lemma(child), context.date());
      Optional<ActorCode> nationality = titleCountry(tree, child, context);
      if (code.isEmpty() || nationality.isPresent() && !nationality.get().country().equals(code.get().country())) {
        return Optional.empty();
      }
      return formerHolder(tree, head) ? Optional.of(ActorCode.of(code.get().country(), "ELI")) : code;
    }
    return Optional.empty();
  }

  /** A name in the tables: a person, an institution, a country, a capital, a demonym. */
  private Optional<ActorCode> namedActor(DependencyTree tree, int head, ActorContext context) {
    int begin = nameBegin(tree, head);
    int end = nameEnd(tree, head);
    Optional<ActorCode> region = nationalPart(tree, head);
    if (region.isPresent()) {
      return region;
    }
    Optional<int[]> definition = begin == head && end == head ? acronymDefinition(context, tree.token(head).word()) : Optional.empty();
    if (definition.isPresent()) {
      // "Serbia's oil company NIS ... continue to support NIS": an acronym the story itself introduces as a company,
      // party or agency of a country is that body, not another country's body the tables know by it (South Korea's spy
      // agency); "the United Nations children's agency UNICEF" is what the tables say.
      DependencyTree defining = context.tree(definition.get()[0]);
      int noun = definition.get()[1];
      String known = lookupName(tree.token(head).word(), context).map(ActorCode::country).orElse("");
      for (int owner : defining.children(noun)) {
        if (defining.relation(owner).equals("nmod:poss") || defining.relation(owner).equals("amod")) {
          Optional<String> country = modifierCountry(defining, owner, context).map(ActorCode::country).filter(code -> !code.isEmpty());
          if (country.isPresent() && !known.isEmpty() && !known.equals(country.get())) {
            return Optional.of(ActorCode.of(country.get(), roleOf(defining, noun).orElse("")));
          }
        }
      }
    }
    Optional<ActorCode> institution = longerInstitution(tree, head, begin, end, context.date());
    if (institution.isPresent()) {
      return institution;
    }
    // "Hamas spokesman Hazem Qassem": a surname the tables know with another first name before it is someone else.
    boolean otherPerson = head > begin && tree.token(head - 1).isProperNoun() && tree.token(head - 1).entity().equals("PERSON")
        && tree.token(head - 1).word().length() > 2 && !tree.token(head - 1).word().contains(".")
        && tables.otherGivenName(tree.token(head).word(), tree.token(head - 1).word());
    for (int start = begin; start <= (otherPerson ? head - 1 : head); start++) {
      String text = tree.sentence().textOf(start, end);
      Optional<ActorCode> code = lookupName(text, context);
      if (code.isPresent() && !code.get().country().isEmpty() && formerHolder(tree, head)
          && tables.person(text, context.date()).isPresent()) {
        // "Ousted President Askar Akayev", "former prime minister X": whatever office the date gives, the text says
        // the person no longer holds it; they are an elite of their country, as CAMEO codes former leaders.
        return Optional.of(ActorCode.of(code.get().country(), "ELI"));
      }
      if (code.isPresent()) {
        return code;
      }
    }
    if (tree.token(head).isProperNoun() && !otherPerson) {
      return lookupName(tree.token(head).word(), context).or(() -> bracketedAcronym(tree, head, end, context.date()));
    }
    return Optional.empty();
  }

  /** Common nouns by which a story introduces a body it then names by an acronym: "Serbia's oil company NIS". */
  private static final Set<String> BODY_NOUNS = Set.of("company", "firm", "organisation", "organization", "party", "agency", "union",
      "operator", "producer", "utility", "airline", "bank", "broadcaster", "newspaper", "movement", "coalition");

  /**
   * Where the story first names an all-capitals acronym right after such a noun ("oil company NIS"): the sentence and
   * the noun; empty where it introduces it otherwise or not at all.
   */
  private Optional<int[]> acronymDefinition(ActorContext context, String word) {
    if (word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
      return Optional.empty();
    }
    for (DependencyTree tree : context.trees()) {
      for (int i = 0; i < tree.size(); i++) {
        if (tree.token(i).word().equals(word)) {
          boolean introduced = i > 0 && tree.token(i - 1).tag().equals("NN")
              && BODY_NOUNS.contains(tree.lemma(i - 1).toLowerCase(Locale.ROOT));
          return introduced ? Optional.of(new int[] {tree.sentence().index(), i - 1}) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "nine sites in Pakistani Kashmir": a nationality word on a region of the place table says whose part of it is
   * meant, whatever country the table gives the region.
   */
  private Optional<ActorCode> nationalPart(DependencyTree tree, int head) {
    Optional<Location> place = tree.token(head).isProperNoun() ? places.find(tree.token(head).word()) : Optional.empty();
    return place.flatMap(region -> otherNationality(tables, tree, head, region.country())).map(tables::parseCode);
  }

  /**
   * The country a nationality word before a place name gives where it differs from the country the place table gives:
   * "Pakistani Kashmir" is Pakistan's part of Kashmir. A country's own name keeps its country.
   */
  public static Optional<String> otherNationality(ActorTables tables, DependencyTree tree, int head, String country) {
    if (tables.countryByName(tree.token(head).word()).isPresent()) {
      return Optional.empty();
    }
    for (int child : tree.children(head, "amod")) {
      Optional<String> nationality = child < head ? tables.countryByDemonym(tree.token(child).word()) : Optional.empty();
      if (nationality.isPresent() && !nationality.get().equals(country)) {
        return nationality;
      }
    }
    return Optional.empty();
  }

  /**
   * An organisation whose name the parser split: a nationality adjective before it ("the Pakistani Taliban") or an
   * of-phrase after it ("the Organization of American States"), where the tables list the whole name.
   */
  private Optional<ActorCode> longerInstitution(DependencyTree tree, int head, int begin, int end, java.time.LocalDate date) {
    int first = begin;
    if (first > 0 && tree.relation(first - 1).equals("amod") && tree.parent(first - 1) == head
        && Character.isUpperCase(tree.token(first - 1).word().charAt(0))) {
      first--;
    }
    for (int child : tree.children(head)) {
      // "the Republican People's Party": a name's possessive part.
      if (child < begin && tree.relation(child).equals("nmod:poss") && tree.token(child).isProperNoun() && child + 2 == begin) {
        first = nameBegin(tree, child);
      }
    }
    int last = end;
    for (int child : tree.children(head)) {
      if (nameBegin(tree, child) == end + 2 && tree.hasRelation(child, "nmod") && tree.caseMarker(child).equals("of") && tree.token(child).isProperNoun()) {
        last = nameEnd(tree, child);
      }
    }
    return first == begin && last == end ? Optional.empty() : tables.institution(tree.sentence().textOf(first, last), date);
  }

  /** "the Democratic Alliance (DA)": an acronym in brackets after a name the tables do not know. */
  private Optional<ActorCode> bracketedAcronym(DependencyTree tree, int head, int end, java.time.LocalDate date) {
    for (int child : tree.children(head)) {
      if (child == end + 2 && tree.token(child - 1).word().equals("(") && tree.token(child).isProperNoun()) {
        return tables.institution(tree.token(child).word(), date);
      }
    }
    return Optional.empty();
  }

  /**
   * The code a name has by itself, without the sentence around it: a person in the tables on the date (null:
   * today), an institution, a country, a capital, a demonym or a place. Empty when no table knows the name.
   */
  public Optional<ActorCode> resolveName(String name, java.time.LocalDate date) {
    return lookupName(name, date);
  }

  private Optional<ActorCode> lookupName(String text, ActorContext context) {
    return lookupName(text, context.date());
  }

  private Optional<ActorCode> lookupName(String text, java.time.LocalDate date) {
    for (Map.Entry<String, String> prefix : SHIP_PREFIXES.entrySet()) {
      // "the USS Harry S. Truman aircraft carrier", "HMS Defender": a commissioned warship is its country's navy.
      if (text.startsWith(prefix.getKey() + " ") && text.length() > prefix.getKey().length() + 2) {
        return Optional.of(ActorCode.of(prefix.getValue(), "MIL"));
      }
    }
    Optional<ActorCode> person = tables.person(text, date);
    if (person.isPresent()) {
      return person;
    }
    Optional<ActorCode> institution = tables.institution(text, date);
    if (institution.isPresent()) {
      return institution;
    }
    Optional<String> country = tables.countryByName(text);
    if (country.isPresent()) {
      return Optional.of(tables.parseCode(country.get()));
    }
    Optional<String> capital = tables.countryByCapital(text);
    if (capital.isPresent()) {
      return Optional.of(ActorCode.of(capital.get(), "GOV"));
    }
    Optional<String> demonym = tables.countryByDemonym(text);
    if (demonym.isPresent()) {
      return demonym.map(tables::parseCode);
    }
    // A city or region that is not a seat of power stands for its country: "drones attacked Odesa".
    Optional<ActorCode> place = places.find(text).filter(found -> !found.country().isEmpty()).map(found -> tables.parseCode(found.country()));
    if (place.isPresent()) {
      return place;
    }
    return tables.countryByMisspelledName(text).map(tables::parseCode);
  }

  /** An agent noun with whatever tells its country: "Russian officials", "Putin's envoy", "the president of France". */
  private Optional<ActorCode> describedActor(ActorContext context, int sentence, int head, int depth) {
    DependencyTree tree = context.tree(sentence);
    String role = roleOf(tree, head).orElse("");
    ActorCode owner = null;
    ActorCode served = null;
    boolean ownerIsPossessor = false;
    boolean ownerIsCity = false;
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      ActorCode found = null;
      if ((relation.equals("amod") || relation.equals("acl")) && ALLEGIANCE.contains(tree.lemma(child).toLowerCase(Locale.ROOT))) {
        // "militants loyal to the Islamic State", "gunmen linked to al-Shabaab": whom they serve says whose they are.
        for (int side : tree.children(child)) {
          if ((tree.hasRelation(side, "obl") || tree.hasRelation(side, "nmod")) && ALLEGIANCE_CASES.contains(tree.caseMarker(side))) {
            found = resolve(context, sentence, side, depth + 1).map(Actor::code).filter(ActorCode::identified).orElse(found);
          }
        }
        served = found;
      } else if (relation.equals("amod") && tree.lemma(child).toLowerCase(Locale.ROOT).equals("base")) {
        // "the Pakistan-based militant group": where a group is based says whose it is.
        for (int place : tree.children(child)) {
          if (tree.token(place).isProperNoun()) {
            found = namedActor(tree, place, context).filter(code -> !code.country().isEmpty())
                .map(code -> ActorCode.of(code.country(), "")).orElse(found);
          }
        }
      } else if (relation.equals("amod") && OWNERSHIP.contains(tree.lemma(child).toLowerCase(Locale.ROOT)) && !tree.token(head).isProperNoun()) {
        // "a British-owned cargo ship", "a Liberian-flagged tanker", "Kenya-led police": the hyphened owner, which the
        // tokenizer splits off and the parser hangs on the participle, says whose they are.
        for (int side : tree.children(child)) {
          if (side < child && !tree.relation(side).equals("punct")) {
            found = modifierCountry(tree, side, context).or(() -> namedActor(tree, side, context))
                .filter(code -> !code.country().isEmpty() || code.identified()).orElse(found);
          }
        }
      } else if (relation.equals("amod") || NAME_RELATIONS.contains(relation)) {
        found = modifierCountry(tree, child, context).orElse(null);
        if (found == null && roleOf(tree, child).isPresent() && role.isEmpty() && !MUNITIONS.contains(tree.lemma(head))
            && !MEASURES.contains(tree.lemma(head).toLowerCase(Locale.ROOT))) {
          // "rebel fighters" are rebels; "artillery shells" are what artillery fires, nobody's agents; "Israeli
          // military policies" are Israel's, not its army's.
          role = roleOf(tree, child).get();
        }
        if (found == null && NAME_RELATIONS.contains(relation)) {
          // "Kenyan Interior Minister Joseph Otieno": the nationality word modifies the title, not the name.
          found = titleCountry(tree, child, context).orElse(null);
        }
      } else if (relation.equals("nmod:poss") || (relation.startsWith("nmod") && tree.caseMarker(child).equals("of"))
          || (relation.startsWith("nmod") && tree.caseMarker(child).equals("for") && SPOKESPEOPLE.contains(tree.lemma(head).toLowerCase(Locale.ROOT)))) {
        // "a spokesperson for China's foreign ministry" speaks for the ministry as "the ministry's spokesperson" does.
        found = resolve(context, sentence, child, depth + 1).map(Actor::code).orElse(null);
      } else if ((relation.equals("appos") || (relation.equals("dep") && tree.token(child).isProperNoun() && child > head
          && GROUP_WORDS.contains(tree.lemma(head).toLowerCase(Locale.ROOT)))) && !reportsAfter(tree, child)) {
        // "the militant group Jaish-e-Mohammed": the parser may leave the name a loose dependent (dep).
        Optional<ActorCode> apposition = resolve(context, sentence, child, depth + 1).map(Actor::code);
        if (apposition.isPresent() && apposition.get().role().isEmpty() && !apposition.get().country().isEmpty()
            && OFFICES.contains(role) && !formerHolder(tree, head)) {
          // "Deputy Prime Minister Telemar" parsed as a title with its holder in apposition: a holder the tables know
          // only by country holds the title's office.
          return Optional.of(ActorCode.of(apposition.get().country(), role));
        }
        if (apposition.isPresent() && apposition.get().role().equals("REL") && OFFICES.contains(role) && !formerHolder(tree, head)) {
          // "his Afghan counterpart, Mullah Mohammad Yaqoob": the office the phrase names is what the holder acts as; a
          // religious title before the name says no more than "Mr".
          String country = !apposition.get().country().isEmpty() ? apposition.get().country() : owner != null ? owner.country() : "";
          if (!country.isEmpty()) {
            return Optional.of(ActorCode.of(country, role));
          }
        }
        if (apposition.isPresent() && apposition.get().country().isEmpty() && !apposition.get().role().isEmpty()
            && owner != null && !owner.country().isEmpty()) {
          // "Georgian Dream, the ruling party": the nationality word gives the country, the apposition the role.
          return Optional.of(ActorCode.of(owner.country(), apposition.get().role()));
        }
        if (apposition.isPresent()) {
          return apposition;
        }
      }
      // "his Armenian counterpart", "its European Union partners": the nationality word or the organisation named
      // says whose the official is, not the possessor.
      boolean modifier = relation.equals("amod") || NAME_RELATIONS.contains(relation);
      // "U.N. workers of spying for Israel" (a misparse): an organisation named is not displaced by a later unnamed one.
      boolean namedOwner = owner != null && owner.country().isEmpty() && owner.identified() && found != null && !found.identified();
      // "the Baku office of Russian state news agency Sputnik": whose it is beats the city it is in.
      boolean ownerOverCity = found != null && !modifier && ownerIsCity && found.identified();
      if (found != null && !namedOwner && (owner == null || owner.country().isEmpty() || ownerOverCity
          || (modifier && (!found.country().isEmpty() || found.identified()) && ownerIsPossessor))) {
        owner = found;
        ownerIsPossessor = !modifier;
        ownerIsCity = relation.equals("compound") && cityName(tree.token(child).word());
      }
    }
    if ((owner == null || !owner.identified()) && internationalForce(tree, head)) {
      // "peacekeepers in Lebanon", "a regional peacekeeping force": a force no country or organisation is named for is an
      // international one, never the army of the country it serves in.
      return Optional.of(INTERNATIONAL_FORCE);
    }
    if ((owner == null || owner.country().isEmpty()) && !role.isEmpty()) {
      // "opposition groups in Zimbabwe", "officials from Ghana": with nothing closer, where they are tells whose they are.
      for (int child : tree.children(head)) {
        if (tree.relation(child).startsWith("nmod") && PLACE_CASES.contains(tree.caseMarker(child))) {
          // "rebel groups in the Amhara region": a place named with its common noun.
          Optional<ActorCode> place = modifierCountry(tree, child, context).or(() -> namedActor(tree, child, context))
              .filter(code -> !code.country().isEmpty());
          if (place.isPresent()) {
            owner = place.get();
            break;
          }
        }
      }
    }
    if (OFFICES.contains(role) && formerHolder(tree, head)) {
      // "former prime minister Andreas Papandreou": someone who held an office is an elite, as CAMEO codes them.
      role = "ELI";
    }
    boolean generic = GENERIC_AGENTS.contains(tree.lemma(head).toLowerCase(Locale.ROOT))
        || tree.token(head).isProperNoun() && java.util.Arrays.stream(tree.children(head)).anyMatch(child -> child < head
            && tree.relation(child).equals("compound") && !tree.token(child).isProperNoun()
            && GENERIC_AGENTS.contains(tree.lemma(child).toLowerCase(Locale.ROOT)));
    if (owner != null && !owner.role().isEmpty() && !owner.role().equals(role) && generic && !OFFICES.contains(owner.role())) {
      // "leaders of the opposition coalition", "the rebels' spokesman", "Hamas leaders": a generic agent serves whom it
      // belongs to; so does one titled so ("Hamas spokesman Hazem Qassem").
      role = owner.role();
    }
    if (owner != null && role.isEmpty() && !owner.country().isEmpty() && STATE_OWNERS.contains(owner.role())
        && SUPPORTERS.contains(tree.lemma(head).toLowerCase(Locale.ROOT))) {
      // "supporters of Niger's military junta": those who rally for a government are its people, not the government.
      return Optional.of(ActorCode.of(owner.country(), "CVL"));
    }
    if (served != null && ARMED_GROUPS.contains(served.role())) {
      // "a doctor linked to the militant group Jaish-e-Mohammed" carried out the group's attack, whatever his trade.
      return Optional.of(served);
    }
    if (owner != null && role.equals("MIL") && ARMED_GROUPS.contains(owner.role())) {
      // "Hamas's fighters", "the RSF said its forces...", "M23 positions": an armed group's forces are the group, not the
      // country's army.
      role = owner.role();
    }
    if (owner != null) {
      if (owner.country().isEmpty() && owner.identified()) {
        return Optional.of(owner);
      }
      if (!owner.country().isEmpty() && role.isEmpty() && ownerIsPossessor && relational(tree, head)) {
        // "its neighbour", "Russia's allies": a party named by its relation to another is not that other.
        return Optional.empty();
      }
      if (!owner.country().isEmpty() && role.isEmpty() && !owner.role().isEmpty() && !ownerIsPossessor
          && (GROUP_WORDS.contains(tree.lemma(head).toLowerCase(Locale.ROOT)) || ARMED_GROUPS.contains(owner.role()))) {
        // "Yemen's Houthi movement", "the Hamas group": a group named by its name is that group, whoever the possessor.
        // So are an armed group's things: "Hezbollah targets", "Houthi missiles" are the group's, not Lebanon's or Yemen's.
        return Optional.of(owner);
      }
      if (!owner.country().isEmpty() && role.isEmpty() && ownerIsPossessor) {
        // "the Kenyan government's tax plan": a thing stands for whoever it belongs to, as that owner is coded.
        return Optional.of(owner);
      }
      if (!owner.country().isEmpty()) {
        return Optional.of(role.isEmpty() ? tables.parseCode(owner.country()) : ActorCode.of(owner.country(), role));
      }
    }
    if (!role.isEmpty()) {
      return Optional.of(new ActorCode("---" + role, "", role));
    }
    return Optional.empty();
  }

  /**
   * A people named as a group ("Iraqi Kurds", "Tamils", "ethnic Albanians in southern Serbia"): civilians of the country a
   * nationality word or an in/of/from-phrase names, else of the people's one home country, else of a country still
   * unknown (the event's place may give it), with the people's ethnic code after the role (IRQCVLKUR, SRBCVLALB).
   * "ethnic" before a nationality, or an of-phrase naming another country ("the Hungarians of southern Slovakia"), makes
   * a minority of that nationality; without them "Albanians" are Albania's.
   */
  private Optional<ActorCode> ethnicGroup(DependencyTree tree, int head, ActorContext context) {
    Token token = tree.token(head);
    if (!token.tag().startsWith("NN")) {
      return Optional.empty();
    }
    Optional<ActorTables.EthnicGroup> group = tables.ethnicGroup(token.word());
    Optional<String> nation = tables.countryByDemonym(token.word());
    boolean minority = false;
    for (int child : tree.children(head, "amod")) {
      minority |= tree.lemma(child).equalsIgnoreCase("ethnic");
    }
    for (int child : tree.children(head)) {
      // "the Hungarians of southern Slovakia": a nationality's people who belong to another country's region.
      minority |= tree.relation(child).startsWith("nmod") && tree.caseMarker(child).equals("of")
          && modifierCountry(tree, child, context).map(ActorCode::country).filter(country -> !country.isEmpty()
              && !nation.orElse("").equals(country)).isPresent();
    }
    if (group.isEmpty() && minority) {
      group = nation.map(country -> new ActorTables.EthnicGroup(country, ""));
    }
    if (group.isEmpty()) {
      return Optional.empty();
    }
    String country = "";
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      boolean nationality = relation.equals("amod") && !tree.lemma(child).equalsIgnoreCase("ethnic");
      boolean place = relation.startsWith("nmod") && (PLACE_CASES.contains(tree.caseMarker(child)) || tree.caseMarker(child).equals("of"));
      if (country.isEmpty() && (nationality || place)) {
        country = modifierCountry(tree, child, context).map(ActorCode::country).orElse("");
      }
    }
    if (country.isEmpty()) {
      country = group.get().home();
    }
    String code = (country.isEmpty() ? "---" : country) + "CVL" + group.get().code();
    return Optional.of(new ActorCode(code, country, "CVL"));
  }

  /** The country a title's own modifiers name: "Kenyan" in "Kenyan Interior Minister Joseph Otieno". */
  private Optional<ActorCode> titleCountry(DependencyTree tree, int title, ActorContext context) {
    return titleCountry(tree, title, context, 0);
  }

  private Optional<ActorCode> titleCountry(DependencyTree tree, int title, ActorContext context, int depth) {
    for (int child : tree.children(title)) {
      String relation = tree.relation(child);
      if (relation.equals("amod") || NAME_RELATIONS.contains(relation)) {
        Optional<ActorCode> country = modifierCountry(tree, child, context).filter(code -> !code.country().isEmpty());
        // "British Defence Secretary": the parser may chain the title's words as compounds of compounds.
        if (country.isEmpty() && NAME_RELATIONS.contains(relation) && depth < 2) {
          country = titleCountry(tree, child, context, depth + 1);
        }
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /** The office a title word in a name gives ("President" in "President Bush": GOV), if it is a government office. */
  private Optional<String> currentTitle(DependencyTree tree, int head) {
    return titleRole(tree, head, OFFICES);
  }

  /** The role of a title before a name that is one of the given roles. */
  private Optional<String> titleRole(DependencyTree tree, int head, Set<String> roles) {
    for (int child : tree.children(head)) {
      if (NAME_RELATIONS.contains(tree.relation(child))) {
        Optional<String> role = roleOf(tree, child).filter(roles::contains);
        if (role.isPresent()) {
          return role;
        }
      }
    }
    return Optional.empty();
  }

  /** Roles a title gives a former office holder who now leads the opposition or a party. */
  private static final Set<String> OPPOSITION_TITLES = Set.of("OPP");

  /** Whether an agent noun or its title is marked as a past office: "former", "ex-", "ousted", "late". */
  private static boolean formerHolder(DependencyTree tree, int head) {
    List<Integer> words = new ArrayList<>(List.of(head));
    for (int child : tree.children(head)) {
      if (NAME_RELATIONS.contains(tree.relation(child))) {
        words.add(child);
      }
    }
    for (int word : words) {
      if (tree.token(word).word().toLowerCase(Locale.ROOT).startsWith("ex-")) {
        return true;
      }
      for (int child : tree.children(word)) {
        if ((tree.relation(child).equals("amod") || tree.relation(child).equals("advmod"))
            && PAST_OFFICE.contains(tree.token(child).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> PLACE_CASES = Set.of("in", "from");

  /** Roles whose holders leave office and become elites; a former rebel or soldier keeps his sector. */
  private static final Set<String> OFFICES = Set.of("GOV", "LEG", "JUD");

  private static final Set<String> PAST_OFFICE = Set.of("former", "ousted", "deposed", "exiled", "erstwhile", "onetime", "one-time");

  private Optional<ActorCode> modifierCountry(DependencyTree tree, int modifier, ActorContext context) {
    String word = tree.token(modifier).word();
    boolean paired = modifier > 0 && (tree.parent(modifier - 1) == modifier || tree.parent(modifier - 1) == tree.parent(modifier));
    if (paired) {
      // "Latin American countries": a region the pair names is not the country of its last word.
      Optional<ActorCode> region = tables.institution(tree.sentence().textOf(modifier - 1, modifier), context.date());
      if (region.isPresent() && region.get().country().isEmpty()) {
        return region;
      }
    }
    Optional<String> country = tables.countryByDemonym(word).or(() -> tables.countryByName(word)).or(() -> tables.countryByCapital(word));
    if (country.isEmpty() && paired) {
      // "South African", "North Korean", "Sri Lankan": a two-word nationality the parser splits into modifier and head,
      // or hangs as two modifiers of the noun ("Sri" and "Lankan" both of "army").
      String pair = tree.sentence().textOf(modifier - 1, modifier);
      country = tables.countryByDemonym(pair).or(() -> tables.countryByName(pair));
    }
    if (country.isPresent()) {
      return Optional.of(tables.parseCode(country.get()));
    }
    if (tree.token(modifier).isProperNoun()) {
      return namedActor(tree, modifier, context);
    }
    // "Houthi rebels", "Islamic State fighters": a group's name the tagger reads as an adjective or a common noun.
    Optional<ActorCode> group = tables.institution(word, context.date());
    if (group.isEmpty() && modifier > 0 && (tree.parent(modifier - 1) == modifier || tree.parent(modifier - 1) == tree.parent(modifier))) {
      group = tables.institution(tree.sentence().textOf(modifier - 1, modifier), context.date());
    }
    return group;
  }

  /** The role an agent noun names, trying "compound + noun" ("foreign minister", "armed forces") first. */
  private Optional<String> roleOf(DependencyTree tree, int head) {
    String lemma = tree.lemma(head);
    if (tree.token(head).tag().equals("JJ") && lemma.equalsIgnoreCase("official")) {
      // "all official contact", "an official visit": the adjective says formal, not done by officials.
      return Optional.empty();
    }
    List<Integer> modifiers = new ArrayList<>();
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      if ((relation.equals("compound") || relation.equals("amod")) && child < head) {
        modifiers.add(child);
      }
    }
    for (int first = 0; first + 1 < modifiers.size(); first++) {
      // "main opposition group", "largest legal opposition party": the longest phrase a table lists wins.
      StringBuilder phrase = new StringBuilder();
      for (int modifier : modifiers.subList(first, modifiers.size())) {
        phrase.append(tree.lemma(modifier)).append(' ');
      }
      Optional<String> role = tables.agentRole(phrase.append(lemma).toString());
      if (role.isPresent()) {
        return role;
      }
    }
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      if ((relation.equals("compound") || relation.equals("amod")) && child < head) {
        Optional<String> role = tables.agentRole(tree.lemma(child) + " " + lemma);
        if (role.isPresent()) {
          return role;
        }
      }
    }
    for (int child : tree.children(head)) {
      if (tree.relation(child).startsWith("nmod") && tree.caseMarker(child).equals("of")) {
        // "Secretary of State", "head of state", "minister of defence": a title with its of-phrase.
        Optional<String> role = tables.agentRole(lemma.toLowerCase(Locale.ROOT) + " of " + tree.lemma(child).toLowerCase(Locale.ROOT));
        if (role.isPresent()) {
          return role;
        }
      }
    }
    Optional<String> role = tables.agentRole(lemma);
    if (role.isEmpty() && !lemma.equals(tree.token(head).word().toLowerCase(Locale.ROOT))) {
      role = tables.agentRole(tree.token(head).word());
    }
    if (role.isEmpty() && lemma.length() > 3 && lemma.endsWith("s") && tree.token(head).tag().equals("NNS")) {
      // The lemmatizer leaves some plurals alone ("troops"); the tables list singulars.
      role = tables.agentRole(lemma.substring(0, lemma.length() - 1));
    }
    if (role.isPresent() && GENERIC_AGENTS.contains(lemma)) {
      // "civilian advisers", "army spokesman", "rebel leaders": a generic agent noun serves whom its modifier names.
      for (int child : tree.children(head)) {
        String relation = tree.relation(child);
        if ((relation.equals("compound") || relation.equals("amod")) && child < head) {
          Optional<String> modifier = tables.agentRole(tree.lemma(child));
          if (modifier.isPresent()) {
            return modifier;
          }
        }
      }
    }
    return role;
  }

  /** Roles of armed groups that are not a state's forces. */
  private static final Set<String> ARMED_GROUPS = Set.of("REB", "RAD", "UAF", "CRM");

  /** Agents who speak for whom "for" names. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");

  /** Agent nouns that say what a person does, not for whom: their modifier's role wins. */
  private static final Set<String> GENERIC_AGENTS = Set.of(
      "official", "adviser", "advisor", "leader", "spokesman", "spokeswoman", "spokesperson", "source", "commander", "chief",
      "officer", "representative", "member", "delegate", "delegation", "negotiator", "envoy", "head", "figure", "activist", "leadership");

  private static int nameBegin(DependencyTree tree, int head) {
    int begin = head;
    for (int child : tree.children(head)) {
      if (child < begin && NAME_RELATIONS.contains(tree.relation(child))) {
        // "Human Rights Watch": the parser may hang "Human" on "Rights", not on the head "Watch".
        int first = nameBegin(tree, child);
        if (contiguous(tree, first, head)) {
          begin = first;
        } else if (contiguous(tree, child, head)) {
          begin = child;
        }
      }
    }
    return begin;
  }

  private static int nameEnd(DependencyTree tree, int head) {
    int end = head;
    for (int child : tree.children(head)) {
      if (child > end && NAME_RELATIONS.contains(tree.relation(child)) && child == end + 1) {
        end = child;
      }
    }
    return end;
  }

  private static boolean contiguous(DependencyTree tree, int from, int to) {
    for (int i = from; i < to; i++) {
      String relation = tree.relation(i);
      if (tree.parent(i) != to && !NAME_RELATIONS.contains(relation) && !relation.equals("punct")) {
        return false;
      }
    }
    return true;
  }

  private Actor actor(DependencyTree tree, int head, ActorCode code) {
    int begin = phraseBegin(tree, head);
    int end = phraseEnd(tree, head);
    return new Actor(tree.sentence().textOf(begin, end), span(tree, begin, end), code);
  }

  private static String phraseText(DependencyTree tree, int head) {
    return tree.sentence().textOf(phraseBegin(tree, head), phraseEnd(tree, head));
  }

  /** The phrase of an actor: its name, modifiers and possessor, without determiners or trailing clauses. */
  private static int phraseBegin(DependencyTree tree, int head) {
    int begin = head;
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      if (child < begin && (NAME_RELATIONS.contains(relation) || relation.equals("amod") || relation.equals("nmod:poss"))) {
        begin = Math.min(begin, tree.subtree(child).get(0));
      }
    }
    // "KYIV (Reuters) - Russian drones": a dateline the parser hung on the phrase is not part of it.
    for (int token = head - 1; token >= begin; token--) {
      String word = tree.token(token).word();
      if (word.equals("-") || word.equals("--") || word.equals("\u2014") || word.equals("\u2013") || word.equals(":") || word.equals(")")) {
        return token + 1;
      }
    }
    return begin;
  }

  private static int phraseEnd(DependencyTree tree, int head) {
    int end = head;
    for (int child : tree.children(head)) {
      if (child > end && NAME_RELATIONS.contains(tree.relation(child))) {
        List<Integer> subtree = tree.subtree(child);
        end = Math.max(end, subtree.get(subtree.size() - 1));
      }
    }
    return end;
  }

  private static Span span(DependencyTree tree, int first, int last) {
    return new Span(tree.sentence().textOf(first, last), tree.token(first).begin(), tree.token(last).end());
  }
}
