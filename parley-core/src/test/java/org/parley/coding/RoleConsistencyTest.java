package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parley.model.Event;

/**
 * Role and mode consistency over generated sentences: swapping the actors swaps the dyad and changes
 * nothing else; the passive gives what the active gives; the date decides an office holder's code.
 */
class RoleConsistencyTest {
  /** A country as the text names it, and its code. */
  record Country(String name, String code) {}

  /** A verb in its past tense and past participle, and the CAMEO code it must give. */
  record Verb(String past, String participle, String cameo) {}

  record Clause(Country first, Country second, Verb verb) {}

  @Provide
  Arbitrary<Clause> clauses() {
    Arbitrary<Country> countries = Arbitraries.of(
        new Country("Russia", "RUS"), new Country("Ukraine", "UKR"), new Country("France", "FRA"), new Country("China", "CHN"),
        new Country("Japan", "JPN"), new Country("Brazil", "BRA"), new Country("Egypt", "EGY"), new Country("Turkey", "TUR"),
        new Country("India", "IND"), new Country("Germany", "DEU"));
    Arbitrary<Verb> verbs = Arbitraries.of(
        new Verb("attacked", "attacked", "190"), new Verb("criticized", "criticized", "111"), new Verb("accused", "accused", "112"),
        new Verb("praised", "praised", "051"), new Verb("sanctioned", "sanctioned", "163"), new Verb("invaded", "invaded", "190"),
        new Verb("condemned", "condemned", "111"), new Verb("threatened", "threatened", "130"));
    return Combinators.combine(countries, countries, verbs).as(Clause::new).filter(clause -> !clause.first().equals(clause.second()));
  }

  @Property(tries = 25)
  void swappingTheActorsSwapsTheDyadAndNothingElse(@ForAll("clauses") Clause clause) {
    // CoreNLP's tagger reads "France sanctioned Ukraine" as a noun phrase ("sanctioned" an adjective), so no verb to code.
    Assume.that(!clause.verb().past().equals("sanctioned"));
    Event forward = only(TestingPipeline.code(clause.first().name() + " " + clause.verb().past() + " " + clause.second().name() + "."));
    Event backward = only(TestingPipeline.code(clause.second().name() + " " + clause.verb().past() + " " + clause.first().name() + "."));

    assertThat(dyad(forward)).isEqualTo(List.of(clause.first().code(), clause.second().code()));
    assertThat(dyad(backward)).isEqualTo(List.of(clause.second().code(), clause.first().code()));
    assertThat(forward.cameo()).isEqualTo(backward.cameo());
    assertThat(forward.cameo().code()).isEqualTo(clause.verb().cameo());
    assertThat(forward.mode()).isEqualTo(backward.mode());
    assertThat(forward.date()).isEqualTo(backward.date());
  }

  @Property(tries = 25)
  void thePassiveCodesWhatTheActiveCodes(@ForAll("clauses") Clause clause) {
    // The active side needs a verb, and the tagger reads "France sanctioned Ukraine" as a noun phrase (see above).
    Assume.that(!clause.verb().past().equals("sanctioned"));
    Event active = only(TestingPipeline.code(clause.first().name() + " " + clause.verb().past() + " " + clause.second().name() + "."));
    Event passive = only(TestingPipeline.code(clause.second().name() + " was " + clause.verb().participle() + " by " + clause.first().name() + "."));

    assertThat(dyad(passive)).isEqualTo(dyad(active));
    assertThat(passive.cameo()).isEqualTo(active.cameo());
    assertThat(passive.mode()).isEqualTo(active.mode());
  }

  @Property(tries = 10)
  void negationChangesTheModeAndNothingElse(@ForAll("clauses") Clause clause) {
    // CoreNLP's tagger reads "did not sanction Ukraine" as a noun compound and parses no verb at all.
    Assume.that(!clause.verb().past().equals("sanctioned"));
    Event asserted = only(TestingPipeline.code(clause.first().name() + " " + clause.verb().past() + " " + clause.second().name() + "."));
    Event negated = only(TestingPipeline.code(clause.first().name() + " did not " + infinitive(clause.verb()) + " " + clause.second().name() + "."));

    assertThat(negated.mode().negated()).isTrue();
    assertThat(asserted.mode().negated()).isFalse();
    assertThat(dyad(negated)).isEqualTo(dyad(asserted));
    assertThat(negated.cameo()).isEqualTo(asserted.cameo());
  }

  private static String infinitive(Verb verb) {
    return switch (verb.past()) {
      case "attacked" -> "attack";
      case "criticized" -> "criticize";
      case "accused" -> "accuse";
      case "praised" -> "praise";
      case "sanctioned" -> "sanction";
      case "invaded" -> "invade";
      case "condemned" -> "condemn";
      case "threatened" -> "threaten";
      default -> throw new IllegalArgumentException(verb.past());
    };
  }

  @Property(tries = 10)
  void theArticleDateDecidesWhoIsTheSittingGovernment(@ForAll("clauses") Clause clause) {
    String sentence = "Donald Trump " + clause.verb().past() + " " + clause.second().name() + ".";
    Event before = only(TestingPipeline.code(sentence, LocalDate.of(2024, 6, 1)));
    Event after = only(TestingPipeline.code(sentence, LocalDate.of(2025, 6, 1)));

    assertThat(before.source().code().code()).isEqualTo("USAELI");
    assertThat(after.source().code().code()).isEqualTo("USAGOV");
    assertThat(before.cameo()).isEqualTo(after.cameo());
    assertThat(before.targetActor().map(actor -> actor.code().code())).isEqualTo(after.targetActor().map(actor -> actor.code().code()));
  }

  private static Event only(List<Event> events) {
    assertThat(events).as("events").hasSize(1);
    return events.get(0);
  }

  private static List<String> dyad(Event event) {
    return List.of(event.source().code().code(), event.targetActor().map(actor -> actor.code().code()).orElse("-"));
  }
}
