package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.TimeExpression;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;
import org.readout.core.testing.SimplePipeline;

/**
 * Text dense in dates ("1/21", "Nov. 21", "the 21st", impossible dates, weekdays) never breaks time
 * tagging.
 */
class TimeTaggerPropertiesTest {
  @Test
  void dateDenseTextGivesWellFormedTimes() {
    RandomCheck.forAllStrings(
        "times from date-dense text",
        200,
        r -> ArticleArbitraries.dateText(r, 2000),
        text -> {
          AnnotatedArticle doc = SimplePipeline.runChecked(ArticleArbitraries.articleFor(text));
          for (TimeExpression t : doc.times()) {
            assertThat(t.span().length()).as("time %s not empty", t).isPositive();
            assertThat(t.value()).as("value of %s", t).isNotBlank();
          }
        });
  }
}
