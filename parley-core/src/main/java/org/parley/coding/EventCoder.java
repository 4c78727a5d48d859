package org.parley.coding;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.actor.ActorContext;
import org.parley.actor.ActorResolver;
import org.parley.actor.ActorTables;
import org.parley.actor.PlaceTable;
import org.parley.codebook.ArgumentFinder;
import org.parley.codebook.CodeTable;
import org.parley.codebook.Codebook;
import org.parley.codebook.Match;
import org.parley.codebook.PatternMatcher;
import org.parley.codebook.Role;
import org.parley.codebook.TriggerKind;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.AnnotatedSentence;
import org.parley.nlp.DependencyTree;

/**
 * Codes an annotated article: codebook matches, then actors, mode, date and place for each, into events
 * with their evidence. Built once with its tables; thread-safe.
 */
public final class EventCoder {
  private final PatternMatcher matcher;
  private final CodeTable codes;
  private final ActorTables tables;
  private final ActorResolver resolver;
  private final ModeDetector modes;
  private final EventDating dating = new EventDating();
  private final EventPlacing placing;
  private final QuoteAttribution quotes;

  public EventCoder(Codebook codebook, CodeTable codes, ActorTables actors, PlaceTable places) {
    this.matcher = new PatternMatcher(requireNonNull(codebook, "codebook is null"));
    this.codes = requireNonNull(codes, "codes is null");
    this.tables = actors;
    this.resolver = new ActorResolver(requireNonNull(actors, "actors is null"), requireNonNull(places, "places is null"));
    this.modes = new ModeDetector(resolver);
    this.quotes = new QuoteAttribution(resolver);
    this.placing = new EventPlacing(places, actors);
    for (var pattern : codebook.patterns()) {
      if (!pattern.codesNoEvent() && codes.find(pattern.code()).isEmpty()) {
        throw new IllegalArgumentException("codebook line " + pattern.line() + ": unknown CAMEO code " + pattern.code());
      }
      if (pattern.hasReverse() && codes.find(pattern.reverseCode()).isEmpty()) {
        throw new IllegalArgumentException("codebook line " + pattern.line() + ": unknown CAMEO code " + pattern.reverseCode());
      }
    }
  }

  /** The bundled codebook and tables. */
  public static EventCoder bundled() {
    return new EventCoder(Codebook.bundled(), CodeTable.bundled(), ActorTables.bundled(), PlaceTable.bundled());
  }

  public PatternMatcher matcher() {
    return matcher;
  }

  public ActorResolver resolver() {
    return resolver;
  }

  /** Codes an article's events and attributes its quotes. */
  public CodedArticle code(AnnotatedArticle article) {
    List<DependencyTree> trees = new ArrayList<>();
    for (AnnotatedSentence sentence : article.sentences()) {
      trees.add(DependencyTree.of(sentence));
    }
    ActorContext context = new ActorContext(article, trees);
    List<Event> events = new ArrayList<>();
    for (DependencyTree tree : trees) {
      List<Match> matches = matcher.match(tree);
      List<List<Event>> coded = new ArrayList<>(matches.size());
      for (Match match : matches) {
        coded.add(withRestrictedPopulation(withPlaceTarget(tree, match, withProtestedTarget(context, tree, match, events(context, tree, match)))));
      }
      for (int i = 0; i < matches.size(); i++) {
        if (!vowOfThreat(tree, matches, coded, i) && !threatOfFinerThreat(tree, matches, coded, i)
            && !coveredByFinerMatch(tree, matches, i) && !purposeOfSameAct(tree, matches, coded, i)
            && !aimOfOtherAct(tree, matches, coded, i) && !timeByEarlierEvent(tree, matches.get(i))) {
          List<Event> aimed = withIntentTarget(context, tree, matches.get(i), withComplementTarget(tree, matches, coded, i));
          aimed = withAccusedTarget(tree, matches, coded, i, aimed);
          aimed = withWarnedAccused(tree, matches, coded, i, aimed);
          aimed = withRejectedAuthor(context, tree, matches.get(i), aimed);
          aimed = withoutEchoedIntent(tree, matches, coded, i, aimed);
          aimed = withEmbeddedTarget(context, tree, matches.get(i), aimed);
          aimed = withAnsweredAct(tree, matches.get(i), events, aimed);
          aimed = withHolderOfReleased(tree, matches.get(i), events, aimed);
          aimed = withoutAdviceToOwnPeople(tree, matches.get(i), aimed);
          events.addAll(aimed);
        }
      }
    }
    // A dateline is a capital the actor tables know ("MOSCOW") or any city the gazetteer does ("DAR ES SALAAM").
    String capital = article.article().dateline().isEmpty() ? ""
        : resolver.resolveName(article.article().dateline(), article.article().published()).map(ActorCode::country).orElse("");
    String dateline = !capital.isEmpty() || article.article().dateline().isEmpty() ? capital
        : placing.country(article.article().dateline()).orElse("");
    return new CodedArticle(article, withDomesticTarget(withCapitalsOfficials(withHomeCountry(withoutRepeats(article, events), dateline),
        capital)), quotes.attribute(context));
  }

