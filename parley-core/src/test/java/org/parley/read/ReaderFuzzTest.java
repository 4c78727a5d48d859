package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/**
 * Fuzzing the readers: arbitrary bytes, strings, HTML trees, JSON lines and damaged WARC files never
 * raise anything but {@link ParleyInputException}, always end, and give only articles with text and
 * without markup. Sizes are bounded so the suite stays fast; the number of inputs tried is printed.
 */
class ReaderFuzzTest {
  private static final Map<String, AtomicInteger> TRIED = new LinkedHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Words of the visible text; nothing else may reach an article. */
  private static final List<String> WORDS =
      List.of("the", "minister", "said", "talks", "would", "resume", "in", "Geneva", "after", "troops", "were",
          "withdrawn", "from", "border", "and", "of", "to", "a", "Ruritania", "accused", "its", "neighbour",
          "caf\u00e9", "\u0645\u064a\u0646\u0627\u0621", "\u041c\u043e\u0441\u043a\u0432\u0430", "2025", "police", "on", "Tuesday");

  /** Put only where the page hides it: in scripts, styles, attributes and handlers. */
  private static final String HIDDEN = "hiddenmarker";

  @Property(tries = 400)
  void arbitraryBytesUnderAnyNameGiveArticlesWithTextOrAnInputError(
      @ForAll @Size(max = 3000) byte[] bytes, @ForAll("fileNames") String name, @ForAll boolean gzipped) throws IOException {
    count("arbitrary byte inputs");
    byte[] content = gzipped && name.endsWith(".gz") ? gzip(bytes) : bytes;
    for (Article article : readFile(name, content)) {
      assertThat(article.text()).isNotBlank();
    }
  }

  @Property(tries = 400)
  void arbitraryStringsOnStandardInputGiveArticlesWithTextOrAnInputError(@ForAll @Size(max = 2000) String text) {
    count("arbitrary strings");
    TestingArticleSink sink = new TestingArticleSink();
    try {
      new ArticleReaders(new ByteArrayInputStream(text.getBytes(UTF_8))).read("-", ReadOptions.none(), sink);
    } catch (ParleyInputException expected) {
      // bad input is allowed to be bad
    }
    for (Article article : sink.articles()) {
      assertThat(article.text()).isNotBlank();
    }
  }

  @Property(tries = 400)
  void randomHtmlTreesGiveOnlyVisibleWordsNeverMarkupOrScripts(@ForAll("htmlPages") String html) throws IOException {
    count("random HTML trees");
    List<Article> articles = readFile("page.html", html.getBytes(UTF_8));
    if (!articles.isEmpty()) {
      count("of them giving an article");
    }
    for (Article article : articles) {
      assertThat(article.text()).isNotBlank().doesNotContain("<", ">", HIDDEN);
      for (String token : (article.title() + " " + article.text()).split("\\s+")) {
        if (!token.isEmpty()) {
          assertThat(WORDS).as("token %s of %s", token, article.text()).contains(token);
        }
      }
    }
  }

  @Property(tries = 300)
  void everyJsonLineIsAnArticleOrASkip(@ForAll("jsonLines") List<String> lines) throws IOException {
    count("random JSON Lines files");
    String content = String.join("\n", lines) + "\n";
    TestingArticleSink sink = new TestingArticleSink();
    Path file = Files.createTempFile("fuzz", ".jsonl");
    try {
      Files.writeString(file, content);
      new ArticleReaders().read(file.toString(), ReadOptions.none(), sink);
    } catch (ParleyInputException wholeFile) {
      return; // e.g. the sample looks binary: one clear error for the file
    } finally {
      Files.delete(file);
    }
    TRIED.computeIfAbsent("lines in them", key -> new AtomicInteger()).addAndGet(lines.size());
    assertThat(sink.articles().size() + sink.skipped().size()).isEqualTo(lines.stream().filter(line -> !line.isBlank()).count());
    for (Article article : sink.articles()) {
      assertThat(article.text()).isNotBlank();
    }
  }

  @Property(tries = 200)
  void damagedWarcFilesAreReadUpToAndPastTheDamage(@ForAll boolean gzip, @ForAll("damage") List<int[]> damage) throws IOException {
    count("damaged WARC files");
    byte[] bytes = WarcFileReaderTest.crawl(gzip).bytes();
    for (int[] change : damage) {
      int position = Math.floorMod(change[0], bytes.length);
      bytes[position] = (byte) change[1];
    }
    List<Article> articles = readFile(gzip ? "crawl.warc.gz" : "crawl.warc", bytes);
    TRIED.computeIfAbsent("articles from them", key -> new AtomicInteger()).addAndGet(articles.size());
    assertThat(articles).hasSizeLessThanOrEqualTo(3);
    for (Article article : articles) {
      // No markup check here: a damaged tag ("<\0rticle>", "<\0/title>") is text to an HTML parser, as to a
      // browser. The random HTML trees check that intact markup never reaches the text.
      assertThat(article.text()).isNotBlank();
    }
  }

