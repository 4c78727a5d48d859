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
    if (article.publishedDate().isEmpty()) {
      return false;
    }
    java.time.LocalDate published = article.publishedDate().get();
    if (cumulativeSince(tree, clauseHead, published)) {
      return true;
    }
    if (date.length() < 4) {
      return false;
    }
    return latest(date).isBefore(published.minusYears(1));
  }

  private static final Set<String> PRESENT_PERFECT = Set.of("have", "has");

  /** The last day a date of year, month or day precision may stand for. */
  private static java.time.LocalDate latest(String date) {
    return switch (date.length()) {
      case 4 -> java.time.LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> java.time.YearMonth.parse(date).atEndOfMonth();
      default -> java.time.LocalDate.parse(date.substring(0, 10));
    };
  }

  /**
   * "The Houthis have attacked more than 100 ships since November 2023": a present perfect counting acts since a year
   * more than six months before publication sums up the story's background, not the news ("have shelled the town since
   * Monday" is the news).
   */
  private static boolean cumulativeSince(DependencyTree tree, int clauseHead, java.time.LocalDate published) {
    boolean presentPerfect = tree.children(clauseHead, "aux").stream()
        .anyMatch(aux -> PRESENT_PERFECT.contains(tree.token(aux).word().toLowerCase(java.util.Locale.ROOT)));
    if (!presentPerfect) {
      return false;
    }
    for (int child : tree.children(clauseHead)) {
      if (!tree.hasRelation(child, "obl") || !tree.caseMarker(child).equals("since")) {
        continue;
      }
      for (int token = 0; token < tree.size(); token++) {
        if (!tree.dominates(child, token) || !tree.token(token).entity().equals("DATE")) {
          continue;
        }
        // A year written out ("since November 2023"): a bare day ("since the August 13 accord") may be last month's.
        boolean year = tree.token(token).word().matches("\\d{4}");
        Optional<String> value = iso(tree.token(token).normalized());
        if (year && value.isPresent() && latest(value.get()).isBefore(published.minusMonths(6))) {
          return true;
        }
      }
    }
    return false;
  }

  String date(DependencyTree tree, int trigger, int clauseHead, Article article) {
    Optional<String> range = yearsOfAct(tree, clauseHead);
    if (range.isPresent()) {
      return range.get();
    }
    Optional<Integer> own = search(tree, clauseHead, trigger);
    if (own.isEmpty() && trigger != clauseHead) {
      own = search(tree, trigger, trigger);
    }
    if (own.isEmpty()) {
      own = linkedClause(tree, clauseHead);
    }
    if (own.isPresent()) {
      int token = own.get();
      String value = iso(tree.token(token).normalized()).orElseThrow();
      // The tense is that of the verb the date hangs on: "rallied on Sunday, demanding ..." dates the participle by "rallied".
      int tensed = tree.parent(token);
      while (tensed >= 0 && !tree.token(tensed).isVerb()) {
        tensed = tree.parent(tensed);
      }
      int verb = tensed >= 0 ? tensed : clauseHead;
      boolean nested = tree.parent(token) >= 0 && !tree.token(tree.parent(token)).isVerb();
      if (nested && presentSimple(tree, verb) && article.publishedDate().isPresent()
          && latest(value).isBefore(article.publishedDate().get().minusDays(7))) {
        // "accuse the government of negligence over the collapse of a roof in November": a present act is not dated by
        // a past date of a thing its phrase names.
        return article.publishedDate().get().format(DateTimeFormatter.ISO_LOCAL_DATE);
      }
      return article.publishedDate().map(published -> byTense(tree, token, verb, value, published)).orElse(value);
    }
    return article.publishedDate().map(date -> date.format(DateTimeFormatter.ISO_LOCAL_DATE)).orElse("");
  }

  /** Whether a verb is in the simple present: "accuse", "says", not "have accused" or "accused". */
  private static boolean presentSimple(DependencyTree tree, int verb) {
    String tag = tree.token(verb).tag();
    // The tagger may give a plural subject's present the base form ("The protesters ... accuse").
    boolean base = tag.equals("VB") && tree.children(verb, "mark").isEmpty() && !tree.children(verb, "nsubj").isEmpty();
    return (tag.equals("VBP") || tag.equals("VBZ") || base) && tree.children(verb, "aux").isEmpty();
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * A bare weekday is the nearest one on the side of publication that the tense says: "rallied on Sunday" in a Monday
   * paper is the day before, "will meet on Friday" the coming one. The normaliser does not always know
   * ("a fourth night on Sunday", a time expression, resolves forward), so the clause's tense decides. So it does for a
   * month named without its year: "bombed its sites in June" in a December story is last June, "will vote in March"
   * next March.
   */
  private static String byTense(DependencyTree tree, int dateToken, int clauseHead, String value, java.time.LocalDate published) {
    boolean weekday = value.length() == 10 && expressionHas(tree, dateToken, word -> WEEKDAYS.contains(word));
    boolean yearless = (value.length() == 7 || value.length() == 10) && !weekday && expressionHas(tree, dateToken, MONTHS::contains)
        && !expressionHas(tree, dateToken, word -> word.matches("'\\d{2}s?|\\d{4}s?"));
    if (!weekday && !yearless) {
      return value;
    }
    Token verb = tree.token(clauseHead);
    boolean past = verb.tag().equals("VBD") || tree.children(clauseHead, "aux").stream()
        .anyMatch(aux -> Set.of("have", "had").contains(tree.token(aux).word().toLowerCase(java.util.Locale.ROOT))
            || tree.token(aux).tag().equals("VBD"));
    // "will travel to Washington to meet Kagame on Thursday": an infinitive is future where the verb it completes is;
    // "agreed to meet on Oct. 25" is not past.
    int tensed = clauseHead;
    while (tree.token(tensed).tag().equals("VB") && !tree.children(tensed, "mark").isEmpty()
        && Set.of("xcomp", "advcl").contains(tree.relation(tensed)) && tree.parent(tensed) >= 0 && tree.token(tree.parent(tensed)).isVerb()) {
      tensed = tree.parent(tensed);
    }
    boolean future = ModeDetector.hasAuxiliary(tree, tensed, Set.of("will", "shall"));
    past &= !future;
    if (yearless && value.length() == 7) {
      java.time.YearMonth month = java.time.YearMonth.parse(value);
      java.time.YearMonth now = java.time.YearMonth.from(published);
      month = past && month.isAfter(now) ? month.minusYears(1) : future && month.isBefore(now) ? month.plusYears(1) : month;
      return month.toString();
    }
    java.time.LocalDate day = java.time.LocalDate.parse(value);
    if (yearless) {
      // A day a month or more on the wrong side of publication ("struck on June 5" in a December story).
      day = past && day.isAfter(published.plusMonths(1)) ? day.minusYears(1)
          : future && day.isBefore(published.minusMonths(1)) ? day.plusYears(1) : day;
      return day.toString();
    }
    if (past && day.isAfter(published)) {
      day = day.minusWeeks(1);
    } else if (future && day.isBefore(published)) {
      day = day.plusWeeks(1);
    }
    return day.toString();
  }

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
      "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.");

  /** Whether a word of the date expression around a token (its words of the same value), lowercased, is of a kind. */
  private static boolean expressionHas(DependencyTree tree, int token, java.util.function.Predicate<String> kind) {
    String normalized = tree.token(token).normalized();
    int begin = token;
    while (begin > 0 && tree.token(begin - 1).normalized().equals(normalized)) {
      begin--;
    }
    for (int i = begin; i < tree.size() && tree.token(i).normalized().equals(normalized); i++) {
      if (kind.test(tree.token(i).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Spans shorter than a day, counted back or forward from the news: "hours earlier", "minutes later". */
  private static final Set<String> WITHIN_A_DAY = Set.of("hour", "hours", "minute", "minutes", "moment", "moments");

  /**
   * Whether a date word belongs to a span of hours or minutes ("Hours earlier, a missile hit"), which the normaliser
   * makes the day before publication; such a span says the event is the story's own day.
   */
  private static boolean withinTheDay(DependencyTree tree, int token) {
    if (expressionHas(tree, token, MONTHS::contains)) {
      // "in the early hours of Nov. 17" names its day.
      return false;
    }
    String entity = tree.token(token).entity();
    for (int other = Math.max(0, token - 2); other <= Math.min(tree.size() - 1, token + 2); other++) {
      if (tree.token(other).entity().equals(entity) && tree.token(other).normalized().equals(tree.token(token).normalized())
          && WITHIN_A_DAY.contains(tree.token(other).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Relations by which a date names a thing rather than when the act happened: "the October 7 attack", "Sunday's vote". */
  private static final Set<String> NAMING_DATES = Set.of("compound", "nmod:poss");

  /**
   * The first date word under the clause head, nearest first. A date that names another noun than the trigger ("targeted
   * the group responsible for the October 7 attack", "claimed victory in Sunday's vote") dates that thing, not the act;
   * the subject's is the act's ("Monday's attack killed 12").
   */
  private static Optional<Integer> search(DependencyTree tree, int head, int trigger) {
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(head);
    while (!queue.isEmpty()) {
      int token = queue.poll();
      Token word = tree.token(token);
      // "on Wednesday afternoon" is one TIME expression (2025-04-02TAF) when NER runs without its DATE-tagging model.
      if (token != head && (word.entity().equals("DATE") || word.entity().equals("TIME")) && iso(word.normalized()).isPresent()
          && !withinTheDay(tree, token)) {
        return Optional.of(token);
      }
      boolean anotherThing = token != trigger && word.tag().startsWith("NN") && !tree.relation(token).startsWith("nsubj");
      for (int child : tree.children(token)) {
        // "since February", "until May": the bounds of a period, not the event's own date.
        boolean namesAnother = anotherThing && NAMING_DATES.contains(tree.relation(child));
        // "in the 1990s and in 2020": a date's conjunct is another date, not another clause.
        boolean otherDate = tree.relation(child).equals("conj") && word.entity().equals("DATE");
        if ((!OTHER_CLAUSES.contains(tree.relation(child)) || otherDate) && !BOUNDS.contains(tree.caseMarker(child)) && !namesAnother) {
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
  private static Optional<Integer> linkedClause(DependencyTree tree, int clauseHead) {
    for (int child : tree.children(clauseHead)) {
      if ((tree.relation(child).equals("advcl") && isPurposeOrParticiple(tree, child)) || tree.relation(child).equals("xcomp")) {
        Optional<Integer> found = search(tree, child, child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    int parent = tree.parent(clauseHead);
    String relation = tree.relation(clauseHead);
    // "struck a vessel on Saturday, killing three people": a trailing participle the parser left unlabelled (dep).
    boolean participle = relation.equals("dep") && tree.token(clauseHead).tag().equals("VBG");
    if (parent >= 0 && (relation.equals("advcl") || relation.equals("xcomp") || participle)) {
      return search(tree, parent, parent);
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

  /**
   * "fought a border war from 1998 to 2000": a range of years on the act's own verb, which the normaliser writes
   * "1998/2000", dates the act by the year it lasted until. Ranges deeper down describe other things ("juntas, which
   * seized power in coups between 2020 and 2023").
   */
  private static Optional<String> yearsOfAct(DependencyTree tree, int clauseHead) {
    for (int child : tree.children(clauseHead)) {
      String normalized = tree.token(child).normalized();
      if (tree.relation(child).startsWith("obl") && normalized.matches("\\d{4}/\\d{4}")) {
        return Optional.of(normalized.substring(5));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> iso(String normalized) {
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    String value = normalized.length() > 10 && (normalized.charAt(10) == 'T' || normalized.charAt(10) == ' ')
        ? normalized.substring(0, 10) : normalized;
    return ISO.matcher(value).matches() ? Optional.of(value) : Optional.empty();
  }
}
