package org.parley.read;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the news pages of a WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per
 * record, as crawlers write them): every {@code response} record holding an HTTP 200 with an HTML
 * payload, and every {@code resource} record of type HTML, becomes an article through
 * {@link HtmlPageReader}.
 *
 * <p>The url is the record's {@code WARC-Target-URI}; the date is the page's own publication date,
 * else the day of {@code WARC-Date}; the id is derived from the {@code WARC-Record-ID}, so the same
 * file always gives the same ids. Command-line options fill in only what a record lacks, as for JSON
 * Lines. Other records (requests, metadata, redirects, images, revisits) are counted and skipped
 * silently; the count is logged. A page without article text is counted the same way, since crawls
 * are full of index pages. A corrupt or truncated record is skipped with a warning naming its byte
 * offset; reading goes on at the next record start found after it (the next gzip member, or the next
 * {@code WARC/} line), so the records before and after it are still read.
 */
final class WarcFileReader {
  private static final Logger LOG = LoggerFactory.getLogger(WarcFileReader.class);

  /** A larger payload is not one news page; it is skipped without being held in memory. */
  static final int MAX_PAGE_BYTES = HtmlFileReader.MAX_PAGE_BYTES;

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  private static final Set<String> DECODABLE = Set.of("", "identity", "none", "gzip", "x-gzip", "deflate");
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/".getBytes(US_ASCII);

  private final String name;
  private final ReadOptions options;
  private final ArticleSink sink;
  private int records;
  private int articles;
  private int ignored;
  private int broken;
  private final java.util.Set<String> emitted = new java.util.HashSet<>();

  private WarcFileReader(String name, ReadOptions options, ArticleSink sink) {
    this.name = name;
    this.options = options;
    this.sink = sink;
  }

  static void read(String name, Path file, ReadOptions options, ArticleSink sink) throws IOException {
    new WarcFileReader(name, options, sink).readAll(file);
  }

