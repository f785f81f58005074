package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.event.EventFixtures.article;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.MentionKind;

/**
 * Regression tests for adjuncts before "to", noun triggers under modals, targets inside object
 * phrases, countryless groups and reciprocal consultation. Own sentences about invented countries.
 */
class EventObjectRulesTest {
  @Test
  void aTimeAdjunctBetweenGovernorAndToKeepsTheCombination() {
    AnnotatedArticle doc =
        world("Valdoria threatened on Friday to impose tariffs on Kestria.").coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).containsExactly("country/VAL>country/KES 1312");
    assertThat(
            describe(world("Valdoria refused last week to withdraw troops from Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 1246");
  }

  @Test
  void aNounTriggerUnderAModalOrConditionIsNoEvent() {
    assertThat(
            world("Analysts said talks between Valdoria and Kestria could resume if the rains end.")
                .coded()
                .events())
        .isEmpty();
    assertThat(world("Talks between Valdoria and Kestria did not take place.").coded().events())
        .isEmpty();
    assertThat(describe(world("Talks between Valdoria and Kestria resumed on Monday.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 040", "country/KES>country/VAL 040");
  }

  @Test
  void aNationalityWordInTheObjectNamesTheTargetAndTheReplyAnswersIt() {
    String text = "Morvath deported three Kestrian reporters. Kestria criticized the decision.";
    AnnotatedArticle doc =
        article(text)
            .actor("country/MOR", ActorKind.COUNTRY, "MOR", "MOR", "Morvath")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertWellFormed(doc);
    assertThat(describe(doc))
        .containsExactly("country/MOR>country/KES 174", "country/KES>country/MOR 111");
    assertThat(doc.events().get(0).span().end()).isEqualTo(text.indexOf(" reporters"));
    // The pact did not act on Morvath, so its criticism has no target from context.
    AnnotatedArticle pact =
        world("Valdoria and Kestria signed a trade pact. Morvath criticized the agreement.")
            .coded();
    assertThat(describe(pact))
        .containsExactlyInAnyOrder(
            "country/VAL>country/KES 057", "country/KES>country/VAL 057", "country/MOR>null 111");
  }

  @Test
  void armedAttacksTargetThePlaceTheyStrike() {
    assertThat(describe(world("Valdorian jets bombed depots in northern Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 195");
    assertThat(describe(world("Valdoria criticized the plan in Kestria.").coded()))
        .containsExactly("country/VAL>null 111");
  }

  @Test
  void aCountrylessGroupTakesTheCountryOfTheDomesticSide() {
    String text =
        "Kestrian police arrested dozens of students. The students clashed with police in the capital.";
    AnnotatedArticle doc =
        article(text)
            .actor(
                "institution/KESCOP",
                ActorKind.INSTITUTION,
                "KESCOP",
                "KES",
                "Kestrian police",
                "police")
            .actor("group/EDU", ActorKind.GROUP, "EDU", null, "students")
            .coded();
    assertWellFormed(doc);
    assertThat(doc.events())
        .extracting(e -> e.sourceCode() + ">" + e.targetCode() + " " + e.code())
        .containsExactly("KESCOP>KESEDU 173", "KESEDU>KESCOP 145");
    AnnotatedArticle armed =
        article("Kestrian police shelled the rebels.")
            .actor("institution/KESCOP", ActorKind.INSTITUTION, "KESCOP", "KES", "Kestrian police")
            .actor("group/REB", ActorKind.GROUP, "REB", null, "rebels")
            .coded();
    assertThat(armed.events()).extracting(Event::targetCode).containsExactly("REB");
  }

  @Test
  void meetingsAndCallsGoBothWaysAndVisitsAreHosted() {
    assertThat(describe(world("Valdoria met Kestria on Monday.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 040", "country/KES>country/VAL 040");
    assertThat(describe(world("Valdoria held a phone call with Kestria.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 041", "country/KES>country/VAL 041");
    assertThat(describe(world("Valdoria visited Kestria.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 042", "country/KES>country/VAL 043");
    assertThat(describe(world("Valdoria praised Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 051");
  }

  @Test
  void suppliesBansAndPactsAreCoded() {
    assertThat(describe(world("Valdoria sent emergency supplies to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 073");
    assertThat(describe(world("Valdoria announced a ban on Kestrian steel imports.").coded()))
        .containsExactly("country/VAL>country/KES 163");
    assertThat(world("Valdoria announced a ban on smoking.").coded().events()).isEmpty();
  }

  @Test
  void aPossessivePronounIsNoSubjectAndADeadlineIsNoAct() {
    AnnotatedArticle doc =
        article("Arlen Voss lost the vote. His supporters clashed with Kestria.")
            .actor("person/arlen-voss", ActorKind.PERSON, "VALGOV", "VAL", "Arlen Voss")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .mention("person/arlen-voss", "His", 0, MentionKind.PRONOUN)
            .coded();
    assertWellFormed(doc);
    assertThat(doc.events()).isEmpty();
    assertThat(world("Valdoria has 30 days to hold talks with Kestria.").coded().events())
        .isEmpty();
    assertThat(
            world("Valdoria and Kestria agreed to extend the truce as Morvath watched.")
                .coded()
                .events())
        .noneMatch(e -> "country/MOR".equals(e.target()))
        .isNotEmpty();
  }
}
