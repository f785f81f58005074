package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;
import org.readout.core.testing.SimplePipeline;

/**
 * Random sentences of names and event verbs give events whose codes follow the {@link Event}
 * contract.
 */
class EventCoderPropertiesTest {
  @Test
  void eventsFromRandomSentencesKeepTheirContract() {
    RandomCheck.forAllStrings(
        "events from random sentences",
        200,
        r -> ArticleArbitraries.newsText(r, 1500),
        text -> {
          AnnotatedArticle doc = SimplePipeline.runChecked(ArticleArbitraries.articleFor(text));
          for (Event e : doc.events()) {
            assertThat(e.code()).as("code of %s", e).matches("\\d{2,4}");
            assertThat(e.rootCode()).as("root of %s", e).isEqualTo(e.code().substring(0, 2));
            assertThat(e.quadClass()).as("quad class of %s", e).isBetween(1, 4);
            assertThat(e.confidence()).as("confidence of %s", e).isBetween(0.0, 1.0);
          }
        });
  }
}
