package org.readout.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcWriter;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;

/**
 * Reading speed of a generated WARC.gz (5,000 responses and their requests), for BENCHMARKS.md.
 * Runs only with {@code -Dreadout.bench=true}.
 */
class WarcReadBenchTest {
  private static final String[] WORDS =
      ("the council said on Tuesday that the river bridge minister would open new talks with union"
              + " leaders after the strike ended in the port city")
          .split(" ");

  @TempDir Path dir;

  @Test
  void readsAGeneratedWarcGz() throws IOException {
    assumeTrue(Boolean.getBoolean("readout.bench"), "benchmarks run with -Dreadout.bench=true");
    Path file = dir.resolve("bench.warc.gz");
    int pages = 5000;
    Random random = new Random(7);
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        String uri = "https://bench.example/" + i;
        writer.write(
            new WarcRequest.Builder(URI.create(uri))
                .body(
                    MediaType.HTTP_REQUEST,
                    ("GET /" + i + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                .build());
        writer.write(WarcFileReaderTest.page(uri, page(i, random)));
      }
    }
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      int read = 0;
      try (Stream<IngestResult> results = new ArticleReader().read(file, ReadOptions.defaults())) {
        for (Iterator<IngestResult> it = results.iterator(); it.hasNext(); ) {
          read += it.next().ok() ? 1 : 0;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "WARC.gz of %d bytes, round %d: %d articles in %.2f s = %.0f articles/s%n",
          Files.size(file), round, read, seconds, read / seconds);
      assertThat(read).isEqualTo(pages);
    }
  }

  private static String page(int i, Random random) {
    StringBuilder sb =
        new StringBuilder("<html><head><title>Story ")
            .append(i)
            .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
    for (int p = 0; p < 8; p++) {
      sb.append("<p>");
      for (int w = 0; w < 40; w++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      sb.append(".</p>");
    }
    return sb.append("</article></body></html>").toString();
  }
}
