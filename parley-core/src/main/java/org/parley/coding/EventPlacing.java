package org.parley.coding;

import java.util.Optional;
import java.util.Set;
import org.parley.actor.PlaceTable;
import org.parley.model.Location;
import org.parley.nlp.DependencyTree;

/** An event's location: a place named in a locative phrase of its clause ("in Washington", "near Kharkiv"). */
final class EventPlacing {
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "into", "across", "around", "over", "on");

  private final PlaceTable places;

  EventPlacing(PlaceTable places) {
    this.places = places;
  }

  Optional<Location> place(DependencyTree tree, int trigger, int clauseHead) {
    Optional<Location> found = search(tree, clauseHead);
    if (found.isEmpty() && trigger != clauseHead) {
      found = search(tree, trigger);
    }
    return found;
  }

  private Optional<Location> search(DependencyTree tree, int head) {
    for (int child : tree.children(head)) {
      if ((tree.hasRelation(child, "obl") || tree.hasRelation(child, "nmod")) && LOCATIVES.contains(tree.caseMarker(child))) {
        Optional<Location> place = lookup(tree, child);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** The longest name ending at the head: "Gaza City", "Saudi Arabia", "Kharkiv region" falls back to "Kharkiv". */
  private Optional<Location> lookup(DependencyTree tree, int head) {
    int begin = head;
    for (int child : tree.children(head)) {
      String relation = tree.relation(child);
      if (child < begin && (relation.equals("compound") || relation.startsWith("flat") || relation.equals("amod")) && tree.token(child).isProperNoun()) {
        begin = child;
      }
    }
    for (int start = begin; start <= head; start++) {
      Optional<Location> place = places.find(tree.sentence().textOf(start, head));
      if (place.isPresent()) {
        return place;
      }
    }
    for (int child : tree.children(head)) {
      if (tree.relation(child).equals("compound") && tree.token(child).isProperNoun()) {
        Optional<Location> place = places.find(tree.token(child).word());
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }
}
