package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

/** The bundled sample articles under samples/ read cleanly (issue 2). */
class SamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  private static List<IngestResult> readSamples() {
    assumeTrue(
        Files.isDirectory(SAMPLES), "samples/ not found from " + Path.of("").toAbsolutePath());
    try (Stream<IngestResult> results = new ArticleReader().read(SAMPLES, ReadOptions.defaults())) {
      return results.toList();
    }
  }

  @Test
  void everySampleReadsWithoutErrorsOrWarnings() {
    List<IngestResult> results = readSamples();

    assertThat(results).allSatisfy(r -> assertThat(r.diagnostics()).isEmpty());
    assertThat(results).noneMatch(r -> r.id().endsWith("README.md"));
    assertThat(results).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void textSamplesCarryDatelineDatesAndHeadlines() {
    List<Article> texts =
        readSamples().stream()
            .filter(r -> r.id().endsWith(".txt"))
            .map(IngestResult::article)
            .toList();

    assertThat(texts).hasSizeGreaterThanOrEqualTo(8);
    assertThat(texts)
        .allSatisfy(
            a -> {
              assertThat(a.dateSource()).isEqualTo(DateSource.DATELINE);
              assertThat(a.date()).isBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
              assertThat(a.title()).isNotBlank();
            });
  }

  @Test
  void htmlSampleTakesDateTitleAndUrlFromItsMetaTags() {
    Article html =
        readSamples().stream()
            .filter(r -> r.id().endsWith("ceasefire-talks.html"))
            .findFirst()
            .orElseThrow()
            .article();

    assertThat(html.date()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(html.dateSource()).isEqualTo(DateSource.METADATA);
    assertThat(html.title())
        .isEqualTo("Congo and M23 rebels agree to extend truce as Qatar presses for lasting deal");
    assertThat(html.url())
        .isEqualTo("https://wire.readout.example/world/africa/congo-m23-doha-truce");
    assertThat(html.text())
        .contains("« La souveraineté")
        .doesNotContain("Related stories", "dataLayer", "Subscribe");
  }

  @Test
  void batchSampleGivesThreeArticlesWithMetadataDates() {
    List<Article> batch =
        readSamples().stream()
            .filter(
                r ->
                    r.id().startsWith(SAMPLES.resolve("batch.jsonl").toString())
                        || r.id().startsWith("wire-"))
            .map(IngestResult::article)
            .toList();

    assertThat(batch)
        .extracting(Article::id)
        .containsExactly("wire-2025-0301", "wire-2025-0612", "wire-2025-0918");
    assertThat(batch).allSatisfy(a -> assertThat(a.dateSource()).isEqualTo(DateSource.METADATA));
  }
}
