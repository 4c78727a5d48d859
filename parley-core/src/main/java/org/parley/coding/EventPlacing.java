package org.parley.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.actor.ActorResolver;
import org.parley.actor.ActorTables;
import org.parley.actor.PlaceTable;
import org.parley.model.Location;
import org.parley.nlp.DependencyTree;

/** An event's location: a place named in a locative phrase of its clause ("in Washington", "near Kharkiv"). */
final class EventPlacing {
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "into", "across", "around", "over", "on",
      "throughout", "through");
  /**
   * The prepositions that only place. "on", "over" and "into" place an attack ("strikes on Kyiv", "flights over
   * Taiwan") but name what other acts are about or aimed at ("sanctions on Iran", "talks over Kashmir"): they give
   * an event its location, never its actors' country, and are not looked for inside phrases.
   */
  private static final Set<String> PLACING = Set.of("in", "at", "near", "outside", "inside", "across", "around", "throughout", "through");

  private final PlaceTable places;
  private final ActorTables tables;

  EventPlacing(PlaceTable places, ActorTables tables) {
    this.places = places;
    this.tables = tables;
  }

  /** The country of a place the gazetteer knows by this name. */
  Optional<String> country(String name) {
    return places.find(name).map(Location::country).filter(country -> !country.isEmpty());
  }

  /** Where the event happens, or what it is aimed at when that is a place ("strikes on Kyiv"). */
  Optional<Location> place(DependencyTree tree, int trigger, int clauseHead) {
    Optional<Location> found = place(tree, trigger, clauseHead, LOCATIVES);
    for (int subject : tree.children(clauseHead)) {
      if (found.isEmpty() && tree.relation(subject).equals("nsubj")) {
        // "a roadside bomb near the town of Samarra killed two soldiers": where the doer was, the act was done. Not a
        // scene for the doer's country, though: "settlers in the West Bank city of Hebron" are not Palestinians.
        found = within(tree, subject);
      }
    }
    return found;
  }

  /**
   * Where the event happens, named by a preposition that only places ("in", "at", "near", ...): the country where
   * agents of no stated country ("police", "soldiers") act.
   */
  Optional<Location> scene(DependencyTree tree, int trigger, int clauseHead) {
    return place(tree, trigger, clauseHead, PLACING);
  }

  private Optional<Location> place(DependencyTree tree, int trigger, int clauseHead, Set<String> prepositions) {
    // "held talks in Geneva on Sunday on a U.S. plan": a place named by a phrase that only places, on the clause, the
    // trigger or what the act is done to, comes before one in a phrase that may say what the act is about.
    List<Integer> heads = trigger == clauseHead ? List.of(clauseHead) : List.of(clauseHead, trigger);
    Optional<Location> found = Optional.empty();
    for (int head : heads) {
      if (found.isEmpty()) {
        found = search(tree, head, prepositions, 0);
      }
    }
    for (int object : tree.children(clauseHead)) {
      if (found.isEmpty() && tree.hasRelation(object, "obj")) {
        // "shelled villages in Idlib", "stormed the embassy in Kabul": what the act is done to is where it happens.
        // A scene needs a locative phrase there: "lifted its blockade of the town of Jenin" is aimed at Jenin, which
        // tells nothing of the doer's country.
        found = prepositions == PLACING ? locatedIn(tree, object) : within(tree, object);
      }
    }
    for (int stage = 1; stage < STAGES && found.isEmpty(); stage++) {
      for (int head : heads) {
        if (found.isEmpty()) {
          found = search(tree, head, prepositions, stage);
        }
      }
    }
    int parent = tree.parent(clauseHead);
    if (found.isEmpty() && parent >= 0 && tree.token(clauseHead).tag().equals("VBG") && tree.token(parent).isVerb()
        && (tree.hasRelation(clauseHead, "advcl") || tree.relation(clauseHead).equals("dep"))) {
      // "a car bomb exploded in Mosul, killing three policemen": a trailing participle happens where its clause does.
      found = place(tree, parent, parent, prepositions);
    }
    return found;
  }

  /** The stages of {@link #search(DependencyTree, int, Set, int)}, most telling first. */
  private static final int STAGES = 4;

  private Optional<Location> search(DependencyTree tree, int head, Set<String> prepositions) {
    Optional<Location> found = Optional.empty();
    for (int stage = 0; stage < STAGES && found.isEmpty(); stage++) {
      found = search(tree, head, prepositions, stage);
    }
    return found;
  }

  /**
   * A place in the phrases of a head, by stage: named by a phrase that only places ("in", "at": 0) or by another
   * locative phrase ("on", "into": 1), owning a locative phrase's noun (2), or where what was taken was (3).
   */
  private Optional<Location> search(DependencyTree tree, int head, Set<String> prepositions, int stage) {
    return switch (stage) {
      case 0 -> named(tree, head, prepositions, true);
      case 1 -> named(tree, head, prepositions, false);
      case 2 -> owned(tree, head, prepositions);
      default -> takenFrom(tree, head);
    };
  }

  /** A place named in a locative phrase of a head, by a preposition that only places or by another. */
  private Optional<Location> named(DependencyTree tree, int head, Set<String> prepositions, boolean placing) {
    for (int child : tree.children(head)) {
      String marker = tree.caseMarker(child);
      if ((tree.hasRelation(child, "obl") || tree.hasRelation(child, "nmod")) && LOCATIVES.contains(marker)
          && PLACING.contains(marker) == placing) {
        Optional<Location> place = prepositions.contains(marker) ? lookup(tree, child) : Optional.empty();
        if (place.isEmpty()) {
          // "at a rally in Tbilisi", "on strike at a port near Mombasa": the place is named inside the phrase.
          place = within(tree, child);
        }
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The place that owns the noun of a locative phrase of a head: "outside Georgia's parliament". Only a phrase that
   * places ("into Benin's airspace" too): "concern over China's actions", "sanctions on Russia's banks" are about
   * the owner, not in it.
   */
  private Optional<Location> owned(DependencyTree tree, int head, Set<String> prepositions) {
    for (int child : tree.children(head)) {
      String marker = tree.caseMarker(child);
      if ((tree.hasRelation(child, "obl") || tree.hasRelation(child, "nmod")) && prepositions.contains(marker)
          && (PLACING.contains(marker) || marker.equals("into"))) {
        Optional<Location> place = owner(tree, child);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "abducted 200 students from a school in Kaduna state": where what was taken was. Not "withdrew from Kherson",
   * whose place is left, nor "imported gas from Russia".
   */
  private Optional<Location> takenFrom(DependencyTree tree, int head) {
    for (int child : tree.children(head)) {
      if (tree.hasRelation(child, "obl") && "from".equals(tree.caseMarker(child))) {
        Optional<Location> place = within(tree, child);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a clause on a noun has a subject of its own, not the noun: "in breach of the accord, which the two
   * countries signed in Kuala Lumpur" tells where the accord was signed, not where its breach happens.
   */
  private static boolean othersClause(DependencyTree tree, int clause) {
    for (int subject : tree.children(clause, "nsubj")) {
      if (!DependencyTree.RELATIVE_PRONOUNS.contains(tree.lemma(subject))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place in a locative phrase hanging on a noun, or further down a chain of locative and of-phrases ("on strike
   * at a port near Mombasa", "dozens of students in Kampala"), as far as news phrases go.
   */
  private Optional<Location> within(DependencyTree tree, int noun) {
    return within(tree, noun, 3);
  }

  private Optional<Location> within(DependencyTree tree, int noun, int depth) {
    if (depth == 0) {
      return Optional.empty();
    }
    for (int child : tree.children(noun)) {
      String marker = tree.caseMarker(child);
      if (tree.hasRelation(child, "nmod") && (PLACING.contains(marker) || "of".equals(marker))) {
        // "outside the Afghan city of Kandahar": a settlement's of-phrase names it.
        boolean named = PLACING.contains(marker) || SETTLEMENTS.contains(tree.lemma(noun));
        Optional<Location> place = named ? lookup(tree, child) : Optional.empty();
        if (place.isEmpty()) {
          place = within(tree, child, depth - 1);
        }
        if (place.isEmpty() && PLACING.contains(marker)) {
          place = owner(tree, child);
        }
        if (place.isPresent()) {
          return place;
        }
      }
    }
    for (int child : tree.children(noun)) {
      String relation = tree.relation(child);
      if ((relation.equals("acl:relcl") || ((relation.equals("acl") || relation.equals("dep")) && tree.token(child).isVerb()))
          && !othersClause(tree, child)) {
        // "protesters who gathered outside parliament in Tbilisi", "students sleeping in a dormitory in Zaria": where a
        // noun's relative clause or participle puts it (the parser may leave a relative clause unlabelled, dep).
        Optional<Location> place = search(tree, child, PLACING);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** A place in a locative phrase hanging on a noun, or inside it: "protesters in Tbilisi", "villages in a district of Idlib". */
  private Optional<Location> locatedIn(DependencyTree tree, int noun) {
    for (int child : tree.children(noun)) {
      if (tree.hasRelation(child, "nmod") && PLACING.contains(tree.caseMarker(child))) {
        Optional<Location> place = lookup(tree, child);
        if (place.isEmpty()) {
          place = within(tree, child, 2);
        }
        if (place.isEmpty()) {
          place = owner(tree, child);
        }
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** Nouns whose of-phrase is their name or what they are part of: "the town of Samarra", "a sector of eastern Beirut". */
  private static final Set<String> SETTLEMENTS = Set.of(
      "city", "town", "village", "province", "region", "district", "capital", "port", "island", "state", "county", "enclave",
      "suburb", "outskirts", "area", "governorate", "municipality", "camp", "sector", "part", "parts", "neighborhood",
      "neighbourhood", "quarter", "centre", "center", "heart", "edge", "zone", "vicinity");

  /** Names of seas and straits, which may carry a country's name without lying in it. */
  private static final Set<String> WATERS = Set.of("sea", "ocean", "gulf", "strait", "straits", "bay", "channel");

  /** The longest name ending at the head: "Gaza City", "Saudi Arabia", "Kharkiv region" falls back to "Kharkiv". */
  private Optional<Location> lookup(DependencyTree tree, int head) {
    Optional<Location> named = longestName(tree, head, true);
    if (named.isPresent()) {
      return named;
    }
    // "the South China Sea", "the Taiwan Strait": a sea named after a country is not in it.
    boolean water = tree.token(head).isProperNoun() && WATERS.contains(tree.lemma(head).toLowerCase(java.util.Locale.ROOT));
    for (int child : tree.children(head)) {
      if (!water && tree.relation(child).equals("compound") && tree.token(child).isProperNoun()) {
        Optional<Location> place = places.find(tree.token(child).word());
        Optional<Location> owner = owner(tree, head);
        if (place.isPresent() && owner.isPresent() && !owner.get().country().equals(place.get().country())) {
          // "in Nigeria's Niger state": a region named like another country lies in the country that owns it.
          Location region = owner.get();
          return Optional.of(new Location(tree.token(child).word() + " " + tree.token(head).word(), region.country(),
              region.latitude(), region.longitude()));
        }
        if (place.isPresent()) {
          return place;
        }
      }
    }
    // "Kenya's capital Nairobi", "the capital, Dhaka": the named place beside a common noun.
    for (int child : tree.children(head)) {
      if (tree.relation(child).equals("appos") || (tree.relation(child).startsWith("flat") && child > head)) {
        Optional<Location> place = nameAt(tree, child);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The place that owns a common noun ("Georgia's parliament", "Lebanon's Bekaa valley"), when no place is named
   * in or inside its phrase: "outside Georgia's parliament in Tbilisi" is in Tbilisi.
   */
  private Optional<Location> owner(DependencyTree tree, int head) {
    for (int child : tree.children(head)) {
      if (tree.relation(child).equals("nmod:poss") && tree.token(child).isProperNoun()) {
        Optional<Location> place = nameAt(tree, child);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** The place a proper name ends at, with the words of its name before it ("East Timor", "New Delhi"). */
  private Optional<Location> nameAt(DependencyTree tree, int head) {
    return longestName(tree, head, false);
  }

  /**
   * The longest place name ending at the head, its proper-noun compounds and flat names before it, and with adjectives
   * when asked ("Saudi Arabia" as amod + head): "Gaza City", then "City".
   */
  private Optional<Location> longestName(DependencyTree tree, int head, boolean adjectives) {
    int begin = head;
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      boolean partOfName = relation.equals("compound") || relation.startsWith("flat") || (adjectives && relation.equals("amod"));
      if (child < begin && partOfName && tree.token(child).isProperNoun()) {
        begin = child;
      }
    }
    for (int start = begin; start <= head; start++) {
      Optional<Location> place = places.find(tree.sentence().textOf(start, head));
      if (place.isPresent()) {
        return place.map(found -> nationalPart(tree, head, found));
      }
    }
    return Optional.empty();
  }

  /** "in Pakistani Kashmir": a nationality word on a region says whose part of it is meant. */
  private Location nationalPart(DependencyTree tree, int head, Location place) {
    return ActorResolver.otherNationality(tables, tree, head, place.country())
        .map(country -> new Location(place.text(), country, place.latitude(), place.longitude())).orElse(place);
  }
}