  @AfterContainer
  static void printInputsTried() {
    StringBuilder line = new StringBuilder("ReaderFuzzTest inputs tried:");
    TRIED.forEach((kind, count) -> line.append(' ').append(count.get()).append(' ').append(kind).append(','));
    System.out.println(line.substring(0, line.length() - 1));
  }

  @Provide
  Arbitrary<String> fileNames() {
    return Arbitraries.of("a.txt", "a.jsonl", "a.json", "a.html", "a.warc", "a.warc.gz", "a.jsonl.gz", "a.txt.gz", "a.html.gz", "a");
  }

  @Provide
  Arbitrary<List<int[]>> damage() {
    return Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 255))
        .as((position, value) -> new int[] {position, value})
        .list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> htmlPages() {
    return element(5).map(body -> "<!DOCTYPE html><html><head><title>"
        + "the talks</title><script>var " + HIDDEN + " = 1;</script></head><body>" + body + "</body></html>");
  }

  private Arbitrary<String> element(int depth) {
    Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
    if (depth == 0) {
      return text;
    }
    Arbitrary<String> tag = Arbitraries.of("div", "p", "span", "a", "article", "main", "nav", "footer", "aside", "li", "ul",
        "h1", "h2", "section", "b", "table", "td", "tr", "form", "button", "blockquote", "em", "time");
    Arbitrary<String> attributes = Arbitraries.of("", " class=\"share-bar\"", " class=\"story\"", " id=\"comments\"",
        " onclick=\"" + HIDDEN + "()\"", " style=\"color:red\"", " hidden", " data-x=\"" + HIDDEN + "\"", " href=\"/" + HIDDEN + "\"");
    Arbitrary<String> child = Arbitraries.lazyOf(
        () -> text,
        () -> text,
        () -> element(depth - 1),
        () -> Arbitraries.just("<script>document.write('" + HIDDEN + "')</script>"),
        () -> Arbitraries.just("<style>." + HIDDEN + " {}</style>"),
        () -> Arbitraries.just("<br>"),
        () -> Arbitraries.just("<!-- " + HIDDEN + " -->"));
    return Combinators.combine(tag, attributes, child.list().ofMaxSize(4), Arbitraries.of(true, true, false))
        .as((name, attribute, children, closed) ->
            "<" + name + attribute + ">" + String.join(" ", children) + (closed ? "</" + name + ">" : ""));
  }

  @Provide
  Arbitrary<List<String>> jsonLines() {
    Arbitrary<Object> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40), Arbitraries.integers(), Arbitraries.just(true), Arbitraries.just(null),
        Arbitraries.of("2025-04-03", "3 April 2025", "not a date", ""),
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(20).map(words -> String.join(" ", words)));
    Arbitrary<Object> value = Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(list -> (Object) list));
    Arbitrary<String> object = Arbitraries.maps(Arbitraries.of("id", "text", "title", "date", "source", "url", "extra"), value)
        .ofMaxSize(6)
        .map(ReaderFuzzTest::json);
    Arbitrary<String> garbage = Arbitraries.strings().withCharRange(' ', '~').withChars("\u00e9\u0645\u2028\t").ofMaxLength(60);
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, object), net.jqwik.api.Tuple.of(2, garbage), net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    String first = json(Map.of("id", "first", "text", "The talks would resume in Geneva."));
    return line.list().ofMaxSize(12).map(lines -> {
      List<String> all = new ArrayList<>();
      all.add(first);
      all.addAll(lines);
      return all;
    });
  }

  private static String json(Map<String, Object> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Article> readFile(String name, byte[] content) throws IOException {
    Path folder = Files.createTempDirectory("fuzz");
    Path file = folder.resolve(name);
    TestingArticleSink sink = new TestingArticleSink();
    try {
      Files.write(file, content);
      new ArticleReaders().read(file.toString(), ReadOptions.none(), sink);
    } catch (ParleyInputException expected) {
      // bad input is allowed to be bad
    } finally {
      Files.delete(file);
      Files.delete(folder);
    }
    return sink.articles();
  }


  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  private static void count(String kind) {
    synchronized (TRIED) {
      TRIED.computeIfAbsent(kind, key -> new AtomicInteger()).incrementAndGet();
    }
  }

}
