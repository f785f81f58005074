package org.readout.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.ingest.IngestResult;
import org.readout.store.sqlite.SqliteStore;

/** A document over its time budget fails alone: the run goes on and stores the rest. */
class IngestBudgetTest {
  @Test
  void aDocumentOverBudgetFailsByNameAndTheOthersAreStored(@TempDir Path dir) throws Exception {
    List<IngestResult> inputs =
        List.of(
            read(Article.of("first", "Kenya and Japan signed a trade deal.")),
            read(Article.of("stuck", "This document never finishes its analysis.")),
            read(Article.of("third", "Peru recalled its ambassador from Chile.")));
    StringWriter err = new StringWriter();
    IngestTally tally;
    try (SqliteStore store = SqliteStore.open(dir.resolve("readout.db"))) {
      tally =
          new IngestPipeline(
                  store,
                  2,
                  10,
                  a -> {
                    if (a.id().equals("stuck")) {
                      sleepUninterruptibly(Duration.ofSeconds(20));
                    }
                    return AnnotatedArticle.of(a);
                  },
                  Duration.ofMillis(300))
              .run(inputs.iterator(), Progress.none(), new PrintWriter(err, true));
      assertThat(store.storedHash("first")).isNotNull();
      assertThat(store.storedHash("third")).isNotNull();
      assertThat(store.storedHash("stuck")).isNull();
    }
    assertThat(tally.stored()).isEqualTo(2);
    assertThat(tally.failedCount()).isEqualTo(1);
    assertThat(err.toString()).contains("stuck").contains("time budget of 0.3 s");
  }

  private static IngestResult read(Article a) {
    return new IngestResult(a.id(), a, List.of());
  }

  /**
   * Work that ignores interruption, the worst case for a budget: it must still not be waited for.
   */
  private static void sleepUninterruptibly(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        // ignored on purpose
      }
    }
  }
}
