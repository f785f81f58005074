package org.readout.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.ingest.SkipReason;

/**
 * WARC and WARC.gz files written by jwarc's own writer, well-formed and broken (issue 10). The
 * pages are the project's own invented stories.
 */
class WarcFileReaderTest {
  private static final Instant CRAWLED = Instant.parse("2025-05-07T03:20:00Z");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  static final String STORY =
      "<html><head><title>Bridge reopens</title>"
          + "<meta property=\"article:published_time\" content=\"2025-05-06T18:00:00+02:00\"></head>"
          + "<body><nav><a href=\"/\">Home</a></nav><article>"
          + "<p>The old river bridge in Tarvik reopened to traffic on Tuesday after eight months of"
          + " repairs, the regional roads office said.</p>"
          + "<p>Engineers replaced two steel spans and the deck. \"It will carry lorries again,\" said"
          + " Mira Holt, who led the work.</p>"
          + "<p>Local shops had lost trade while drivers took a forty-minute detour through the"
          + " hills.</p></article></body></html>";

  /** A page in windows-1252 that says so only in its HTTP header (its meta tag lies). */
  static final String CAFE =
      "<html><head><meta charset=\"utf-8\"></head><body>"
          + "<p>The caf\u00e9 on Harbour Street closed on Monday after forty years, its owner said."
          + " Regulars gathered for a last espresso and a slice of the famous cr\u00e8me cake.</p>"
          + "<p>\u201cWe could not pay the new rent,\u201d said the owner, who plans to retire to the"
          + " coast with her husband and their two dogs next spring.</p></body></html>";

  /** A page in windows-1252 that says so in its meta tag only, with no date of its own. */
  static final String FAIR =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
          + "</head><body><p>The county fair in Br\u00f8nd opened on Saturday with a parade of"
          + " tractors, a brass band and more visitors than in any year since the fair began.</p>"
          + "<p>Organisers said the new car park had eased the queues that spoiled last year\u2019s"
          + " opening day, and that the weather had helped.</p></body></html>";

  static final String SECTION_PAGE = sectionPage();

  static final String STUB = "<html><body><p>Subscribe to read this story.</p></body></html>";

  @TempDir Path dir;

  private static String sectionPage() {
    StringBuilder sb = new StringBuilder("<html><body><main><ul>");
    for (int i = 1; i <= 20; i++) {
      sb.append("<li><a href=\"/news/")
          .append(i)
          .append("\">Headline number ")
          .append(i)
          .append(" of the day</a></li>");
    }
    return sb.append("</ul><p>More stories tomorrow.</p></main></body></html>").toString();
  }

  static WarcResponse response(String uri, int status, String contentType, byte[] body) {
    byte[] head =
        ("HTTP/1.1 "
                + status
                + " Status\r\nContent-Type: "
                + contentType
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] http = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    return new WarcResponse.Builder(URI.create(uri))
        .date(CRAWLED)
        .body(MediaType.HTTP_RESPONSE, http)
        .build();
  }