  private List<Event> events(ActorContext context, DependencyTree tree, Match match) {
    int sentence = tree.sentence().index();
    String root = match.pattern().code().substring(0, 2);
    boolean violent = VIOLENT_ROOTS.contains(root);
    Set<Integer> excluded = new LinkedHashSet<>(match.triggerTokens());
    List<Actor> sources = actors(context, sentence, match.candidates(Role.SOURCE), excluded);
    List<Actor> targets = actors(context, sentence, match.candidates(Role.TARGET), excluded);
    List<Actor> both = actors(context, sentence, match.candidates(Role.BOTH), excluded);
    if (root.equals("04") && !match.candidates(Role.TARGET).isEmpty() && targets.isEmpty() && both.isEmpty()
        && match.candidates(Role.TARGET).stream().allMatch(candidate -> java.util.Arrays.stream(tree.children(candidate))
            .allMatch(child -> BARE_NOUN_DEPENDENTS.contains(tree.relation(child))))) {
      // "Israel welcomed the veto": a meeting or a visit hosted needs someone met; a bare thing in its place is no
      // consultation ("hosted talks between Russian and Ukrainian delegations" names those met further down).
      return List.of();
    }
    int clauseHead = match.clauseHead();
    Optional<ClaimFrame> claim = modes.claim(context, sentence, match.trigger(), clauseHead);
    Location location = placing.place(tree, match.trigger(), clauseHead).orElse(null);
    boolean mutualDoers = both.stream().filter(actor -> actor.code().identified()).count() > 1;
    if (claim.isPresent() && claim.get().accusedActor().isPresent() && !mutualDoers) {
      // An accusation frames a claimed act: the accused did it, the accuser suffered it, unless the text says otherwise.
      // Not an act the text gives two doers of each other ("accused Kyiv of an attack after both sides agreed to a pause").
      // "accused Kabul of sheltering militants who attack Pakistani forces": a relative clause names its own doers; so
      // does a clause that says when ("accused Arce of trying to kill him after gunmen fired at his car").
      boolean describedDoers = !sources.isEmpty()
          && (tree.relation(clauseHead).equals("acl:relcl") || ModeDetector.timeClause(tree, clauseHead));
      if ((sources.isEmpty() || sources.stream().noneMatch(actor -> actor.code().identified())) && !describedDoers) {
        sources = List.of(claim.get().accused());
      }
      ActorCode accuser = claim.get().claimant().code();
      boolean placedObject = !tree.children(match.trigger(), "obj").isEmpty() && location != null;
      if (targets.isEmpty() && !WATCHING_ROLES.contains(accuser.role()) && !placedObject) {
        // A rights group, the press or an international body that accuses reports harm done to others; an act done to
        // something in a named place was done to that place ("accused Kyiv of striking a gas facility in Kursk").
        targets = List.of(claim.get().claimant());
      } else if (!accuser.country().isEmpty() && (accuser.role().isEmpty() || STATE_ROLES.contains(accuser.role()))) {
        // "accused China of firing water cannon at government vessels": agents of no stated country the accused harmed
        // are the accusing state's own (a rebel group's "positions" are not its country's army's).
        targets = reportersOwn(targets, accuser.country());
        String accused = claim.get().accused().code().country();
        if ((root.equals("19") || root.equals("20")) && !accused.isEmpty() && !accused.equals(accuser.country())) {
          // "Cambodia's defence ministry ... accused Thailand of attacking civilian areas": civilians of no stated
          // country that a foreign state's forces are accused of striking are the accusing state's.
          targets = targets.stream().map(target -> target.code().country().isEmpty() && !target.code().identified()
              && target.code().role().equals("CVL") ? placed(target, accuser.country()) : target).toList();
        }
      }
    }
    if (claim.isPresent() && !claim.get().claimant().code().country().isEmpty() && root.compareTo("10") < 0
        && (claim.get().claimant().code().role().isEmpty() || STATE_ROLES.contains(claim.get().claimant().code().role()))) {
      // "The interior minister allowed the rally, according to the Pakistani interior secretary": an official of no
      // stated country whose cooperative act an official of a country reports is that country's. Not so for hostile
      // acts, which a country reports of its enemies ("drones attacked the plant, Zakharova said").
      sources = reportersOwn(sources, claim.get().claimant().code().country());
    } else if (claim.isPresent() && !claim.get().claimant().code().country().isEmpty() && root.compareTo("10") >= 0
        && STATE_ROLES.contains(claim.get().claimant().code().role()) && claim.get().accusedActor().isEmpty()) {
      // "air defence units had destroyed 95 Ukrainian drones, the Russian defence ministry said": forces of no stated
      // country that a state's officials report acting against another country's are that state's own.
      String reporting = claim.get().claimant().code().country();
      boolean foreignTargets = !targets.isEmpty() && targets.stream().allMatch(target -> !target.code().country().isEmpty()
          && !target.code().country().equals(reporting));
      if (foreignTargets) {
        sources = reportersOwn(sources, reporting);
      }
    }
    Location scene = placing.scene(tree, match.trigger(), clauseHead).orElse(null);
    if (scene != null && !scene.country().isEmpty() && !DIPLOMATIC_ROOTS.contains(root)) {
      // "Police detained protesters in Tbilisi": agents of unknown country act where the event happens, but not
      // where it is aimed ("the government imposed sanctions on Iran" is not Iran's government), diplomacy
      // travels ("the foreign ministers met in Geneva" are not Switzerland's), and a condemnation's place is usually
      // that of what it condemns.
      sources = locate(sources, scene);
      targets = locate(targets, scene);
      both = locate(both, scene);
    }
    if (PLACE_AIMED_ROOTS.contains(root)) {
      targets = targets.stream().map(target -> capitalAsPlace(tree, target)).toList();
    }
    // An event needs a doer with a country or at least a role: "the opposition" is ---OPP (CAMEO's unknown
    // country), "it" or "the group" unresolved is no actor at all.
    sources = sources.stream().filter(EventCoder::known).filter(actor -> !facility(tree, actor)).toList();
    if (match.pattern().code().startsWith("144")) {
      // "Police blocked roads into central Nairobi": a state's forces closing a road police the protest, they do not join it.
      sources = sources.stream().filter(actor -> !Set.of("COP", "MIL").contains(actor.code().role())).toList();
    }
    if (match.pattern().code().startsWith("087")) {
      // "The World Food Programme suspended operations in the camp": an aid body or a company halting its own work
      // calls no truce; only parties that fight can de-escalate.
      sources = sources.stream().filter(actor -> !NON_COMBATANTS.contains(actor.code().role())
          && !NON_COMBATANTS.contains(actor.code().code())).toList();
    }
    // "deployed an aircraft carrier to the Caribbean", "shot down 40 drones": a machine of no stated country is no party.
    targets = targets.stream().filter(EventCoder::known).filter(target -> !(machine(target) && target.code().country().isEmpty()))
        .toList();
    both = both.stream().filter(EventCoder::known).toList();
    String country = location == null ? "" : location.country();
    if (sources.isEmpty() && both.isEmpty() && violent && unattributed(tree, match)) {
      // "were killed in an Israeli air strike", "a Russian missile strike killed", "were wounded by Hamas rockets": the
      // attack or weapon the clause names without a doer tells the doer by its nationality or owner.
      sources = attackers(context, tree, match, excluded);
      if (sources.isEmpty() && targets.stream().anyMatch(target -> !target.code().country().isEmpty() || !country.isEmpty())) {
        // "Three soldiers were killed by a roadside bomb", "a car bomb explosion killed two journalists": violence whose
        // doer the text does not name is done by unidentified armed forces (CAMEO UAF) of the place where it happened.
        // A relative clause ("the province where 28 people were killed in riots") describes the background, not news.
        Actor unidentified = new Actor("unidentified armed forces", trigger(tree, match.triggerTokens()),
            country.isEmpty() ? new ActorCode("---UAF", "", "UAF") : ActorCode.of(country, "UAF"));
        sources = List.of(unidentified);
      }
    }
    if (mutualDoers && !targets.isEmpty()
        && targets.stream().allMatch(target -> machine(target) && target.code().country().isEmpty())) {
      // "the two neighbours exchanged heavy artillery fire": the weapon of a mutual act is no third party.
      targets = List.of();
    }
    List<Actor> demanders = sources;
    if (root.equals("10") && !targets.isEmpty() && !demanders.isEmpty() && targets.stream().allMatch(target -> onlyPlace(target)
        && demanders.stream().allMatch(source -> government(source) && source.code().country().equals(target.code().country())))) {
      // "Abiy said Ethiopia must gain access to the sea": a government saying what its own country must do asks no one.
      return List.of();
    }
    List<Actor[]> dyads = new ArrayList<>();
    if (!both.isEmpty()) {
      if (!targets.isEmpty() || both.size() == 1) {
        List<Actor> combined = new ArrayList<>(sources);
        combined.addAll(both);
        sources = combined;
      } else {
        for (Actor one : both) {
          for (Actor other : both) {
            if (one != other && !one.code().code().equals(other.code().code())) {
              dyads.add(new Actor[] {one, other});
            }
          }
        }
      }
    }
    List<Integer> targetWords = match.candidates(Role.TARGET).stream().filter(candidate -> !excluded.contains(candidate)).toList();
    Optional<Integer> firstTarget = targetWords.stream().findFirst();
    boolean ownTarget = firstTarget.map(candidate -> pronounOwned(tree, candidate)).orElse(false);
    // "Czechia and Albania upgraded their ties": what binds the doers to each other is aimed at each other.
    boolean mutual = ownTarget && sources.size() > 1 && firstTarget.map(candidate -> tree.token(candidate).isPronoun() ? tree.parent(candidate) : candidate)
        .filter(owned -> owned >= 0).map(owned -> RELATIONS.contains(tree.lemma(owned).toLowerCase(Locale.ROOT))).orElse(false);
    // "Russia and Ukraine accused each other", "blamed one another": the doers are each other's targets.
    mutual |= sources.size() > 1 && targets.isEmpty() && targetWords.stream().anyMatch(candidate -> reciprocal(tree, candidate));
    Set<String> doers = sources.stream().map(actor -> actor.code().code()).collect(Collectors.toSet());
    List<Actor> fellows = sources;
    for (Actor source : sources) {
      // "Armenia agreed to reopen its border": the doer's own border, troops or homes are no party to its act, nor are
      // those of its fellow doers ("the envoys of A and B presented their credentials").
      List<Actor> others = ownTarget ? targets.stream().filter(target -> !doers.contains(target.code().code())).toList() : targets;
      boolean fellowTargets = mutual && others.isEmpty();
      if (fellowTargets) {
        others = fellows.stream().filter(fellow -> !fellow.code().code().equals(source.code().code())).toList();
      }
      // An actor found in both roles (a PETRARCH pattern's doer also the first actor after its verb) is only the doer.
      // "Senegal agreed to lift its embargo": a possessive pronoun that stands for the doer is the doer's own. Fellow
      // doers named by one phrase ("both sides accused each other") share its span and stay each other's targets.
      others = others.stream().filter(target -> fellowTargets || !source.span().equals(target.span()))
          .filter(target -> !(target.code().code().equals(source.code().code()) && pronoun(tree, target))).toList();
      if (others.isEmpty()) {
        dyads.add(new Actor[] {source, null});
      }
      for (Actor target : others) {
        dyads.add(new Actor[] {source, target});
      }
    }
    if (dyads.isEmpty()) {
      return List.of();
    }
    String date = dating.date(tree, match.trigger(), clauseHead, context.article().article());
    if (dating.background(tree, clauseHead, date, context.article().article())) {
      return List.of();
    }
    boolean negated = modes.negated(tree, match.trigger(), clauseHead);
    boolean hypothetical = modes.hypothetical(tree, match.trigger(), clauseHead);
    if (hypothetical && !negated && (violent || root.equals("17")) && modes.attempted(tree, clauseHead)) {
      // "Gunmen tried to storm the parliament": an attempted attack or seizure took place.
      hypothetical = false;
    }
    if (hypothetical && !negated && precededPastAct(tree, match)) {
      // "agreed to slash tariffs after talks in Geneva": talks an agreement already reached followed took place.
      hypothetical = false;
    }
    Actor claimant = claim.map(ClaimFrame::claimant).orElse(null);
    if (claimant != null && !known(claimant) && !PRONOUNS.contains(claimant.text().toLowerCase(Locale.ROOT))) {
      // "according to a statement", "the report said": attribution to a document or an unnamed source is
      // how news is sourced, not a party's claim. An unresolved "he" or "she" is a party we failed to name.
      claimant = null;
    }
    if (claimant != null && !claimant.code().identified() && !claim.get().contested()
        && !PRONOUNS.contains(claimant.text().toLowerCase(Locale.ROOT)) && !namesPerson(tree, claimant)) {
      // "..., police said", "a security official said", "military sources said": an unnamed source of no stated
      // country reporting an act is how the wire sources it, not a party's claim. "Police alleged" stays a claim, and
      // so does a named person we could not place ("Mayor Ihor Terekhov said"), who is a party as much as "he".
      claimant = null;
    }
    if (claimant != null && neutralPress(claimant, sources, targets, both, violent ? location : null)) {
      // "..., Omdurman radio reported", "the Washington Post said": the press citing the press is how news is
      // sourced. Media of a party to the event ("Russian state media said Ukrainian drones struck") stay claims.
      claimant = null;
    }
    if (claimant != null && !claim.get().contested()
        && thirdParty(claimant, sources, targets, both, violent, location)) {
      // "..., the UN refugee agency reported", "Thai military sources said", "aid workers in Kampala said": a source that
      // is party to neither side, nor of the country where violence happened, reports the act; it claims nothing of
      // its own. So does anyone reporting violence whose doer nobody names. "Alleged" or "accused" stays a claim.
      claimant = null;
    }
    if (claimant != null && !claim.get().contested() && COOPERATIVE_ROOTS.contains(root)
        && targets.stream().filter(target -> !DISSIDENT_ROLES.contains(target.code().role()))
            .map(EventCoder::party).anyMatch(party -> !party.isEmpty() && party.equals(party(claim.get().claimant())))) {
      // "The Indian foreign minister will visit Nepal, the Nepalese embassy said": the party a cooperative act is aimed
      // at announcing it has no quarrel to press; it reports the act as its doer would. Not so for aid to its rebels
      // ("said Asmara was arming rebel groups in the Amhara region").
      claimant = null;
    }
    if (claimant != null && selfReport(speakers(context, tree, claimant), sources, both, COOPERATIVE_ROOTS.contains(root)) && !violent) {
      // "Lammy said London had frozen the assets": a government reporting its own measure announces it.
      // Claims of violence stay claims, whoever makes them: wartime reports of one's own strikes are contested.
      claimant = null;
    }
    EventMode mode = new EventMode(negated, hypothetical, claimant);
    CameoCode cameo = codes.get(match.pattern().code());
    if (cameo.code().equals("140") && tree.token(match.trigger()).isVerb() && !sources.isEmpty()
        && sources.stream().allMatch(actor -> government(actor) || namedState(tree, actor))) {
      // "China protested the remarks": a state protests in words, an official complaint (114); crowds ("Iranian exiles")
      // demonstrate.
      cameo = codes.get("114");
    }
    Span trigger = trigger(tree, match.triggerTokens());
    AnnotatedSentence annotated = tree.sentence();
    Article source = context.article().article();
    List<Event> events = new ArrayList<>(eventsOf(source, annotated, trigger, date, location, dyads, cameo, mode));
    if (match.pattern().hasReverse()) {
      // A paired code ("== 032:033"): the same act is also the target's towards the source ("A left for B" is B hosting A).
      List<Actor[]> reversed = dyads.stream().filter(dyad -> dyad[1] != null).map(dyad -> new Actor[] {dyad[1], dyad[0]}).toList();
      events.addAll(eventsOf(source, annotated, trigger, date, location, reversed, codes.get(match.pattern().reverseCode()), mode));
    }
    // Only the doer's own announcement threatens: "Russia would attack, analysts said" is a prediction.
    boolean ownWords = claim.isEmpty() || sources.stream().anyMatch(actor -> sameParty(actor, claim.get().claimant()));
    boolean announced = hypothetical && !negated && ownWords
        && (modes.intended(tree, match.trigger(), clauseHead) || modes.threatened(tree, match.trigger(), clauseHead));
    List<Integer> demands = announced ? conditionSubjects(tree, match.trigger(), clauseHead, ULTIMATUM_MARKS) : List.of();
    if (demands.isEmpty() && announced && violent) {
      // "vowed to fight until Turkish troops leave Syria": force promised until a party gives in presses that party.
      // An until-clause that names no party ("until the end of the year") only says how long.
      List<Integer> until = conditionSubjects(tree, match.trigger(), clauseHead, Set.of("until"));
      if (actors(context, sentence, until, excluded).stream().anyMatch(EventCoder::namedParty)) {
        demands = until;
      }
    }
    if (!demands.isEmpty()) {
      // "Kenya will pull its troops out unless the Somali government pays them": whatever the act, announcing it
      // unless the other side gives in is an ultimatum, a threat (CAMEO 13x) aimed at that side, not an intent.
      CameoCode ultimatum = threatOf(cameo.code()).flatMap(codes::find).orElse(codes.get("130"));
      List<Actor> addressees = actors(context, sentence, demands, excluded).stream().filter(EventCoder::known).toList();
      List<Actor[]> aimed = new ArrayList<>();
      for (Actor[] dyad : dyads) {
        // "vowed to continue attacks on Israel until it stopped its war": a pronoun taken for the doer itself is no
        // addressee; the act's own target is.
        List<Actor> pressed = addressees.stream().filter(addressee -> !(pronoun(tree, addressee)
            && addressee.code().code().equals(dyad[0].code().code()))).toList();
        List<Actor> targetsOfThreat = pressed.isEmpty() ? java.util.Collections.singletonList(dyad[1]) : pressed;
        for (Actor target : targetsOfThreat) {
          if (target == null || !target.span().equals(dyad[0].span())) {
            aimed.add(new Actor[] {dyad[0], target});
          }
        }
      }
      events.addAll(eventsOf(source, annotated, trigger, date, location, aimed, ultimatum, new EventMode(false, false, null)));
      return events;
    }
    Optional<CameoCode> intent = Optional.ofNullable(AID_INTENTS.getOrDefault(cameo.code(), INTENTS.get(cameo.root()))).flatMap(codes::find);
    if (hypothetical && !negated && intent.isPresent() && modes.intended(tree, match.trigger(), clauseHead)) {
      // "Modi will visit Moscow": the visit is hypothetical, the announcement of it is an asserted
      // expression of intent (CAMEO 03x), which is what PLOVER codes as AGREE.
      events.addAll(eventsOf(source, annotated, trigger, date, location, dyads, intent.get(), new EventMode(false, false, mode.claimedBy())));
    }
    Optional<CameoCode> refusal = refusalOf(cameo.code()).flatMap(codes::find);
    if (hypothetical && negated && ownWords && refusal.isPresent() && modes.intended(tree, match.trigger(), clauseHead)) {
      // "Ottawa said it would not meet the kidnappers' demands", "Tokyo will not send troops": announcing that one will
      // not do a cooperative act refuses it, an asserted rejection (CAMEO 12x) by the doer's own words.
      events.addAll(eventsOf(source, annotated, trigger, date, location, dyads, refusal.get(), new EventMode(false, false, null)));
    }
    boolean seen = claim.isEmpty() || !ownWords;
    if (hypothetical && !negated && seen && FORCEFUL_ROOTS.contains(cameo.root()) && modes.prepared(tree, clauseHead)) {
      // "The army prepared to resume shelling rebel positions": forces seen getting ready to fight exhibit force
      // posture (CAMEO 150, PLOVER MOBILIZE), as reported; the attack itself stays hypothetical. Saying that one is
      // preparing to attack is a threat (below).
      events.addAll(eventsOf(source, annotated, trigger, date, location, dyads, codes.get("150"), new EventMode(false, false, mode.claimedBy())));
      return events;
    }
    Optional<CameoCode> threat = threatOf(cameo.code()).flatMap(codes::find);
    if (hypothetical && !negated && threat.isPresent() && ownWords && modes.threatened(tree, match.trigger(), clauseHead)) {
      // "Palestinian leaders said they would boycott all contact with the United States": the boycott is
      // hypothetical, announcing it is an asserted threat (CAMEO 13x). The doer announcing its own threat makes it,
      // so it is asserted, not claimed ("Iran will retaliate, its minister said").
      events.addAll(eventsOf(source, annotated, trigger, date, location, dyads, threat.get(), new EventMode(false, false, null)));
    }
    return events;
  }

  /**
   * An intent without target takes the party its promised act is aimed at: "promised to continue military aid to
   * Mozambique", "offered to hand over the suspects to Britain", "agreed to lift the embargo on Iran". The act need not
   * be an event of the codebook; its object, indirect object or a to/on/with/for phrase names the party.
   */
  private List<Event> withIntentTarget(ActorContext context, DependencyTree tree, Match match, List<Event> events) {
    if (events.isEmpty() || events.stream().anyMatch(event -> event.target() != null || !AIMED_ROOTS.contains(event.cameo().root()))) {
      return events;
    }
    int sentence = tree.sentence().index();
    List<Integer> arguments = new ArrayList<>();
    for (int act : tree.children(match.trigger(), "xcomp")) {
      arguments.addAll(aimedArguments(tree, act));
    }
    if (events.get(0).cameo().root().equals("03")) {
      // "agreed to US mediation", "agreed to Egypt's proposal": an intent agreed to a party's act or offer is aimed at it.
      ArgumentFinder finder = new ArgumentFinder(tree);
      for (int act : tree.children(match.trigger())) {
        if (tree.hasRelation(act, "obl") && tree.caseMarker(act).equals("to") && tree.token(act).isNoun()) {
          if (resolver.resolve(context, sentence, act).filter(actor -> !actor.code().role().isEmpty()).isPresent()) {
            // "presented their credentials to Ithilen's president": an agent it is given to is the party, not its owner.
            arguments.add(act);
          }
          arguments.addAll(finder.find(act, true, -1, List.of("subj")));
        }
      }
    }
    if (events.get(0).cameo().root().equals("13")) {
      // "threatened to suspend talks if Greece goes ahead": a threat is aimed at whoever must meet its condition.
      arguments.addAll(conditionSubjects(tree, match.trigger(), match.clauseHead(), THREAT_CONDITION_MARKS));
    }
    // The first argument naming a party is the target, with its conjuncts: "threatened to launch attacks on Kenya and
    // Ethiopia" is aimed at both.
    List<Actor> found = new ArrayList<>();
    ArgumentFinder conjuncts = new ArgumentFinder(tree);
    for (int argument : arguments) {
      // "threatened to escalate its strikes if Hezbollah is not disarmed": the doer's own strikes are no party.
      if (resolver.resolve(context, sentence, argument).filter(EventCoder::namedParty).isEmpty()
          || (!tree.token(argument).isPronoun() && pronounOwned(tree, argument))) {
        continue;
      }
      for (int conjunct : conjuncts.withConjuncts(argument)) {
        resolver.resolve(context, sentence, conjunct).filter(EventCoder::namedParty)
            .filter(actor -> found.stream().noneMatch(other -> other.span().equals(actor.span())))
            .ifPresent(found::add);
      }
      break;
    }
    if (found.isEmpty()) {
      return events;
    }
    List<Event> aimed = new ArrayList<>();
    for (Event event : events) {
      boolean kept = false;
      for (Actor actor : found) {
        if (actor.code().country().equals(event.source().code().country()) || actor.span().equals(event.source().span())) {
          if (!kept) {
            aimed.add(event);
            kept = true;
          }
          continue;
        }
        aimed.add(aimedAt(event, actor));
      }
    }
    return aimed;
  }

