package org.parley.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts one news article from an HTML page: its metadata from the page's head and its body text
 * from the part of the page that holds the article.
 *
 * <p>Metadata: the title from {@code og:title}, else {@code <title>} (less a trailing "| Outlet"), else
 * the first {@code <h1>}; the date from {@code article:published_time} and similar meta tags, JSON-LD
 * {@code datePublished}, or the first {@code <time datetime>}; the outlet from {@code og:site_name} or
 * the JSON-LD publisher; the url from {@code <link rel=canonical>} or {@code og:url}.
 *
 * <p>Body: the content root is {@code [itemprop=articleBody]}, else the {@code <article>} with the
 * most text, else {@code <main>}, else {@code <body>}. Inside it, scripts, styles, forms, navigation,
 * header, footer, asides, figures and every element whose class or id names page furniture (share,
 * related, comment, cookie, newsletter, ad, ...) are dropped. The rest is cut into blocks at block
 * elements ({@code p}, {@code div}, {@code li}, {@code h2}, {@code br}, ...); a block is kept when
 * at most half of its text is link text (the text-density rule that drops menus and link lists) and it
 * is not a "READ MORE" or "Subscribe" line. Each kept block is one paragraph of the text, and
 * paragraphs are separated by a blank line, as {@link PlainTextReader} hands them on.
 *
 * <p>Only text nodes reach the text: script and style content, attributes and event handlers never do,
 * and nothing is executed. Every walk over the tree is iterative, so deep nesting cannot overflow the
 * stack.
 */
final class HtmlPageReader {
  /** The page as found: what the HTML says; empty strings and a null date where it says nothing. */
  record Page(String title, String source, String url, LocalDate published, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CANDIDATES = 20;

  private static final Set<String> DROPPED_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
          "video", "audio", "form", "button", "input", "select", "option", "textarea", "label", "nav",
          "header", "footer", "aside", "figure", "figcaption", "menu", "dialog", "title", "xmp",
          "plaintext", "noembed", "noframes", "head", "link", "meta");

