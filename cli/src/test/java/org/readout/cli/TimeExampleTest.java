package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.DateSource;
import org.readout.core.model.Flag;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.testing.AnnotationAssert;

/**
 * Acceptance test of issue 4 on the example article: its dates, the Lunar New Year and the
 * caption's conflict.
 */
class TimeExampleTest {
  private static final Path ARTICLE = TestPipelines.EXAMPLE;

  private static String text() throws Exception {
    return Files.readString(SharedData.require(ARTICLE));
  }

  @Test
  void resolvesTheExamplesDatesAndFlagsTheCaption() throws Exception {
    String text = text();
    Article article =
        new Article("xi-putin", null, text, LocalDate.of(2025, 1, 22), DateSource.GIVEN, null);
    AnnotatedArticle doc = TestPipelines.standard().pipeline().apply(article);
    AnnotationAssert.assertWellFormed(doc);

    assertThat(at(doc, text, "the 21st").value()).isEqualTo("2025-01-21");
    assertThat(at(doc, text, "this year").value()).isEqualTo("2025");
    assertThat(at(doc, text, "May 9").value()).isEqualTo("2025-05-09");
    assertThat(at(doc, text, "September 3").value()).isEqualTo("2025-09-03");
    assertThat(at(doc, text, "Lunar New Year").value()).isEqualTo("2025-01-29");
    for (int i = text.indexOf("'s Victory"); i >= 0; i = text.indexOf("'s Victory", i + 1)) {
      int apostrophe = i;
      assertThat(doc.times())
          .noneMatch(t -> t.span().contains(apostrophe) || t.span().contains(apostrophe + 1));
    }
    Span caption = span(text, "Nov. 21");
    List<Flag> conflicts =
        doc.flags().stream().filter(f -> f.kind().equals("date-conflict")).toList();
    assertThat(conflicts)
        .anySatisfy(
            f -> {
              assertThat(f.span()).isEqualTo(caption);
              assertThat(f.other()).isEqualTo(span(text, "the 21st"));
              assertThat(f.message()).contains("2025-01-21").contains("Nov. 21");
            });
  }

  @Test
  void withoutADateInfersCandidatesIncludingBothTrumpInaugurations() throws Exception {
    String text = text();
    AnnotatedArticle doc = TestPipelines.standard().pipeline().apply(Article.of("xi-putin", text));
    assertThat(doc.dateCandidates())
        .extracting(DateCandidate::date)
        .contains(LocalDate.of(2025, 1, 21));
    assertThat(doc.article().dateSource()).isEqualTo(DateSource.INFERRED);
    assertThat(doc.dateCandidates().get(0).reason()).contains("Trump");
  }

  private static TimeExpression at(AnnotatedArticle doc, String text, String surface) {
    Span want = span(text, surface);
    return doc.times().stream()
        .filter(t -> t.span().equals(want))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no time at " + want + " '" + surface + "' in " + doc.times()));
  }

  private static Span span(String text, String surface) {
    int i = text.indexOf(surface);
    assertThat(i).as("article contains %s", surface).isGreaterThanOrEqualTo(0);
    return new Span(i, i + surface.length());
  }
}