  private void readAll(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      boolean gzip = startsWith(channel, 0, GZIP_MAGIC);
      if (!gzip && !startsWith(channel, 0, "WARC/".getBytes(US_ASCII))) {
        throw new ParleyInputException(name, "not a WARC file (it does not start with a WARC/1.x record)");
      }
      long start = 0;
      while (start >= 0) {
        channel.position(start);
        long next = readFrom(channel, gzip);
        // A resync never goes back: damage near the end must not make the reader start over.
        start = next > start ? next : -1;
      }
    }
    LOG.info(
        "{}: {} WARC records, {} articles, {} skipped as not HTML pages with text, {} corrupt",
        name, records, articles, ignored, broken);
  }

  /** Reads records from the channel's position; returns where to go on after a corrupt one, or -1 at the end. */
  private long readFrom(FileChannel channel, boolean gzip) throws IOException {
    WarcReader reader;
    try {
      reader = new WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      broken++;
      warn(channel.position(), e);
      return -1;
    }
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        return resync(channel, reader.position(), gzip, e);
      }
      if (next.isEmpty()) {
        return -1;
      }
      records++;
      long offset = reader.position();
      try {
        page(next.get(), offset);
      } catch (IOException | RuntimeException e) {
        if (e instanceof ParleyInputException problem) {
          throw problem;
        }
        return resync(channel, offset, gzip, e);
      }
    }
  }

  private long resync(FileChannel channel, long offset, boolean gzip, Exception cause) throws IOException {
    broken++;
    warn(offset, cause);
    long next = find(channel, offset + 1, gzip ? GZIP_MAGIC : WARC_LINE);
    return next < 0 ? -1 : gzip ? next : next + 1;
  }

  private void warn(long offset, Exception cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    sink.skip(
        new ParleyInputException(
            name, "corrupt or truncated WARC record at byte offset " + offset + ": " + oneLine(detail)));
  }

  private void page(WarcRecord record, long offset) throws IOException {
    Optional<Payload> payload = payload(record);
    if (payload.isEmpty()) {
      ignored++;
      return;
    }
    String target = headerOf(record, "WARC-Target-URI");
    byte[] bytes = payload.get().body.stream().readNBytes(MAX_PAGE_BYTES + 1);
    String where = "record at byte offset " + offset + " (" + oneLine(target) + ")";
    if (bytes.length > MAX_PAGE_BYTES) {
      sink.skip(new ParleyInputException(name, where + ": HTML page is larger than " + MAX_PAGE_BYTES + " bytes"));
      return;
    }
    HtmlPageReader.Page page = HtmlPageReader.parse(bytes, payload.get().charset, target);
    if (page.text().isBlank()) {
      ignored++;
      return;
    }
    if (page.text().length() > options.maxArticleChars()) {
      sink.skip(
          new ParleyInputException(name, where + ": article is longer than " + options.maxArticleChars() + " characters"));
      return;
    }
    Optional<String> notEnglish = EnglishText.whyNotEnglish(page.title() + "\n" + page.text());
    if (notEnglish.isPresent()) {
      sink.skip(new ParleyInputException(name, where + ": " + notEnglish.get()));
      return;
    }
    LocalDate published = page.published() != null ? page.published() : crawled(record).orElse(options.date());
    String url = !target.isEmpty() ? target : !page.url().isEmpty() ? page.url() : options.url();
    String source = page.source().isEmpty() ? options.source() : page.source();
    String recordId = headerOf(record, "WARC-Record-ID");
    String id = ArticleIds.derive("warc", recordId.isEmpty() ? target + "\n" + offset : recordId);
    if (!emitted.add(id)) {
      // A record read again after resyncing over damage is the same article, given once.
      return;
    }
    articles++;
    sink.accept(Datelines.taken(new Article(id, page.title(), source, url, published, page.text())));
  }

  private static String headerOf(WarcRecord record, String header) {
    return record.headers().first(header).orElse("").strip();
  }

  /** The day of the record's WARC-Date, read leniently: a bad date is not a reason to lose the page. */
  private static Optional<LocalDate> crawled(WarcRecord record) {
    try {
      return Optional.of(LocalDate.ofInstant(record.date(), ZoneOffset.UTC));
    } catch (RuntimeException e) {
      return PublicationDates.parse(headerOf(record, "WARC-Date"));
    }
  }

  private record Payload(MessageBody body, String charset) {}

  /** The HTML of a 200 response or an HTML resource record; empty for every other record. */
  private static Optional<Payload> payload(WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return Optional.empty();
      }
      HttpResponse http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        return Optional.empty();
      }
      List<String> encodings = http.headers().all("Content-Encoding");
      String encoding = encodings.isEmpty() ? "" : encodings.get(0).strip().toLowerCase(Locale.ROOT);
      if (encodings.size() > 1 || !DECODABLE.contains(encoding)) {
        return Optional.empty();
      }
      return Optional.of(new Payload(http.bodyDecoded(), charset(http.contentType())));
    }
    if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      return Optional.of(new Payload(resource.body(), charset(resource.contentType())));
    }
    return Optional.empty();
  }

  private static boolean isHtml(MediaType type) {
    return HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
  }

  /** The declared charset when Java knows it; empty lets the HTML parser read it from the page. */
  private static String charset(MediaType type) {
    String declared = type.parameters().getOrDefault("charset", "").strip();
    try {
      return !declared.isEmpty() && Charset.isSupported(declared) ? declared : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean startsWith(FileChannel channel, long position, byte[] prefix) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(prefix.length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        return false;
      }
    }
    return java.util.Arrays.equals(buffer.array(), prefix);
  }

  /** The offset of the first occurrence of {@code marker} at or after {@code from}, or -1. */
  private static long find(FileChannel channel, long from, byte[] marker) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long position = from;
    long size = channel.size();
    while (position < size) {
      buffer.clear();
      int count = channel.read(buffer, position);
      if (count <= 0) {
        return -1;
      }
      byte[] bytes = buffer.array();
      for (int index = 0; index + marker.length <= count; index++) {
        if (matches(bytes, index, marker)) {
          return position + index;
        }
      }
      if (position + count >= size) {
        return -1;
      }
      // Overlap by the marker's length so a marker across two reads is still found.
      position += Math.max(1, count - marker.length + 1);
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int index, byte[] marker) {
    for (int offset = 0; offset < marker.length; offset++) {
      if (bytes[index + offset] != marker[offset]) {
        return false;
      }
    }
    return true;
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
