package org.parley.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

/**
 * Reads one article from an HTML file ({@code .html}, {@code .htm}) through {@link HtmlPageReader}.
 * As for plain text, the command-line options override what the page says.
 */
final class HtmlFileReader {
  /** A larger file is not one news page (pages run to a few hundred kilobytes); it is skipped unread. */
  static final int MAX_PAGE_BYTES = 16 << 20;

  private HtmlFileReader() {}

  static void read(String name, InputStream input, ReadOptions options, ArticleSink sink) throws IOException {
    byte[] bytes = input.readNBytes(MAX_PAGE_BYTES + 1);
    if (bytes.length > MAX_PAGE_BYTES) {
      sink.skip(new ParleyInputException(name, "HTML page is larger than " + MAX_PAGE_BYTES + " bytes"));
      return;
    }
    HtmlPageReader.Page page = HtmlPageReader.parse(bytes, "", options.url());
    if (page.text().isBlank()) {
      throw new ParleyInputException(name, "no article text found in the HTML page");
    }
    if (page.text().length() > options.maxArticleChars()) {
      sink.skip(new ParleyInputException(name, "article is longer than " + options.maxArticleChars() + " characters"));
      return;
    }
    Optional<String> notEnglish = EnglishText.whyNotEnglish(page.title() + "\n" + page.text());
    if (notEnglish.isPresent()) {
      sink.skip(new ParleyInputException(name, notEnglish.get()));
      return;
    }
    sink.accept(Datelines.taken(
        new Article(
            ArticleIds.derive(page.title(), page.text()),
            page.title(),
            options.source().isEmpty() ? page.source() : options.source(),
            options.url().isEmpty() ? page.url() : options.url(),
            options.date() != null ? options.date() : page.published(),
            page.text())));
  }
}
