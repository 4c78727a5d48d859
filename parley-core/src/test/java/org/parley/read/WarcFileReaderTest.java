package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Article;

class WarcFileReaderTest {
  static final String STRIKE = "Dock workers in the northern port walked out on Monday over unpaid wages, the union said.";
  static final String TALKS = "The two governments agreed to hold a second round of talks in the capital next week.";
  static final String VOTE = "Parliament rejected the budget by a wide margin after a long debate in the chamber.";

  @TempDir
  Path folder;

  static TestingWarcFiles crawl(boolean gzip) {
    return new TestingWarcFiles(gzip)
        .request("https://news.example/strike")
        .response("https://news.example/strike", 200, "text/html; charset=utf-8",
            TestingWarcFiles.page("Port strike begins", "2025-06-01T09:00:00Z", STRIKE))
        .response("https://news.example/logo.png", 200, "image/png", "not really a png")
        .response("https://news.example/old", 301, "text/html", "<html><body><p>Moved.</p></body></html>")
        .response("https://news.example/feed.json", 200, "application/json", "{\"items\": []}")
        .response("https://news.example/talks", 200, "text/html", TestingWarcFiles.page("Second round of talks", "", TALKS))
        .response("https://news.example/vote", 200, "text/html", TestingWarcFiles.page("Budget rejected", "2025-05-30", VOTE));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsHtmlResponsesAndSkipsEveryOtherRecordSilently(boolean gzip) throws IOException {
    TestingArticleSink sink = read(crawl(gzip).bytes(), gzip);

    assertThat(sink.skipped()).isEmpty();
    assertThat(sink.articles()).extracting(Article::title).containsExactly("Port strike begins", "Second round of talks", "Budget rejected");
    Article strike = sink.articles().get(0);
    assertThat(strike.url()).isEqualTo("https://news.example/strike");
    assertThat(strike.text()).isEqualTo(STRIKE);
    assertThat(strike.published()).isEqualTo(LocalDate.of(2025, 6, 1));
    // No date in the page: the day of the crawl.
    assertThat(sink.articles().get(1).published()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void idsAreStableAcrossReadsAndDistinctAcrossRecords() throws IOException {
    byte[] warc = crawl(true).bytes();
    TestingArticleSink first = read(warc, true);
    TestingArticleSink second = read(warc, true);

    assertThat(first.articles()).extracting(Article::id).containsExactlyElementsOf(second.articles().stream().map(Article::id).toList());
    assertThat(first.articles()).extracting(Article::id).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aTruncatedLastRecordIsReportedWithItsOffsetAndTheRecordsBeforeItAreRead(boolean gzip) throws IOException {
    TestingWarcFiles crawl = crawl(gzip);
    byte[] whole = crawl.bytes();
    long lastOffset = crawl.offsets.get(crawl.offsets.size() - 1);
    byte[] truncated = Arrays.copyOf(whole, (int) (lastOffset + (whole.length - lastOffset) / 2));

    TestingArticleSink sink = read(truncated, gzip);

    assertThat(sink.articles()).extracting(Article::title).containsExactly("Port strike begins", "Second round of talks");
    assertThat(sink.skipped()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).endsWith(gzip ? "crawl.warc.gz" : "crawl.warc");
      assertThat(problem.reason()).startsWith("corrupt or truncated WARC record at byte offset " + lastOffset);
    });
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aCorruptRecordInTheMiddleIsSkippedAndTheRecordsAfterItAreRead(boolean gzip) throws IOException {
    TestingWarcFiles crawl = crawl(gzip);
    byte[] bytes = crawl.bytes();
    // Overwrite the middle of the first HTML response (record 1) with garbage.
    long start = crawl.offsets.get(1);
    long end = crawl.offsets.get(2);
    for (long index = start + 2; index < end - 2; index++) {
      bytes[(int) index] = (byte) 'x';
    }

    TestingArticleSink sink = read(bytes, gzip);

    assertThat(sink.articles()).extracting(Article::title).containsExactly("Second round of talks", "Budget rejected");
    assertThat(sink.skipped()).singleElement().extracting(problem -> problem.reason())
        .asString().startsWith("corrupt or truncated WARC record at byte offset " + start);
  }

  @Test
  void aFileThatIsNotAWarcIsRejectedAsAWhole() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.warc"), "Just some notes, not an archive.\n");

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> WarcFileReader.read(file.toString(), file, ReadOptions.none(), new TestingArticleSink())))
        .hasMessageEndingWith("notes.warc: not a WARC file (it does not start with a WARC/1.x record)");
  }

  @Test
  void nonEnglishPagesAreSkippedWithAReason() throws IOException {
    byte[] warc = new TestingWarcFiles(true)
        .response("https://news.example/ru", 200, "text/html; charset=utf-8",
            TestingWarcFiles.page("Переговоры продолжатся", "", "Делегации двух стран договорились продолжить переговоры в столице на следующей неделе."))
        .response("https://news.example/vote", 200, "text/html", TestingWarcFiles.page("Budget rejected", "", VOTE))
        .bytes();

    TestingArticleSink sink = read(warc, true);

    assertThat(sink.articles()).extracting(Article::title).containsExactly("Budget rejected");
    assertThat(sink.skipped()).singleElement().extracting(problem -> problem.reason()).asString()
        .matches("record at byte offset 0 \\(https://news.example/ru\\): not English \\(0% of the letters are Latin\\)");
  }

  @Test
  void damageNearTheEndNeitherRestartsTheFileNorRepeatsItsArticles() throws IOException {
    // Found by ReaderFuzzTest: a newline written over the second-last byte made the reader start over.
    byte[] warc = crawl(false).bytes();
    warc[warc.length - 2] = '\n';

    TestingArticleSink sink = read(warc, false);

    assertThat(sink.articles()).hasSizeLessThanOrEqualTo(3);
    assertThat(sink.articles()).extracting(Article::id).doesNotHaveDuplicates();
  }

  private TestingArticleSink read(byte[] warc, boolean gzip) throws IOException {
    Path file = Files.write(folder.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), warc);
    TestingArticleSink sink = new TestingArticleSink();
    WarcFileReader.read(file.toString(), file, ReadOptions.none(), sink);
    return sink;
  }
}
