package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC files for tests, keeping each record's byte offset so tests can break one. */
final class TestingWarcFiles {
  static final Instant CRAWLED = Instant.parse("2025-06-02T11:00:00Z");

  private final boolean gzip;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final WarcWriter writer;
  final List<Long> offsets = new ArrayList<>();

  TestingWarcFiles(boolean gzip) {
    this.gzip = gzip;
    try {
      writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestingWarcFiles response(String url, int status, String contentType, String body) {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(contentType), body.getBytes(UTF_8))
        .build();
    try {
      return write(new WarcResponse.Builder(URI.create(url))
          .recordId(UUID.nameUUIDFromBytes(url.getBytes(UTF_8)))
          .date(CRAWLED)
          .body(http)
          .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestingWarcFiles request(String url) {
    try {
      HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).build();
      return write(new WarcRequest.Builder(URI.create(url)).date(CRAWLED).body(http).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestingWarcFiles write(WarcRecord record) {
    try {
      offsets.add(writer.position());
      writer.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  byte[] bytes() {
    return bytes.toByteArray();
  }

  boolean gzip() {
    return gzip;
  }

  static String page(String title, String date, String... paragraphs) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title>");
    if (!date.isEmpty()) {
      html.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
    }
    html.append("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(title).append("</h1>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }
}
