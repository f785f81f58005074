package org.readout.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.Article;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;

class CorpusJsonlWriterTest {
  @TempDir Path dir;

  @Test
  void theIngestReaderReadsBackEveryArticle() throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    SyntheticCorpus corpus = new SyntheticCorpus(13, 25);
    CorpusJsonlWriter.Written written = CorpusJsonlWriter.write(corpus.iterator(), file);
    assertThat(written.articles()).isEqualTo(25);
    assertThat(written.bytes()).isEqualTo(Files.size(file));
    List<IngestResult> read;
    try (var results = new ArticleReader().read(file, ReadOptions.defaults())) {
      read = results.toList();
    }
    List<Article> expected = corpus.articles().toList();
    assertThat(read).hasSize(25).allSatisfy(r -> assertThat(r.ok()).isTrue());
    for (int i = 0; i < 25; i++) {
      Article got = read.get(i).article();
      Article want = expected.get(i);
      assertThat(got.id()).isEqualTo(want.id());
      assertThat(got.text()).isEqualTo(want.text());
      assertThat(got.title()).isEqualTo(want.title());
      assertThat(got.date()).isEqualTo(want.date());
      assertThat(got.url()).isEqualTo(want.url());
    }
  }

  @Test
  void stopsBeforePassingTheByteBudget() throws IOException {
    Path file = dir.resolve("budget.jsonl");
    long budget = 300_000;
    CorpusJsonlWriter.Written written =
        CorpusJsonlWriter.write(new SyntheticCorpus(2, Long.MAX_VALUE).iterator(), file, budget);
    assertThat(Files.size(file)).isEqualTo(written.bytes()).isLessThanOrEqualTo(budget);
    // Within one article of the budget: no article is longer than 10 KB.
    assertThat(written.bytes()).isGreaterThan(budget - 10_000);
    assertThat(Files.readAllLines(file)).hasSize((int) written.articles());
  }
}