  /** Nouns of the frame a protest is made in: "in protest of", "in defiance of", "in opposition to". */
  private static final Set<String> PROTEST_FRAMES = Set.of("protest", "defiance", "opposition", "outrage", "anger");
  private static final Set<String> PROTESTED_CASES = Set.of("of", "against", "at", "over", "to");

  /**
   * A protest without a target is aimed at whoever owns what it protests: "a general strike in protest of the
   * government's arrest of activists", "a hunger strike in protest against abuses by the police", "marched in protest at
   * India's decision". An owner of no stated country ("the government") is the protesters' own.
   */
  private List<Event> withProtestedTarget(ActorContext context, DependencyTree tree, Match match, List<Event> events) {
    // A place is a target of last resort: "rallied in London to denounce Israel's offensive" is aimed at Israel.
    if (events.isEmpty() || events.stream().anyMatch(event -> (event.target() != null && !onlyPlace(event.target()))
        || !event.cameo().root().equals("14"))) {
      return events;
    }
    ArgumentFinder finder = new ArgumentFinder(tree);
    List<Integer> candidates = new ArrayList<>();
    for (int head : new LinkedHashSet<>(List.of(match.trigger(), match.clauseHead()))) {
      for (int frame : tree.children(head)) {
        boolean inFrame = (tree.hasRelation(frame, "obl") || tree.hasRelation(frame, "nmod")) && tree.caseMarker(frame).equals("in")
            && PROTEST_FRAMES.contains(tree.lemma(frame));
        for (int protested : inFrame ? tree.children(frame) : new int[0]) {
          if (tree.hasRelation(protested, "nmod") && PROTESTED_CASES.contains(tree.caseMarker(protested))) {
            candidates.add(protested);
            candidates.addAll(finder.find(protested, true, -1, List.of("subj")));
          }
        }
        boolean purpose = (tree.hasRelation(frame, "advcl") || tree.hasRelation(frame, "xcomp")) && tree.token(frame).isVerb()
            && PROTEST_PURPOSES.contains(tree.lemma(frame));
        for (int object : purpose ? tree.children(frame) : new int[0]) {
          // "rallied to denounce Israel's offensive", "blocked a road to show their anger at US policies", "staged
          // demonstrations to demand reforms by the government": what the protest is for names whom it is against.
          boolean argument = tree.hasRelation(object, "obj")
              || (tree.hasRelation(object, "obl") && PURPOSE_CASES.contains(tree.caseMarker(object)));
          if (argument) {
            candidates.add(object);
            candidates.addAll(finder.find(object, true, -1, List.of("subj")));
            for (int protested : tree.children(object)) {
              if (tree.hasRelation(protested, "nmod") && PURPOSE_CASES.contains(tree.caseMarker(protested))) {
                candidates.add(protested);
                candidates.addAll(finder.find(protested, true, -1, List.of("subj")));
              }
            }
          }
        }
      }
    }
    int sentence = tree.sentence().index();
    for (int candidate : candidates) {
      Optional<Actor> found = tree.token(candidate).isPronoun() ? Optional.empty()
          : resolver.resolve(context, sentence, candidate).filter(EventCoder::known);
      if (found.isEmpty()) {
        continue;
      }
      List<Event> aimed = new ArrayList<>();
      for (Event event : events) {
        Actor target = event.source().code().country().isEmpty() ? found.get() : placed(found.get(), event.source().code().country());
        if (target.span().equals(event.source().span()) || target.code().code().equals(event.source().code().code())) {
          break;
        }
        aimed.add(aimedAt(event, target));
      }
      if (aimed.size() == events.size()) {
        return aimed;
      }
    }
    return events;
  }

  /** Prepositions by which an event noun is told to have come before another act: "after talks". */
  private static final Set<String> BEFORE_CASES = Set.of("after", "following");

  /**
   * Whether a noun event is told to have come before an act in the past, which makes it past too: "agreed on Monday to
   * slash tariffs after talks in Geneva" (the adjunct hangs on "slash", under "agreed"). Not before a future or
   * modal act ("would meet Putin after a call").
   */
  private static boolean precededPastAct(DependencyTree tree, Match match) {
    int noun = match.trigger();
    if (!tree.token(noun).isNoun() || !tree.hasRelation(noun, "obl") || !BEFORE_CASES.contains(tree.caseMarker(noun))) {
      return false;
    }
    int verb = tree.parent(noun);
    for (int steps = 0; steps < 3 && verb >= 0 && tree.token(verb).isVerb(); steps++) {
      if (tree.token(verb).tag().equals("VBD")) {
        return tree.children(verb, "aux").isEmpty();
      }
      if (!tree.relation(verb).equals("xcomp")) {
        return false;
      }
      verb = tree.parent(verb);
    }
    return false;
  }

  /**
   * "did not speak to reporters after the meeting", "left Geneva before the talks": a bare definite event noun that
   * only says when another act happened refers back to an event the article tells of itself; coded again, it would
   * take the clause's doer and no one else. "after talks between their advisers" names its own parties.
   */
  private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that");

  private static boolean timeByEarlierEvent(DependencyTree tree, Match match) {
    int noun = match.trigger();
    if (!tree.token(noun).isNoun() || tree.token(noun).isProperNoun() || !tree.hasRelation(noun, "obl")
        || !ModeDetector.TIME_CASES.contains(tree.caseMarker(noun))) {
      return false;
    }
    boolean definite = false;
    for (int child : tree.children(noun)) {
      String relation = tree.relation(child);
      if (relation.equals("det") && DEFINITE_DETERMINERS.contains(tree.lemma(child).toLowerCase(java.util.Locale.ROOT))) {
        definite = true;
      } else if (!relation.equals("case") && !relation.equals("punct")) {
        return false;
      }
    }
    return definite;
  }

  /** State agents of no stated country among the doers, placed in the country of the official reporting them. */
  private static List<Actor> reportersOwn(List<Actor> sources, String reporting) {
    return sources.stream().map(actor -> actor.code().country().isEmpty() && !actor.code().identified()
        && STATE_ROLES.contains(actor.code().role()) ? placed(actor, reporting) : actor).toList();
  }

  /** Places that stand for their country when struck ("a Ukrainian power plant") but do nothing themselves. */
  private static final Set<String> FACILITIES = Set.of("airport", "port", "harbour", "harbor", "hospital", "school", "university",
      "plant", "station", "refinery", "mine", "factory", "terminal", "pipeline", "dam", "bridge");

  /** Whether an actor is a facility named by its place or owner: "forced Vilnius airport to suspend flights". */
  private static boolean facility(DependencyTree tree, Actor actor) {
    return lastWord(tree, actor.span()).filter(word -> FACILITIES.contains(tree.lemma(word).toLowerCase(Locale.ROOT))).isPresent();
  }

  /** Whether an actor is a country's government, and no more than that ("CHNGOV", not "CHNGOVMIL"). */
  private static boolean government(Actor actor) {
    return !actor.code().country().isEmpty() && actor.code().code().equals(actor.code().country() + "GOV");
  }

  /** Whether an actor is a country its name stands for ("China"), not a nation's people ("Iranian exiles"). */
  private static boolean namedState(DependencyTree tree, Actor actor) {
    return onlyPlace(actor) && lastWord(tree, actor.span()).filter(word -> tree.token(word).isProperNoun()).isPresent();
  }

  /** Whether an actor is a bare country, as a place names one ("in London"), with no role or group. */
  private static boolean onlyPlace(Actor actor) {
    return !actor.code().country().isEmpty() && actor.code().code().equals(actor.code().country());
  }

  /** Verbs of a protest's purpose whose object names what is protested: "to denounce", "to demand", "to show anger". */
  private static final Set<String> PROTEST_PURPOSES = Set.of(
      "demand", "press", "call", "urge", "seek", "protest", "oppose", "denounce", "condemn", "decry", "reject", "show",
      "express", "voice", "register", "vent", "challenge", "criticize", "criticise", "demonstrate");
  private static final Set<String> PURPOSE_CASES = Set.of("of", "against", "at", "over", "to", "by", "from", "for", "with");

  private static final Set<String> AIMING_CASES = Set.of("to", "on", "with", "for", "against", "into");
  /** Promises, refusals and threats: acts about another act, aimed where that act is aimed. */
  private static final Set<String> AIMED_ROOTS = Set.of("03", "12", "13");
  private static final Set<String> ULTIMATUM_MARKS = Set.of("unless");
  /** "threatened to strike if Greece goes ahead", "vowed to fight until Turkish troops leave": whom a threat presses. */
  private static final Set<String> THREAT_CONDITION_MARKS = Set.of("unless", "if", "until");

  /**
   * The subjects of condition clauses ("unless Zagreb closes the camp", "if Greece goes ahead") hung on a trigger, on
   * its clause or on its infinitive complement: the party whose act the condition names.
   */
  private static List<Integer> conditionSubjects(DependencyTree tree, int trigger, int clauseHead, Set<String> marks) {
    Set<Integer> heads = new LinkedHashSet<>(List.of(trigger, clauseHead));
    // "threatened to stop negotiations to reduce weapons if the US goes ahead": the parser may hang the condition on a
    // complement of the complement.
    List<Integer> complements = new ArrayList<>(tree.children(trigger, "xcomp"));
    for (int i = 0; i < complements.size() && i < 6; i++) {
      complements.addAll(tree.children(complements.get(i), "xcomp"));
    }
    heads.addAll(complements);
    List<Integer> found = new ArrayList<>();
    ArgumentFinder finder = new ArgumentFinder(tree);
    for (int head : heads) {
      for (int clause : tree.children(head)) {
        if (tree.hasRelation(clause, "advcl") && ModeDetector.marked(tree, clause, marks)) {
          List<Integer> subjects = finder.subjects(clause);
          // "until the RSF is defeated": a passive condition presses its subject, not a doer it leaves unnamed.
          found.addAll(subjects.isEmpty() ? tree.children(clause, "nsubj:pass") : subjects);
        }
      }
    }
    return found;
  }

  /** The words of an act that may name whom it is aimed at, nearest first. */
  private static List<Integer> aimedArguments(DependencyTree tree, int act) {
    List<Integer> found = new ArrayList<>();
    for (int child : tree.children(act)) {
      String relation = tree.relation(child);
      if (relation.equals("iobj") || ((relation.startsWith("obl") || relation.startsWith("nmod")) && AIMING_CASES.contains(tree.caseMarker(child)))) {
        found.add(child);
      }
    }
    for (int object : tree.children(act, "obj")) {
      for (int child : tree.children(object)) {
        if (tree.relation(child).startsWith("nmod") && AIMING_CASES.contains(tree.caseMarker(child))) {
          found.add(child);
        }
      }
      found.add(object);
    }
    // "refused to respond to a demand from the Kosovo government": an act about a demand is aimed at its author.
    for (int argument : List.copyOf(found)) {
      found.addAll(ArgumentFinder.authors(tree, argument));
    }
    return found;
  }

