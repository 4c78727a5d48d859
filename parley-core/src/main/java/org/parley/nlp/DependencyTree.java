package org.parley.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Navigation over one sentence's basic dependency tree: parents, children, relations and case markers. */
public final class DependencyTree {
  private static final int[] NO_CHILDREN = new int[0];

  private final AnnotatedSentence sentence;
  private final int[] parents;
  private final String[] relations;
  private final int[][] children;

  private DependencyTree(AnnotatedSentence sentence) {
    this.sentence = sentence;
    int size = sentence.tokens().size();
    parents = new int[size];
    relations = new String[size];
    Arrays.fill(parents, -1);
    Arrays.fill(relations, "");
    List<List<Integer>> childLists = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      childLists.add(new ArrayList<>(2));
    }
    for (Dependency dependency : sentence.dependencies()) {
      int dependent = dependency.dependent();
      if (dependent < 0 || dependent >= size) {
        continue;
      }
      parents[dependent] = dependency.governor();
      relations[dependent] = dependency.relation();
      if (dependency.governor() >= 0 && dependency.governor() < size) {
        childLists.get(dependency.governor()).add(dependent);
      }
    }
    children = new int[size][];
    for (int i = 0; i < size; i++) {
      List<Integer> list = childLists.get(i);
      if (list.isEmpty()) {
        children[i] = NO_CHILDREN;
      } else {
        children[i] = list.stream().mapToInt(Integer::intValue).sorted().toArray();
      }
    }
  }

  public static DependencyTree of(AnnotatedSentence sentence) {
    return new DependencyTree(sentence);
  }

  /** The words that open a relative clause as its subject or object: "the accord, which the two countries signed". */
  public static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("which", "who", "that", "whom");

  public AnnotatedSentence sentence() {
    return sentence;
  }

  public int size() {
    return parents.length;
  }

  public Token token(int index) {
    return sentence.tokens().get(index);
  }

  public String lemma(int index) {
    return sentence.tokens().get(index).lemma().toLowerCase(Locale.ROOT);
  }

  /** The governor's index, or -1 for a root. */
  public int parent(int index) {
    return parents[index];
  }

  /** The relation to the governor, e.g. {@code nsubj:pass}; {@code root} for a root. */
  public String relation(int index) {
    return relations[index];
  }

  /** True when the relation is {@code base} or a subtype of it ({@code obl} matches {@code obl:tmod}). */
  /** The agents of a passive verb: its by-phrases ("was welcomed by Putin"). */
  public List<Integer> agents(int verb) {
    List<Integer> agents = new ArrayList<>();
    for (int child : children[verb]) {
      if ((hasRelation(child, "obl") || relations[child].equals("nmod:agent")) && caseMarker(child).equals("by")) {
        agents.add(child);
      }
    }
    return agents;
  }

  public boolean hasRelation(int index, String base) {
    String relation = relations[index];
    return relation.equals(base) || (relation.startsWith(base) && relation.length() > base.length() && relation.charAt(base.length()) == ':');
  }

  public int[] children(int index) {
    return children[index];
  }

  /** Children whose relation is exactly {@code relation} or a subtype of it. */
  public List<Integer> children(int index, String relation) {
    List<Integer> result = new ArrayList<>(2);
    for (int child : children[index]) {
      if (hasRelation(child, relation)) {
        result.add(child);
      }
    }
    return result;
  }

  public Optional<Integer> child(int index, String relation) {
    for (int child : children[index]) {
      if (hasRelation(child, relation)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** Whether a phrase or clause is introduced by one of these words, as its case marker or its subordinator. */
  public boolean introducedBy(int index, java.util.Collection<String> words) {
    for (int child : children[index]) {
      if ((relations[child].equals("mark") || relations[child].equals("case")) && words.contains(lemma(child))) {
        return true;
      }
    }
    return false;
  }

  public boolean hasChild(int index, String relation) {
    return child(index, relation).isPresent();
  }

  /**
   * The preposition that marks a nominal ({@code case} child), lower case, multiword prepositions joined
   * by a space ("on behalf of" stays "on"); empty when there is none.
   */
  public String caseMarker(int index) {
    for (int child : children[index]) {
      if (relations[child].equals("case")) {
        String word = sentence.tokens().get(child).word().toLowerCase(Locale.ROOT);
        for (int grandChild : children[child]) {
          if (relations[grandChild].equals("fixed")) {
            word = word + " " + sentence.tokens().get(grandChild).word().toLowerCase(Locale.ROOT);
          }
        }
        return word;
      }
    }
    return "";
  }

  /**
   * Follows "of" phrases down from words in {@code through}, at most {@code steps} times: "tens of
   * thousands of protesters" gives "protesters", "a package of sanctions" gives "sanctions".
   */
  public int throughOf(int token, java.util.Set<String> through, int steps) {
    int current = token;
    for (int step = 0; step < steps && through.contains(lemma(current)); step++) {
      int next = -1;
      for (int child : children(current)) {
        // "accused the group of stalling": a gerund is what is said of the group, not whom it counts.
        if (relation(child).startsWith("nmod") && caseMarker(child).equals("of") && !token(child).tag().startsWith("VB")) {
          next = child;
        }
      }
      if (next < 0) {
        break;
      }
      current = next;
    }
    return current;
  }

  /** The token in [begin, end) whose governor lies outside the span: the head of a phrase. */
  public int headOf(int begin, int end) {
    for (int i = begin; i < end; i++) {
      int parent = parents[i];
      if (parent < begin || parent >= end) {
        return i;
      }
    }
    return end - 1;
  }

  /** Whether {@code ancestor} dominates {@code index} (or is it). */
  public boolean dominates(int ancestor, int index) {
    int current = index;
    for (int steps = 0; current >= 0 && steps <= parents.length; steps++) {
      if (current == ancestor) {
        return true;
      }
      current = parents[current];
    }
    return false;
  }

  /** All tokens of the subtree under {@code index}, in sentence order. */
  public List<Integer> subtree(int index) {
    List<Integer> result = new ArrayList<>();
    collect(index, result);
    result.sort(null);
    return result;
  }

  private void collect(int index, List<Integer> into) {
    into.add(index);
    for (int child : children[index]) {
      collect(child, into);
    }
  }

  /**
   * Whether the verb is in the passive voice: it has a passive subject or a passive auxiliary, or it is a bare past
   * participle joined to a passive verb, which shares its auxiliary ("was arrested and accused of spying").
   */
  public boolean isPassive(int index) {
    for (int child : children[index]) {
      String relation = relations[child];
      if (relation.equals("nsubj:pass") || relation.equals("aux:pass") || relation.equals("csubj:pass")) {
        return true;
      }
    }
    if (!"conj".equals(relations[index]) || parents[index] < 0 || !token(index).tag().equals("VBN")) {
      return false;
    }
    for (int child : children[index]) {
      if (relations[child].startsWith("nsubj") || relations[child].startsWith("aux")) {
        return false;
      }
    }
    return isPassive(parents[index]);
  }
}
