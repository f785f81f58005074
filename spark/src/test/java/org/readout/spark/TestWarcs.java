package org.readout.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes WARC.gz files for the tests: the project's sample articles as crawled HTML pages. */
final class TestWarcs {
  static final Instant CRAWLED = Instant.parse("2025-12-20T08:00:00Z");
  static final String HOST = "https://wire.readout.example/";

  private TestWarcs() {}

  /** Every sample article (text files, the HTML page, each JSON line) as an HTML 200 response. */
  static List<WarcResponse> samplePages(Path samples) throws IOException {
    List<WarcResponse> pages = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(samples)) {
      files = listed.sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String content = Files.readString(f, StandardCharsets.UTF_8);
      if (name.endsWith(".txt")) {
        int split = content.indexOf("\n\n");
        String title = content.substring(0, split).strip();
        pages.add(
            page(HOST + name.replace(".txt", ""), html(title, null, content.substring(split))));
      } else if (name.endsWith(".html")) {
        pages.add(page(HOST + name.replace(".html", ""), content));
      } else if (name.endsWith(".jsonl")) {
        pages.addAll(jsonlPages(f));
      }
    }
    return pages;
  }

  /** Each line of a JSON Lines file ({@code url}, {@code title}, {@code date}, {@code text}). */
  static List<WarcResponse> jsonlPages(Path file) throws IOException {
    List<WarcResponse> pages = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = json.readTree(line);
      pages.add(
          page(
              o.get("url").asText(),
              html(o.get("title").asText(), o.get("date").asText(), o.get("text").asText())));
    }
    return pages;
  }

  /** A minimal article page: title, an optional published date, one paragraph per text block. */
  static String html(String title, @Nullable String date, String text) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    b.append("<title>").append(escape(title)).append("</title>");
    if (date != null) {
      b.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
    }
    b.append("</head><body><article><h1>").append(escape(title)).append("</h1>\n");
    for (String paragraph : text.strip().split("\n\\s*\n")) {
      b.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
    }
    return b.append("</article></body></html>\n").toString();
  }

  static WarcResponse page(String uri, String html) {
    return response(uri, 200, html.getBytes(StandardCharsets.UTF_8));
  }

  static WarcResponse response(String uri, int status, byte[] body) {
    byte[] head =
        ("HTTP/1.1 "
                + status
                + " Status\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] http = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    try {
      return new WarcResponse.Builder(URI.create(uri))
          .date(CRAWLED)
          .body(MediaType.HTTP_RESPONSE, http)
          .build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(uri + ": " + e.getMessage(), e);
    }
  }

  /** Writes the records as one gzip member each, as Common Crawl does. */
  static void write(Path file, List<? extends WarcRecord> records) throws IOException {
    try (FileChannel out =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
      for (WarcRecord r : records) {
        writer.write(r);
      }
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
