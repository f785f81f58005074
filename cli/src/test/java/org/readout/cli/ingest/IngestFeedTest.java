package org.readout.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.ExtractCommandTest;
import org.readout.cli.ExtractCommandTest.Run;
import org.readout.cli.TestPipelines;
import org.readout.store.sqlite.SqliteStore;

/** {@code readout ingest} of an RSS feed: items are documents, empty ones skipped and counted. */
class IngestFeedTest {
  @TempDir Path dir;

  static final String FEED =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>Desk</title><link>https://desk.example/</link>"
          + "<description>World desk</description>\n"
          + "<item><title>Egypt and Jordan hold talks</title>"
          + "<link>https://desk.example/egypt-jordan</link>"
          + "<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>"
          + "<description>&lt;p&gt;Egypt and Jordan held talks in Cairo on Monday, officials"
          + " said.&lt;/p&gt;</description></item>\n"
          + "<item><title>Photo of the day</title><link>https://desk.example/photo</link>"
          + "<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description></description></item>\n"
          + "</channel></rss>\n";

  @Test
  void feedItemsAreStoredAndEmptyItemsCountedAsSkipped() throws Exception {
    TestPipelines.standard();
    Path feed = dir.resolve("desk.rss");
    Files.writeString(feed, FEED);
    Path db = dir.resolve("readout.db");
    Run r = ExtractCommandTest.run("ingest", "--db", db.toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("2 read, 1 new, 0 unchanged, 0 replaced, 1 skipped, 0 failed")
        .contains("skipped 1: no text");
    try (SqliteStore store = SqliteStore.open(db)) {
      var doc = store.document("https://desk.example/egypt-jordan").orElseThrow();
      assertThat(doc.article().title()).isEqualTo("Egypt and Jordan hold talks");
      assertThat(doc.article().date()).hasToString("2025-03-04");
      assertThat(doc.text()).startsWith("Egypt and Jordan held talks in Cairo on Monday");
      assertThat(doc.events()).isNotEmpty();
    }
    Run again = ExtractCommandTest.run("ingest", "--db", db.toString(), feed.toString());
    assertThat(again.err()).contains("2 read, 0 new, 1 unchanged, 0 replaced, 1 skipped");
  }

  @Test
  void aBrokenFeedIsAFailureNamingTheFileAndTheStoreKeepsWhatItHad() throws Exception {
    TestPipelines.standard();
    Path db = dir.resolve("readout.db");
    Path good = dir.resolve("good.rss");
    Files.writeString(good, FEED);
    ExtractCommandTest.run("ingest", "--db", db.toString(), good.toString());
    Path broken = dir.resolve("broken.rss");
    Files.writeString(broken, FEED.substring(0, FEED.length() / 2));
    Run r = ExtractCommandTest.run("ingest", "--db", db.toString(), broken.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("broken.rss").contains("1 failed");
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.document("https://desk.example/egypt-jordan")).isPresent();
    }
  }
}
