package org.parley.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actor.ActorKind;
import org.parley.actor.ActorTables;
import org.parley.actor.CodeClue;
import org.parley.actor.UnresolvedActor;

class ActorTableWriterTest {
  private static final LocalDate MAY_12 = LocalDate.of(2025, 5, 12);

  private static final UnresolvedActor KAMAU = new UnresolvedActor(
      "Wanjiru Kamau", ActorKind.PERSON, List.of("Kamau"), 4, 2,
      List.of("Kenyan opposition leader Wanjiru Kamau rejected the tax.", "Kamau said the tax would hurt farmers."),
      List.of(new CodeClue(CodeClue.Source.NATIONALITY, "Kenyan", "KEN", ""), new CodeClue(CodeClue.Source.TITLE, "opposition leader", "", "OPP")),
      Set.of(MAY_12, LocalDate.of(2025, 5, 14)));
  private static final UnresolvedActor BARASA = new UnresolvedActor(
      "Otieno Barasa", ActorKind.PERSON, List.of(), 2, 1, List.of("Defence Minister Otieno Barasa spoke."),
      List.of(new CodeClue(CodeClue.Source.TITLE, "Defence Minister", "", "GOV")), Set.of(MAY_12));
  private static final UnresolvedActor SADIQ = new UnresolvedActor(
      "Halima Sadiq", ActorKind.PERSON, List.of(), 1, 1, List.of("Halima Sadiq said the talks had been useful."), List.of(), Set.of());
  private static final UnresolvedActor SERVICE = new UnresolvedActor(
      "Ghana Police Service", ActorKind.ORGANIZATION, List.of("GPS"), 2, 1, List.of("The Ghana Police Service said it had arrested three men."),
      List.of(new CodeClue(CodeClue.Source.NAME, "Ghana", "GHA", ""), new CodeClue(CodeClue.Source.NAME, "Police Service", "", "COP")), Set.of(MAY_12));

  private static String written(List<UnresolvedActor> actors) {
    StringWriter out = new StringWriter();
    new ActorTableWriter(out).write(actors, 3, 5);
    return out.toString();
  }

  @Test
  void printsEachActorAsATableRowAfterItsCountExamplesAndClues() {
    assertThat(written(List.of(KAMAU, SERVICE)).lines().toList()).containsSubsequence(
        "# Unresolved actors: 1 person and 1 organisation that no actor table knows, from 3 articles; 5 more left out by --min-count, --limit or --kind.",
        "# People: rows of an *officeholders*.tsv table (name, aliases, country, office, code, start, end).",
        "# 4 mentions in 2 articles, e.g. \"Kenyan opposition leader Wanjiru Kamau rejected the tax.\"",
        "#   and \"Kamau said the tax would hurt farmers.\"",
        "# suggested KENOPP: nationality \"Kenyan\" -> KEN, title \"opposition leader\" -> OPP",
        "Wanjiru Kamau\tKamau\tKEN\topposition leader\tKENOPP\t2025-05-12\t",
        "# Organisations: rows of an *institutions*.tsv table (names, code).",
        "# 2 mentions, e.g. \"The Ghana Police Service said it had arrested three men.\"",
        "# suggested GHACOP: name \"Ghana\" -> GHA, name \"Police Service\" -> COP",
        "Ghana Police Service|GPS\tGHACOP");
  }

  @Test
  void anEntryLackingPartOfItsCodeIsACommentSayingWhatToFillIn() {
    assertThat(written(List.of(BARASA, SADIQ)).lines().toList()).containsSubsequence(
        "# partial suggestion ???GOV: title \"Defence Minister\" -> GOV; no country found; fill in ??? and remove the leading '# '",
        "# Otieno Barasa\t\t???\tDefence Minister\t???GOV\t2025-05-12\t",
        "# no suggestion: no title, nationality or country found; fill in ??? and remove the leading '# '",
        "# Halima Sadiq\t\t???\t\t??????\t???\t");
  }

  @Test
  void appendedToUserTablesTheRowsResolveTheNamesAndThePlaceholdersBreakNothing(@TempDir Path folder) throws IOException {
    Path people = folder.resolve("my-officeholders.tsv");
    Path institutions = folder.resolve("my-institutions.tsv");
    Files.writeString(people, "name\taliases\tcountry\toffice\tcode\tstart\tend\n" + written(List.of(KAMAU, BARASA, SADIQ)), StandardCharsets.UTF_8);
    Files.writeString(institutions, "names\tcode\n" + written(List.of(SERVICE)), StandardCharsets.UTF_8);

    ActorTables tables = ActorTables.bundledWith(List.of(people, institutions));

    assertThat(tables.person("Kamau", LocalDate.of(2025, 6, 1))).map(code -> code.code()).contains("KENOPP");
    assertThat(tables.person("Wanjiru Kamau", LocalDate.of(2025, 1, 1))).map(code -> code.code()).contains("KENELI");
    assertThat(tables.person("Otieno Barasa", MAY_12)).isEmpty();
    assertThat(tables.institution("Ghana Police Service")).map(code -> code.code()).contains("GHACOP");
  }
}
