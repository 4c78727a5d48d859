package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code parley actors --unresolved} over two articles of our own whose people and organisations no table knows. */
class ActorsCommandTest {
  private static final String ARTICLES = Path.of("src", "test", "resources", "actors").toString();

  @Test
  void listsUnresolvedActorsMostNamedFirstAsTableRowsWithSuggestedCodes() {
    CommandRun run = CommandRun.of("actors", "--unresolved", "--min-count", "1", ARTICLES);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.outLines()).containsSubsequence(
        "# Unresolved actors: 4 people and 1 organisation that no actor table knows, from 2 articles.",
        "# 4 mentions in 2 articles, e.g. \"Kenyan opposition leader Wanjiru Kamau rejects fuel tax\"",
        "# suggested KENOPP: nationality \"Kenyan\" -> KEN, title \"opposition leader\" -> OPP",
        "Wanjiru Kamau\tKamau\tKEN\topposition leader\tKENOPP\t2025-05-12\t",
        "# 2 mentions, e.g. \"In neighbouring Burkina Faso, rebel commander Idris Adoum said his fighters had seized a border post.\"",
        "#   and \"Adoum warned that his men would advance further.\"",
        "# suggested BFAREB: same sentence \"Burkina Faso\" -> BFA, title \"rebel commander\" -> REB",
        "Idris Adoum\tAdoum\tBFA\trebel commander\tBFAREB\t2025-05-14\t",
        "# suggested KENGOV: same sentence \"Nairobi\" -> KEN, title \"Defence Minister\" -> GOV",
        "Otieno Barasa\tBarasa\tKEN\tDefence Minister\tKENGOV\t2025-05-12\t",
        "# 1 mention, e.g. \"Speaking after the meeting, Halima Sadiq said the talks had been useful.\"",
        "# Halima Sadiq\t\t???\t\t??????\t2025-05-12\t",
        "# Organisations: rows of an *institutions*.tsv table (names, code).",
        "# suggested GHACOP: name \"Ghana\" -> GHA, name \"Police Service\" -> COP",
        "Ghana Police Service\tGHACOP");
    assertThat(run.out()).doesNotContain("Vladimir Putin").doesNotContain("Parley Wire");
  }

  @Test
  void minCountLimitAndKindLeaveOutTheRest() {
    CommandRun run = CommandRun.of("actors", "--unresolved", "--min-count", "2", "--limit", "1", "--kind", "organization", ARTICLES);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.outLines()).filteredOn(line -> !line.startsWith("#")).containsExactly("Ghana Police Service\tGHACOP");
    assertThat(run.outLines().get(0)).isEqualTo(
        "# Unresolved actors: 0 people and 1 organisation that no actor table knows, from 2 articles; 4 more left out by --min-count, --limit or --kind.");
  }

  @Test
  void aStoreGivesTheSameListAsItsArticleFiles(@org.junit.jupiter.api.io.TempDir Path folder) {
    String db = folder.resolve("news.duckdb").toString();
    CommandRun ingest = CommandRun.of("ingest", "--db", db, ARTICLES);
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();

    CommandRun fromStore = CommandRun.of("actors", "--unresolved", "--min-count", "1", "--db", db);
    CommandRun fromFiles = CommandRun.of("actors", "--unresolved", "--min-count", "1", ARTICLES);

    assertThat(fromStore.exitCode()).as(fromStore.err()).isZero();
    assertThat(fromStore.outLines()).contains("Wanjiru Kamau\tKamau\tKEN\topposition leader\tKENOPP\t2025-05-12\t", "Ghana Police Service\tGHACOP")
        .isEqualTo(fromFiles.outLines());

    CommandRun both = CommandRun.of("actors", "--unresolved", "--db", db, ARTICLES);
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.parleyErrors()).containsExactly("parley: actors: give article files, or --db STORE (one of them)");
  }

  @Test
  void withoutWhatToListItIsAUsageErrorBeforeAnyModelLoads() {
    CommandRun run = CommandRun.of("actors", ARTICLES);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).containsExactly("parley: actors: say what to list: --unresolved");
  }

  @Test
  void anUnknownKindIsAUsageError() {
    CommandRun run = CommandRun.of("actors", "--unresolved", "--kind", "country", ARTICLES);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).containsExactly("parley: --kind: expected person, organization or all, not country");
  }
}