  /**
   * Whether a match is what an act of its own kind is for: "began a hunger strike to protest the decision", "staged
   * demonstrations to demand reforms", "telephoned the minister to discuss the truce". The governing act is the event;
   * its purpose lends it a target (see withComplementTarget).
   */
  private static boolean purposeOfSameAct(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index) {
    String root = matches.get(index).pattern().code().substring(0, 2);
    int complement = matches.get(index).trigger();
    for (int j = 0; j < matches.size(); j++) {
      String governing = matches.get(j).pattern().code().substring(0, 2);
      // "marched to demand reforms"; "summoned the ambassador to protest the remarks" is the complaint itself.
      boolean sameAct = governing.equals(root) || (governing.equals("14") && root.equals("10")) || (governing.equals("11") && root.equals("14"));
      if (j != index && sameAct && !coded.get(j).isEmpty() && complementOf(tree, matches.get(j), complement)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that, in a participle clause, only say what the act of their clause is aimed at. */
  private static final Set<String> AIMING_VERBS = Set.of("target", "aim");

  /**
   * Whether a match is a participle clause saying where another, non-violent act of its clause is aimed: "imposed
   * sanctions on Russia, targeting dozens of tankers" is one sanction, not an attack on tankers.
   */
  private static boolean aimOfOtherAct(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index) {
    int trigger = matches.get(index).trigger();
    int parent = tree.parent(trigger);
    boolean participle = parent >= 0 && tree.token(trigger).tag().equals("VBG") && AIMING_VERBS.contains(tree.lemma(trigger))
        && (tree.hasRelation(trigger, "advcl") || tree.relation(trigger).equals("dep"));
    // "approved sanctions on Tuesday after Hungary dropped its objections, targeting 200 vessels": the parser may hang
    // the participle on a clause between it and the act it aims; the clauses above it are looked at, up to three.
    for (int above = parent, steps = 0; participle && above >= 0 && steps < 3; above = tree.parent(above), steps++) {
      for (int j = 0; j < matches.size(); j++) {
        Match governing = matches.get(j);
        if (j != index && !coded.get(j).isEmpty() && (above == governing.trigger() || above == governing.support())
            && !VIOLENT_ROOTS.contains(governing.pattern().code().substring(0, 2))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word is the infinitive complement or the purpose of a match's act, hung on its trigger or, for a noun
   * trigger, on its support verb ("began a hunger strike to protest the decision").
   */
  private static boolean complementOf(DependencyTree tree, Match governing, int complement) {
    int parent = tree.parent(complement);
    boolean governed = parent >= 0 && (parent == governing.trigger() || parent == governing.support());
    return governed && (tree.relation(complement).equals("xcomp") || ModeDetector.purpose(tree, complement));
  }

  /**
   * Whether another match of the same CAMEO root spans this match's trigger and says more: "imposed martial law"
   * (1724, the noun with its support verb) over "imposed" (172); or whose support verb this match's trigger is and that
   * says less: "launched a drone and missile attack" parsed as "launched a drone and (missile) attack" is the missiles'
   * and drones' 195, not the attack's 190 again. One act is one event.
   */
  private static boolean coveredByFinerMatch(DependencyTree tree, List<Match> matches, int index) {
    Match match = matches.get(index);
    String code = match.pattern().code();
    for (int j = 0; j < matches.size(); j++) {
      Match other = matches.get(j);
      String otherCode = other.pattern().code();
      if (j != index && other.trigger() != match.trigger() && other.triggerTokens().contains(match.trigger())
          && otherCode.length() > code.length() && otherCode.startsWith(code)) {
        return true;
      }
      if (j != index && other.trigger() != match.trigger() && match.triggerTokens().contains(other.trigger())
          && code.length() == 3 && code.endsWith("0") && !otherCode.equals(code) && otherCode.startsWith(code.substring(0, 2))) {
        return true;
      }
      // "Indian strikes killed 26 civilians": the attack and the killing are one act, which the verb codes with its victims.
      if (j != index && other.trigger() == match.support() && match.pattern().kind() == TriggerKind.NOUN
          && VIOLENT_ROOTS.contains(code.substring(0, 2)) && VIOLENT_ROOTS.contains(otherCode.substring(0, 2))) {
        return true;
      }
      // "discussed security during a phone call with Iran's president": the verb's bare 040 is the call's 041. Talks
      // before the verb's act are another ("met Putin after talks between their advisers").
      if (j != index && other.support() == match.trigger() && code.length() == 3 && code.endsWith("0") && !otherCode.equals(code)
          && otherCode.startsWith(code.substring(0, 2)) && !BEFORE_CASES.contains(tree.caseMarker(other.trigger()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "agreed to resign", "promised to support the plan": the promise verb codes the intent (03x) and the act it governs
   * announces the same intent again; one promise is one event, the promise verb's.
   */
  private static List<Event> withoutEchoedIntent(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index,
      List<Event> events) {
    int complement = matches.get(index).clauseHead();
    int parent = tree.parent(complement);
    if (parent < 0 || !tree.relation(complement).equals("xcomp")) {
      return events;
    }
    Set<String> promisers = new LinkedHashSet<>();
    for (int j = 0; j < matches.size(); j++) {
      if (j != index && matches.get(j).trigger() == parent) {
        for (Event event : coded.get(j)) {
          if (event.cameo().root().equals("03") && event.mode().asserted()) {
            promisers.add(event.source().code().code());
          }
        }
      }
    }
    if (promisers.isEmpty()) {
      return events;
    }
    return events.stream()
        .filter(event -> !(event.cameo().root().equals("03") && event.mode().asserted() && promisers.contains(event.source().code().code())))
        .toList();
  }

  /**
   * Whether a match is a bare promise ("vowed", "pledged", CAMEO 030) whose complement is a threat or a refusal: "Iran
   * vowed to retaliate" threatens, it does not express an intent to cooperate.
   */
  private static boolean vowOfThreat(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index) {
    if (!matches.get(index).pattern().code().equals("030") || tree.lemma(matches.get(index).trigger()).equals("agree")) {
      return false;
    }
    int trigger = matches.get(index).trigger();
    for (int clause : tree.children(trigger, "ccomp")) {
      if (tree.children(clause, "advmod").stream().anyMatch(word -> Set.of("not", "never").contains(tree.lemma(word).toLowerCase(Locale.ROOT)))) {
        // "vowed that the state would not give in to violence": a vow that something will not happen is defiance.
        return true;
      }
    }
    for (int j = 0; j < matches.size(); j++) {
      int complement = matches.get(j).trigger();
      for (int step = 0; step < 2 && tree.parent(complement) >= 0 && tree.parent(complement) != trigger
          && (tree.relation(complement).equals("obj") || tree.relation(complement).equals("xcomp")); step++) {
        // "vowed to continue the attacks", "vowed to keep fighting": the threatened act under its support verb.
        complement = tree.parent(complement);
      }
      if (j != index && tree.parent(complement) == trigger && tree.relation(complement).equals("xcomp")
          && coded.get(j).stream().anyMatch(event -> event.cameo().root().equals("13"))) {
        return true;
      }
    }
    return false;
  }

  /** The CAMEO threat that announcing a harmful act of this code makes: the most specific code the table lists. */
  /**
   * Whether a match is a plain threat (130) whose complement is itself coded as a finer one: "Moscow warned that it would
   * retaliate against any seizure" is one threat of force (1384), not that and a threat besides.
   */
  private static boolean threatOfFinerThreat(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index) {
    if (!matches.get(index).pattern().code().equals("130")) {
      return false;
    }
    int trigger = matches.get(index).trigger();
    for (int j = 0; j < matches.size(); j++) {
      int complement = matches.get(j).clauseHead();
      if (j != index && tree.parent(complement) == trigger
          && (tree.relation(complement).equals("ccomp") || tree.relation(complement).equals("xcomp"))
          && coded.get(j).stream().anyMatch(event -> event.cameo().root().equals("13") && !event.cameo().code().equals("130"))) {
        // "warned Israel that it would retaliate": the plain threat keeps the party warned, unless the finer one names it.
        Set<String> finerTargets = coded.get(j).stream().filter(event -> event.target() != null)
            .map(event -> event.target().code().code()).collect(Collectors.toSet());
        return coded.get(index).stream().allMatch(event -> event.target() == null || finerTargets.contains(event.target().code().code()));
      }
    }
    return false;
  }

  private static Optional<String> threatOf(String code) {
    for (int length = code.length(); length >= 2; length--) {
      String threat = THREATS.get(code.substring(0, length));
      if (threat != null) {
        return Optional.of(threat);
      }
    }
    return Optional.empty();
  }

  /** Roots of armed force: what forces seen preparing for it show is force posture. */
  private static final Set<String> FORCEFUL_ROOTS = Set.of("18", "19", "20");

  private static final Map<String, String> THREATS = Map.ofEntries(
      Map.entry("14", "133"),
      Map.entry("16", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("163", "1312"), Map.entry("164", "134"),
      Map.entry("165", "135"), Map.entry("166", "136"),
      Map.entry("17", "137"), Map.entry("172", "132"), Map.entry("1721", "1321"), Map.entry("1722", "1322"),
      Map.entry("1723", "1323"), Map.entry("1724", "1324"),
      Map.entry("18", "1383"), Map.entry("19", "138"), Map.entry("191", "1381"), Map.entry("192", "1382"),
      Map.entry("190", "1384"), Map.entry("193", "1384"), Map.entry("194", "1384"), Map.entry("195", "1384"), Map.entry("20", "1385"));

  /**
   * "Turkey threatened to cut ties with Austria", "Ghana refused to meet the Togolese president": an act of intent,
   * refusal or threat without a target of its own is aimed at the target of the act it is about, the coded event of
   * its infinitive complement; and an act done for a purpose at the target of its purpose ("students marched to
   * demand reforms from the government").
   */
  private static List<Event> withComplementTarget(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index) {
    List<Event> events = coded.get(index);
    if (events.isEmpty() || events.stream().anyMatch(event -> event.target() != null)) {
      return events;
    }
    Map<String, Actor> targets = new LinkedHashMap<>();
    for (int j = 0; j < matches.size(); j++) {
      if (j != index && complementOf(tree, matches.get(index), matches.get(j).trigger())) {
        for (Event event : coded.get(j)) {
          if (event.target() != null) {
            targets.putIfAbsent(event.target().code().code() + '\u0001' + event.target().span().begin(), event.target());
          }
        }
      }
    }
    if (targets.isEmpty()) {
      return events;
    }
    List<Event> aimed = new ArrayList<>();
    for (Event event : events) {
      for (Actor target : targets.values()) {
        if (!target.span().equals(event.source().span()) && !target.code().code().equals(event.source().code().code())) {
          aimed.add(aimedAt(event, target));
        }
      }
    }
    return aimed.isEmpty() ? events : aimed;
  }

  /**
   * "Human Rights Watch alleged that Ethiopian troops attacked a village": an accusation without a target of its own is
   * aimed at the doer of the harmful act its clause reports, a coded event of root 12 to 20 in its clausal complement.
   */
  private static List<Event> withAccusedTarget(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index, List<Event> events) {
    if (events.isEmpty() || events.stream().anyMatch(event -> event.target() != null || !event.cameo().root().equals("11"))) {
      return events;
    }
    Match accusation = matches.get(index);
    for (int j = 0; j < matches.size(); j++) {
      int parent = tree.parent(matches.get(j).clauseHead());
      boolean reported = j != index && tree.relation(matches.get(j).clauseHead()).equals("ccomp")
          && (parent == accusation.trigger() || parent == accusation.support());
      for (Event act : reported ? coded.get(j) : List.<Event>of()) {
        int root = Integer.parseInt(act.cameo().root());
        if (root >= 12 && act.source().code().identified()) {
          List<Event> aimed = new ArrayList<>();
          for (Event event : events) {
            if (!act.source().code().code().equals(event.source().code().code())) {
              aimed.add(aimedAt(event, act.source()));
            }
          }
          return aimed.isEmpty() ? events : aimed;
        }
      }
    }
    return events;
  }

  /**
   * "North Korea accused the South of a provocation and warned that it would respond": a threat without a target that
   * follows an accusation by the same doer, joined to it, answers what it accuses and is aimed at the accused. ("Vowed
   * revenge and accused U.N. workers of spying" vows revenge for something else.)
   */
  private static List<Event> withWarnedAccused(DependencyTree tree, List<Match> matches, List<List<Event>> coded, int index,
      List<Event> events) {
    if (events.isEmpty() || events.stream().anyMatch(event -> event.target() != null || !event.cameo().root().equals("13"))) {
      return events;
    }
    int threat = matches.get(index).trigger();
    for (int j = 0; j < matches.size(); j++) {
      int other = matches.get(j).trigger();
      boolean joined = tree.parent(threat) == other && tree.relation(threat).equals("conj") && other < threat;
      for (Event answer : joined ? coded.get(j) : List.<Event>of()) {
        if (answer.cameo().root().equals("11") && answer.target() != null && answer.mode().asserted()
            && events.stream().allMatch(event -> event.source().code().code().equals(answer.source().code().code()))) {
          return events.stream().map(event -> aimedAt(event, answer.target())).toList();
        }
      }
    }
    return events;
  }

  /**
   * A rejection without a target is aimed at the author of what it rejects, also where the parser misreads the rejected
   * noun: as the subject of a clause ("rejected North Korea's demand to sever ties", parsed as a demand that severs),
   * as a loose dependent ("rejected Thursday a United Nations appeal"). The author is the noun's possessor, by- or
   * from-phrase, or a name or nationality before it ("proposed Israeli changes").
   */
  private List<Event> withRejectedAuthor(ActorContext context, DependencyTree tree, Match match, List<Event> events) {
    if (events.isEmpty() || events.stream().anyMatch(event -> event.target() != null || !AUTHOR_AIMED_ROOTS.contains(event.cameo().root()))) {
      return events;
    }
    List<Integer> nouns = new ArrayList<>();
    for (int child : tree.children(match.trigger())) {
      String relation = tree.relation(child);
      if (relation.equals("obj") || relation.equals("dep") || relation.equals("obl:tmod")) {
        nouns.add(child);
        nouns.addAll(tree.children(child, "dep"));
      } else if (relation.equals("ccomp")) {
        nouns.addAll(tree.children(child, "nsubj"));
      }
    }
    int sentence = tree.sentence().index();
    for (int noun : nouns) {
      if (!tree.token(noun).tag().startsWith("NN") || ActorResolver.relational(tree, noun)) {
        // "accused its neighbour": the owner of a relation is the one party it is not.
        continue;
      }
      // From-phrases only of nouns of saying or asking: "a withdrawal from Somalia" names a place, not an author.
      // The noun itself first: "demanded that the Sudanese government end curbs", misparsed, still names the government.
      List<Integer> authors = new ArrayList<>(List.of(noun));
      authors.addAll(ArgumentFinder.authors(tree, noun));
      for (int child : tree.children(noun)) {
        String relation = tree.relation(child);
        boolean before = child < noun && (relation.equals("amod") || relation.equals("compound"));
        if (relation.equals("nmod:poss") || before) {
          authors.add(child);
        }
      }
      for (int author : authors) {
        Optional<Actor> found = resolver.resolve(context, sentence, author).filter(actor -> actor.code().identified())
            .filter(actor -> events.stream().noneMatch(event -> event.source().code().code().equals(actor.code().code())
                || event.source().span().equals(actor.span())
                || (!actor.code().country().isEmpty() && actor.code().country().equals(event.source().code().country()))));
        if (found.isPresent()) {
          return events.stream().map(event -> aimedAt(event, found.get())).toList();
        }
      }
    }
    return events;
  }

  /**
   * The last target tried: a party named deeper inside the act's own phrase, as the field's phrase-based coders take the
   * first actor after the verb. "agreed to lift the ban on the Islamic Salvation Front", "threatened to impose a curfew
   * in Algiers", "launched a mediation effort between the Emirates and Saudi Arabia", "refused admittance to Ghanaians".
   * The search goes breadth first, nearest words first, through objects, obliques, infinitive complements and the
   * modifiers of nouns; never into subjects, clauses of saying, relative or adverbial clauses, and not into a verb's own
   * place ("met in Geneva", "declared a truce in south Lebanon"), which is where an act happens, not whom it is aimed at.
   */
  private List<Event> withEmbeddedTarget(ActorContext context, DependencyTree tree, Match match, List<Event> events) {
    if (events.isEmpty() || events.stream().anyMatch(event -> event.target() != null)) {
      return events;
    }
    int sentence = tree.sentence().index();
    // Meeting, promising to meet (036), and failing to agree, which each party does to the other ("failed to agree on a
    // plan to use Russian assets" is no act aimed at Russia): aimed only at those met with or between.
    boolean consultation = match.pattern().code().startsWith("04") || match.pattern().code().startsWith("036")
        || match.pattern().code().startsWith("12") && match.pattern().slots().stream().anyMatch(slot -> slot.role() == Role.BOTH);
    Set<Integer> excluded = new LinkedHashSet<>(match.triggerTokens());
    List<Integer> level = new ArrayList<>(match.triggerTokens());
    for (int depth = 0; depth < EMBEDDING_DEPTH && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int head : level) {
        for (int child : tree.children(head)) {
          if (!excluded.contains(child) && embeddedArgument(tree, head, child, excluded.contains(head))) {
            next.add(child);
          }
        }
      }
      next.sort(Integer::compare);
      List<Integer> parties = new ArrayList<>();
      for (int word : next) {
        // "fired a missile into the sea off its east coast": what the doer owns is no party to its act.
        if (!tree.token(word).isNoun() || tree.token(word).isPronoun() || ActorResolver.relational(tree, word) || pronounOwned(tree, word)) {
          continue;
        }
        // Meetings are aimed only at those met with or between ("a mediation effort between the Emirates and Saudi
        // Arabia"), not where envoys travel to ("returned to Brussels for talks").
        if (consultation && !MEETING_CASES.contains(tree.caseMarker(word))) {
          continue;
        }
        if (resolver.resolve(context, sentence, word).filter(EventCoder::known).isPresent()) {
          // "executed a man convicted of spying for Israel": an actor the phrase names, even one of no known country, is
          // the party; what describes it names others.
          parties.add(word);
        }
        // A bare place is no party where it is the doer's own country ("promised to democratize Serbia"); a town of
        // the doer's own country is its people there ("threatened to impose a curfew in Algiers").
        boolean town = tree.token(word).isProperNoun() && tables.countryByName(tree.token(word).word()).isEmpty();
        List<Actor> targets = actors(context, sentence, List.of(word), excluded).stream().filter(EventCoder::namedParty)
            .map(actor -> capitalAsPlace(tree, actor))
            // "denied involvement in the shooting in Rafah": a statement is about what happened in a place, not to it.
            .filter(actor -> !(town && onlyPlace(actor) && events.stream().allMatch(event -> event.cameo().root().equals("01"))))
            .filter(actor -> events.stream().noneMatch(event -> event.source().span().equals(actor.span())
                || event.source().code().code().equals(actor.code().code())
                || (onlyPlace(actor) && actor.code().country().equals(event.source().code().country()) && !town)))
            .map(actor -> onlyPlace(actor) && events.stream().anyMatch(event -> actor.code().country().equals(event.source().code().country()))
                ? new Actor(actor.text(), actor.span(), ActorCode.of(actor.code().country(), "CVL")) : actor)
            .toList();
        if (targets.isEmpty()) {
          continue;
        }
        List<Event> aimed = new ArrayList<>();
        for (Event event : events) {
          for (Actor target : targets) {
            aimed.add(aimedAt(event, target));
          }
        }
        return aimed;
      }
      next.removeAll(parties);
      level = next;
    }
    return events;
  }

  /** Prepositions by which a verb names whom its act reaches; not its place, time, cause or manner. */
  private static final Set<String> AIMED_CASES = Set.of(
      "to", "on", "upon", "onto", "into", "with", "for", "against", "from", "about", "between", "among", "toward", "towards", "of");

  /** Prepositions that name whom a meeting brings together. */
  private static final Set<String> MEETING_CASES = Set.of("with", "between", "among");

  /** How many dependency steps below its trigger an act's phrase is searched for a target. */
  private static final int EMBEDDING_DEPTH = 4;

  /** Whether a dependent continues an act's phrase towards whom it is aimed (see withEmbeddedTarget). */
  private static boolean embeddedArgument(DependencyTree tree, int head, int child, boolean trigger) {
    String relation = tree.relation(child);
    if ((relation.equals("nmod") || relation.equals("obl")) && ArgumentFinder.framing(tree, child)) {
      // "set the fire on the orders of Russian intelligence": who gave the orders is not whom the act reached.
      return false;
    }
    // The trigger's own place is where the act happens, also for a noun ("held talks in Cairo"); the place of what
    // the act is about is the party it reaches ("imposed a curfew in Algiers").
    if (trigger || tree.token(head).isVerb() || relation.equals("xcomp")) {
      if (relation.equals("obj") || relation.equals("iobj") || relation.equals("xcomp")) {
        return true;
      }
      // The agent of a participle modifying the object is the doer of the act the object names: "an investigation
      // into crimes committed by Croat forces", "the return of property seized by government forces". The
      // trigger's own agent is its doer, not its target ("sites struck by Israel and the United States").
      String marker = tree.caseMarker(child);
      return (relation.equals("obl") || relation.equals("nmod"))
          && (AIMED_CASES.contains(marker) || (marker.equals("by") && participle(tree, head) && !trigger));
    }
    if ((relation.equals("nmod") || relation.equals("obl")) && VICINITY_CASES.contains(tree.caseMarker(child))) {
      // "captured a town near the Chinese border": what a place is near is not whose it is.
      return false;
    }
    return relation.equals("nmod") || relation.equals("nmod:poss") || relation.equals("appos") || relation.equals("obl")
        || relation.equals("acl") || relation.equals("obj") || relation.equals("xcomp") || participle(tree, child);
  }

  private static final Set<String> VICINITY_CASES = Set.of("near", "along", "across", "off", "outside", "beyond", "toward", "towards", "close");

  /** A participle modifying a noun, hung as a clause or as an adjective: "weapons seized from peacekeepers". */
  private static boolean participle(DependencyTree tree, int word) {
    return tree.relation(word).equals("acl") || (tree.relation(word).equals("amod") && tree.token(word).tag().equals("VBN"));
  }

  /**
   * Nouns by which an answer refers back to an act told before it, with the CAMEO roots such an act has: "Lebanon's
   * president condemned the attack", "Phnom Penh rejected the accusation", "a charge Kabul denies", "called the
   * decision unjustified".
   */
  private static final Map<String, Set<String>> ANSWERED_ACTS = Map.ofEntries(
      Map.entry("attack", Set.of("18", "19", "20")), Map.entry("strike", Set.of("18", "19", "20")),
      Map.entry("raid", Set.of("17", "18", "19")), Map.entry("shooting", Set.of("18", "19")),
      Map.entry("bombing", Set.of("18", "19", "20")), Map.entry("shelling", Set.of("19")),
      Map.entry("killing", Set.of("18", "19", "20")), Map.entry("assault", Set.of("18", "19")),
      Map.entry("assassination", Set.of("18")), Map.entry("invasion", Set.of("19")), Map.entry("incursion", Set.of("19")),
      Map.entry("offensive", Set.of("19")), Map.entry("takeover", Set.of("17", "19")), Map.entry("coup", Set.of("17", "19")),
      Map.entry("abduction", Set.of("18")), Map.entry("kidnapping", Set.of("18")), Map.entry("arrest", Set.of("17")),
      Map.entry("detention", Set.of("17")), Map.entry("crackdown", Set.of("17", "18")), Map.entry("expulsion", Set.of("16", "17")),
      Map.entry("decision", Set.of("03", "12", "16", "17")), Map.entry("move", Set.of("03", "12", "16", "17")),
      Map.entry("protest", Set.of("11", "14")), Map.entry("pardon", Set.of("05")), Map.entry("proposal", Set.of("03")),
      Map.entry("offer", Set.of("03")), Map.entry("warrant", Set.of("17")), Map.entry("interception", Set.of("17", "19")),
      Map.entry("exercise", Set.of("15")), Map.entry("drill", Set.of("15")), Map.entry("launch", Set.of("15", "19")),
      Map.entry("test", Set.of("15")),
      Map.entry("accusation", Set.of("11")), Map.entry("charge", Set.of("11", "13")), Map.entry("allegation", Set.of("11")),
      Map.entry("claim", Set.of("11")), Map.entry("seizure", Set.of("17")), Map.entry("capture", Set.of("17", "19")),
      Map.entry("crime", Set.of("17", "18", "19", "20")), Map.entry("aggression", Set.of("18", "19", "20")),
      Map.entry("massacre", Set.of("18", "20")), Map.entry("terrorism", Set.of("18", "19", "20")),
      Map.entry("violation", Set.of("17", "18", "19", "20")));

  /** Nouns that can refer back to what someone claimed happened, besides to an accusation. */
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "charge");

  /** How far back an answer's act may have been told. */
  private static final int ANSWER_LOOKBACK = 3;

  /**
   * An answer that names no party is aimed at the doer of the act it answers, the latest one before it of a kind its
   * noun names: "The Israeli air strike killed a commander ... Lebanon's president condemned the attack" is Lebanon
   * against Israel, "Islamabad accused the Taliban of sheltering militants, a charge Kabul denies" Kabul against
   * Islamabad. A charge answered is one aimed at the answerer's own country; an act of the answerer's own side is
   * none it answers. Only a bare noun refers back: "the attack on the embassy" may be another.
   */
  private static List<Event> withAnsweredAct(DependencyTree tree, Match match, List<Event> earlier, List<Event> events) {
    // "Israeli forces kill three Palestinians in West Bank raid ... The Palestinian Authority condemned the raid": a bare
    // noun that coreference gave the place its first mention names is no party either.
    if (events.isEmpty() || events.stream().anyMatch(event -> !answering(event.cameo())
        || event.target() != null && !(bareAnsweredNoun(tree, event.target()) && onlyPlace(event.target())))) {
      return events;
    }
    int trigger = match.trigger();
    List<Integer> nouns = new ArrayList<>(tree.children(trigger, "obj"));
    for (int complement : tree.children(trigger, "xcomp")) {
      nouns.addAll(tree.children(complement, "nsubj"));
    }
    if (tree.relation(trigger).equals("acl:relcl") && tree.parent(trigger) >= 0) {
      nouns.add(tree.parent(trigger));
    }
    for (int naming : tree.children(trigger, "ccomp")) {
      // "condemned what it called a war crime": the act is what the answerer calls it.
      boolean what = tree.children(naming, "obj").stream().anyMatch(object -> tree.lemma(object).equals("what"));
      if (what && tree.lemma(naming).equals("call")) {
        tree.children(naming, "obj").stream().filter(object -> !tree.lemma(object).equals("what")).forEach(nouns::add);
        nouns.addAll(tree.children(naming, "xcomp"));
      }
    }
    for (int noun : nouns) {
      Set<String> roots = ANSWERED_ACTS.get(tree.lemma(noun));
      if (roots == null || !tree.token(noun).tag().startsWith("NN") || !bareReference(tree, noun)) {
        continue;
      }
      boolean charge = roots.contains("11");
      int sentence = tree.sentence().index();
      Event answered = null;
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Event act = earlier.get(i);
        if (act.sentenceIndex() < sentence - ANSWER_LOOKBACK) {
          break;
        }
        Optional<Actor> claimant = act.mode().claimant().filter(actor -> actor.code().identified());
        if (CLAIM_NOUNS.contains(tree.lemma(noun)) && claimant.isPresent() && !act.mode().negated() && !act.mode().hypothetical()
            && involved(events, act) && events.stream().noneMatch(event -> sameParty(event.source(), claimant.get()))) {
          // "A Taliban spokesman said Pakistani forces had attacked first. Pakistan's minister rejected the claim": a
          // claim answered by a party to the act it tells of is aimed at the one who made it.
          Actor author = new Actor(claimant.get().text(), trigger(tree, List.of(noun)), claimant.get().code());
          return events.stream().map(event -> aimedAt(event, author)).toList();
        }
        if (!roots.contains(act.cameo().root()) || act.mode().negated() || act.mode().hypothetical() || !act.source().code().identified()) {
          continue;
        }
        // "Turkish police detained Istanbul's mayor ... The opposition party called the detention a coup": within a
        // country, those who oppose or fight the state are not on its side.
        boolean ownSide = events.stream().anyMatch(event -> sameParty(event.source(), act.source())
            && DISSIDENT_ROLES.contains(event.source().code().role()) == DISSIDENT_ROLES.contains(act.source().code().role()));
        boolean aimedAtAnswerer = act.target() != null && events.stream()
            .anyMatch(event -> !event.source().code().country().isEmpty() && event.source().code().country().equals(act.target().code().country()));
        if (ownSide || (charge && !aimedAtAnswerer)) {
          continue;
        }
        if (answered == null || aimedAtAnswerer) {
          // "Houthi militants fired missiles at a British-owned ship ... The U.S. military shot down two drones ... Britain's
          // foreign secretary condemned the attack": the latest act of the kind, unless an earlier one hit the answerer's.
          answered = act;
        }
        if (aimedAtAnswerer) {
          break;
        }
      }
      if (answered != null) {
        Actor author = new Actor(answered.source().text(), trigger(tree, List.of(noun)), answered.source().code());
        return events.stream().map(event -> aimedAt(event, author)).toList();
      }
      return events;
    }
    return events;
  }

  /** Whether an actor's words are only a bare noun that refers back to an act: "the raid". */
  private static boolean bareAnsweredNoun(DependencyTree tree, Actor actor) {
    List<Integer> words = tokensIn(tree, actor.span());
    return words.size() == 1 && ANSWERED_ACTS.containsKey(tree.lemma(words.get(0))) && tree.token(words.get(0)).isNoun()
        && bareReference(tree, words.get(0));
  }

  /** Whether the doer of some answer is of a country the act's doer or target is of. */
  private static boolean involved(List<Event> answers, Event act) {
    Set<String> parties = new java.util.HashSet<>();
    parties.add(act.source().code().country());
    if (act.target() != null) {
      parties.add(act.target().code().country());
    }
    parties.remove("");
    return answers.stream().anyMatch(answer -> parties.contains(answer.source().code().country()));
  }

  /**
   * "The Houthis have detained 20 more U.N. staff ... Guterres demanded their immediate release": a demand or call for a
   * release that names no party is aimed at whoever holds them, the doer of the latest detention or abduction before it.
   */
  private static List<Event> withHolderOfReleased(DependencyTree tree, Match match, List<Event> earlier, List<Event> events) {
    if (events.isEmpty() || events.stream().anyMatch(event -> event.target() != null
        || !(event.cameo().root().equals("10") || event.cameo().root().equals("02")))) {
      return events;
    }
    int trigger = match.trigger();
    boolean release = java.util.Arrays.stream(tree.children(trigger)).anyMatch(noun -> tree.lemma(noun).equalsIgnoreCase("release")
        && tree.token(noun).isNoun() && (tree.relation(noun).equals("obj") || tree.hasRelation(noun, "obl") && tree.caseMarker(noun).equals("for")));
    if (!release) {
      return events;
    }
    int sentence = tree.sentence().index();
    for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).sentenceIndex() >= sentence - ANSWER_LOOKBACK; i--) {
      Event act = earlier.get(i);
      boolean holding = act.cameo().code().startsWith("173") || act.cameo().code().startsWith("181");
      if (holding && !act.mode().negated() && !act.mode().hypothetical() && act.source().code().identified()
          && events.stream().noneMatch(event -> sameParty(event.source(), act.source()))) {
        Actor holder = new Actor(act.source().text(), act.source().span(), act.source().code());
        return events.stream().map(event -> aimedAt(event, holder)).toList();
      }
    }
    return events;
  }

  /** Verbs by which a government advises its own people as well as threatens others. */
  private static final Set<String> ADVISING = Set.of("warn", "advise", "caution", "tell");

  /**
   * "China warned its citizens against travel to Japan", "China tells citizens to avoid Japan": a warning or word to the
   * doer's own citizens is advice to them, not a threat or a demand (it tells of a row with another country, which the
   * rest of the story codes).
   */
  private static List<Event> withoutAdviceToOwnPeople(DependencyTree tree, Match match, List<Event> events) {
    if (!ADVISING.contains(tree.lemma(match.trigger()))) {
      return events;
    }
    return events.stream().filter(event -> !adviceToOwnPeople(event)).toList();
  }

  /** Whether a threat or demand is aimed at the doer's own citizens, or a demand at citizens of no stated country. */
  private static boolean adviceToOwnPeople(Event event) {
    boolean threat = event.cameo().root().equals("13");
    boolean demand = event.cameo().root().equals("10");
    if (!(threat || demand) || event.target() == null || !event.target().code().role().equals("CVL")
        || event.source().code().country().isEmpty()) {
      return false;
    }
    // Citizens of no stated country a state tells what to do are its own.
    return sameParty(event.source(), event.target()) || demand && event.target().code().country().isEmpty();
  }

  /** Disapproval, rejection and denial ("denied the charge", 016): the answers that refer back to an act. */
  private static boolean answering(CameoCode code) {
    return code.root().equals("11") || code.root().equals("12") || code.code().equals("016");
  }

  /** Whether a noun is only a determiner and the noun: no possessor, name, nationality or phrase of its own. */
  private static boolean bareReference(DependencyTree tree, int noun) {
    for (int child : tree.children(noun)) {
      String relation = tree.relation(child);
      boolean modifier = relation.equals("amod") || relation.equals("compound");
      boolean common = tree.token(child).tag().startsWith("JJ") || tree.token(child).tag().equals("NN") || tree.token(child).tag().equals("NNS");
      if (relation.startsWith("nmod") || relation.equals("appos")
          || (modifier && (!common || Character.isUpperCase(tree.token(child).word().charAt(0))))) {
        return false;
      }
    }
    return true;
  }

  /** Demands, disapproval and rejections: aimed at whoever owns what they are about. */
  private static final Set<String> AUTHOR_AIMED_ROOTS = Set.of("10", "11", "12");

  /** The same event aimed at another target, with the stable id that dyad has. */
  private static Event aimedAt(Event event, Actor target) {
    return withDyad(event, event.source(), target);
  }

  /** The same event with another source and target, with the stable id that dyad has. */
  private static Event withDyad(Event event, Actor source, Actor target) {
    String id = id(event.article().id(), event.sentenceIndex(), event.trigger(), event.cameo(), source, target);
    return new Event(id, event.article(), event.sentenceIndex(), event.sentenceText(), event.trigger(), event.date(),
        source, target, event.cameo(), event.mode(), event.location());
  }

  /**
   * "Kenyan workers went on strike", "Egyptian demonstrators rioted": a protest that names no target, by protesters of a
   * known country at home (or nowhere named), is aimed at their government, as event coders code domestic unrest
   * (one held in a named place is aimed at that place, see withPlaceTarget). The implied target spans the trigger.
   */
  private List<Event> withDomesticTarget(List<Event> events) {
    List<Event> aimed = new ArrayList<>(events.size());
    for (Event event : events) {
      ActorCode doer = event.source().code();
      if (HOME_ROLES.contains(doer.role()) && !doer.country().isEmpty() && event.target() != null
          && event.target().code().country().isEmpty() && !event.target().code().role().isEmpty()
          && !event.target().code().identified() && !TRANSNATIONAL_ROLES.contains(event.target().code().role())) {
        // "Police in Nairobi fired tear gas at protesters", "a Tehran court jailed journalists": police and courts act on
        // their own country's people.
        aimed.add(withDyad(event, event.source(), placed(event.target(), doer.country())));
        continue;
      }
      if (!event.cameo().root().equals("14")) {
        aimed.add(event);
        continue;
      }
      String country = event.source().code().country();
      boolean home = event.location() == null || event.location().country().isEmpty() || event.location().country().equals(country);
      // Only protesters of society protest at home: a state that "protests" a decision complains in words. A people
      // named by its plural ("Algerians", "Palestinians") or a demonstration, strike or riot (141-145) is society.
      String role = event.source().code().role();
      boolean society = role.isEmpty() ? !event.cameo().code().equals("140") || people(event.source().text()) : !STATE_ROLES.contains(role);
      ActorCode target = event.target() == null ? null : event.target().code();
      if (society && !country.isEmpty() && target == null && home) {
        aimed.add(aimedAt(event, new Actor("the government", event.trigger(), ActorCode.of(country, "GOV"))));
      } else if (country.isEmpty() && !role.isEmpty() && !STATE_ROLES.contains(role)
          && target != null && target.role().equals("GOV") && !target.country().isEmpty()) {
        // "Students staged demonstrations to demand reforms by the Indonesian government": protesters of no stated
        // country who protest a government are taken to be its people, as domestic unrest mostly is.
        aimed.add(withDyad(event, placed(event.source(), target.country()), event.target()));
      } else {
        aimed.add(event);
      }
    }
    return aimed;
  }

  /** Roles of agents that act only at home: police and courts. */
  private static final Set<String> HOME_ROLES = Set.of("COP", "JUD");
  /** Roles of no country by nature: international and non-governmental organisations, firms, unknown armed forces. */
  private static final Set<String> TRANSNATIONAL_ROLES = Set.of("IGO", "NGO", "MNC", "UAF");

  /** Whether an actor's words end in a people's plural name: "Young Algerians", "Palestinians of the West Bank". */
  private boolean people(String text) {
    String[] words = text.strip().split("\\s+");
    for (String word : words) {
      if (word.length() > 3 && word.endsWith("s") && Character.isUpperCase(word.charAt(0)) && tables.countryByDemonym(word).isPresent()
          && tables.countryByName(word).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Dependents that leave a noun bare: "the veto". */
  private static final Set<String> BARE_NOUN_DEPENDENTS = Set.of("det", "punct", "case", "cc", "det:predet");

  /**
   * Roles of those who watch and report what parties do to others: organisations, the press, and prosecutors and courts,
   * who charge people with what they did to others ("charged two citizens with setting the fire").
   */
  private static final Set<String> WATCHING_ROLES = Set.of("NGO", "IGO", "MED", "JUD");

  /** Roles and bodies that do not fight: aid agencies, businesses, media, health and education. */
  private static final Set<String> NON_COMBATANTS = Set.of("NGO", "MED", "HLH", "BUS", "EDU", "CVL", "REF", "HRI",
      "WFP", "UNHCR", "UNICEF", "ICRC", "IFRC", "MSF", "UNRWA", "OCHA", "WHO", "FAO", "UNDP");

  /** Roles of the state and its agents. */
  private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI");

  /** Roles of those who oppose or fight a state from within: aid to them is no favour to that state. */
  private static final Set<String> DISSIDENT_ROLES = Set.of("REB", "OPP", "RAD", "UAF", "INS", "CRM");

  /** One event for each dyad, with a stable id. */
  private static List<Event> eventsOf(Article article, AnnotatedSentence sentence, Span trigger, String date, Location location,
      List<Actor[]> dyads, CameoCode cameo, EventMode mode) {
    List<Event> events = new ArrayList<>(dyads.size());
    for (Actor[] dyad : dyads) {
      String id = id(article.id(), sentence.index(), trigger, cameo, dyad[0], dyad[1]);
      events.add(new Event(id, article, sentence.index(), sentence.text(), trigger, date, dyad[0], dyad[1], cameo, mode, location));
    }
    return events;
  }

  /**
   * "Police detained 48 people" in a story about Georgia: agents of unknown country (---COP) take the
   * article's home country, the one that holds at least three fifths, and at least three, of the country
   * mentions among the article's actors and event places. A wire dateline's country ("NAIROBI, June 25 -") counts
   * as two mentions, and it is home to domestic agents where it has more mentions than any other. Where no country
   * dominates they stay unknown.
   */
  static List<Event> withHomeCountry(List<Event> events, String datelineCountry) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    if (!datelineCountry.isEmpty()) {
      counts.put(datelineCountry, DATELINE_MENTIONS);
      total += DATELINE_MENTIONS;
    }
    for (Event event : events) {
      List<String> countries = new ArrayList<>();
      event.source().code().countryCode().ifPresent(countries::add);
      event.targetActor().flatMap(actor -> actor.code().countryCode()).ifPresent(countries::add);
      // "DAR ES SALAAM - Tanzania's main opposition party said ...": a claimant of the dateline's country confirms it.
      event.mode().claimant().flatMap(actor -> actor.code().countryCode()).filter(datelineCountry::equals).ifPresent(countries::add);
      if (event.location() != null && !event.location().country().isEmpty()) {
        countries.add(event.location().country());
      }
      for (String country : countries) {
        counts.merge(country, 1, Integer::sum);
        total++;
      }
    }
    String home = null;
    boolean overwhelming = false;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() >= 3 && entry.getValue() * 5 >= total * 3) {
        home = entry.getKey();
        overwhelming = entry.getValue() * 4 >= total * 3;
      }
    }
    int datelineCount = counts.getOrDefault(datelineCountry, 0);
    if (home == null && datelineCount >= 3 && counts.entrySet().stream()
        .allMatch(entry -> entry.getKey().equals(datelineCountry) || entry.getValue() < datelineCount)) {
      // "MINSK - Belarus freed 52 prisoners ... after Lukashenko met U.S. envoy John Coale": in a story of two countries
      // filed from one of them, the one mentioned most, police, protesters and prisoners of no stated country are
      // that country's; a government or troops may still be either's.
      home = datelineCountry;
    }
    if (home == null) {
      return events;
    }
    String homeCountry = home;
    int homeCount = counts.get(home);
    // A story of a conflict between states: another country is a party to a third as many of its events as home.
    boolean rival = counts.entrySet().stream()
        .anyMatch(entry -> !entry.getKey().equals(homeCountry) && entry.getValue() >= 2 && entry.getValue() * 3 >= homeCount);
    List<Event> placed = new ArrayList<>(events.size());
    for (Event event : events) {
      Actor source = homed(event.source(), home, overwhelming);
      // "The U.S. military killed 11 people in a strike on a boat", "Thai troops fired on villagers": in a story of a
      // conflict between states, those a home state or its army strikes are seldom its own people. Those a state
      // executes or hangs are.
      String act = event.trigger().text().toLowerCase(Locale.ROOT);
      boolean homeStrike = rival && VIOLENT_ROOTS.contains(event.cameo().root()) && event.source().code().country().equals(home)
          && (event.source().code().role().isEmpty() || event.source().code().role().equals("MIL"))
          && !act.startsWith("execut") && !act.startsWith("hang");
      Actor target = event.target() == null ? null : homeStrike ? event.target() : homed(event.target(), home, overwhelming);
      Actor claimant = event.mode().claimedBy() == null ? null : homed(event.mode().claimedBy(), home, overwhelming);
      EventMode mode = new EventMode(event.mode().negated(), event.mode().hypothetical(), claimant);
      placed.add(new Event(event.id(), event.article(), event.sentenceIndex(), event.sentenceText(), event.trigger(), event.date(),
          source, target, event.cameo(), mode, event.location()));
    }
    return placed;
  }

  private static final int DATELINE_MENTIONS = 2;

  /**
   * "BEIJING - ... Vice Foreign Minister Sun Weidong told the ambassador": an official named with a title of no stated
   * country, whom no table knows, in a story filed from a capital, is of that capital's government, as wires write them.
   */
  static List<Event> withCapitalsOfficials(List<Event> events, String capitalCountry) {
    if (capitalCountry.isEmpty()) {
      return events;
    }
    List<Event> placed = new ArrayList<>(events.size());
    for (Event event : events) {
      Actor source = titledOfficial(event.source()) ? placed(event.source(), capitalCountry) : event.source();
      Actor target = event.target() != null && titledOfficial(event.target()) ? placed(event.target(), capitalCountry) : event.target();
      placed.add(source == event.source() && target == event.target() ? event : new Event(event.id(), event.article(),
          event.sentenceIndex(), event.sentenceText(), event.trigger(), event.date(), source, target, event.cameo(), event.mode(),
          event.location()));
    }
    return placed;
  }

  /** Whether an actor is a government official of no country named by title and name ("Vice Foreign Minister Sun Weidong"). */
  private static boolean titledOfficial(Actor actor) {
    String[] words = actor.text().trim().split("\\s+");
    return actor.code().country().isEmpty() && actor.code().code().equals("---GOV") && words.length >= 3
        && java.util.Arrays.stream(words).allMatch(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
  }

  /**
   * Police, protesters, courts and parliaments act at home; "the government", "a spokesman" or "troops"
   * in an international story may belong to any of its countries, so they take the home country only
   * where it holds three quarters of the mentions.
   */
  private static final Set<String> DOMESTIC_ROLES = Set.of("COP", "CVL", "OPP", "JUD", "LEG", "MED", "BUS", "LAB", "EDU", "AGR", "REL", "NGO", "HLH", "ELI", "PTY");

  private static Actor homed(Actor actor, String country, boolean overwhelming) {
    if ((!overwhelming && !DOMESTIC_ROLES.contains(actor.code().role())) || machine(actor) || foreign(actor)) {
      return actor;
    }
    return placed(actor, country);
  }

  /** "Russian drones and missiles": a conjunct without a country shares the first conjunct's. */
  private static List<Actor> sharedCountry(List<Actor> conjuncts) {
    String country = conjuncts.get(0).code().country();
    if (conjuncts.size() == 1 || country.isEmpty() || !conjuncts.get(0).code().identified()) {
      return conjuncts;
    }
    List<Actor> shared = new ArrayList<>(conjuncts.size());
    for (Actor actor : conjuncts) {
      shared.add(placed(actor, country));
    }
    return shared;
  }

  private static Actor placed(Actor actor, String country) {
    if (actor.code().identified() || actor.code().role().isEmpty()) {
      return actor;
    }
    // "ethnic Albanians" (---CVLALB) who demonstrate in Serbia are SRBCVLALB: the code after the role stays.
    String rest = actor.code().code().length() > 3 ? actor.code().code().substring(3) : actor.code().role();
    return new Actor(actor.text(), actor.span(), new ActorCode(country + rest, country, actor.code().role()));
  }

  /** The CAMEO rejection that announcing one will not do a cooperative act of this code makes. */
  private static Optional<String> refusalOf(String code) {
    if (code.startsWith("087")) {
      return Optional.of("1246");
    }
    return Optional.ofNullable(REFUSALS.get(code.substring(0, 2)));
  }

  private static final Map<String, String> REFUSALS = Map.of(
      "03", "120", "04", "125", "05", "120", "06", "121", "07", "122", "08", "124");

  /** The CAMEO intent code that announcing a future cooperative act of each root expresses. */
  private static final Map<String, String> INTENTS = Map.of(
      "04", "036", "05", "032", "06", "031", "07", "033", "08", "035");

  /** The finer intents of announcing aid of a kind: "would deliver two more Patriot systems" is military aid promised. */
  private static final Map<String, String> AID_INTENTS = Map.of("071", "0331", "072", "0332", "073", "0333", "074", "0334");

  /** Weapons and blasts that stand as the subject of a violent verb when the doer is unknown. */
  private static final Set<String> DEVICES = Set.of(
      "bomb", "bombing", "explosion", "blast", "device", "mine", "landmine", "minefield", "ied", "rocket", "missile", "shell",
      "mortar", "grenade", "shelling", "fire", "gunfire", "car", "attack", "explosive", "bullet", "sniper");

  /**
   * Whether a violent match names no doer: a passive without an agent ("were killed in a bombing"), or a weapon or blast
   * as its subject ("a roadside bomb killed three soldiers", "were killed by an explosive device").
   */
  private static boolean unattributed(DependencyTree tree, Match match) {
    if (tree.relation(match.clauseHead()).equals("acl:relcl")) {
      return false;
    }
    List<Integer> doers = match.candidates(Role.SOURCE);
    if (doers.isEmpty()) {
      // A pattern with no doer's slot names an act done by someone unnamed ("survived an assassination attempt").
      boolean doerless = match.pattern().slots().stream().noneMatch(slot -> slot.role() == Role.SOURCE || slot.role() == Role.BOTH);
      return tree.isPassive(match.clauseHead()) || doerless;
    }
    return doers.stream().allMatch(doer -> DEVICES.contains(tree.lemma(doer).toLowerCase(Locale.ROOT)));
  }

  /** Attacks that may stand as the means of violence whose doer a clause does not name: "killed in an air strike". */
  private static final Set<String> ATTACKS = Stream.concat(DEVICES.stream(), Stream.of(
      "strike", "airstrike", "air-strike", "raid", "bombardment", "offensive", "assault", "drone", "barrage", "ambush",
      "shelling", "missile", "rocket", "artillery")).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Set<String> MEANS_CASES = Set.of("in", "by", "during", "from", "under");

  /**
   * The doers an unattributed act of violence names through its means: the owner or nationality of the attack or weapon
   * that is its subject or its in-, by-, during- or from-phrase ("killed in an Israeli air strike", "a Russian drone
   * strike hit", "wounded by Hamas rockets"). Only actors of a known country or organisation count.
   */
  private List<Actor> attackers(ActorContext context, DependencyTree tree, Match match, Set<Integer> excluded) {
    List<Integer> means = new ArrayList<>();
    for (int doer : match.candidates(Role.SOURCE)) {
      if (ATTACKS.contains(tree.lemma(doer).toLowerCase(Locale.ROOT))) {
        means.add(doer);
      }
    }
    for (int head : new LinkedHashSet<>(List.of(match.trigger(), match.clauseHead()))) {
      for (int child : tree.children(head)) {
        if (tree.hasRelation(child, "obl") && MEANS_CASES.contains(tree.caseMarker(child))
            && ATTACKS.contains(tree.lemma(child).toLowerCase(Locale.ROOT))) {
          means.add(child);
        }
      }
    }
    ArgumentFinder finder = new ArgumentFinder(tree);
    List<Integer> owners = new ArrayList<>();
    for (int mean : means) {
      owners.addAll(finder.find(mean, true, -1, List.of("subj")));
      // "a Russian missile strike": the nationality may hang on the weapon that modifies the attack.
      for (int part : tree.children(mean, "compound")) {
        owners.addAll(finder.find(part, true, -1, List.of("subj")));
      }
    }
    owners.removeIf(owner -> ATTACKS.contains(tree.lemma(owner).toLowerCase(Locale.ROOT)));
    int sentence = tree.sentence().index();
    return actors(context, sentence, owners, excluded).stream().filter(EventCoder::namedParty).toList();
  }

  /** Whether an actor is a party the text names: a known country, or an organisation ("UN peacekeepers"). */
  private static boolean namedParty(Actor actor) {
    return actor.code().identified() && (!actor.code().country().isEmpty() || actor.code().role().equals("IGO"));
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them");
  /** Prepositions that make a capital the place an act is aimed at rather than its government. */
  private static final Set<String> LOCATIVE_CASES = Set.of(
      "in", "at", "near", "into", "across", "around", "outside", "inside", "throughout", "within", "over", "toward", "towards");

  /**
   * "Imposed a curfew in Algiers", "fired shells at Seoul": a capital where force or aid lands is the place, its country,
   * not the government it stands for when it acts or talks ("Moscow said", "arrived in Washington for talks").
   */
  private Actor capitalAsPlace(DependencyTree tree, Actor target) {
    Optional<String> country = tables.countryByCapital(target.text());
    if (country.isEmpty() || !target.code().equals(ActorCode.of(country.get(), "GOV"))) {
      return target;
    }
    if (lastWord(tree, target.span()).filter(word -> LOCATIVE_CASES.contains(tree.caseMarker(word))).isEmpty()) {
      return target;
    }
    return new Actor(target.text(), target.span(), tables.parseCode(country.get()));
  }

  /** Nouns of goods or people moving between countries, which a sanction or its easing restricts or frees. */
  private static final Set<String> FLOWS = Set.of(
      "sale", "sales", "export", "exports", "import", "imports", "shipment", "shipments", "delivery", "deliveries", "transfer",
      "transfers", "trade", "flight", "flights", "supply", "supplies", "investment", "investments", "travel", "remittance",
      "remittances");
  private static final Set<String> FLOW_CASES = Set.of("to", "from", "into");

  /** Whether a word is a reciprocal pronoun: "each other", "one another". */
  private static boolean reciprocal(DependencyTree tree, int token) {
    String word = tree.lemma(token).toLowerCase(Locale.ROOT);
    int before = token - 1;
    int after = token + 1;
    return (before >= 0 && ((word.equals("other") && tree.lemma(before).equalsIgnoreCase("each"))
        || (word.equals("another") && tree.lemma(before).equalsIgnoreCase("one"))))
        || (word.equals("one") && after < tree.size() && tree.lemma(after).equalsIgnoreCase("another"))
        || (word.equals("other") && before >= 0 && tree.lemma(before).equalsIgnoreCase("the") && eachBefore(tree, before));
  }

  /** Whether "each" opens a phrase before a word: "each side accused the other". */
  private static boolean eachBefore(DependencyTree tree, int token) {
    for (int i = 0; i < token; i++) {
      if (tree.lemma(i).equalsIgnoreCase("each") && tree.relation(i).equals("det")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of what binds parties to each other: "their ties", "their relations". */
  private static final Set<String> RELATIONS = Set.of(
      "tie", "ties", "relation", "relations", "relationship", "cooperation", "partnership", "alliance", "friendship", "dialogue",
      "contact", "contacts", "bond", "bonds", "link", "links", "dispute", "differences", "rivalry", "feud", "border", "borders");

  /** Whether a word is a pronoun or a thing a pronoun owns: "itself", "their border", "its troops". */
  /** Whether an actor was found as a pronoun ("its", "their") standing for a party named elsewhere. */
  private static boolean pronoun(DependencyTree tree, Actor actor) {
    List<Integer> words = tokensIn(tree, actor.span());
    return words.size() == 1 && tree.token(words.get(0)).isPronoun();
  }

  private static boolean pronounOwned(DependencyTree tree, int token) {
    return pronounOwned(tree, token, 2);
  }

  /**
   * Whether a target phrase is owned by a pronoun, through of-phrases: "its border", "the legality of his arrest",
   * "an investigation of him".
   */
  private static boolean pronounOwned(DependencyTree tree, int token, int depth) {
    if (tree.token(token).isPronoun() || tree.children(token, "nmod:poss").stream().anyMatch(owner -> tree.token(owner).isPronoun())) {
      return true;
    }
    return depth > 0 && tree.children(token, "nmod").stream()
        .anyMatch(phrase -> "of".equals(tree.caseMarker(phrase)) && pronounOwned(tree, phrase, depth - 1));
  }
  private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

  /**
   * The parties a claimant speaks for: its own, and those of the speakers coordinated with it ("Britain, France and
   * Germany said they were considering sanctions" is all three announcing, not Britain reporting the others).
   */
  private Set<String> speakers(ActorContext context, DependencyTree tree, Actor claimant) {
    Set<String> parties = new LinkedHashSet<>();
    if (!party(claimant).isEmpty()) {
      parties.add(party(claimant));
    }
    for (int word : tokensIn(tree, claimant.span())) {
      for (int conjunct : tree.children(word, "conj")) {
        resolver.resolve(context, tree.sentence().index(), conjunct).map(EventCoder::party).filter(party -> !party.isEmpty())
            .ifPresent(parties::add);
      }
    }
    return parties;
  }

  private static boolean selfReport(Set<String> parties, List<Actor> sources, List<Actor> both, boolean cooperative) {
    if (parties.isEmpty()) {
      return false;
    }
    if (sources.isEmpty()) {
      // "The United States and Jordan agreed on a pact, the White House said": one party announcing a joint act.
      return both.stream().anyMatch(actor -> parties.contains(party(actor)));
    }
    if (cooperative) {
      // "Mongolia, Laos and Vietnam welcomed the accord, Mongolia's news agency said": one of the doers of a
      // cooperative act announcing it has nothing to claim against anyone.
      return sources.stream().anyMatch(actor -> parties.contains(party(actor)));
    }
    return sources.stream().allMatch(actor -> parties.contains(party(actor)));
  }

  /** Whether an actor's words name a person (a PERSON entity), rather than describe an unnamed source. */
  private static boolean namesPerson(DependencyTree tree, Actor actor) {
    return tokensIn(tree, actor.span()).stream().anyMatch(token -> tree.token(token).entity().equals("PERSON"));
  }

  /** The tokens of the sentence within a span, in text order. */
  /** The last word within a span, which heads most English noun phrases. */
  private static Optional<Integer> lastWord(DependencyTree tree, Span span) {
    List<Integer> words = tokensIn(tree, span);
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(words.size() - 1));
  }

  private static List<Integer> tokensIn(DependencyTree tree, Span span) {
    List<Integer> tokens = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).begin() >= span.begin() && tree.token(i).end() <= span.end()) {
        tokens.add(i);
      }
    }
    return tokens;
  }

  private static boolean neutralPress(Actor claimant, List<Actor> sources, List<Actor> targets, List<Actor> both, Location location) {
    if (!claimant.code().role().equals("MED")) {
      return false;
    }
    String party = party(claimant);
    if (party.isEmpty()) {
      return true;
    }
    if (location != null && location.country().equals(party)) {
      // "Russian state media said drones struck a refinery in Ryazan": the press of the country where violence
      // happened is a party to it (the caller gives the location of violent acts only: Belgrade radio reporting a
      // demonstration in Serbia is the press reporting).
      return false;
    }
    return Stream.of(sources, targets, both).flatMap(List::stream).noneMatch(actor -> party(actor).equals(party));
  }

  private static boolean thirdParty(Actor claimant, List<Actor> sources, List<Actor> targets, List<Actor> both, boolean violent,
      Location location) {
    List<Actor> parties = Stream.of(sources, targets, both).flatMap(List::stream).toList();
    if (!sources.isEmpty() && sources.stream().allMatch(actor -> actor.code().role().equals("UAF"))) {
      // "five civilians were killed in a bombing, police said": with no doer named, the report blames no one.
      return true;
    }
    String party = party(claimant);
    if (party.isEmpty() || sources.stream().anyMatch(actor -> party(actor).isEmpty())) {
      // Only a report on known sides is a third party's: "20 people were wounded, it said" has no side to stand apart from.
      return false;
    }
    if (violent && !claimant.code().country().isEmpty() && (location != null ? location.country().equals(party)
        : targets.stream().noneMatch(actor -> !party(actor).isEmpty()) && both.isEmpty())) {
      // The country where violence happened is a party to it; and violence whose victim and place the text leaves
      // open ("Russia launched 74 drones, the air force said") may well have been done to whoever reports it. An
      // organisation of no country ("the UN refugee agency reported") is neither.
      return false;
    }
    return parties.stream().noneMatch(actor -> party(actor).equals(party));
  }

  /** The party an actor belongs to: its country, or for an actor without one its own code ("UNO" for a U.N. spokesman). */
  /**
   * Whether two actors are one party: the same country, or, for parties of no country, the same code ("the opposition
   * party said it will boycott": both ---OPP).
   */
  private static boolean sameParty(Actor one, Actor other) {
    String party = party(one);
    if (!party.isEmpty() || !party(other).isEmpty()) {
      return party.equals(party(other));
    }
    return one.code().code().length() > 3 && one.code().code().equals(other.code().code());
  }

  private static String party(Actor actor) {
    if (!actor.code().country().isEmpty()) {
      return actor.code().country();
    }
    String code = actor.code().code();
    return code.startsWith("---") ? "" : code.substring(0, Math.min(3, code.length()));
  }

  private static boolean known(Actor actor) {
    return actor.code().identified() || !actor.code().role().isEmpty();
  }

  /** Intents, meetings, diplomatic and material cooperation, aid and yielding. */
  private static final Set<String> COOPERATIVE_ROOTS = Set.of("03", "04", "05", "06", "07", "08");

  /**
   * Statements, intents, meetings and diplomacy, often done away from home, and condemnation and rejection, whose
   * place is usually that of what they condemn ("denounced Israel's offensive in Gaza" is not said in Gaza).
   */
  private static final Set<String> DIPLOMATIC_ROOTS = Set.of("01", "02", "03", "04", "05", "11", "12");

  /** Acts that, done in a place, are done to it: aid, yielding, protest, force posture, coercion and violence. */
  private static final Set<String> PLACE_AIMED_ROOTS = Set.of("07", "08", "14", "15", "17", "18", "19", "20");

  /**
   * "Serbia lifted a night curfew in Montenegro", "ethnic Albanians demonstrated in Serbia", "troops remained on alert in
   * the West Bank": an act done in a place, to no party the text names, is aimed at that place. It is the last target
   * tried, and whether a reporter is a party was judged on the named parties alone.
   */
  private static List<Event> withPlaceTarget(DependencyTree tree, Match match, List<Event> events) {
    if (!PLACE_AIMED_ROOTS.contains(match.pattern().code().substring(0, 2))) {
      return events;
    }
    List<Event> aimed = new ArrayList<>(events.size());
    for (Event event : events) {
      Optional<Actor> place = event.target() != null || event.location() == null || event.location().country().isEmpty()
          ? Optional.empty() : placeActor(tree, event.location());
      boolean home = place.isPresent() && event.source().code().code().equals(place.get().code().code());
      // "Polish and NATO jets shot down several drones over Poland": drones or missiles brought down somewhere hit no one
      // there; whose they were, if anyone's, the object says.
      boolean machines = DOWNING.contains(tree.lemma(match.trigger()).toLowerCase(Locale.ROOT)) && tree.children(match.trigger(), "obj")
          .stream().anyMatch(object -> ActorResolver.machine(tree.token(object).word().toLowerCase(Locale.ROOT)));
      aimed.add(place.isPresent() && !home && !machines ? aimedAt(event, place.get()) : event);
    }
    return aimed;
  }

  /** Verbs of bringing down what flies: "shot down", "intercepted", "destroyed" drones. */
  private static final Set<String> DOWNING = Set.of("shoot", "down", "intercept", "destroy", "neutralize", "neutralise");

  /** Curfews, martial law and states of emergency, imposed or threatened (CAMEO 1723, 1724, 1323, 1324). */
  private static final Set<String> POPULATION_RESTRICTIONS = Set.of("1723", "1724", "1323", "1324");

  /**
   * "imposed a curfew in the town of Cizre", "is prepared to impose martial law": a curfew or martial law restricts the
   * people of the place it is imposed in, or with no place named, the imposer's own people (CVL). A named target stays.
   */
  private static List<Event> withRestrictedPopulation(List<Event> events) {
    List<Event> aimed = new ArrayList<>(events.size());
    for (Event event : events) {
      Actor target = event.target();
      boolean bare = target == null || (target.code().role().isEmpty() && !target.code().country().isEmpty()
          && target.code().code().equals(target.code().country()));
      String country = target != null ? target.code().country()
          : event.location() != null && !event.location().country().isEmpty() ? event.location().country() : event.source().code().country();
      if (POPULATION_RESTRICTIONS.contains(event.cameo().code()) && bare && !country.isEmpty()) {
        ActorCode people = ActorCode.of(country, "CVL");
        aimed.add(aimedAt(event, target == null ? new Actor("the population", event.trigger(), people) : new Actor(target.text(), target.span(), people)));
      } else {
        aimed.add(event);
      }
    }
    return aimed;
  }

  /** The place an event happened as an actor: its country, spanning the words that name the place. */
  private static Optional<Actor> placeActor(DependencyTree tree, Location location) {
    for (int first = 0; first < tree.size(); first++) {
      for (int last = first; last < Math.min(tree.size(), first + 6); last++) {
        if (tree.sentence().textOf(first, last).equals(location.text())) {
          Span span = new Span(location.text(), tree.token(first).begin(), tree.token(last).end());
          return Optional.of(new Actor(location.text(), span, new ActorCode(location.country(), location.country(), "")));
        }
      }
    }
    return Optional.empty();
  }

  private static List<Actor> locate(List<Actor> actors, Location location) {
    return actors.stream().map(actor -> machine(actor) ? actor : placed(actor, location.country())).toList();
  }

  /** "foreign intelligence services", "overseas donors": agents the text says are not the home country's. */
  private static boolean foreign(Actor actor) {
    return java.util.Arrays.stream(actor.text().toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(FOREIGN::contains);
  }

  private static final Set<String> FOREIGN = Set.of("foreign", "overseas", "outside", "international", "western", "external");

  /** Whether an actor is a weapon or war machine of no stated country, which acts wherever it is sent. */
  private static boolean machine(Actor actor) {
    String[] words = actor.text().toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    // "a drone attack", "a missile strike": an attack named by its weapon is the weapon's.
    boolean attack = last.equals("attack") || last.equals("attacks") || ATTACKS.contains(last)
        || last.endsWith("s") && ATTACKS.contains(last.substring(0, last.length() - 1));
    return ActorResolver.machine(last) || attack && java.util.Arrays.stream(words).anyMatch(ActorResolver::machine);
  }

  private List<Actor> actors(ActorContext context, int sentence, List<Integer> candidates, Set<Integer> excluded) {
    DependencyTree tree = context.tree(sentence);
    for (int candidate : candidates) {
      if (excluded.contains(candidate)) {
        continue;
      }
      // A preposition or article found by position ("ties with Mordor, Rohan and Bree") stands for its noun and its conjuncts.
      boolean function = tree.relation(candidate).equals("case") || tree.relation(candidate).equals("det");
      int head = function && tree.parent(candidate) >= 0 ? tree.parent(candidate) : candidate;
      if (tree.relation(head).equals("nmod:poss") && tree.parent(head) >= 0 && ActorResolver.relational(tree, tree.parent(head))) {
        // "accused its neighbour": the possessor of a relation is the one party it is not.
        continue;
      }
      Optional<List<Actor>> owned = ownedAgent(context, sentence, head, excluded);
      if (owned.isPresent()) {
        return owned.get();
      }
      List<Actor> found = withConjuncts(context, sentence, head, excluded);
      if (found.isEmpty() && FLOWS.contains(tree.lemma(head).toLowerCase(Locale.ROOT))) {
        // "lifted the embargo on arms sales to Iran and Libya", "a ban on imports from Russia": a trade restricted or
        // allowed is aimed at the country it goes to or comes from.
        for (int party : tree.children(head)) {
          if (tree.relation(party).startsWith("nmod") && FLOW_CASES.contains(tree.caseMarker(party)) && !excluded.contains(party)) {
            found.addAll(withConjuncts(context, sentence, party, excluded));
          }
        }
      }
      if (!found.isEmpty()) {
        return sharedCountry(found);
      }
    }
    return List.of();
  }

  /** The actors a word and its conjuncts name, leaving out the excluded words (the trigger's). */
  private List<Actor> withConjuncts(ActorContext context, int sentence, int head, Set<Integer> excluded) {
    DependencyTree tree = context.tree(sentence);
    List<Actor> found = new ArrayList<>();
    List<Integer> tokens = PatternMatcher.withConjuncts(tree, head);
    int counted = ActorResolver.counted(tree, head);
    if (tokens.size() == 1 && counted != head && PatternMatcher.withConjuncts(tree, counted).size() > 1) {
      // "tortured scores of Sierra Leonean and Liberian refugees": the conjuncts are inside the count.
      head = counted;
      tokens = PatternMatcher.withConjuncts(tree, counted);
    }
    for (int token : tokens) {
      if (!excluded.contains(token)) {
        List<Actor> actors = resolver.resolveAll(context, sentence, token);
        if (token == head && tokens.size() > 1 && actors.size() == 1 && bareDemonym(tree, token, actors.get(0))) {
          // "beat Sudanese and Eritrean refugees", parsed "Sudanese" and "Eritrean refugees": the bare nationality word
          // is of the conjunct's people, in its role.
          String role = tokens.stream().skip(1).map(conjunct -> resolver.resolve(context, sentence, conjunct))
              .flatMap(Optional::stream).map(actor -> actor.code().role()).filter(r -> !r.isEmpty()).findFirst().orElse("");
          if (!role.isEmpty()) {
            Actor bare = actors.get(0);
            actors = List.of(new Actor(bare.text(), bare.span(), ActorCode.of(bare.code().country(), role)));
          }
        }
        found.addAll(actors);
      }
    }
    return found;
  }

  /** Whether a token is a nationality word standing alone for its country ("Sudanese", not "Sudan" or "the Sudanese"). */
  private boolean bareDemonym(DependencyTree tree, int token, Actor actor) {
    int begin = token;
    for (int child : tree.children(token)) {
      String relation = tree.relation(child);
      if (relation.equals("compound") && child < token && tree.token(child).isProperNoun()) {
        begin = Math.min(begin, child);
      } else if (!Set.of("conj", "cc", "punct", "case").contains(relation)) {
        return false;
      }
    }
    // "Sierra Leonean" is one nationality word in two tokens.
    return actor.code().role().isEmpty() && !actor.code().country().isEmpty()
        && tables.countryByDemonym(tree.sentence().textOf(begin, token)).isPresent();
  }

  /**
   * A country found by position that owns an agent ("met Ithilen's president") stands for the agent: the president is
   * the party met, Ithilen's government, not Ithilen at large. So does a nationality word or a country name before the
   * agent: "summoned the Japanese ambassador", "the U.S. ambassador" is that country's government. "Its ambassador" is the doer's own, as before.
   */
  private Optional<List<Actor>> ownedAgent(ActorContext context, int sentence, int token, Set<Integer> excluded) {
    DependencyTree tree = context.tree(sentence);
    int owned = tree.parent(token);
    if (owned < 0 || excluded.contains(owned) || tree.token(token).isPronoun()) {
      return Optional.empty();
    }
    // "the Japanese ambassador", "the U.S. ambassador": a nationality word or a country name before the agent.
    boolean owner = tree.relation(token).equals("nmod:poss") || (tree.relation(token).equals("amod") && tree.token(owned).isNoun())
        || (tree.relation(token).equals("compound") && tree.token(token).isProperNoun() && tree.token(owned).isNoun()
            && !tree.token(owned).isProperNoun() && soleNameModifier(tree, owned));
    if (!owner) {
      return Optional.empty();
    }
    List<Actor> owners = resolver.resolveAll(context, sentence, token);
    List<Actor> agents = resolver.resolveAll(context, sentence, owned);
    if (owners.size() != 1 || agents.size() != 1 || agents.get(0).code().role().isEmpty()
        || !agents.get(0).code().country().equals(owners.get(0).code().country())) {
      return Optional.empty();
    }
    return Optional.of(agents);
  }

  /**
   * Whether a noun has one name before it and no coordination of them: "the U.S. ambassador", not "Eriadori and
   * Calenardhon leaders", whose countries are each a party.
   */
  private static boolean soleNameModifier(DependencyTree tree, int noun) {
    int names = 0;
    for (int child : tree.children(noun)) {
      String relation = tree.relation(child);
      if ((relation.equals("compound") || relation.equals("amod") || relation.equals("conj")) && tree.token(child).isProperNoun()
          || !tree.children(child, "conj").isEmpty() && (relation.equals("compound") || relation.equals("amod"))) {
        names += tree.children(child, "conj").isEmpty() ? 1 : 2;
      }
    }
    return names == 1;
  }

  private static Span trigger(DependencyTree tree, List<Integer> tokens) {
    int first = tokens.get(0);
    int last = tokens.get(tokens.size() - 1);
    String text;
    if (last - first + 1 <= tokens.size() + 3) {
      text = tree.sentence().textOf(first, last);
    } else {
      StringBuilder words = new StringBuilder();
      for (int token : tokens) {
        words.append(words.length() == 0 ? "" : " ").append(tree.token(token).word());
      }
      text = words.toString();
    }
    return new Span(text, tree.token(first).begin(), tree.token(last).end());
  }

  private static String id(String article, int sentence, Span trigger, CameoCode cameo, Actor source, Actor target) {
    String key = article + '\u0001' + sentence + '\u0001' + trigger.begin() + '\u0001' + cameo.code() + '\u0001' + source.code().code()
        + '\u0001' + source.span().begin() + '\u0001' + (target == null ? "" : target.code().code() + '\u0001' + target.span().begin());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Drops the headline's events that the body repeats (a headline summarises the lead sentence) and
   * identical events from one trigger.
   */
  private static List<Event> withoutRepeats(AnnotatedArticle article, List<Event> events) {
    boolean hasTitle = !article.article().title().isBlank();
    Map<String, Event> unique = new LinkedHashMap<>();
    Set<String> bodyKeys = new LinkedHashSet<>();
    for (Event event : events) {
      if (!hasTitle || event.sentenceIndex() > 0) {
        bodyKeys.add(repeatKey(event));
      }
    }
    Set<String> sentenceKeys = new LinkedHashSet<>();
    for (Event event : events) {
      if (hasTitle && event.sentenceIndex() == 0 && bodyKeys.contains(repeatKey(event))) {
        continue;
      }
      // "agreed to meet": the agreement's 036 and the 036 announced by the meeting are one event.
      if (!sentenceKeys.add(event.sentenceIndex() + "|" + event.cameo().code() + "|" + repeatKey(event))) {
        continue;
      }
      unique.putIfAbsent(event.id(), event);
    }
    return List.copyOf(unique.values());
  }

  private static String repeatKey(Event event) {
    return event.cameo().root() + '|' + event.source().code().code() + '|' + event.targetActor().map(actor -> actor.code().code()).orElse("")
        + '|' + event.mode().negated() + '|' + event.mode().hypothetical() + '|' + event.mode().claimant().map(actor -> actor.code().code()).orElse("");
  }
}
