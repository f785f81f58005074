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
 * Issue 8 (h-force): frames of shows of force (root 15), sanctions and cut relations (root 16) and
 * the plural or compound objects of roots 17-19, each a verb, its object and its preposition.
 * Sentences written for these tests about invented countries.
 */
class EventForcePostureFramesTest {
  static Stream<Arguments> framesGiveTheirCodes() {
    return Stream.of(
        // 150: a launch into the sea is a show of force with no target; at a country, an attack.
        Arguments.of(
            "Valdoria fired two ballistic missiles into the sea on Friday.",
            "country/VAL>null 150"),
        Arguments.of(
            "Valdoria fired two ballistic missiles at Kestria.", "country/VAL>country/KES 195"),
        Arguments.of(
            "Valdoria launched a cruise missile toward Kestria on Monday.",
            "country/VAL>country/KES 150"),
        Arguments.of("Valdoria conducted a nuclear test on Monday.", "country/VAL>null 150"),
        Arguments.of(
            "Valdoria flew strategic bombers near Kestria on Tuesday.",
            "country/VAL>country/KES 150"),
        Arguments.of(
            "Valdoria violated the airspace of Kestria with two drones.",
            "country/VAL>country/KES 150"),
        // 152, 154: alert raised, forces mobilized or moved toward a country.
        Arguments.of("Valdoria put its nuclear forces on combat alert.", "country/VAL>null 152"),
        Arguments.of("Valdoria ordered a partial mobilization on Sunday.", "country/VAL>null 154"),
        Arguments.of(
            "Valdoria sent two destroyers to the coast of Kestria.", "country/VAL>country/KES 154"),
        // 163: deciding or agreeing to impose sanctions imposes them; threatening them is 1312.
        Arguments.of(
            "Kestria decided to impose sanctions on Valdoria.", "country/KES>country/VAL 163"),
        Arguments.of(
            "Kestria agreed to impose new sanctions on Valdoria.", "country/KES>country/VAL 163"),
        Arguments.of(
            "Kestria threatened to impose sanctions on Valdoria.", "country/KES>country/VAL 1312"),
        Arguments.of("Kestria threatened Valdoria with sanctions.", "country/KES>country/VAL 1312"),
        Arguments.of("Kestria halted gas supplies to Valdoria.", "country/KES>country/VAL 163"),
        // 161: diplomatic relations downgraded.
        Arguments.of(
            "Kestria downgraded diplomatic relations with Valdoria.",
            "country/KES>country/VAL 161"),
        // 17-19: plural and compound objects.
        Arguments.of(
            "Kestria imposed blockades on the ports of Valdoria.", "country/KES>country/VAL 191"),
        Arguments.of(
            "Kestria violated the ceasefire agreement with Valdoria.",
            "country/KES>country/VAL 196"),
        Arguments.of(
            "Kestria ordered a Valdorian newspaper to suspend publication.",
            "country/KES>country/VAL 1721"),
        // A missile that describes an attack ("cruise-missile attack") is no launch: the attack.
        // (The shallow test tagger reads it as the plain attack frame, 190; the CLI pipeline gives
        // 195.)
        Arguments.of(
            "Valdoria launched a cruise-missile attack on Kestria on Sunday.",
            "country/VAL>country/KES 190"));
  }

  @ParameterizedTest
  @MethodSource
  void framesGiveTheirCodes(String text, String expected) {
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).contains(expected);
  }

  static Stream<Arguments> framesDoNotGiveOtherCodes() {
    return Stream.of(
        // Fired into the sea: no attack (195) on anyone.
        Arguments.of("Valdoria fired two ballistic missiles into the sea on Friday.", "19"),
        // Gas supplies cut: no chemical attack (2041, "gas" as a verb).
        Arguments.of("Kestria halted gas supplies to Valdoria.", "20"),
        // Agreed to impose: the act, not a threat.
        Arguments.of("Kestria agreed to impose new sanctions on Valdoria.", "13"),
        // The attack is not also a missile launch (150).
        Arguments.of("Valdoria launched a cruise-missile attack on Kestria on Sunday.", "150"));
  }

  @ParameterizedTest
  @MethodSource
  void framesDoNotGiveOtherCodes(String text, String root) {
    AnnotatedArticle doc = world(text).coded();
    assertThat(doc.events()).noneMatch(e -> e.code().startsWith(root));
  }
}
