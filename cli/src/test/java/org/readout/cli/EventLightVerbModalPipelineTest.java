package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;

/**
 * The modal of a light verb that carries an armed act is the act's (issue 8, session 15, h-conf):
 * "will launch a military operation against X" is a threat of attack (13x), as "will attack X" is,
 * and "launched" the attack itself (19x). Through the standard pipeline, so that the tagger's
 * reading of the light verb is part of what is tested. The sentences are our own.
 */
class EventLightVerbModalPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("light-modal", text);
  }

  @Test
  void anArmedActUnderWillIsAThreat() {
    AnnotatedArticle doc =
        run("Turkey will launch a new military operation against Kurdish militants in Syria.");
    assertThat(EventSentences.triples(doc))
        .anyMatch(t -> t.startsWith("TUR") && t.contains(" 13"))
        .noneMatch(t -> t.contains(" 19"));
  }

  @Test
  void theSameActLaunchedIsTheAttack() {
    AnnotatedArticle doc =
        run("Turkey launched a new military operation against Kurdish militants in Syria.");
    assertThat(EventSentences.triples(doc)).anyMatch(t -> t.startsWith("TUR") && t.contains(" 19"));
  }
}
