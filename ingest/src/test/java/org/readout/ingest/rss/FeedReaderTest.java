package org.readout.ingest.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.ingest.SkipReason;

/** RSS 2.0 and Atom feeds through {@link ArticleReader}, well-formed and broken (issue 10). */
public class FeedReaderTest {
  public static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Harbour Gazette</title>
          <link>https://gazette.example/</link>
          <description>Local news</description>
          <item>
            <title>Ferry strike ends after two days</title>
            <link>https://gazette.example/ferry-strike</link>
            <guid>gazette-101</guid>
            <pubDate>Tue, 03 Jun 2025 09:15:00 +0000</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>Ferry crews returned to work on Tuesday.</p><p>"We have a deal," the union leader said.</p><script>track()</script>]]></content:encoded>
          </item>
          <item>
            <title>Council approves sea wall</title>
            <guid isPermaLink="false">gazette-102</guid>
            <description>&lt;p&gt;The council voted &lt;b&gt;7 to 2&lt;/b&gt; for the wall.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Photo of the day</title>
            <link>https://gazette.example/photo</link>
          </item>
        </channel>
      </rss>
      """;

  public static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Valley Wire</title>
        <id>urn:uuid:4f1d2a3c-valley</id>
        <updated>2025-04-02T10:00:00Z</updated>
        <entry>
          <title>Dam inspection finds cracks</title>
          <link rel="alternate" href="https://wire.example/dam"/>
          <id>urn:uuid:entry-1</id>
          <published>2025-04-01T22:30:00Z</published>
          <updated>2025-04-02T08:00:00Z</updated>
          <content type="html">&lt;p&gt;Inspectors found three cracks in the dam.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Plain entry</title>
          <id>urn:uuid:entry-2</id>
          <updated>2025-04-02T09:00:00Z</updated>
          <summary type="text">Rain is expected &lt;tomorrow&gt;.</summary>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  private List<IngestResult> read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    try (Stream<IngestResult> results = new ArticleReader().read(file, ReadOptions.defaults())) {
      return results.toList();
    }
  }

  @Test
  void readsEachRssItemAsADocument() throws IOException {
    List<IngestResult> results = read("gazette.rss", RSS);

    assertThat(results).hasSize(3);
    Article first = results.get(0).article();
    assertThat(first.id()).isEqualTo("https://gazette.example/ferry-strike");
    assertThat(first.title()).isEqualTo("Ferry strike ends after two days");
    assertThat(first.url()).isEqualTo("https://gazette.example/ferry-strike");
    assertThat(first.text())
        .isEqualTo(
            "Ferry crews returned to work on Tuesday.\n\n\"We have a deal,\" the union leader said.");
    assertThat(first.date()).isEqualTo(LocalDate.of(2025, 6, 3));
    assertThat(first.dateSource()).isEqualTo(DateSource.METADATA);
    Article second = results.get(1).article();
    assertThat(second.id()).isEqualTo("gazette-102"); // no link: the guid
    assertThat(second.url()).isNull();
    assertThat(second.text()).isEqualTo("The council voted 7 to 2 for the wall.");
    assertThat(second.dateSource()).isEqualTo(DateSource.NONE);
    assertThat(results.get(2).skipReason()).isEqualTo(SkipReason.NO_TEXT);
    assertThat(results.get(2).error()).isNull();
  }

  @Test
  void readsAtomEntriesWithPublishedDateAndPlainTextSummaries() throws IOException {
    List<IngestResult> results = read("wire.atom", ATOM);

    assertThat(results)
        .extracting(IngestResult::id)
        .containsExactly("https://wire.example/dam", "urn:uuid:entry-2");
    Article dam = results.get(0).article();
    assertThat(dam.text()).isEqualTo("Inspectors found three cracks in the dam.");
    assertThat(dam.date()).isEqualTo(LocalDate.of(2025, 4, 1)); // published beats updated
    Article plain = results.get(1).article();
    assertThat(plain.text()).isEqualTo("Rain is expected <tomorrow>.");
    assertThat(plain.date()).isEqualTo(LocalDate.of(2025, 4, 2));
  }

  @Test
  void brokenXmlKeepsTheItemsBeforeTheBreakAndNamesTheFile() throws IOException {
    String broken =
        RSS.replace(
            "<title>Council approves sea wall</title>", "<title>Council approves sea wall</titel>");
    Path file = dir.resolve("broken.rss");

    List<IngestResult> results = read("broken.rss", broken);

    assertThat(results).hasSize(2);
    assertThat(results.get(0).article().id()).isEqualTo("https://gazette.example/ferry-strike");
    assertThat(results.get(1).error())
        .startsWith(file + ": broken feed XML at line 16, column")
        .contains("must be terminated by the matching end-tag");
  }

  @Test
  void xmlThatBreaksBeforeAnyItemIsOneError() throws IOException {
    Path file = dir.resolve("cut.xml");

    List<IngestResult> results = read("cut.xml", "<rss version=\"2.0\"><channel><title>T</ti");

    assertThat(results)
        .singleElement()
        .satisfies(r -> assertThat(r.error()).startsWith(file + ": broken feed XML"));
  }

  @Test
  void aFeedWithoutItemsIsANamedSkip() throws IOException {
    Path file = dir.resolve("empty.rss");

    List<IngestResult> results =
        read("empty.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.skipReason()).isEqualTo(SkipReason.NO_ITEMS);
              assertThat(r.warnings().get(0).message())
                  .isEqualTo(file + ": skipped: feed without items");
            });
  }

  @Test
  void feedsAreRecognizedByTheirRootNotReadAsOneHtmlPage() throws IOException {
    List<IngestResult> xml = read("gazette.xml", RSS);
    List<IngestResult> php = read("feed.php", ATOM);

    assertThat(xml).hasSize(3);
    assertThat(xml.get(0).diagnostics()).isEmpty(); // .xml is a name feeds go by
    assertThat(php).hasSize(2);
    assertThat(php.get(0).warnings().get(0).message()).contains("read as a feed, guessed");
  }

  @Test
  void aFeedOnStandardInputIsReadAsAFeed() {
    try (Stream<IngestResult> results =
        new ArticleReader()
            .readStdin(
                new java.io.ByteArrayInputStream(
                    RSS.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ReadOptions.defaults())) {
      assertThat(results.toList())
          .extracting(IngestResult::id)
          .containsExactly(
              "https://gazette.example/ferry-strike",
              "gazette-102",
              "https://gazette.example/photo");
    }
  }
}
