package org.parley.write;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.actor.ActorKind;
import org.parley.actor.CodeClue;
import org.parley.actor.SuggestedCode;
import org.parley.actor.UnresolvedActor;

/**
 * Prints unresolved actors as rows of Parley's own actor tables, people as {@code officeholders.tsv} rows and
 * organisations as {@code institutions.tsv} rows, each after comment lines with its count, example sentences and
 * the clues behind its suggested code. An entry that lacks part of its code is printed as a comment, so appending
 * the output to a table never breaks it.
 */
public final class ActorTableWriter {
  private static final int EXAMPLE_LENGTH = 200;
  private static final String FILL_IN = "fill in " + SuggestedCode.UNKNOWN + " and remove the leading '# '";

  private final Writer out;

  public ActorTableWriter(Writer out) {
    this.out = requireNonNull(out, "out is null");
  }

  /**
   * Writes the actors in the order given, people first, under a summary.
   *
   * @param articles how many articles were read
   * @param notShown how many more unresolved actors the options left out
   */
  public void write(List<UnresolvedActor> actors, int articles, int notShown) {
    List<UnresolvedActor> people = actors.stream().filter(actor -> actor.kind() == ActorKind.PERSON).toList();
    List<UnresolvedActor> organisations = actors.stream().filter(actor -> actor.kind() == ActorKind.ORGANIZATION).toList();
    line("# Unresolved actors: " + count(people.size(), "person", "people") + " and " + count(organisations.size(), "organisation", "organisations")
        + " that no actor table knows, from " + count(articles, "article", "articles") + (notShown > 0 ? "; " + notShown + " more left out by --min-count, --limit or --kind." : "."));
    line("# Review each entry, then add it to a table you load with --actors FILE. Lines starting with '#' are comments;");
    line("# an entry marked " + SuggestedCode.UNKNOWN + " lacks part of its code: " + FILL_IN + ".");
    if (!people.isEmpty()) {
      line("");
      line("# People: rows of an *officeholders*.tsv table (name, aliases, country, office, code, start, end).");
      line("# The start is the first article date that names the person: make it the day they took office.");
      for (UnresolvedActor person : people) {
        entry(person);
      }
    }
    if (!organisations.isEmpty()) {
      line("");
      line("# Organisations: rows of an *institutions*.tsv table (names, code).");
      for (UnresolvedActor organisation : organisations) {
        entry(organisation);
      }
    }
    flush();
  }

  private void entry(UnresolvedActor actor) {
    line("");
    List<String> examples = actor.examples();
    line("# " + count(actor.mentions(), "mention", "mentions") + (actor.articles() > 1 ? " in " + actor.articles() + " articles" : "")
        + (examples.isEmpty() ? "" : ", e.g. " + quoted(examples.get(0))));
    for (String example : examples.subList(Math.min(1, examples.size()), examples.size())) {
      line("#   and " + quoted(example));
    }
    SuggestedCode suggestion = actor.suggestion();
    List<String> cells = actor.kind() == ActorKind.PERSON ? personCells(actor, suggestion) : organisationCells(actor, suggestion);
    boolean complete = cells.stream().noneMatch(cell -> cell.contains(SuggestedCode.UNKNOWN));
    line("# " + explanation(suggestion, complete));
    line((complete ? "" : "# ") + String.join("\t", cells));
  }

  private static List<String> personCells(UnresolvedActor actor, SuggestedCode suggestion) {
    String office = suggestion.because().stream()
        .filter(clue -> !clue.role().isEmpty() && clue.source() != CodeClue.Source.NAME)
        .map(CodeClue::words)
        .findFirst()
        .orElse("");
    String start = actor.firstSeen().map(Object::toString).orElse(SuggestedCode.UNKNOWN);
    return List.of(
        cell(actor.name()),
        String.join("|", actor.aliases().stream().map(ActorTableWriter::cell).toList()),
        suggestion.country().isEmpty() ? SuggestedCode.UNKNOWN : suggestion.country(),
        cell(office),
        suggestion.printed(),
        start,
        "");
  }

  private static List<String> organisationCells(UnresolvedActor actor, SuggestedCode suggestion) {
    List<String> names = new ArrayList<>();
    names.add(cell(actor.name()));
    actor.aliases().forEach(alias -> names.add(cell(alias)));
    return List.of(String.join("|", names), suggestion.printed());
  }

  private static String explanation(SuggestedCode suggestion, boolean complete) {
    List<String> reasons = suggestion.because().stream().map(CodeClue::describe).toList();
    if (suggestion.because().isEmpty()) {
      return "no suggestion: no title, nationality or country found; " + FILL_IN;
    }
    if (!suggestion.complete()) {
      String missing = suggestion.country().isEmpty() ? "country" : "role";
      return "partial suggestion " + suggestion.printed() + ": " + String.join(", ", reasons) + "; no " + missing + " found; " + FILL_IN;
    }
    return "suggested " + suggestion.printed() + ": " + String.join(", ", reasons) + (complete ? "" : "; no article date for the start; " + FILL_IN);
  }

  /** A name or office as one cell: no tabs, and no '|', which separates a cell's list. */
  private static String cell(String text) {
    return text.replace('\t', ' ').replace('|', '/').strip();
  }

  private static String quoted(String sentence) {
    String text = sentence.length() > EXAMPLE_LENGTH ? sentence.substring(0, EXAMPLE_LENGTH).strip() + "..." : sentence;
    return "\"" + text + "\"";
  }

  private static String count(int number, String one, String many) {
    return String.format(Locale.ROOT, "%d %s", number, number == 1 ? one : many);
  }

  private void line(String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
