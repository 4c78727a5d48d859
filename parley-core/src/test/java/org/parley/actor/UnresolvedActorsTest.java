package org.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnresolvedActorsTest {
  private static UnresolvedActor person(String name, int mentions, String example, LocalDate date) {
    return new UnresolvedActor(name, ActorKind.PERSON, List.of(), mentions, 1, List.of(example), List.of(), Set.of(date));
  }

  @Test
  void theSameNameInTwoArticlesIsOneActorWithSummedCountsAndTheEarliestDate() {
    UnresolvedActors actors = new UnresolvedActors();
    actors.add(List.of(person("Wanjiru Kamau", 3, "A.", LocalDate.of(2025, 5, 14))));
    actors.add(List.of(person("WANJIRU KAMAU", 2, "B.", LocalDate.of(2025, 5, 12)), person("Otieno Barasa", 4, "C.", LocalDate.of(2025, 5, 12))));

    List<UnresolvedActor> ranked = actors.ranked();

    assertThat(ranked).extracting(UnresolvedActor::name).containsExactly("Wanjiru Kamau", "Otieno Barasa");
    UnresolvedActor kamau = ranked.get(0);
    assertThat(kamau.mentions()).isEqualTo(5);
    assertThat(kamau.articles()).isEqualTo(2);
    assertThat(kamau.examples()).containsExactly("A.", "B.");
    assertThat(kamau.firstSeen()).contains(LocalDate.of(2025, 5, 12));
  }

  @Test
  void aSurnameAloneJoinsTheOnlyFullNameThatEndsWithIt() {
    UnresolvedActors actors = new UnresolvedActors();
    actors.add(List.of(person("Wanjiru Kamau", 2, "A.", LocalDate.of(2025, 5, 12))));
    actors.add(List.of(person("Kamau", 1, "B.", LocalDate.of(2025, 5, 14))));

    assertThat(actors.ranked()).singleElement().satisfies(kamau -> {
      assertThat(kamau.name()).isEqualTo("Wanjiru Kamau");
      assertThat(kamau.aliases()).containsExactly("Kamau");
      assertThat(kamau.mentions()).isEqualTo(3);
    });
  }

  @Test
  void aSurnameSharedByTwoFullNamesStaysApart() {
    UnresolvedActors actors = new UnresolvedActors();
    actors.add(List.of(person("Wanjiru Kamau", 2, "A.", LocalDate.of(2025, 5, 12)), person("Peter Kamau", 2, "B.", LocalDate.of(2025, 5, 12))));
    actors.add(List.of(person("Kamau", 1, "C.", LocalDate.of(2025, 5, 14))));

    assertThat(actors.ranked()).extracting(UnresolvedActor::name).containsExactly("Wanjiru Kamau", "Peter Kamau", "Kamau");
  }
}
