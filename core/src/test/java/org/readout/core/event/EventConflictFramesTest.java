package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventFixtures.article;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;

/**
 * Conflictual frames of issue 8, session 15 (branch h-conf), from the PLV misses of roots 10-19 by
 * cause: orders to an actor with a long name, gaps over long names, refusals kept "until" another
 * acts, demands on a country's bodies ("all armed groups in X must"), blame ("held X responsible",
 * "said X was behind"), truces violated by two sides, reports disputed, deadlines given to an actor
 * and military operations against an actor. Sentences written for these tests, about the invented
 * countries Valdoria (VAL) and Kestria (KES).
 */
class EventConflictFramesTest {
  private static EventFixtures two(String text) {
    return article(text)
        .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
        .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria");
  }

  @Test
  void anOrderToAnActorWithALongNameIsADemandOnIt() {
    String text =
        "The Valdorian police ordered the Kestrian Minister of Internal Affairs to appear in court.";
    assertThat(
            describe(
                article(text)
                    .actor(
                        "inst/police", ActorKind.INSTITUTION, "VALCOP", "VAL", "Valdorian police")
                    .actor(
                        "person/minister",
                        ActorKind.PERSON,
                        "KESGOV",
                        "KES",
                        "Kestrian Minister of Internal Affairs")
                    .coded()))
        .containsExactly("inst/police>person/minister 100");
  }

  @Test
  void aLongNameIsOneWordOfAGap() {
    String text = "Valdoria urged the Kestrian High Council of National Unity to resume talks.";
    assertThat(
            describe(
                article(text)
                    .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
                    .actor(
                        "org/council",
                        ActorKind.ORGANIZATION,
                        "KESGOV",
                        "KES",
                        "Kestrian High Council of National Unity")
                    .coded()))
        .containsExactly("country/VAL>org/council 026");
  }

  @Test
  void aRefusalUntilAnotherActsIsAimedAtIt() {
    assertThat(
            describe(
                two("Valdoria will not lift the embargo until Kestria holds elections.").coded()))
        .contains("country/VAL>country/KES 1244");
    String text =
        "The Kestrian union will not end the strike until the Kestrian government raises pay.";
    assertThat(
            describe(
                article(text)
                    .actor("group/union", ActorKind.GROUP, "KESLAB", "KES", "Kestrian union")
                    .actor(
                        "inst/gov", ActorKind.INSTITUTION, "KESGOV", "KES", "Kestrian government")
                    .coded()))
        .containsExactly("group/union>inst/gov 124");
  }

  @Test
  void sayingThatACountrysArmedGroupsMustActIsADemandOnIt() {
    String text = "Valdoria said rebel groups in Kestria must lay down their weapons.";
    assertThat(
            describe(
                two(text)
                    .reported(
                        "rebel groups in Kestria must lay down their weapons",
                        "country/VAL",
                        "said")
                    .coded()))
        .contains("country/VAL>country/KES 100");
  }

  @Test
  void holdingAnActorResponsibleOrSayingItWasBehindIsBlame() {
    assertThat(describe(two("Valdoria held Kestria responsible for the bombing.").coded()))
        .containsExactly("country/VAL>country/KES 112");
    assertThat(describe(two("Valdoria said Kestria was behind the bombing.").coded()))
        .containsExactly("country/VAL>country/KES 112");
  }

  @Test
  void aDeadlineGivenToAnActorIsAnUltimatum() {
    assertThat(describe(two("Valdoria gave Kestria a two-day deadline to pay its debts.").coded()))
        .contains("country/VAL>country/KES 139");
  }

  @Test
  void aMilitaryOperationAgainstAnActorIsAnAttack() {
    assertThat(describe(two("Valdoria started an air campaign against Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 190");
  }

  @Test
  void twoSidesThatViolateATruceViolateItAgainstEachOther() {
    assertThat(describe(two("Valdoria and Kestria violated the ceasefire on Sunday.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 196", "country/KES>country/VAL 196");
  }

  @Test
  void disputingAnotherActorsReportIsDisapproval() {
    String text = "Valdoria disputed the findings of the Kestrian report.";
    assertThat(
            describe(
                article(text)
                    .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
                    .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestrian")
                    .coded()))
        .containsExactly("country/VAL>country/KES 110");
  }
}
