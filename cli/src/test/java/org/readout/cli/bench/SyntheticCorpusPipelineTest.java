package org.readout.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
    // Measured: every one of the 20 has at least 20 actors, 6 quotes, 9 times and 9 events.
    assertThat(share(i -> DOCS.get(i).actors().size() >= 10)).isGreaterThanOrEqualTo(0.9);
    assertThat(share(i -> DOCS.get(i).quotes().size() >= 4)).isGreaterThanOrEqualTo(0.9);
    assertThat(
            share(i -> DOCS.get(i).quotes().stream().filter(q -> q.speaker() != null).count() >= 4))
        .isGreaterThanOrEqualTo(0.9);
    assertThat(share(i -> DOCS.get(i).times().size() >= 5)).isGreaterThanOrEqualTo(0.9);
    assertThat(share(i -> DOCS.get(i).events().size() >= 5)).isGreaterThanOrEqualTo(0.9);
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
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void theMainEventIsCodedWithItsRootSidesAndDayInMostArticles() {
    // Measured on these 20 (and on 80): root 19/20 (75/80), with both sides 16/20 (67/80), and
    // dated on the happening's day 16/20 (63/80). The misses are the event stage's, not the
    // corpus's: "protested outside the X embassy" and "sent 10 tonnes of humanitarian aid" are
    // not coded, and a lead's event is sometimes dated with the dateline rather than its "on
    // Saturday".
    assertThat(share(i -> !mainEvents(i).isEmpty())).isGreaterThanOrEqualTo(0.8);
    assertThat(
            share(
                i ->
                    mainEvents(i).stream()
                        .anyMatch(
                            e ->
                                startsWith(e.sourceCode(), ARTICLES.get(i).sourceCountry())
                                    && startsWith(
                                        e.targetCode(), ARTICLES.get(i).targetCountry()))))
        .isGreaterThanOrEqualTo(0.7);
    assertThat(
            share(
                i ->
                    mainEvents(i).stream()
                        .anyMatch(e -> ARTICLES.get(i).eventDate().toString().equals(e.date()))))
        .isGreaterThanOrEqualTo(0.65);
  }

  private static List<Event> mainEvents(int i) {
    String root = ARTICLES.get(i).rootCode();
    return DOCS.get(i).events().stream().filter(e -> e.rootCode().equals(root)).toList();
  }

  private static boolean startsWith(@Nullable String code, String prefix) {
    return code != null && code.startsWith(prefix);
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
