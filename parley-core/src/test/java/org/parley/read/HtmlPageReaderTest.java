package org.parley.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTest {
  static final String NEWS_PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head>
      <meta charset="utf-8">
      <title>Border talks stall again | Harbour Ledger</title>
      <meta property="og:site_name" content="Harbour Ledger">
      <meta property="og:title" content="Border talks stall as Ruritania walks out">
      <meta property="article:published_time" content="2025-05-14T08:30:00+02:00">
      <link rel="canonical" href="https://ledger.example/world/border-talks">
      <script>window.tracker = "Russia attacked everyone";</script>
      <style>p { color: red }</style>
      </head>
      <body class="page has-sidebar">
      <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
      <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
      <main>
      <article>
        <h1>Border talks stall as Ruritania walks out</h1>
        <p class="byline">By Mara Quill</p>
        <p>Ruritania's delegation left the border talks in Geneva on Tuesday, accusing its neighbour of moving troops to the frontier.</p>
        <div class="share-tools"><a href="#">Share on social media</a> Share this story</div>
        <p>The foreign minister said the talks would not resume until the troops were withdrawn.<br>Officials in the capital declined to comment.</p>
        <p onclick="alert('the click handler must never be text')">Mediators from the United Nations urged both sides to return to the table.</p>
        <script>document.write("Nobody should read this script");</script>
        <figure><img src="x.jpg"><figcaption>Delegates in Geneva. Photo: Wire</figcaption></figure>
        <p>READ MORE: Ruritania recalls its ambassador</p>
        <aside class="related"><h3>Related</h3><ul><li><a href="/a">An older story about the border</a></li></ul></aside>
      </article>
      <section id="comments"><p>Comment from a reader who thinks everything is fake.</p></section>
      </main>
      <footer><p>Copyright 2025 Harbour Ledger. All rights reserved.</p></footer>
      </body></html>
      """;

  @Test
  void extractsTitleDateOutletUrlAndParagraphsOfANewsPage() {
    HtmlPageReader.Page page = HtmlPageReader.parse(NEWS_PAGE.getBytes(UTF_8), "", "");

    assertThat(page.title()).isEqualTo("Border talks stall as Ruritania walks out");
    assertThat(page.source()).isEqualTo("Harbour Ledger");
    assertThat(page.url()).isEqualTo("https://ledger.example/world/border-talks");
    assertThat(page.published()).isEqualTo(LocalDate.of(2025, 5, 14));
    assertThat(page.text())
        .isEqualTo(
            "Ruritania's delegation left the border talks in Geneva on Tuesday, accusing its neighbour of moving"
                + " troops to the frontier.\n\n"
                + "The foreign minister said the talks would not resume until the troops were withdrawn.\n\n"
                + "Officials in the capital declined to comment.\n\n"
                + "Mediators from the United Nations urged both sides to return to the table.");
  }

  @Test
  void scriptsStylesAndEventHandlersNeverReachTheText() {
    String text = HtmlPageReader.parse(NEWS_PAGE.getBytes(UTF_8), "", "").text();

    assertThat(text)
        .doesNotContain("tracker", "Nobody should read", "alert", "color: red", "cookies", "Share", "Comment",
            "Copyright", "Home", "READ MORE", "older story", "Photo", "By Mara Quill");
  }

  @Test
  void titleFallsBackToTheTitleElementLessTheOutletThenToTheFirstHeading() {
    String withTitle =
        "<html><head><title>Harbour strike ends | Harbour Ledger</title></head><body><p>Dock workers returned.</p></body></html>";
    String withHeading = "<html><body><h1>Harbour strike ends</h1><p>Dock workers returned.</p></body></html>";

    assertThat(HtmlPageReader.parse(withTitle, "").title()).isEqualTo("Harbour strike ends");
    assertThat(HtmlPageReader.parse(withHeading, "").title()).isEqualTo("Harbour strike ends");
    assertThat(HtmlPageReader.parse(withHeading, "").text()).isEqualTo("Dock workers returned.");
  }

  @Test
  void readsTheDateFromJsonLdOrTimeElementAndLeavesItUnsetWhenThePageHasNone() {
    String jsonLd =
        """
        <html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "datePublished": "2024-11-02T17:05:00Z",
         "publisher": {"@type": "Organization", "name": "Valley Courier"}}]}
        </script></head><body><p>The council voted to close the bridge.</p></body></html>
        """;
    String time = "<html><body><article><time datetime=\"2023-01-09\">9 Jan</time><p>The council met.</p></article></body></html>";
    String none = "<html><body><p>The council met on an unknown day.</p></body></html>";

    assertThat(HtmlPageReader.parse(jsonLd, "").published()).isEqualTo(LocalDate.of(2024, 11, 2));
    assertThat(HtmlPageReader.parse(jsonLd, "").source()).isEqualTo("Valley Courier");
    assertThat(HtmlPageReader.parse(time, "").published()).isEqualTo(LocalDate.of(2023, 1, 9));
    assertThat(HtmlPageReader.parse(none, "").published()).isNull();
  }

  @Test
  void linkListsAreDroppedByTheirLinkDensity() {
    String html =
        "<html><body><div><a href=/1>World</a> | <a href=/2>Politics</a> | <a href=/3>Business</a></div>"
            + "<div>Farmers blocked the highway near the capital, <a href=/p>police said</a>.</div></body></html>";

    assertThat(HtmlPageReader.parse(html, "").text()).isEqualTo("Farmers blocked the highway near the capital, police said.");
  }

  @Test
  void readsTheCharsetTheMetaTagNames() {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>The caf\u00e9 in S\u00e3o Paulo reopened.</p></body></html>";

    assertThat(HtmlPageReader.parse(html.getBytes(ISO_8859_1), "", "").text()).isEqualTo("The caf\u00e9 in S\u00e3o Paulo reopened.");
  }

  @Test
  void aWrapperNamedLikeFurnitureStillGivesItsText() {
    String html = "<html><body><div id=\"content-with-sidebar\"><p>The ministry published the figures.</p></div></body></html>";

    assertThat(HtmlPageReader.parse(html, "").text()).isEqualTo("The ministry published the figures.");
  }

  @Test
  void deeplyNestedDivsDoNotOverflowTheStack() {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth) + "<p>Deep inside, the envoy arrived.</p>" + "</div>".repeat(depth) + "</body></html>";

    HtmlPageReader.Page page = HtmlPageReader.parse(html.getBytes(UTF_8), "", "");

    assertThat(page.text()).isEqualTo("Deep inside, the envoy arrived.");
  }
}
