package org.readout.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.cli.TestPipelines;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.testing.AnnotationAssert;

/**
 * The generated articles through the standard pipeline (CoreNLP): what Readout finds in them, as
 * proportions of 20 articles. The thresholds sit below the measured values (in the comments) so
 * that a real regression in the templates or the stages fails, not a template tweak.
 */
class SyntheticCorpusPipelineTest {
  private static final int N = 20;
  private static final List<SyntheticArticle> ARTICLES = new ArrayList<>();
  private static final List<AnnotatedArticle> DOCS = new ArrayList<>();

  @BeforeAll
  static void run() {
    var pipeline = TestPipelines.standard().pipeline();
    new SyntheticCorpus(2025, N)
        .forEach(
            s -> {
              AnnotatedArticle doc = pipeline.apply(s.article());
              AnnotationAssert.assertWellFormed(doc);
              ARTICLES.add(s);
              DOCS.add(doc);
            });
  }

  private static double share(java.util.function.IntPredicate test) {
    int n = 0;
    for (int i = 0; i < N; i++) {
      n += test.test(i) ? 1 : 0;
    }
    return (double) n / N;
  }

  @Test
  void everyLayerIsFoundInMostArticles() {
    assertThat(share(i -> DOCS.get(i).actors().size() >= 4)).isGreaterThanOrEqualTo(0.9);
    assertThat(share(i -> DOCS.get(i).quotes().size() >= 3)).isGreaterThanOrEqualTo(0.9);
    assertThat(share(i -> DOCS.get(i).times().size() >= 2)).isGreaterThanOrEqualTo(0.9);
    assertThat(share(i -> DOCS.get(i).events().size() >= 3)).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void mainSidesAreResolvedToTheirCountries() {
    assertThat(
            share(
                i -> {
                  SyntheticArticle s = ARTICLES.get(i);
                  var codes =
                      DOCS.get(i).actors().stream().map(a -> String.valueOf(a.code())).toList();
                  return codes.stream().anyMatch(c -> c.startsWith(s.sourceCountry()))
                      && codes.stream().anyMatch(c -> c.startsWith(s.targetCountry()));
                }))
        .isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void theMainEventIsCodedUnderItsRootInMostArticles() {
    assertThat(
            share(
                i -> {
                  SyntheticArticle s = ARTICLES.get(i);
                  return DOCS.get(i).events().stream()
                      .map(Event::rootCode)
                      .anyMatch(s.rootCode()::equals);
                }))
        .isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void corenlpTokenCountIsWithinAQuarterOfTheTarget() {
    for (AnnotatedArticle doc : DOCS) {
      assertThat(doc.tokens().size())
          .as(doc.article().id())
          .isBetween(
              (int) (SyntheticCorpus.DEFAULT_TARGET_TOKENS * 0.75),
              (int) (SyntheticCorpus.DEFAULT_TARGET_TOKENS * 1.25));
    }
  }
}
