package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;

/**
 * Regression tests for coding rules fixed after reading the sample articles; own sentences,
 * invented countries.
 */
class EventRulesTest {
  @Test
  void appealToTheSpeakersOwnStaffIsNoEvent() {
    AnnotatedArticle own =
        world("Valdoria asked our envoys to resume talks with the rebels.").coded();
    assertWellFormed(own);
    assertThat(own.events()).isEmpty();
    assertThat(describe(world("Valdoria asked Kestria to resume talks.").coded()))
        .containsExactly("country/VAL>country/KES 026");
  }

  @Test
  void commaClosesTheObjectBeforeAnyActor() {
    AnnotatedArticle doc = world("Valdoria shelled border posts, Kestria said on Monday.").coded();
    assertThat(describe(doc)).containsExactly("country/VAL>null 194");
    assertThat(describe(world("Valdoria shelled Kestria and Morvath overnight.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 194", "country/VAL>country/MOR 194");
  }

  @Test
  void protectingThingsOrApprovingMeasuresIsNoEvent() {
    assertThat(world("Valdoria acted to protect lives and property.").coded().events()).isEmpty();
    assertThat(world("Valdoria approved the measures on Tuesday.").coded().events()).isEmpty();
    assertThat(
            world("Valdoria will help the region capture more value from copper.").coded().events())
        .isEmpty();
    assertThat(describe(world("Valdoria approved Kestria as a partner.").coded()))
        .containsExactly("country/VAL>country/KES 051");
  }

  @Test
  void plainWordsInAGapLeaveTheTargetAfterThePattern() {
    AnnotatedArticle doc =
        world("Valdoria imposed a coordinated package of sanctions on Kestria.").coded();
    assertThat(describe(doc)).containsExactly("country/VAL>country/KES 163");
    String text = doc.text();
    assertThat(doc.events().get(0).span().start()).isEqualTo(text.indexOf("Valdoria"));
    assertThat(doc.events().get(0).span().end())
        .isEqualTo(text.indexOf("Kestria") + "Kestria".length());
  }

  @Test
  void theyRefersToThePairOnlyForAFewSentences() {
    String talks = "Valdoria and Kestria held talks. ";
    String filler =
        "The weather was cold. Markets were calm. Trains ran late. Schools were shut. Shops opened. ";
    AnnotatedArticle near = world(talks + "They agreed on a plan.").coded();
    assertThat(describe(near)).contains("country/VAL>country/KES 030");
    AnnotatedArticle far = world(talks + filler + "They agreed on a plan.").coded();
    assertWellFormed(far);
    assertThat(describe(far)).noneMatch(d -> d.endsWith(" 030"));
  }

  @Test
  void aFrontedPhraseBeforeTheCommaIsNoSecondSubject() {
    AnnotatedArticle doc =
        world("According to Kestria, Valdoria invited Morvath to visit.")
            .actor(
                "agency/kna",
                org.readout.core.model.ActorKind.AGENCY,
                "KESMED",
                "KES",
                "Kestria News")
            .coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).containsExactly("country/VAL>country/MOR 036");
    assertThat(describe(world("Kestria, Valdoria and Morvath condemned the attack.").coded()))
        .contains("country/KES>null 111", "country/VAL>null 111", "country/MOR>null 111");
  }

  @Test
  void discussingATopicIsNoConsultationWithIt() {
    assertThat(world("Valdoria and Kestria discussed Morvath's missile launches.").coded().events())
        .noneMatch(e -> "country/MOR".equals(e.target()));
    assertThat(describe(world("Valdoria discussed trade with Kestria.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 040", "country/KES>country/VAL 040");
  }
}
