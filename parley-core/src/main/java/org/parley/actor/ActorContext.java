package org.parley.actor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.CorefChain;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Mention;

/** What actor resolution needs to know about one article: its sentences' trees, its date and its coreference. */
public final class ActorContext {
  private final AnnotatedArticle article;
  private final List<DependencyTree> trees;
  private final LocalDate date;
  private final Map<Long, CorefChain> chainsByToken = new HashMap<>();

  public ActorContext(AnnotatedArticle article, List<DependencyTree> trees) {
    this.article = requireNonNull(article, "article is null");
    this.trees = List.copyOf(trees);
    this.date = article.article().published();
    for (CorefChain chain : article.coreference()) {
      for (Mention mention : chain.mentions()) {
        DependencyTree tree = mention.sentence() < this.trees.size() ? this.trees.get(mention.sentence()) : null;
        for (int token = mention.begin(); token < mention.end(); token++) {
          if (tree == null || !inNestedClause(tree, mention, token)) {
            chainsByToken.putIfAbsent(key(mention.sentence(), token), chain);
          }
        }
        chainsByToken.put(key(mention.sentence(), mention.head()), chain);
      }
    }
  }

  /** Relations by which a clause hangs inside a noun phrase: "Trump, who endorsed Asfura". */
  private static final java.util.Set<String> NESTED_CLAUSES = java.util.Set.of("acl", "acl:relcl", "advcl", "ccomp", "parataxis");

  /**
   * Whether a word of a mention lies in a clause the mention's phrase holds ("Trump, who endorsed Asfura before the
   * vote"): such a word names someone else, not what the mention corefers with.
   */
  private static boolean inNestedClause(DependencyTree tree, Mention mention, int token) {
    if (mention.end() > tree.size()) {
      return false;
    }
    int head = tree.headOf(mention.begin(), mention.end());
    for (int current = token, steps = 0; current >= 0 && current != head && steps <= tree.size(); current = tree.parent(current), steps++) {
      if (NESTED_CLAUSES.contains(tree.relation(current))) {
        return true;
      }
    }
    return false;
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  public AnnotatedArticle article() {
    return article;
  }

  public DependencyTree tree(int sentence) {
    return trees.get(sentence);
  }

  public List<DependencyTree> trees() {
    return new ArrayList<>(trees);
  }

  /** The publication date, which decides office holders' codes; null when unknown. */
  public LocalDate date() {
    return date;
  }

  /** The coreference chain a token belongs to, if any. */
  public Optional<CorefChain> chain(int sentence, int token) {
    return Optional.ofNullable(chainsByToken.get(key(sentence, token)));
  }
}