  static WarcResponse page(String uri, String html) {
    return response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] warc(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression);
    for (WarcRecord record : records) {
      writer.write(record);
    }
    writer.close();
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private List<IngestResult> read(String name, byte[] bytes, ReadOptions options)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    try (Stream<IngestResult> results = new ArticleReader().read(file, options)) {
      return results.toList();
    }
  }

  private List<IngestResult> read(String name, byte[] bytes) throws IOException {
    return read(name, bytes, ReadOptions.defaults());
  }

  private static WarcRecord[] crawl() throws IOException {
    return new WarcRecord[] {
      new WarcRequest.Builder(URI.create("https://news.example/bridge"))
          .body(
              MediaType.HTTP_REQUEST,
              "GET /bridge HTTP/1.1\r\nHost: news.example\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII))
          .build(),
      page("https://news.example/bridge", STORY),
      response(
          "https://news.example/cafe",
          200,
          "text/html; charset=windows-1252",
          CAFE.getBytes(CP1252)),
      response("https://news.example/fair", 200, "text/html", FAIR.getBytes(CP1252)),
      response("https://news.example/old", 301, "text/html", new byte[0]),
      response(
          "https://news.example/logo.png",
          200,
          "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
      page("https://news.example/section", SECTION_PAGE),
      page("https://news.example/stub", STUB),
    };
  }

  @Test
  void readsHtmlResponsesOfPlainAndGzippedWarcAlike() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
      List<IngestResult> results = read(name, warc(compression, crawl()));

      assertThat(results)
          .extracting(IngestResult::id)
          .containsExactly(
              "https://news.example/bridge",
              "https://news.example/cafe",
              "https://news.example/fair",
              "https://news.example/old",
              "https://news.example/logo.png",
              "https://news.example/section",
              "https://news.example/stub");
      assertThat(results)
          .extracting(IngestResult::skipReason)
          .containsExactly(
              null,
              null,
              null,
              SkipReason.HTTP_STATUS,
              SkipReason.NOT_HTML,
              SkipReason.LISTING_PAGE,
              SkipReason.TOO_LITTLE_TEXT);
      assertThat(results).allMatch(r -> r.error() == null);
      Article bridge = results.get(0).article();
      assertThat(bridge.url()).isEqualTo("https://news.example/bridge");
      assertThat(bridge.title()).isEqualTo("Bridge reopens");
      assertThat(bridge.text()).startsWith("The old river bridge in Tarvik").doesNotContain("Home");
      assertThat(bridge.date()).isEqualTo(LocalDate.of(2025, 5, 6)); // the page's own date
      assertThat(bridge.dateSource()).isEqualTo(DateSource.METADATA);
      assertThat(results.get(3).warnings().get(0).message())
          .isEqualTo(
              dir.resolve(name)
                  + " record at offset "
                  + results
                      .get(3)
                      .warnings()
                      .get(0)
                      .message()
                      .replaceAll(".* offset (\\d+).*", "$1")
                  + " (https://news.example/old): skipped: HTTP status 301");
    }
  }

  @Test
  void charsetComesFromTheHttpHeaderThenTheMetaTag() throws IOException {
    List<IngestResult> results = read("crawl.warc", warc(WarcCompression.NONE, crawl()));

    Article cafe = results.get(1).article();
    assertThat(cafe.text())
        .contains("The caf\u00e9 on Harbour Street", "cr\u00e8me", "\u201cWe could");
    assertThat(results.get(1).diagnostics()).isEmpty();
    Article fair = results.get(2).article();
    assertThat(fair.text()).contains("Br\u00f8nd", "year\u2019s");
    // No date on the page and no dateline: the crawl date, from WARC-Date.
    assertThat(fair.date()).isEqualTo(LocalDate.of(2025, 5, 7));
    assertThat(fair.dateSource()).isEqualTo(DateSource.METADATA);
  }

  @Test
  void garbageBetweenRecordsIsReportedWithItsOffsetAndReadingGoesOn() throws IOException {
    byte[] first = warc(WarcCompression.NONE, page("https://news.example/bridge", STORY));
    byte[] junk = "<<this is not a WARC record>>\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] second =
        warc(
            WarcCompression.NONE,
            response(
                "https://news.example/cafe",
                200,
                "text/html; charset=windows-1252",
                CAFE.getBytes(CP1252)));

    List<IngestResult> results = read("junk.warc", concat(first, junk, second));

    assertThat(results).hasSize(3);
    assertThat(results.get(0).ok()).isTrue();
    assertThat(results.get(1).id()).isEqualTo(dir.resolve("junk.warc") + "@" + first.length);
    assertThat(results.get(1).error())
        .startsWith(
            dir.resolve("junk.warc") + " record at offset " + first.length + ": not a WARC record")
        .endsWith("resuming at offset " + (first.length + junk.length));
    assertThat(results.get(2).id()).isEqualTo("https://news.example/cafe");
    assertThat(results.get(2).ok()).isTrue();
  }

  @Test
  void garbageBetweenGzipMembersIsReportedAndTheNextMemberRead() throws IOException {
    byte[] first = warc(WarcCompression.GZIP, page("https://news.example/bridge", STORY));
    byte[] junk = "garbage between members".getBytes(StandardCharsets.US_ASCII);
    byte[] second = warc(WarcCompression.GZIP, page("https://news.example/fair", FAIR));

    List<IngestResult> results = read("junk.warc.gz", concat(first, junk, second));

    assertThat(results)
        .extracting(IngestResult::id)
        .containsExactly(
            "https://news.example/bridge",
            dir.resolve("junk.warc.gz") + "@" + first.length,
            "https://news.example/fair");
    assertThat(results.get(1).error())
        .endsWith(": not a gzip member: " + junk.length + " bytes of garbage skipped");
  }

  @Test
  void aTruncatedGzipMemberIsReportedByItsOffset() throws IOException {
    byte[] first = warc(WarcCompression.GZIP, page("https://news.example/bridge", STORY));
    byte[] second = warc(WarcCompression.GZIP, page("https://news.example/fair", FAIR));
    byte[] cut = Arrays.copyOf(second, second.length / 2);
    Path file = dir.resolve("cut.warc.gz");

    List<IngestResult> results = read("cut.warc.gz", concat(first, cut));

    assertThat(results).hasSize(2);
    assertThat(results.get(0).ok()).isTrue();
    assertThat(results.get(1).error())
        .isEqualTo(
            file
                + " record at offset "
                + first.length
                + ": truncated gzip member at offset "
                + first.length);
  }

  @Test
  void aTruncatedPlainRecordIsReported() throws IOException {
    byte[] first = warc(WarcCompression.NONE, page("https://news.example/bridge", STORY));
    byte[] second = warc(WarcCompression.NONE, page("https://news.example/fair", FAIR));

    List<IngestResult> results =
        read("cut.warc", concat(first, Arrays.copyOf(second, second.length - 200)));

    assertThat(results).hasSize(2);
    assertThat(results.get(0).ok()).isTrue();
    assertThat(results.get(1).error())
        .contains("record at offset " + first.length + ": truncated record");
  }

  @Test
  void aGzipBombRecordIsRefusedAndTheNextRecordRead() throws IOException {
    byte[] spaces = new byte[64 << 20]; // 64 MiB of blanks inside one page: about 64 KB of gzip.
    Arrays.fill(spaces, (byte) ' ');
    byte[] bomb =
        warc(WarcCompression.GZIP, response("https://bomb.example/", 200, "text/html", spaces));
    byte[] next = warc(WarcCompression.GZIP, page("https://news.example/bridge", STORY));
    Path file = dir.resolve("bomb.warc.gz");

    List<IngestResult> results = read("bomb.warc.gz", concat(bomb, next));

    assertThat(bomb.length).isLessThan(1 << 20);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).error())
        .isEqualTo(
            file
                + " record at offset 0: gzip member at offset 0 inflates more than 100 times its size (a gzip bomb?): refused");
    assertThat(results.get(1).id()).isEqualTo("https://news.example/bridge");
    assertThat(results.get(1).ok()).isTrue();
  }

  @Test
  void theBoundOnAFilesInflatedBytesStopsTheFile() throws IOException {
    byte[] bytes = warc(WarcCompression.GZIP, crawl());

    List<IngestResult> results =
        read("crawl.warc.gz", bytes, ReadOptions.defaults().withMaxDecompressedBytes(3000));

    IngestResult last = results.get(results.size() - 1);
    assertThat(last.error())
        .endsWith("gzip data inflates past the 3000-byte limit for one file: refused");
    assertThat(results.size()).isLessThan(7);
  }

  @Test
  void aPayloadOverTheSizeBoundIsAnErrorForThatRecordOnly() throws IOException {
    byte[] bytes =
        warc(
            WarcCompression.NONE,
            page("https://news.example/bridge", STORY + "<!--" + "padding ".repeat(300) + "-->"),
            page("https://news.example/fair", FAIR));

    List<IngestResult> results =
        read("small.warc", bytes, ReadOptions.defaults().withMaxBytes(1500));

    assertThat(FAIR.length()).isLessThan(1500);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).error())
        .endsWith("(https://news.example/bridge): payload larger than the 1500-byte limit");
    assertThat(results.get(1).ok()).isTrue();
  }
}
