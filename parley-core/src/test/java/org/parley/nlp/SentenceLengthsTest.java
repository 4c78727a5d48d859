package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences counted in words before the pipeline: news passes, a run of words without an end does not. */
class SentenceLengthsTest {
  private static String words(int count) {
    return "word ".repeat(count).strip();
  }

  @Test
  void newsSentencesPass() {
    String article = "Russia and Ukraine agree Black Sea truce\n\nMOSCOW (Wire) - Russia and Ukraine agreed on Tuesday to halt strikes "
        + "at sea, the Kremlin said. \"We will see,\" the U.S. envoy told reporters! Was it enough? Officials said no.";
    assertThat(SentenceLengths.whyTooLong(article, 30)).isEmpty();
    assertThat(SentenceLengths.whyTooLong("", 1)).isEmpty();
  }

  @Test
  void aHundredThousandWordSentenceIsRefusedWithItsLengthAndPlace() {
    String text = "Headline\n\nA first sentence. " + words(100_000) + ".";
    assertThat(SentenceLengths.whyTooLong(text, SentenceLengths.DEFAULT_MAX_WORDS)).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("a sentence of 100,000 words at character 27").contains("the limit is 1,000"));
  }

  @Test
  void sentenceEndsAndBlankLinesSplitButSingleNewlinesAndInnerDotsDoNot() {
    assertThat(SentenceLengths.whyTooLong(words(10) + ". " + words(10) + "! " + words(10) + "? " + words(10), 10)).isEmpty();
    assertThat(SentenceLengths.whyTooLong(words(10) + ".\" " + words(10) + ".) " + words(10), 10)).as("a quote or bracket after the stop").isEmpty();
    assertThat(SentenceLengths.whyTooLong(words(10) + "\n\n" + words(10) + "\n \n" + words(10), 10)).as("blank lines").isEmpty();
    // The pipeline joins lines broken by one newline into one sentence, and so does the count.
    assertThat(SentenceLengths.whyTooLong(words(6) + "\n" + words(6), 10)).hasValueSatisfying(reason -> assertThat(reason).startsWith("a sentence of 12 words"));
    // "3.5", "e.g.the" and "www.example.org" end nothing.
    assertThat(SentenceLengths.whyTooLong(words(5) + " 3.5 www.example.org " + words(5), 10)).hasValueSatisfying(reason -> assertThat(reason).startsWith("a sentence of 12 words"));
  }
}
