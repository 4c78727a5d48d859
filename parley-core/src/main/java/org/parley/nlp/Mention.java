package org.parley.nlp;

/**
 * A stretch of tokens in one sentence: an entity or coreference mention.
 *
 * @param sentence the sentence index
 * @param begin first token index
 * @param end token index just past the mention
 * @param head the head token index
 */
public record Mention(int sentence, int begin, int end, int head) {
  public Mention {
    if (begin < 0 || end <= begin || head < begin || head >= end) {
      throw new IllegalArgumentException("bad mention tokens " + begin + ".." + end + " head " + head);
    }
  }

  public boolean contains(int sentenceIndex, int token) {
    return sentence == sentenceIndex && token >= begin && token < end;
  }
}
