package org.readout.cli;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;

/**
 * Arbitrary text through the real pipeline (CoreNLP and every stage) never throws and gives a
 * well-formed document. Few tries: CoreNLP costs tens of milliseconds per input; the core
 * properties cover the stages at volume.
 */
class FullPipelinePropertiesTest {
  @Test
  void arbitraryTextThroughCoreNlpGivesWellFormedDocuments() {
    Pipeline pipeline = TestPipelines.standard().pipeline();
    RandomCheck.forAllStrings(
        "the standard pipeline accepts arbitrary text",
        15,
        r ->
            r.nextBoolean()
                ? ArticleArbitraries.mixedText(r, 1500)
                : ArticleArbitraries.newsText(r, 1500),
        text -> {
          AnnotatedArticle doc;
          try {
            doc = pipeline.apply(ArticleArbitraries.articleFor(text));
          } catch (RuntimeException e) {
            throw new AssertionError("pipeline threw " + e, e);
          }
          AnnotationAssert.assertWellFormed(doc);
        });
  }
}
