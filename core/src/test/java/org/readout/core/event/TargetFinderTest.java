package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * The ordered target sources of {@link TargetFinder}: a reaction to an act targets the act's agent,
 * an act noun answers an earlier act of its kind, reciprocal verbs, crowds and countryless people a
 * state acts on. Own sentences about invented countries.
 */
class TargetFinderTest {
  private static final String VAL = "country/VAL";
  private static final String KES = "country/KES";
  private static final String MOR = "country/MOR";

  @Test
  void aCondemnedActTargetsWhoeverDidItSentencesEarlier() {
    String text =
        "Valdorian jets bombed Kestria on Monday. Kestria recalled its ambassador. "
            + "Morvath condemned the air strikes on Tuesday.";
    AnnotatedArticle doc =
        world(text)
            .actor("military/VAL", ActorKind.INSTITUTION, "VALMIL", "VAL", "Valdorian jets")
            .coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).contains(MOR + ">military/VAL 111");
  }

  @Test
  void aCharacterizationAfterAsIsNotTheTarget() {
    assertThat(
            describe(
                world("Morvath condemned the strikes as a violation of Kestria's sovereignty.")
                    .coded()))
        .containsExactly(MOR + ">null 111");
    assertThat(
            describe(
                world(
                        "Valdoria bombed a bridge in Kestria. Morvath condemned the strikes as a"
                            + " violation of Kestria's sovereignty.")
                    .coded()))
        .contains(MOR + ">" + VAL + " 111")
        .doesNotContain(MOR + ">" + KES + " 111");
  }

  @Test
  void theAgentOfTheActBeatsTheActorItWasDoneTo() {
    // The noun event itself is Valdoria's attack on Kestria.
    assertThat(describe(world("Morvath condemned the strikes on Kestria by Valdoria.").coded()))
        .containsExactlyInAnyOrder(MOR + ">" + VAL + " 111", VAL + ">" + KES + " 190");
    assertThat(describe(world("Morvath condemned Valdoria's strikes on Kestria.").coded()))
        .contains(MOR + ">" + VAL + " 111")
        .doesNotContain(MOR + ">" + KES + " 111");
    // Without any agent in sight the actor the act was done to stays the target.
    assertThat(describe(world("Morvath condemned the attack on Kestria.").coded()))
        .containsExactly(MOR + ">" + KES + " 111");
  }

  @Test
  void whatItCalledAnAttackAnswersTheAttack() {
    AnnotatedArticle doc =
        world(
                "Valdoria shelled Kestria overnight. Kestria condemned what it called a cowardly attack.")
            .coded();
    assertThat(describe(doc)).contains(KES + ">" + VAL + " 111");
  }

  @Test
  void anActNounAnswersOnlyActsOfItsKind() {
    // An arrest is no strike: the critic of "the strikes" finds nothing to answer.
    assertThat(
            describe(
                world("Valdoria arrested three Kestrian sailors. Morvath condemned the strikes.")
                    .coded()))
        .contains(MOR + ">null 111");
    assertThat(
            describe(
                world("Valdoria arrested three Kestrian sailors. Morvath condemned the arrests.")
                    .coded()))
        .contains(MOR + ">" + VAL + " 111");
  }

  @Test
  void twoPossibleAgentsLeaveTheTargetUnknown() {
    AnnotatedArticle doc =
        world("Valdoria and Morvath shelled Kestria. Kestria condemned the attacks.").coded();
    assertThat(describe(doc)).contains(KES + ">null 111");
  }

  @Test
  void anActTooFarBackIsNotAnswered() {
    String text =
        "Valdoria shelled Kestria. The rains came. The roads closed. The schools shut. "
            + "Morvath condemned the shelling.";
    assertThat(describe(world(text).coded())).contains(MOR + ">null 111");
  }

  @Test
  void soldiersOfTwoCountriesWhoFoughtFoughtEachOther() {
    String text = "Valdorian and Kestrian soldiers fought along the border on Monday.";
    AnnotatedArticle doc =
        world(text)
            .actor("military/VAL", ActorKind.INSTITUTION, "VALMIL", "VAL", "Valdorian")
            .actor("military/KES", ActorKind.INSTITUTION, "KESMIL", "KES", "Kestrian soldiers")
            .group("group/VK", "Valdorian and Kestrian soldiers", 0, "military/VAL", "military/KES")
            .coded();
    assertWellFormed(doc);
    assertThat(describe(doc))
        .containsExactlyInAnyOrder(
            "military/VAL>military/KES 190", "military/KES>military/VAL 190");
  }

  @Test
  void policeBreakingUpACrowdActOnTheirOwnCountry() {
    AnnotatedArticle doc =
        world("Valdorian police fired tear gas to disperse the crowd.")
            .actor("police/VAL", ActorKind.INSTITUTION, "VALCOP", "VAL", "Valdorian police")
            .coded();
    assertThat(describe(doc)).containsExactly("police/VAL>" + VAL + " 175");
    // An army abroad is not a state at home: its crowd is nobody named.
    AnnotatedArticle abroad =
        world("Valdorian troops fired on the crowd.")
            .actor("military/VAL", ActorKind.INSTITUTION, "VALMIL", "VAL", "Valdorian troops")
            .coded();
    assertThat(describe(abroad)).doesNotContain("military/VAL>" + VAL + " 190");
  }

  @Test
  void anUntitledPersonAStateArrestsIsItsOwn() {
    AnnotatedArticle doc =
        world("Valdorian police arrested Ari Tamm on Sunday.")
            .actor("police/VAL", ActorKind.INSTITUTION, "VALCOP", "VAL", "Valdorian police")
            .actor("person/tamm", ActorKind.PERSON, null, null, "Ari Tamm")
            .coded();
    Event e = doc.events().get(0);
    assertThat(e.code()).isEqualTo("173");
    assertThat(e.target()).isEqualTo("person/tamm");
    assertThat(e.targetCode()).isEqualTo("VAL");
    // As the source of an act on that state the same person keeps no country.
    AnnotatedArticle source =
        world("Ari Tamm accused Valdorian police of torture.")
            .actor("police/VAL", ActorKind.INSTITUTION, "VALCOP", "VAL", "Valdorian police")
            .actor("person/tamm", ActorKind.PERSON, null, null, "Ari Tamm")
            .coded();
    assertThat(source.events()).isNotEmpty();
    assertThat(source.events().get(0).sourceCode()).isNull();
  }

  @Test
  void theAgentOfARejectedCallIsTheTarget() {
    assertThat(
            describe(
                world("Morvath rejected recent calls by Kestria for a joint inquiry.").coded()))
        .containsExactly(MOR + ">" + KES + " 120");
  }

  @Test
  void aDemandNounAddressesTheSubjectOfItsThatClause() {
    assertThat(
            describe(
                world("Morvath repeated its demand that Kestria release the fishermen.").coded()))
        .contains(MOR + ">" + KES + " 100");
  }

  @Test
  void aThreatTargetsWhoeverItsConditionNames() {
    assertThat(
            describe(
                world("Morvath threatened to close its embassy unless Kestria apologized.")
                    .coded()))
        .containsExactly(MOR + ">" + KES + " 1313");
  }

  @Test
  void aConditionIsAnotherClauseWhosePlaceIsNoTarget() {
    assertThat(
            describe(
                world("Morvath said it will not accept more refugees if war starts in Kestria.")
                    .coded()))
        .containsExactly(MOR + ">null 122");
  }

  @Test
  void anActWithoutAnObjectTargetsThePlaceItIsDoneIn() {
    assertThat(describe(world("Morvath agreed to build a research centre in Kestria.").coded()))
        .containsExactly(MOR + ">" + KES + " 030");
    // Praise and criticism are not done to the place they are spoken in.
    assertThat(describe(world("Morvath praised the farmers in a speech in Kestria.").coded()))
        .doesNotContain(MOR + ">" + KES + " 051");
  }
}
