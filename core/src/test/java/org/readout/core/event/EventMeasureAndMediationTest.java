package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Frames of issue 8 (session 10, round 2): a "by" measure between verb and object, and halting a
 * mediation effort. Sentences written for these tests about invented countries.
 */
class EventMeasureAndMediationTest {
  @Test
  void aMeasureBetweenVerbAndObjectIsSteppedOver() {
    String text = "Valdoria on Monday shortened by two hours the nightly curfew in Kestria.";
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).containsExactly("country/VAL>country/KES 0813");
    Event e = doc.events().get(0);
    assertThat(e.span().start()).isZero();
    assertThat(e.span().of(text)).contains("nightly curfew");
  }

  @Test
  void aMeasureWithoutItsUnitIsNotAnAdjunct() {
    // "by two" with no unit is no measure: the object is not reached, so no curfew event.
    AnnotatedArticle doc = world("Valdoria eased by two the curfew.").coded();
    assertThat(describe(doc)).doesNotContain("country/VAL>null 0813");
  }

  @Test
  void endingAMediationEffortIsHaltingMediation() {
    String text = "Valdoria ended mediation efforts between Kestria and Morvath.";
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    assertThat(describe(doc))
        .containsExactlyInAnyOrder("country/VAL>country/KES 165", "country/VAL>country/MOR 165");
    assertThat(doc.events().get(0).span().start()).isZero();
  }
}
