package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;
import org.readout.core.testing.SimplePipeline;

/**
 * The same article saved with LF, CRLF or lone CR line endings reads to the same text and, through
 * every core stage, to the same annotations: offsets must not depend on how a file ends its lines.
 */
class LineEndingPropertiesTest {
  @TempDir Path dir;

  @Test
  void lineEndingsDoNotChangeAnnotations() {
    int[] file = {0};
    RandomCheck.forAllStrings(
        "LF, CRLF and CR give the same annotations",
        60,
        r -> String.join(r.nextBoolean() ? "\n" : "\n\n", ArticleArbitraries.paragraphs(r, 8, 250)),
        text -> {
          int n = file[0]++;
          Article lf = read(dir.resolve(n + "-lf.txt"), text);
          Article crlf = read(dir.resolve(n + "-crlf.txt"), text.replace("\n", "\r\n"));
          Article cr = read(dir.resolve(n + "-cr.txt"), text.replace("\n", "\r"));
          if (lf == null) {
            assertThat(crlf).isNull();
            assertThat(cr).isNull();
            return;
          }
          assertThat(crlf.text()).isEqualTo(lf.text());
          assertThat(cr.text()).isEqualTo(lf.text());
          assertThat(crlf.date()).isEqualTo(lf.date());
          assertThat(cr.date()).isEqualTo(lf.date());
          // Undated text gets one random document date for all three, so date-relative stages run
          // too.
          LocalDate date =
              lf.date() != null ? lf.date() : ArticleArbitraries.articleFor(lf.text()).date();
          AnnotatedArticle expected = SimplePipeline.runChecked(dated(lf, date));
          assertSameLayers(SimplePipeline.runChecked(dated(crlf, date)), expected);
          assertSameLayers(SimplePipeline.runChecked(dated(cr, date)), expected);
        });
  }

  private static Article dated(Article a, LocalDate date) {
    return a.date() != null || date == null ? a : a.withDate(date, DateSource.GIVEN);
  }

  private static void assertSameLayers(AnnotatedArticle actual, AnnotatedArticle expected) {
    assertThat(actual.article().date()).isEqualTo(expected.article().date());
    assertThat(actual.paragraphs()).isEqualTo(expected.paragraphs());
    assertThat(actual.sentences()).isEqualTo(expected.sentences());
    assertThat(actual.tokens()).isEqualTo(expected.tokens());
    assertThat(actual.entities()).isEqualTo(expected.entities());
    assertThat(actual.actors()).isEqualTo(expected.actors());
    assertThat(actual.quotes()).isEqualTo(expected.quotes());
    assertThat(actual.times()).isEqualTo(expected.times());
    assertThat(actual.events()).isEqualTo(expected.events());
    assertThat(actual.flags()).isEqualTo(expected.flags());
    assertThat(actual.dateCandidates()).isEqualTo(expected.dateCandidates());
  }

  /**
   * The article read from {@code text} saved at {@code path}, or null when the reader reports an
   * error.
   */
  private static Article read(Path path, String text) {
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<IngestResult> s = new ArticleReader().read(path, ReadOptions.defaults())) {
      List<IngestResult> results = s.toList();
      assertThat(results).hasSize(1);
      return results.get(0).article();
    }
  }
}
