package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.AnnotatedSentence;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Token;

class AnnotatedFixtureTest {
  private final List<AnnotatedArticle> articles = AnnotatedFixture.examples();

  @Test
  void readsTheFiveExampleArticles() {
    assertThat(articles).hasSize(5);
    AnnotatedArticle envoy = articles.get(0);
    assertThat(envoy.article().title()).isEqualTo("Putin envoy Dmitriev holds talks with Witkoff in Washington");
    assertThat(envoy.article().publishedDate()).hasValueSatisfying(date -> assertThat(date).hasToString("2025-04-03"));
    assertThat(envoy.text()).startsWith(envoy.article().title() + "\n\n" + envoy.article().text().substring(0, 20));
  }

  @Test
  void rebuildsEachSentencesDependencyTree() {
    AnnotatedSentence lead = articles.get(0).sentences().get(1);
    DependencyTree tree = DependencyTree.of(lead);
    List<Integer> roots = new java.util.ArrayList<>();
    for (int token = 0; token < tree.size(); token++) {
      if (tree.parent(token) < 0) {
        roots.add(token);
      }
    }
    int root = roots.get(0);

    assertThat(lead.text()).startsWith("Kirill Dmitriev, the head of Russia's sovereign wealth fund");
    assertThat(roots).hasSize(1);
    // CoreNLP's parse of this long sentence hangs it on "visit", not on "arrived": the fixture keeps what CoreNLP said.
    assertThat(tree.lemma(root)).isEqualTo("visit");
    assertThat(tree.children(root, "nsubj")).isNotEmpty();
    assertThat(tree.relation(root)).isEqualTo("root");
  }

  @Test
  void keepsEveryTokenInsideItsSentence() {
    for (AnnotatedArticle article : articles) {
      for (AnnotatedSentence sentence : article.sentences()) {
        for (Token token : sentence.tokens()) {
          assertThat(token.begin()).isBetween(sentence.begin(), sentence.end());
          assertThat(article.text().substring(token.begin(), token.end())).isEqualTo(token.word());
        }
      }
    }
  }
}
