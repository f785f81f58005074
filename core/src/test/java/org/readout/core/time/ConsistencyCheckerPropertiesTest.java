package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Flag;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;
import org.readout.core.testing.SimplePipeline;

/**
 * Conflicting dates and weekdays in random text give flags that point into the text and say what is
 * wrong.
 */
class ConsistencyCheckerPropertiesTest {
  @Test
  void conflictingDatesGiveWellFormedFlags() {
    RandomCheck.forAllStrings(
        "flags from date-dense text",
        150,
        r -> ArticleArbitraries.dateText(r, 1500),
        text -> {
          AnnotatedArticle doc = SimplePipeline.runChecked(ArticleArbitraries.articleFor(text));
          for (Flag f : doc.flags()) {
            assertThat(f.kind()).as("kind of %s", f).isNotBlank();
            assertThat(f.message()).as("message of %s", f).isNotBlank();
          }
        });
  }
}
