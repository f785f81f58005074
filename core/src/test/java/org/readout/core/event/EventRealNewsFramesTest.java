package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventFixtures.article;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;

/**
 * Frames of real news (issue 8, session 12) for aid, releases, force posture, reduced relations,
 * coercion and attacks, as CAMEO codes them and PLOVER counts them. Sentences written for these
 * tests, about invented countries Valdoria (VAL) and Kestria (KES), in wire, brief and translated
 * styles.
 */
class EventRealNewsFramesTest {
  private static EventFixtures two(String text) {
    return article(text)
        .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
        .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria");
  }

  @Test
  void aidCountedOutAndHandedToARecipientIsAid() {
    assertThat(
            describe(two("Valdoria has provided 28 million euros to Kestria this year.").coded()))
        .containsExactly("country/VAL>country/KES 070");
    assertThat(describe(two("Valdoria donated 30 ambulances to Kestria on Monday.").coded()))
        .containsExactly("country/VAL>country/KES 070");
    assertThat(describe(two("Valdoria gives medical equipment to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 070");
  }

  @Test
  void givingASpeechToAnActorIsNoAid() {
    assertThat(describe(two("Valdoria gave a long speech to Kestria.").coded()))
        .noneMatch(d -> d.endsWith(" 070"));
  }

  @Test
  void theDonorOfARecipientGivesItAid() {
    assertThat(describe(two("Valdoria is the largest donor to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 070");
  }

  @Test
  void takingPartInPeacekeepingSomewhereIsPeacekeepingThere() {
    String text = "Valdorian troops take part in peacekeeping operations in Kestria.";
    assertThat(
            describe(
                article(text)
                    .actor("troops/VAL", ActorKind.GROUP, "VALMIL", "VAL", "Valdorian troops")
                    .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
                    .coded()))
        .containsExactly("troops/VAL>country/KES 074");
  }

  @Test
  void lettingPrisonersFreeAndPardonsAreReleases() {
    String text = "Valdoria let free the jailed activists on Friday.";
    assertThat(
            describe(
                article(text)
                    .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
                    .actor("group/activists", ActorKind.GROUP, "VALCVL", "VAL", "jailed activists")
                    .coded()))
        .containsExactly("country/VAL>group/activists 0841");
    String pardon = "President Arno Pell pardoned Lia Dorn, a former minister, on Sunday.";
    assertThat(
            describe(
                article(pardon)
                    .actor("person/pell", ActorKind.PERSON, "VALGOV", "VAL", "Arno Pell")
                    .actor("person/dorn", ActorKind.PERSON, "VALELI", "VAL", "Lia Dorn")
                    .coded()))
        .containsExactly("person/pell>person/dorn 0841");
  }

  @Test
  void callingForSanctionsAgainstAnActorRalliesOppositionAgainstIt() {
    assertThat(describe(two("Valdoria called for sanctions against Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 113");
  }

  @Test
  void anAnnouncedSuspensionOfAidToARecipientReducesAid() {
    String text = "Valdoria last week announced a suspension of aid to Kestria.";
    assertThat(describe(two(text).coded())).containsExactly("country/VAL>country/KES 162");
  }

  @Test
  void outlawingAnActorBansIt() {
    String text = "The Valdorian government outlawed the Kestrian Liberation Front.";
    assertThat(
            describe(
                article(text)
                    .actor(
                        "gov/VAL", ActorKind.ORGANIZATION, "VALGOV", "VAL", "Valdorian government")
                    .actor(
                        "group/klf", ActorKind.GROUP, "KESREB", "KES", "Kestrian Liberation Front")
                    .coded()))
        .containsExactly("gov/VAL>group/klf 1722");
  }

  @Test
  void aStateOfSiegeIsAStateOfEmergency() {
    String text = "Valdoria declared a 30-day state of siege in Kestria.";
    assertThat(describe(two(text).coded())).containsExactly("country/VAL>country/KES 1724");
  }

  @Test
  void aCyberAttackOnAnActorIsUnconventionalViolence() {
    String text = "Valdoria launched cyber attacks on Kestria.";
    assertThat(describe(two(text).coded())).containsExactly("country/VAL>country/KES 180");
  }

  @Test
  void aCountBeforeTheReleasedActorIsNoPartOfIt() {
    String text = "The armed group released at least 19 Kestrian nurses on Sunday.";
    assertThat(
            describe(
                article(text)
                    .actor("group/armed", ActorKind.GROUP, "VALREB", "VAL", "armed group")
                    .actor("group/nurses", ActorKind.GROUP, "KESHLH", "KES", "Kestrian nurses")
                    .coded()))
        .containsExactly("group/armed>group/nurses 0841");
    String dozens = "Valdoria frees dozens of Kestrian activists.";
    assertThat(
            describe(
                article(dozens)
                    .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
                    .actor("group/act", ActorKind.GROUP, "KESCVL", "KES", "Kestrian activists")
                    .coded()))
        .containsExactly("country/VAL>group/act 0841");
  }

  @Test
  void anActorThatHoldsThePatternsObjectIsItsTarget() {
    // The actor stage reads "Kestrian diplomats" as one actor: the expelled diplomats are
    // Kestria's,
    // so the expulsion (CAMEO 161, as the CAMEO manual's example codes it) targets Kestria.
    String text = "Valdoria expelled two Kestrian diplomats on Friday.";
    assertThat(
            describe(
                article(text)
                    .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
                    .actor("gov/KES", ActorKind.GROUP, "KESGOV", "KES", "Kestrian diplomats")
                    .coded()))
        .containsExactly("country/VAL>gov/KES 161");
  }

  @Test
  void aNameBeforeThePatternsObjectIsItsTarget() {
    String text = "Valdoria expelled the Kestria weapons inspectors.";
    assertThat(describe(two(text).coded())).containsExactly("country/VAL>country/KES 1662");
  }

  @Test
  void anActorsOwnForceIsNoTargetOfItsDeployment() {
    String text = "Valdoria deployed the army on Saturday.";
    assertThat(
            describe(
                article(text)
                    .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
                    .actor("army/VAL", ActorKind.GROUP, "VALMIL", "VAL", "the army")
                    .coded()))
        .noneMatch(d -> d.contains(">army/VAL"));
  }
}
