package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.core.model.AnnotatedArticle;

/**
 * Frames grown from the CAMEO codebook's descriptions for roots 03-09 (issue 8, session 12): each
 * frame is a verb, its object and its preposition, tried in the styles of wire, analysis and
 * translated copy. Sentences written for these tests about invented countries.
 */
class EventCodebookFramesTest {
  static Stream<Arguments> framesGiveTheirCodes() {
    return Stream.of(
        // 0356: agreeing to a truce is the intent to de-escalate; declaring one is 0871.
        Arguments.of(
            "Valdoria and Kestria agreed to a ceasefire after two days of clashes.",
            "country/VAL>country/KES 0356"),
        Arguments.of("Valdoria agreed to a truce with Kestria.", "country/VAL>country/KES 0356"),
        Arguments.of(
            "Valdoria declared a unilateral ceasefire against Kestria.",
            "country/VAL>country/KES 0871"),
        // 030 / 037: accepting what the other side proposed.
        Arguments.of(
            "Valdoria accepted a proposal from Kestria on the fishing quotas.",
            "country/VAL>country/KES 030"),
        Arguments.of(
            "Morvath on Sunday accepted the peace plan of Kestria.", "country/MOR>country/KES 037"),
        // 054: raising diplomatic relations.
        Arguments.of(
            "Valdoria upgraded its diplomatic relations with Kestria to ambassador level.",
            "country/VAL>country/KES 054"),
        // 08: letting an actor do what it was barred from.
        Arguments.of(
            "Valdoria allowed Kestria to take part in the vote.", "country/VAL>country/KES 0812"),
        Arguments.of(
            "Valdoria will permit Kestria to return under the accord.",
            "country/VAL>country/KES 035"),
        Arguments.of(
            "Valdoria allowed the passage of relief convoys to Kestria.",
            "country/VAL>country/KES 0863"),
        // 160: ending a standing agreement reduces relations with its other party, whatever
        // modifies the agreement noun.
        Arguments.of(
            "Valdoria on Monday ended its defence cooperation agreement with Kestria.",
            "country/VAL>country/KES 160"),
        Arguments.of(
            "Morvath scrapped a 2019 extradition treaty with Valdoria.",
            "country/MOR>country/VAL 160"),
        Arguments.of(
            "Kestria tore up the fisheries accord with Morvath.", "country/KES>country/MOR 160"),
        // 090: the passive investigation without an agent is the act of the state it happened in.
        Arguments.of(
            "A Kestrian trader has been placed under investigation in Valdoria for fraud.",
            "country/VAL>country/KES 090"));
  }

  @ParameterizedTest
  @MethodSource
  void framesGiveTheirCodes(String text, String expected) {
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).contains(expected);
  }
}
