package org.readout.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;
import org.readout.core.testing.SimplePipeline;

/**
 * Every core stage, run in pipeline order over arbitrary text (lone surrogates, NUL, bidirectional
 * marks, CR and CRLF, huge words, dictionary names, dates and quote marks), never throws and leaves
 * a well-formed document. Failures print the seed to replay ({@code -Dreadout.seed=N}) and the
 * shrunk input to save under {@code fuzz/}.
 */
class PipelinePropertiesTest {
  @Test
  void arbitraryTextNeverBreaksAnyStage() {
    RandomCheck.forAllStrings(
        "stages accept arbitrary text",
        200,
        r -> ArticleArbitraries.mixedText(r, 2000),
        text -> SimplePipeline.runChecked(articleFor(text)));
  }

  @Test
  void shrunkInputsOfEarlierFailuresPassEveryStage() {
    // Each input is what a failed run of the property above shrank to; kept so it cannot return.
    // ".\u201CH": a full stop opening the text before a quote (the cue-before-quote reader looked
    // at the token before the text's first).
    // "Saying ...": a speech participle opening the text (the object reader looked before it).
    for (String text :
        new String[] {
          ".\u201CH", ". \u201CWe agree,\u201D", "Saying the talks failed, Lee left."
        }) {
      SimplePipeline.runChecked(articleFor(text));
    }
  }

  @Test
  void veryLongTextNeverBreaksAnyStage() {
    RandomCheck.forAllStrings(
        "stages accept long text",
        6,
        r -> ArticleArbitraries.mixedText(r, 20000),
        text -> SimplePipeline.runChecked(articleFor(text)));
  }

  @Test
  void emptyAndBlankTextGiveEmptyLayers() {
    for (String text : new String[] {"", " ", "\n\r\n", "\u0000", "\uFEFF", "\u200F\u200E"}) {
      AnnotatedArticle doc = SimplePipeline.runChecked(Article.of("blank", text));
      assertThat(doc.actors()).as(RandomCheck.escape(text)).isEmpty();
      assertThat(doc.quotes()).as(RandomCheck.escape(text)).isEmpty();
      assertThat(doc.events()).as(RandomCheck.escape(text)).isEmpty();
    }
  }

  /** Stages are stateless: the same article twice gives equal documents. */
  @Test
  void runningTwiceGivesTheSameDocument() {
    RandomCheck.forAllStrings(
        "pipeline is deterministic",
        40,
        r -> ArticleArbitraries.newsText(r, 1500),
        text -> {
          Article a = articleFor(text);
          assertThat(SimplePipeline.runChecked(a)).isEqualTo(SimplePipeline.runChecked(a));
        });
  }

  private static Article articleFor(String text) {
    return ArticleArbitraries.articleFor(text);
  }
}
