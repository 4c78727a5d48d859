package org.parley.nlp;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A sentence with its tokens and dependency tree.
 *
 * @param index zero-based index of the sentence in the article
 * @param text the sentence text
 * @param begin character offset of the sentence in the article text
 * @param end character offset just past the sentence
 */
public record AnnotatedSentence(int index, String text, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
  public AnnotatedSentence {
    requireNonNull(text, "text is null");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The text between two token indexes, inclusive, as it stands in the sentence. */
  public String textOf(int firstToken, int lastToken) {
    return text.substring(tokens.get(firstToken).begin() - begin, tokens.get(lastToken).end() - begin);
  }
}
