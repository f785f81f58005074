package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventFixtures.article;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Domestic events (issue 8, session 11): what a state does to its own people has both sides, and
 * armed groups that storm a police post attack it. Sentences written for these tests about an
 * invented country, Valdoria (VAL).
 */
class EventDomesticTest {
  private static EventFixtures valdoria(String text) {
    return article(text)
        .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
        .actor("government/VAL", ActorKind.ORGANIZATION, "VALGOV", "VAL", "Valdorian government");
  }

  @Test
  void aStateFreeingItsOwnPrisonersActsOnItsCountry() {
    AnnotatedArticle doc =
        valdoria("The Valdorian government freed 40 of Valdoria's political prisoners.").coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).containsExactly("government/VAL>country/VAL 0841");
  }

  @Test
  void aStateBanningItsOwnCitizenHasATarget() {
    String text = "Valdoria banned the former mayor Arno Pell from holding office.";
    AnnotatedArticle doc =
        valdoria(text).actor("person/pell", ActorKind.PERSON, null, "VAL", "Arno Pell").coded();
    assertThat(describe(doc)).containsExactly("country/VAL>person/pell 172");
  }

  @Test
  void aLeaderPraisingTheOwnCountryIsStillNoDyad() {
    String text = "The Valdorian government praised Valdoria for its calm.";
    AnnotatedArticle doc = valdoria(text).coded();
    assertThat(describe(doc)).allMatch(d -> d.contains(">null "));
  }

  @Test
  void aCountrylessOppositionLeaderRepressedAtHomeTakesTheStatesCountry() {
    String text = "The Valdorian government arrested the opposition leader Arno Pell on Monday.";
    AnnotatedArticle doc =
        article(text)
            .actor(
                "government/VAL", ActorKind.ORGANIZATION, "VALGOV", "VAL", "Valdorian government")
            .actor("person/pell", ActorKind.PERSON, null, null, "Arno Pell")
            .coded();
    // The fixture's person has no role: only the country is borrowed when a role is known, so
    // here the code stays empty and the target is still named.
    assertThat(describe(doc)).containsExactly("government/VAL>person/pell 173");
  }

  @Test
  void militantsStormingAPolicePostAttackIt() {
    String text = "Morvan rebels attacked Valdorian police in the north.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/rebels", ActorKind.GROUP, "MORREB", "MOR", "Morvan rebels")
            .actor("police/VAL", ActorKind.ORGANIZATION, "VALCOP", "VAL", "Valdorian police")
            .coded();
    assertThat(describe(doc)).noneMatch(d -> d.endsWith(" 145"));
    assertThat(doc.events()).extracting(Event::rootCode).contains("18");
  }

  @Test
  void theAnnouncedActOfAnIntentTellsWhetherAPlaceIsItsTarget() {
    // "lay down weapons" is a de-escalation (08), which acts where it happens.
    String text = "Valdorian rebels agreed to lay down their weapons in Kestria.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/rebels", ActorKind.GROUP, "VALREB", "VAL", "Valdorian rebels")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertThat(describe(doc)).contains("group/rebels>country/KES 0356");
  }

  @Test
  void aPlaceThatIsTheSourceItselfLeavesTheActWithoutTarget() {
    // The capital stands for the government that acts in it: no second side, but the act stays.
    String text = "The Valdorian government extended the curfew in Lorn.";
    AnnotatedArticle doc =
        article(text)
            .actor(
                "government/VAL",
                ActorKind.ORGANIZATION,
                "VALGOV",
                "VAL",
                "Valdorian government",
                "Lorn")
            .coded();
    assertThat(describe(doc)).containsExactly("government/VAL>null 1723");
  }
}