  /** Roots of the page that are never dropped for their class names ("page has-sidebar"). */
  private static final Set<String> KEPT_TAGS = Set.of("html", "body", "main", "article");

  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "share", "sharing", "social", "related", "comment", "comments", "cookie", "cookies", "consent",
          "gdpr", "newsletter", "subscribe", "subscription", "signup", "promo", "advert", "advertisement",
          "ad", "ads", "sponsored", "sidebar", "breadcrumb", "breadcrumbs", "menu", "nav", "navbar",
          "navigation", "popup", "modal", "recommended", "recommendations", "outbrain", "taboola", "footer",
          "masthead", "tags", "paywall", "byline", "author", "caption", "toolbar", "skip");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd",
          "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "br", "hr", "center", "address",
          "details", "summary", "body");

  private static final Set<String> ROLES_DROPPED =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu");

  private static final Pattern CLASS_SEPARATOR = Pattern.compile("[\\s_\\-]+");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—]{1,60}$");

  private static final String[] DATE_META =
      new String[] {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]",
        "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[property=og:published_time]"
      };

  private HtmlPageReader() {}

  /**
   * Parses a page from its bytes: in {@code charset} when one is given (an HTTP header's), else in the
   * charset its byte-order mark or {@code <meta charset>} names, else UTF-8. Bytes that are not valid in
   * that charset become U+FFFD: web pages are often slightly broken, and one bad byte should not lose
   * the article.
   */
  static Page parse(byte[] bytes, String charset, String baseUrl) {
    try {
      return extract(Jsoup.parse(new ByteArrayInputStream(bytes), charset.isEmpty() ? null : charset, baseUrl));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array", e);
    }
  }

  /** Parses a page already decoded to text. */
  static Page parse(String html, String baseUrl) {
    return extract(Jsoup.parse(html, baseUrl));
  }

  static Page extract(Document document) {
    String source = firstNonEmpty(meta(document, "meta[property=og:site_name]"), jsonLdPublisher(document));
    String title = title(document, source);
    String url =
        firstNonEmpty(
            attribute(document, "link[rel=canonical]", "abs:href"),
            attribute(document, "meta[property=og:url]", "abs:content"));
    LocalDate published = publicationDate(document).orElse(null);
    Element root = contentRoot(document);
    List<String> paragraphs = paragraphs(root, title, true);
    if (paragraphs.isEmpty()) {
      // A wrapper named like furniture ("content-with-sidebar") may hold the whole article.
      paragraphs = paragraphs(root, title, false);
    }
    return new Page(title, source, url, published, String.join("\n\n", paragraphs));
  }

  private static String title(Document document, String source) {
    String title = meta(document, "meta[property=og:title]");
    if (title.isEmpty()) {
      Element element = document.head().selectFirst("title");
      title = element == null ? "" : clean(element.text());
      if (!title.isEmpty()) {
        // "Envoy visits Washington | Parley Wire": the outlet is not part of the title.
        var suffix = TITLE_SUFFIX.matcher(title);
        if (suffix.find()
            && (title.substring(suffix.start()).contains(source.isEmpty() ? "|" : source))) {
          title = title.substring(0, suffix.start()).strip();
        }
      }
    }
    if (title.isEmpty()) {
      Element heading = document.body().selectFirst("h1");
      title = heading == null ? "" : clean(heading.text());
    }
    return title;
  }

  private static Optional<LocalDate> publicationDate(Document document) {
    for (String query : DATE_META) {
      Optional<LocalDate> date = PublicationDates.parse(meta(document, query));
      if (date.isPresent()) {
        return date;
      }
    }
    Optional<LocalDate> fromJsonLd = PublicationDates.parse(jsonLdField(document, "datePublished"));
    if (fromJsonLd.isPresent()) {
      return fromJsonLd;
    }
    for (Element time : document.select("time[datetime]")) {
      Optional<LocalDate> date = PublicationDates.parse(time.attr("datetime"));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static String jsonLdPublisher(Document document) {
    for (JsonNode node : jsonLd(document)) {
      JsonNode publisher = node.get("publisher");
      if (publisher != null && publisher.path("name").isTextual()) {
        return clean(publisher.path("name").textValue());
      }
    }
    return "";
  }

  private static String jsonLdField(Document document, String field) {
    for (JsonNode node : jsonLd(document)) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) {
        return value.textValue();
      }
    }
    return "";
  }

  /** Every JSON object in the page's JSON-LD blocks, breadth first, without recursion. */
  private static List<JsonNode> jsonLd(Document document) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : document.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException | RuntimeException e) {
        continue; // A broken JSON-LD block is the page's problem, not a reason to lose the article.
      }
      Deque<JsonNode> pending = new ArrayDeque<>();
      pending.add(root);
      while (!pending.isEmpty() && objects.size() < 1_000) {
        JsonNode node = pending.poll();
        if (node.isObject()) {
          objects.add(node);
        }
        if (node.isContainerNode()) {
          node.forEach(pending::add);
        }
      }
    }
    return objects;
  }

  private static Element contentRoot(Document document) {
    Element articleBody = largest(document.select("[itemprop=articleBody]"));
    if (articleBody != null) {
      return articleBody;
    }
    Element article = largest(document.select("article"));
    if (article != null) {
      return article;
    }
    Element main = largest(document.select("main, [role=main]"));
    return main != null ? main : document.body();
  }

  private static Element largest(Elements elements) {
    Element best = null;
    int bestLength = 0;
    // Each candidate costs a walk over its subtree; a page with thousands of them is not a news page.
    for (Element element : elements.subList(0, Math.min(elements.size(), MAX_CANDIDATES))) {
      int length = paragraphs(element, "", true).stream().mapToInt(String::length).sum();
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    return best;
  }

  /** The kept blocks of text under {@code root}, in page order; a block equal to the title is dropped. */
  private static List<String> paragraphs(Element root, String title, boolean dropFurniture) {
    BlockCollector collector = new BlockCollector(title, dropFurniture);
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.paragraphs;
  }

  /** Walks the tree once, skipping dropped subtrees, and cuts the text into blocks at block elements. */
  private static final class BlockCollector implements NodeVisitor {
    final List<String> paragraphs = new ArrayList<>();
    private final String title;
    private final boolean dropFurniture;
    private final StringBuilder block = new StringBuilder();
    private int linkChars;
    /** The element whose subtree is being skipped, or null. */
    private Node skipping;
    private int linkDepth;

    BlockCollector(String title, boolean dropFurniture) {
      this.title = title;
      this.dropFurniture = dropFurniture;
    }

    @Override
    public void head(Node node, int depth) {
      if (skipping != null) {
        return;
      }
      if (node instanceof Element element) {
        if (isDropped(element, dropFurniture)) {
          skipping = element;
          return;
        }
        String tag = element.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
        }
        if (tag.equals("a")) {
          linkDepth++;
        }
      } else if (node instanceof TextNode text) {
        String value = text.text();
        if (!value.isEmpty()) {
          block.append(value);
          if (linkDepth > 0) {
            linkChars += value.strip().length();
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (skipping != null) {
        if (node == skipping) {
          skipping = null;
        }
        return;
      }
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        }
        if (BLOCK_TAGS.contains(tag)) {
          flush();
        }
      }
    }

    void flush() {
      String text = clean(block.toString());
      int links = linkChars;
      block.setLength(0);
      linkChars = 0;
      if (text.isEmpty() || links * 2 > text.length() || BoilerplateLines.isBoilerplate(text)) {
        return;
      }
      if (!title.isEmpty() && text.equalsIgnoreCase(title)) {
        return;
      }
      paragraphs.add(text);
    }
  }

  private static boolean isDropped(Element element, boolean dropFurniture) {
    String tag = element.normalName();
    if (DROPPED_TAGS.contains(tag)) {
      return true;
    }
    if (element.hasAttr("hidden")
        || element.attr("aria-hidden").equalsIgnoreCase("true")
        || ROLES_DROPPED.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!dropFurniture || KEPT_TAGS.contains(tag)) {
      return false;
    }
    return namesFurniture(element.className()) || namesFurniture(element.id());
  }

  private static boolean namesFurniture(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String word : CLASS_SEPARATOR.split(names.toLowerCase(Locale.ROOT))) {
      if (FURNITURE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document document, String query) {
    return clean(attribute(document, query, "content"));
  }

  private static String attribute(Document document, String query, String attribute) {
    Element element = document.selectFirst(query);
    return element == null ? "" : element.attr(attribute).strip();
  }

  /** Collapses whitespace (including no-break spaces) and drops control characters. */
  static String clean(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    boolean space = false;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (Character.isWhitespace(character) || Character.isSpaceChar(character)) {
        space = cleaned.length() > 0;
      } else if (!Character.isISOControl(character)) {
        if (space) {
          cleaned.append(' ');
          space = false;
        }
        cleaned.append(character);
      }
    }
    return cleaned.toString();
  }

  private static String firstNonEmpty(String... values) {
    for (String value : values) {
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }
}
