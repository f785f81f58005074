package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Predicate frames of issue 8 (third session): light verbs with event nouns, noun events, word
 * orders of translated news, passives, multilateral meetings and plans. Sentences written for these
 * tests about invented countries.
 */
class EventPredicatesTest {
  static Stream<Arguments> framesGiveTheirCodes() {
    return Stream.of(
        Arguments.of(
            "Kestrian gunners fired artillery at Valdoria overnight.",
            "country/KES>country/VAL 194"),
        Arguments.of(
            "Valdoria issued an arrest warrant for a Kestrian general.",
            "country/VAL>country/KES 173"),
        Arguments.of("Morvath severed relations with Kestria.", "country/MOR>country/KES 161"),
        Arguments.of(
            "Valdoria carried out strikes on Kestria before dawn.", "country/VAL>country/KES 190"),
        Arguments.of(
            "Valdoria launched an offensive against Kestria in the spring.",
            "country/VAL>country/KES 190"),
        Arguments.of("Kestria staged a raid on Morvath at night.", "country/KES>country/MOR 190"),
        Arguments.of(
            "Morvath conducted a series of air strikes on Kestria.", "country/MOR>country/KES 195"),
        Arguments.of("Valdoria broke off ties with Morvath.", "country/VAL>country/MOR 161"),
        Arguments.of(
            "Valdoria lodged an official protest with Kestria.", "country/VAL>country/KES 114"),
        Arguments.of(
            "Valdoria expelled two Kestrian diplomats for spying.", "country/VAL>country/KES 161"),
        Arguments.of("Morvath suspended economic aid to Kestria.", "country/MOR>country/KES 1621"),
        Arguments.of(
            "Valdoria condemned Kestria for the blockade.", "country/VAL>country/KES 111"));
  }

  @ParameterizedTest
  @MethodSource
  void framesGiveTheirCodes(String text, String expected) {
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).contains(expected);
  }

  @Test
  void talksDatedBeforeTheirPartnerAreReciprocal() {
    // The word order of translated copy: the date stands between the talks and their partner.
    AnnotatedArticle doc = world("Valdoria held talks on the 3rd with Kestria.").coded();
    assertWellFormed(doc);
    assertThat(describe(doc))
        .containsExactlyInAnyOrder("country/VAL>country/KES 040", "country/KES>country/VAL 040");
  }

  @Test
  void aPhoneCallWithIsATelephoneConsultation() {
    AnnotatedArticle doc = world("Valdoria's phone call with Kestria lasted an hour.").coded();
    assertThat(describe(doc))
        .containsExactlyInAnyOrder("country/VAL>country/KES 041", "country/KES>country/VAL 041");
  }

  @Test
  void aNounEventTakesItsPossessorOrItsByAgentAsSource() {
    String text = "Valdoria's attack on Kestria drew protests.";
    AnnotatedArticle doc = world(text).coded();
    assertThat(describe(doc)).containsExactly("country/VAL>country/KES 190");
    Event e = doc.events().get(0);
    assertThat(e.span().start()).isEqualTo(0);
    assertThat(e.span().end()).isEqualTo(text.indexOf("Kestria") + "Kestria".length());
    assertThat(describe(world("The attack on Kestria by Morvath drew protests.").coded()))
        .containsExactly("country/MOR>country/KES 190");
  }

  @Test
  void passiveWithAnAgentIsCodedFromTheAgent() {
    assertThat(describe(world("Kestria was shelled by Valdoria overnight.").coded()))
        .containsExactly("country/VAL>country/KES 194");
  }

  @Test
  void aListOfThreeSubjectsMeetsPairwise() {
    // CAMEO codes a meeting of several parties as one consultation per ordered pair.
    AnnotatedArticle doc =
        world("The foreign ministers of Valdoria, Kestria and Morvath met in the capital.").coded();
    assertWellFormed(doc);
    assertThat(describe(doc))
        .containsExactlyInAnyOrder(
            "country/VAL>country/KES 040",
            "country/KES>country/VAL 040",
            "country/VAL>country/MOR 040",
            "country/MOR>country/VAL 040",
            "country/KES>country/MOR 040",
            "country/MOR>country/KES 040");
  }

  @Test
  void aSummitAmongThreeIsPairwise() {
    AnnotatedArticle doc =
        world("Ministers said the summit among Valdoria, Kestria and Morvath ended well.").coded();
    assertThat(describe(doc)).hasSize(6).contains("country/KES>country/MOR 040");
  }

  @Test
  void aSecondPredicateSharesTheFirstOnesPartner() {
    AnnotatedArticle doc =
        world("Valdoria held talks with Kestria and agreed to restore flights.").coded();
    assertThat(describe(doc))
        .contains(
            "country/VAL>country/KES 040",
            "country/KES>country/VAL 040",
            "country/VAL>country/KES 030",
            "country/KES>country/VAL 030");
  }

  @Test
  void condemningALaunchTargetsWhoLaunched() {
    String text = "Morvath tested a ballistic missile on Sunday. Kestria condemned the launch.";
    AnnotatedArticle doc = world(text).coded();
    assertThat(describe(doc)).contains("country/KES>country/MOR 111");
  }

  @Test
  void onlyALightVerbMakesItsSubjectTheSourceOfANounEvent() {
    assertThat(describe(world("Kestria condemned the attack on Morvath.").coded()))
        .doesNotContain("country/KES>country/MOR 190");
    assertThat(describe(world("Kestria carried out an attack on Morvath.").coded()))
        .containsExactly("country/KES>country/MOR 190");
  }

  @Test
  void aPronounAfterSayingIsTheSpeaker() {
    assertThat(describe(world("Valdoria said it would send humanitarian aid to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 0333");
  }

  @Test
  void sayingThatAnotherMustActIsADemand() {
    assertThat(describe(world("Valdoria said that Kestria must withdraw its troops.").coded()))
        .contains("country/VAL>country/KES 1056");
  }

  @Test
  void aScheduledActIsAnIntentNotADeed() {
    assertThat(describe(world("Valdoria is to host Kestria next week.").coded()))
        .containsExactly("country/VAL>country/KES 036");
  }
}
