package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/** Every reader against hostile input: each gives a clear error or a skip with a reason, and the rest is read. */
class ArticleReadersTest {
  static final String LEDE = "The harbour authority closed the northern pier on Friday after a crane collapsed, officials said.";

  @TempDir
  Path folder;

  private final ArticleReaders readers = new ArticleReaders(new ByteArrayInputStream(new byte[0]));

  @Test
  void emptyAndWhitespaceOnlyFilesAreRejected() throws IOException {
    assertThat(problem(Files.writeString(folder.resolve("empty.html"), ""))).isEqualTo("file is empty");
    assertThat(problem(Files.writeString(folder.resolve("blank.txt"), " \n\t\n  "))).isEqualTo("file has no text");
    assertThat(problem(Files.writeString(folder.resolve("blank.jsonl"), "\n\n   \n"))).isEqualTo("file has no text");
    assertThat(problem(Files.writeString(folder.resolve("blank.html"), "<html><body> <div>  </div> </body></html>")))
        .isEqualTo("no article text found in the HTML page");
  }

  @Test
  void binaryFilesAreRejectedWhateverTheirName() throws IOException {
    byte[] binary = new byte[4096];
    for (int index = 0; index < binary.length; index++) {
      binary[index] = (byte) (index * 31 + 7);
    }
    for (String name : List.of("photo.txt", "photo.jsonl", "photo.html")) {
      assertThat(problem(Files.write(folder.resolve(name), binary))).isEqualTo("binary file, not text");
    }
    assertThat(problem(Files.write(folder.resolve("photo.jsonl.gz"), gzip(binary)))).isEqualTo("binary file, not text");
  }

  @Test
  void invalidUtf8RejectsAPlainTextFileButOnlyTheLineOfAJsonLinesFile() throws IOException {
    byte[] bad = {'B', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b', 'y', 't', 'e', 's'};
    Path text = Files.write(folder.resolve("bad.txt"), concat("Title\n\nFirst line is fine.\n".getBytes(UTF_8), bad));
    Path lines = Files.write(folder.resolve("bad.jsonl"), concat(
        "{\"id\": \"a\", \"text\": \"Good.\"}\n{\"id\": \"b\", \"text\": \"".getBytes(UTF_8), bad,
        "\"}\n{\"id\": \"c\", \"text\": \"Also good.\"}\n".getBytes(UTF_8)));

    assertThat(problem(text)).isEqualTo("not valid UTF-8 text; convert the file to UTF-8");
    TestingArticleSink sink = read(lines);
    assertThat(sink.articles()).extracting(Article::id).containsExactly("a", "c");
    assertThat(sink.skipped()).singleElement().hasToString(ParleyInputException.class.getName() + ": " + lines + ":2: not valid UTF-8 text; convert the file to UTF-8");
  }

  @Test
  void aFiftyMegabyteSingleLineIsSkippedWithItsLengthNotHeldInMemory() throws IOException {
    Path text = bigFile("big.txt", "", "");
    Path lines = bigFile("big.jsonl", "{\"id\": \"x\", \"text\": \"", "\"}\n{\"id\": \"after\", \"text\": \"" + LEDE + "\"}\n");
    Path page = bigFile("big.html", "<html><body><p>", "</p></body></html>");

    assertThat(skipped(text)).isEqualTo(text + ": article is longer than 1000000 characters");
    TestingArticleSink sink = read(lines);
    assertThat(sink.articles()).extracting(Article::id).containsExactly("after");
    assertThat(sink.skipped()).singleElement().extracting(Throwable::getMessage).isEqualTo(lines + ":1: line is longer than 2000000 characters");
    assertThat(skipped(page)).isEqualTo(page + ": HTML page is larger than 16777216 bytes");
  }

  @Test
  void aGzipBombEndsWithAClearErrorAfterTheArticlesBeforeIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(("{\"id\": \"first\", \"text\": \"" + LEDE + "\"}\n").getBytes(UTF_8));
      byte[] blanks = new byte[1 << 20];
      Arrays.fill(blanks, (byte) '\n');
      for (int megabyte = 0; megabyte < 80; megabyte++) {
        out.write(blanks);
      }
    }
    Path bomb = Files.write(folder.resolve("bomb.jsonl.gz"), bytes.toByteArray());
    TestingArticleSink sink = new TestingArticleSink();

