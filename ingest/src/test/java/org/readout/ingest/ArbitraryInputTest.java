package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes never make ingestion throw, and every article read has normalized, non-blank
 * text.
 */
class ArbitraryInputTest {
  private static final String[] PIECES = {
    "<p>",
    "</p>",
    "<article>",
    "<script>",
    "{",
    "}",
    "\"text\":",
    "\"",
    "\n",
    "\r",
    "\r\n",
    "\u0000",
    "TOKYO, ",
    "March 3, 2025 — ",
    "«",
    "»",
    "“",
    "\uD83D\uDE00",
    "\u202E",
    "<!--",
    "<meta property=\"og:title\" content=\"",
    " ",
    "words ",
    "\\u00",
    ",",
    "<",
    ">",
    "&amp;",
    "&#0;",
    "\uFEFF"
  };

  @Test
  void randomDocumentsInEveryFormatGiveResultsNotExceptions() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    ArticleReader reader = new ArticleReader();
    for (int i = 0; i < 300; i++) {
      byte[] bytes =
          i % 3 == 0 ? randomBytes(random) : randomPieces(random, i % 3 == 1 ? "<" : "{");
      List<IngestResult> results;
      try (Stream<IngestResult> s =
          reader.readStdin(
              new ByteArrayInputStream(bytes), ReadOptions.defaults().withMaxBytes(4096))) {
        results = s.toList();
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", input " + i + " threw", e);
      }
      assertThat(results)
          .as("seed %d input %d", seed, i)
          .isNotEmpty()
          .allSatisfy(
              r -> {
                if (r.article() != null) {
                  assertThat(r.article().text()).isNotBlank().doesNotContain("\r", "\u0000");
                }
              });
    }
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(200)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] randomPieces(Random random, String start) {
    StringBuilder sb = new StringBuilder(start);
    int n = random.nextInt(80);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
