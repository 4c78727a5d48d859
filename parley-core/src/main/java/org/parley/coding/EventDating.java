package org.parley.coding;

import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Token;

/**
 * An event's own date: a date expression inside its clause ("on Wednesday", "last month"), as normalised
 * against the publication date, at the precision the text gives; else the publication date.
 */
final class EventDating {
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  /** Relations that open another clause, whose dates belong to other events. */
  private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "advcl:relcl");

  /** Markers of a period's bounds and of clauses about another time: "since the invasion began in 2022". */
  private static final Set<String> BOUNDS = Set.of("since", "until", "till", "before", "after");

  /**
   * Whether the event is background: told in a "since" clause ("since Moscow launched its invasion") or
   * dated a year or more before publication. Background is context, not news, and is not coded.
   */
  boolean background(DependencyTree tree, int clauseHead, String date, Article article) {
    for (int child : tree.children(clauseHead)) {
      if (tree.relation(child).equals("mark") && tree.lemma(child).equals("since")) {
        return true;
      }
    }
    if (article.publishedDate().isEmpty() || date.length() < 4) {
      return false;
    }
    java.time.LocalDate published = article.publishedDate().get();
    java.time.LocalDate latest = switch (date.length()) {
      case 4 -> java.time.LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> java.time.YearMonth.parse(date).atEndOfMonth();
      default -> java.time.LocalDate.parse(date.substring(0, 10));
    };
    return latest.isBefore(published.minusYears(1));
  }

  String date(DependencyTree tree, int trigger, int clauseHead, Article article) {
    Optional<String> own = search(tree, clauseHead);
    if (own.isEmpty() && trigger != clauseHead) {
      own = search(tree, trigger);
    }
    if (own.isEmpty()) {
      own = linkedClause(tree, clauseHead);
    }
    return own.orElseGet(() -> article.publishedDate().map(date -> date.format(DateTimeFormatter.ISO_LOCAL_DATE)).orElse(""));
  }

  private static Optional<String> search(DependencyTree tree, int head) {
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(head);
    while (!queue.isEmpty()) {
      int token = queue.poll();
      Token word = tree.token(token);
      // "on Wednesday afternoon" is one TIME expression (2025-04-02TAF) when NER runs without its DATE-tagging model.
      if (token != head && (word.entity().equals("DATE") || word.entity().equals("TIME"))) {
        Optional<String> value = iso(word.normalized());
        if (value.isPresent()) {
          return value;
        }
      }
      for (int child : tree.children(token)) {
        // "since February", "until May": the bounds of a period, not the event's own date.
        if (!OTHER_CLAUSES.contains(tree.relation(child)) && !BOUNDS.contains(tree.caseMarker(child))) {
          queue.add(child);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A purpose or complement clause shares its event's time: "arrived on Wednesday to hold talks" dates both,
   * whichever clause the parser hung the date on. Relative clauses and reported speech do not.
   */
  private static Optional<String> linkedClause(DependencyTree tree, int clauseHead) {
    for (int child : tree.children(clauseHead)) {
      if ((tree.relation(child).equals("advcl") && isPurposeOrParticiple(tree, child)) || tree.relation(child).equals("xcomp")) {
        Optional<String> found = search(tree, child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    int parent = tree.parent(clauseHead);
    String relation = tree.relation(clauseHead);
    if (parent >= 0 && (relation.equals("advcl") || relation.equals("xcomp"))) {
      return search(tree, parent);
    }
    return Optional.empty();
  }

  /** "to hold talks" or "meeting Putin": clauses that share the event's time, unlike "since ..." or "after ...". */
  private static boolean isPurposeOrParticiple(DependencyTree tree, int clause) {
    for (int child : tree.children(clause)) {
      if (tree.relation(child).equals("mark") && !tree.lemma(child).equals("to")) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> iso(String normalized) {
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    String value = normalized.length() > 10 && normalized.charAt(10) == 'T' ? normalized.substring(0, 10) : normalized;
    return ISO.matcher(value).matches() ? Optional.of(value) : Optional.empty();
  }
}