    ParleyInputException problem = catchThrowableOfType(ParleyInputException.class, () -> readers.read(bomb.toString(), ReadOptions.none(), sink));

    assertThat(bytes.size()).isLessThan(200_000);
    assertThat(sink.articles()).extracting(Article::id).containsExactly("first");
    assertThat(problem.reason()).isEqualTo("gzip data inflates to more than 67108864 bytes (100 times the file's size): refusing what looks like a zip bomb");
  }

  @Test
  void aTruncatedGzipFileKeepsTheArticlesBeforeTheCut() throws IOException {
    StringBuilder corpus = new StringBuilder();
    for (int index = 0; index < 5_000; index++) {
      corpus.append("{\"id\": \"n").append(index).append("\", \"text\": \"Article ").append(index).append(" says the pier reopened.\"}\n");
    }
    byte[] whole = gzip(corpus.toString().getBytes(UTF_8));
    Path cut = Files.write(folder.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));
    TestingArticleSink sink = new TestingArticleSink();

    ParleyInputException problem = catchThrowableOfType(ParleyInputException.class, () -> readers.read(cut.toString(), ReadOptions.none(), sink));

    assertThat(problem.reason()).isEqualTo("file ends too early (truncated gzip?)");
    assertThat(sink.articles()).hasSizeGreaterThan(1_000).first().extracting(Article::id).isEqualTo("n0");
  }

  @Test
  void readsPlainTextInsideGzip() throws IOException {
    Path file = Files.write(folder.resolve("pier.txt.gz"), gzip(("Pier closed\n\n" + LEDE + "\n").getBytes(UTF_8)));

    assertThat(read(file).onlyArticle().text()).isEqualTo(LEDE);
  }

  @Test
  void jsonLinesWithMissingWrongTypedHugeAndDeepFieldsSkipThoseLinesOnly() throws IOException {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    Path file = Files.writeString(folder.resolve("fields.jsonl"), String.join("\n",
        "{\"id\": \"ok1\", \"title\": [\"not\", \"a\", \"string\"], \"date\": {\"year\": 2025}, \"text\": \"" + LEDE + "\"}",
        "{\"id\": \"no-text\"}",
        "{\"id\": \"number-text\", \"text\": 42}",
        "{\"id\": {\"nested\": true}, \"text\": \"" + LEDE + "\"}",
        "{\"id\": \"huge-title\", \"title\": \"" + "T".repeat(5_000) + "\", \"text\": \"" + LEDE + "\"}",
        "{\"id\": \"deep\", \"text\": " + deep + "}",
        "[1, 2, 3]",
        "{\"id\": 7, \"text\": \"" + LEDE + "\"}") + "\n");

    TestingArticleSink sink = read(file);

    assertThat(sink.articles()).extracting(Article::id).containsExactly("ok1", "7");
    assertThat(sink.articles().get(0).title()).isEmpty();
    assertThat(sink.articles().get(0).published()).isNull();
    assertThat(sink.skipped()).extracting(ParleyInputException::line).containsExactly(2, 3, 4, 5, 6, 7);
    assertThat(sink.skipped()).extracting(ParleyInputException::reason).startsWith(
        "missing \"text\"", "\"text\" is not a string", "\"id\" is not a string or a number",
        "\"title\" is longer than 2000 characters");
    assertThat(sink.skipped().get(4).reason()).startsWith("invalid JSON: Document nesting depth");
    assertThat(sink.skipped().get(5).reason()).isEqualTo("not a JSON object");
  }

  @Test
  void datesInManyFormatsAndNone() throws IOException {
    List<String> dates = List.of("2025-04-03", "2025-04-03T23:10:00Z", "3 April 2025", "April 3, 2025", "Thursday, 3rd of April, 2025",
        "03.04.2025", "20250403", "2025/04/03", "Published: Apr. 3 2025 | 10:42 GMT", "03/04/2025", "yesterday", "", "2025-02-30");
    StringBuilder corpus = new StringBuilder();
    for (int index = 0; index < dates.size(); index++) {
      corpus.append("{\"id\": \"d").append(index).append("\", \"date\": \"").append(dates.get(index)).append("\", \"text\": \"").append(LEDE).append("\"}\n");
    }
    TestingArticleSink sink = read(Files.writeString(folder.resolve("dates.jsonl"), corpus));

    LocalDate april3 = LocalDate.of(2025, 4, 3);
    assertThat(sink.articles()).extracting(Article::published)
        .containsExactly(april3, april3, april3, april3, april3, april3, april3, april3, april3, null, null, null, null);
  }

  @Test
  void aJsonLinesTextOpeningWithAWireDatelineKeepsItsPlaceDateAndOutletApart() throws IOException {
    TestingArticleSink sink = read(Files.writeString(folder.resolve("wire.jsonl"), String.join("\n",
        "{\"id\": \"w1\", \"text\": \"NAIROBI, June 25, 2024 (Reuters) - " + LEDE + "\"}",
        "{\"id\": \"w2\", \"dateline\": \"KYIV\", \"date\": \"2025-03-20\", \"source\": \"Kyiv Desk\", \"text\": \"" + LEDE + "\"}",
        "{\"id\": \"w3\", \"text\": \"" + LEDE + "\"}")));

    assertThat(sink.articles()).extracting(Article::dateline).containsExactly("NAIROBI", "KYIV", "");
    Article wire = sink.articles().get(0);
    assertThat(wire.text()).isEqualTo(LEDE);
    assertThat(wire.published()).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(wire.source()).isEqualTo("Reuters");
    assertThat(sink.articles().get(1).source()).isEqualTo("Kyiv Desk");
    assertThat(sink.articles().get(2).text()).isEqualTo(LEDE);
  }

  @Test
  void nonEnglishAndRightToLeftArticlesAreSkippedWithAReasonAndEnglishOnesKept() throws IOException {
    Path file = Files.writeString(folder.resolve("scripts.jsonl"), String.join("\n",
        "{\"id\": \"ar\", \"text\": \"أغلقت سلطة الميناء الرصيف الشمالي يوم الجمعة بعد انهيار رافعة، بحسب المسؤولين.\"}",
        "{\"id\": \"he\", \"text\": \"רשות הנמל סגרה את המזח הצפוני ביום שישי לאחר שמנוף קרס, כך נמסר.\"}",
        "{\"id\": \"de\", \"text\": \"Die Hafenbehörde hat am Freitag den nördlichen Pier geschlossen, nachdem ein Kran eingestürzt war, wie Beamte mitteilten. Die Arbeiten sollen nächste Woche wieder aufgenommen werden.\"}",
        "{\"id\": \"en\", \"text\": \"" + LEDE + " The mayor of \\u202eAl-Mina\\u202c, \\u0627\\u0644\\u0645\\u064a\\u0646\\u0627\\u0621, said the pier would reopen within a month.\"}") + "\n");

    TestingArticleSink sink = read(file);

    assertThat(sink.articles()).extracting(Article::id).containsExactly("en");
    assertThat(sink.skipped()).extracting(Throwable::getMessage).containsExactly(
        file + ":1: not English (0% of the letters are Latin)",
        file + ":2: not English (0% of the letters are Latin)",
        file + ":3: not English (0% of the words are common English words, expected 10% or more)");
  }

  @Test
  void aNonEnglishPlainTextFileIsSkipped() throws IOException {
    Path file = Files.writeString(folder.resolve("ru.txt"), "Порт закрыт\n\nВласти порта закрыли северный причал в пятницу.\n");

    assertThat(skipped(file)).isEqualTo(file + ": not English (0% of the letters are Latin)");
  }

  @Test
  void htmlFilesTakeTheirMetadataFromThePageAndOptionsOverrideIt() throws IOException {
    Path page = Files.writeString(folder.resolve("page.html"), HtmlPageReaderTest.NEWS_PAGE);

    Article article = read(page).onlyArticle();
    Article overridden = read(page, ReadOptions.none().withSource("Other Wire").withDate(LocalDate.of(2025, 1, 1))).onlyArticle();

    assertThat(article.title()).isEqualTo("Border talks stall as Ruritania walks out");
    assertThat(article.source()).isEqualTo("Harbour Ledger");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 14));
    assertThat(article.url()).isEqualTo("https://ledger.example/world/border-talks");
    assertThat(article.text()).startsWith("Ruritania's delegation left the border talks");
    assertThat(overridden.source()).isEqualTo("Other Wire");
    assertThat(overridden.published()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void htmlInItsOwnCharsetIsDecodedNotTakenForBinary() throws IOException {
    java.nio.charset.Charset cyrillic = java.nio.charset.Charset.forName("windows-1251");
    String russian = "<html><head><meta charset=\"windows-1251\"><title>Порт закрыт</title></head><body><p>"
        + "Власти порта закрыли северный причал в пятницу после обрушения крана. ".repeat(20) + "</p></body></html>";
    Path page = Files.write(folder.resolve("ru.html"), russian.getBytes(cyrillic));

    assertThat(skipped(page)).isEqualTo(page + ": not English (0% of the letters are Latin)");
  }

  @Test
  void deeplyNestedHtmlFileIsRead() throws IOException {
    int depth = 100_000;
    Path page = Files.writeString(folder.resolve("deep.htm"),
        "<!doctype html><title>Deep</title>" + "<div>".repeat(depth) + "<p>" + LEDE + "</p>");

    assertThat(read(page).onlyArticle().text()).isEqualTo(LEDE);
  }

  @Test
  void standardInputStartingWithADoctypeIsHtml() {
    TestingArticleSink sink = new TestingArticleSink();
    new ArticleReaders(new ByteArrayInputStream(HtmlPageReaderTest.NEWS_PAGE.getBytes(UTF_8))).read("-", ReadOptions.none(), sink);

    assertThat(sink.onlyArticle().source()).isEqualTo("Harbour Ledger");
  }

  @Test
  void aFolderIsReadFileByFileAndABadFileIsOneSkip() throws IOException {
    Files.writeString(folder.resolve("a-page.html"), HtmlPageReaderTest.NEWS_PAGE);
    Files.write(folder.resolve("b-crawl.warc.gz"), WarcFileReaderTest.crawl(true).bytes());
    Files.write(folder.resolve("c-broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    Files.createDirectories(folder.resolve("d-more"));
    Files.writeString(folder.resolve("d-more/e-story.txt"), "Pier closed\n\n" + LEDE + "\n");
    Files.writeString(folder.resolve("f-notes.pdf"), "not an article file");
    Files.writeString(folder.resolve(".hidden.txt"), "not read");

    TestingArticleSink sink = read(folder);

    assertThat(sink.articles()).extracting(Article::title)
        .containsExactly("Border talks stall as Ruritania walks out", "Port strike begins", "Second round of talks", "Budget rejected", "Pier closed");
    assertThat(sink.skipped()).singleElement().extracting(Throwable::getMessage).asString()
        .startsWith(folder.resolve("c-broken.jsonl.gz") + ": ");
  }

  @Test
  void aFolderWithoutArticleFilesIsAnError() throws IOException {
    Files.writeString(folder.resolve("notes.pdf"), "nothing to read");

    assertThat(problem(folder)).startsWith("folder has no article files (.txt .text .jsonl");
  }

  private Path bigFile(String name, String before, String after) throws IOException {
    Path file = folder.resolve(name);
    byte[] chunk = "the pier ".repeat(1 << 16).getBytes(UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(before.getBytes(UTF_8));
      for (long written = 0; written < 50L << 20; written += chunk.length) {
        out.write(chunk);
      }
      out.write(after.getBytes(UTF_8));
    }
    return file;
  }

  private TestingArticleSink read(Path file) {
    return read(file, ReadOptions.none());
  }

  private TestingArticleSink read(Path file, ReadOptions options) {
    TestingArticleSink sink = new TestingArticleSink();
    readers.read(file.toString(), options, sink);
    return sink;
  }

  private String skipped(Path file) {
    TestingArticleSink sink = read(file);
    assertThat(sink.articles()).isEmpty();
    assertThat(sink.skipped()).hasSize(1);
    return sink.skipped().get(0).getMessage();
  }

  private String problem(Path file) {
    ParleyInputException problem =
        catchThrowableOfType(ParleyInputException.class, () -> readers.read(file.toString(), ReadOptions.none(), new TestingArticleSink()));
    assertThat(problem).as("a ParleyInputException for " + file).isNotNull();
    assertThat(problem.file()).isEqualTo(file.toString());
    return problem.reason();
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    return bytes.toByteArray();
  }
}
