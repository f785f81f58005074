package org.readout.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.store.sqlite.SqliteStore;

/**
 * The ingest pipeline streams: an input far larger than the heap goes through a JVM with a 48 MiB
 * heap (issue 10). If the reader, the workers or the writer held documents beyond their bounds, the
 * child would die of an OutOfMemoryError.
 */
class IngestMemoryTest {
  private static final int DOCUMENTS = 1400;
  private static final int CHARS = 200_000; // 1,400 x 200 kB = 280 MB of input, over 5 x the heap

  @TempDir Path dir;

  @Test
  void anInputFiveTimesTheHeapIsIngestedInFullWithA48MibHeap() throws Exception {
    Path input = dir.resolve("big.jsonl");
    String paragraph =
        "Officials from both countries met again on Tuesday to discuss fishing quotas, port fees"
            + " and the long-delayed bridge, a spokesman said after the talks. ";
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      StringBuilder text = new StringBuilder(CHARS + paragraph.length());
      for (int i = 0; i < DOCUMENTS; i++) {
        text.setLength(0);
        text.append("Document ").append(i).append(". ");
        while (text.length() < CHARS) {
          text.append(paragraph);
        }
        w.write("{\"id\":\"big-" + i + "\",\"date\":\"2025-05-01\",\"text\":\"" + text + "\"}\n");
      }
    }
    assertThat(Files.size(input)).isGreaterThan(5L * 48 * 1024 * 1024);
    Path db = dir.resolve("big.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx48m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path"),
                    BoundedIngestMain.class.getName(),
                    input.toString(),
                    db.toString()))
            .redirectErrorStream(true)
            .directory(new File(System.getProperty("user.dir")))
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains(DOCUMENTS + " read, " + DOCUMENTS + " new");
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.stats().documents()).isEqualTo(DOCUMENTS);
      assertThat(store.document("big-" + (DOCUMENTS - 1)).orElseThrow().text())
          .hasSizeGreaterThan(CHARS - 1);
    }
  }
}
