package org.readout.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.readout.core.testing.RandomCheck;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.ingest.rss.FeedReaderTest;

/**
 * Well-formed WARC, WARC.gz and feed files with random damage (bytes flipped, cut short, spliced)
 * never make reading throw, and every result is an article, an error or a skip.
 */
class DamagedInputPropertiesTest {
  @TempDir Path dir;

  private record Damaged(String name, byte[] bytes) {}

  @Test
  void damagedFilesGiveResultsNotExceptions() throws IOException {
    byte[] plain = WarcFileReaderTest.warc(WarcCompression.NONE, crawl());
    byte[] gzip = WarcFileReaderTest.warc(WarcCompression.GZIP, crawl());
    byte[] rss = FeedReaderTest.RSS.getBytes(StandardCharsets.UTF_8);
    byte[] atom = FeedReaderTest.ATOM.getBytes(StandardCharsets.UTF_8);
    List<Damaged> originals =
        List.of(
            new Damaged("a.warc", plain),
            new Damaged("a.warc.gz", gzip),
            new Damaged("a.rss", rss),
            new Damaged("a.atom", atom),
            new Damaged("a.txt.gz", Arrays.copyOf(gzip, gzip.length)));
    int[] file = {0};
    RandomCheck.forAll(
        "damaged WARC and feed files read without throwing",
        120,
        r -> damage(originals.get(r.nextInt(originals.size())), r),
        in -> {
          Path path = dir.resolve(file[0]++ + "-" + in.name());
          try {
            Files.write(path, in.bytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          List<IngestResult> results;
          try (Stream<IngestResult> s = new ArticleReader().read(path, ReadOptions.defaults())) {
            results = s.toList();
          }
          assertThat(results).isNotEmpty();
          for (IngestResult res : results) {
            assertThat(res.ok() || res.error() != null || res.skipped())
                .as("article, error or skip for %s", res.id())
                .isTrue();
          }
        },
        in -> in.name() + " of " + in.bytes().length + " bytes");
  }

  private static org.netpreserve.jwarc.WarcRecord[] crawl() {
    return new org.netpreserve.jwarc.WarcRecord[] {
      WarcFileReaderTest.page("https://news.example/bridge", WarcFileReaderTest.STORY),
      WarcFileReaderTest.page("https://news.example/fair", WarcFileReaderTest.FAIR),
      WarcFileReaderTest.page("https://news.example/section", WarcFileReaderTest.SECTION_PAGE),
    };
  }

  private static Damaged damage(Damaged original, Random r) {
    byte[] b = Arrays.copyOf(original.bytes(), original.bytes().length);
    switch (r.nextInt(3)) {
      case 0 -> {
        for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
      }
      case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
      default -> {
        int from = r.nextInt(b.length);
        int to = from + r.nextInt(b.length - from);
        byte[] spliced = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, spliced, 0, from);
        System.arraycopy(b, to, spliced, from, b.length - to);
        b = spliced;
      }
    }
    return new Damaged(original.name(), b);
  }
}
