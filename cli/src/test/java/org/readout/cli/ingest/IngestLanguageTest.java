package org.readout.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.ingest.IngestResult;
import org.readout.store.sqlite.SqliteStore;

/** Articles Readout cannot read are counted and named as skipped, not stored empty. */
class IngestLanguageTest {
  @Test
  void anArticleInAnotherLanguageIsSkippedByReasonAndNotStored(@TempDir Path dir) throws Exception {
    List<IngestResult> inputs =
        List.of(
            read(Article.of("en", "Kenya and Japan signed a trade deal in Nairobi on Monday.")),
            read(Article.of("ko", "윤 대통령은 17일 일본 총리와 정상회담을 가졌다.")));
    StringWriter err = new StringWriter();
    IngestTally tally;
    try (SqliteStore store = SqliteStore.open(dir.resolve("readout.db"))) {
      tally =
          new IngestPipeline(store, 1, 10, AnnotatedArticle::of)
              .run(inputs.iterator(), Progress.none(), new PrintWriter(err, true));
      assertThat(store.storedHash("en")).isNotNull();
      assertThat(store.storedHash("ko")).isNull();
    }
    assertThat(tally.stored()).isEqualTo(1);
    assertThat(tally.skippedCount()).isEqualTo(1);
    assertThat(tally.failedCount()).isZero();
    assertThat(err.toString()).contains("ko: not English (ko: ").contains("Hangul");
  }

  private static IngestResult read(Article a) {
    return new IngestResult(a.id(), a, List.of());
  }
}
