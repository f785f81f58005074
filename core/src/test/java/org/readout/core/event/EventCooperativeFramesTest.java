package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventFixtures.article;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;

/**
 * Cooperative frames of real news (issue 8, session 15, h-coop): releases of titled persons,
 * transfers whose object is a long noun phrase, agreements reached or signed, calls made to
 * congratulate or discuss, talks with "the leaders of" a country and joint exercises. Sentences
 * written for these tests, about invented countries Valdoria (VAL) and Kestria (KES).
 */
class EventCooperativeFramesTest {
  private static EventFixtures two(String text) {
    return article(text)
        .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
        .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria");
  }

  private static EventFixtures people(String text) {
    return article(text)
        .actor("person/pell", ActorKind.PERSON, "VALGOV", "VAL", "Arno Pell")
        .actor("person/dorn", ActorKind.PERSON, "KESGOV", "KES", "Lia Dorn");
  }

  @Test
  void releasingATitledPersonReleasesThePerson() {
    String text = "President Arno Pell released former Vice President Lia Dorn from prison.";
    assertThat(describe(people(text).coded())).containsExactly("person/pell>person/dorn 0841");
    String pardon = "Arno Pell has pardoned former minister Lia Dorn.";
    assertThat(describe(people(pardon).coded())).containsExactly("person/pell>person/dorn 0841");
  }

  @Test
  void aTitleBeforeAThingIsNoPersonSlot() {
    // The title skip needs a named person right after it: "the state ship" is no title.
    String text = "Valdoria released the state ship Kestria.";
    assertThat(describe(two(text).coded())).noneMatch(d -> d.endsWith(" 0841"));
  }

  @Test
  void aLongObjectBeforeTheRecipientIsStillATransfer() {
    String aid =
        "Valdoria handed over more than 4 million dollars worth of new medical equipment and"
            + " medicines to Kestria.";
    assertThat(describe(two(aid).coded())).containsExactly("country/VAL>country/KES 070");
    String returned = "Valdoria returned a stolen marble statue of an ancient king to Kestria.";
    assertThat(describe(two(returned).coded())).containsExactly("country/VAL>country/KES 084");
  }

  @Test
  void aLongObjectGapStopsAtAVerb() {
    // "to Kestria" belongs to the verb inside the relative clause, not to "provided".
    String text = "Valdoria provided the money that its citizens had raised last year to Kestria.";
    assertThat(describe(two(text).coded())).noneMatch(d -> d.endsWith(" 070"));
  }

  @Test
  void anAgreementReachedIsConcluded() {
    assertThat(
            describe(two("Valdoria reached an agreement with Kestria on fishing rights.").coded()))
        .containsExactly("country/VAL>country/KES 057");
    // A consensus reached to do something stays the intent.
    assertThat(describe(two("Valdoria and Kestria reached a consensus to share data.").coded()))
        .noneMatch(d -> d.endsWith(" 057"));
  }

  @Test
  void anAgreementSignedWithLongModifiersIsSigned() {
    assertThat(
            describe(two("Valdoria and Kestria signed a landmark data sharing agreement.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 057", "country/KES>country/VAL 057");
    assertThat(describe(two("Valdoria signed a $5 billion loan agreement with Kestria.").coded()))
        .contains("country/VAL>country/KES 057");
  }

  @Test
  void aCallMadeToCongratulateIsPraiseByTheCaller() {
    String text = "Arno Pell called Kestrian President Lia Dorn on Friday to congratulate her.";
    assertThat(describe(people(text).coded())).containsExactly("person/pell>person/dorn 051");
    String apology = "Arno Pell called Lia Dorn to apologize for the incident.";
    assertThat(describe(people(apology).coded())).containsExactly("person/pell>person/dorn 055");
  }

  @Test
  void aCallToATitledPersonToDiscussIsAPhoneCall() {
    String text = "Arno Pell called Kestrian President Lia Dorn to discuss trade.";
    assertThat(describe(people(text).coded()))
        .containsExactlyInAnyOrder("person/pell>person/dorn 041", "person/dorn>person/pell 041");
  }

  @Test
  void supportVoicedForATitledPersonTargetsThePerson() {
    String text = "Arno Pell voiced his strong support for President Lia Dorn.";
    assertThat(describe(people(text).coded())).containsExactly("person/pell>person/dorn 051");
  }

  @Test
  void talksWithTheLeadersOfACountryAreTalksWithIt() {
    String text = "Valdoria discussed the border crisis with the leaders of Kestria.";
    assertThat(describe(two(text).coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 040", "country/KES>country/VAL 040");
  }

  @Test
  void aNewRoundOfJointExercisesIsMilitaryCooperation() {
    String text = "Valdoria and Kestria began a new round of joint military exercises.";
    assertThat(describe(two(text).coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 062", "country/KES>country/VAL 062");
  }

  @Test
  void moneyContributedToARecipientIsAid() {
    assertThat(describe(two("Valdoria contributed $46 million in 2023 to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 070");
    assertThat(describe(two("Valdoria contributed to the crisis in Kestria.").coded()))
        .noneMatch(d -> d.endsWith(" 070"));
  }

  @Test
  void anHonourConferredOnSomeonePraisesThem() {
    String text = "Arno Pell awarded a state medal to Lia Dorn.";
    assertThat(describe(people(text).coded())).containsExactly("person/pell>person/dorn 051");
  }

  @Test
  void aPassiveReleaseIsTheAgentsRelease() {
    String text = "Two Kestrian sailors were released by Valdoria on Monday.";
    assertThat(
            describe(
                article(text)
                    .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
                    .actor("group/sailors", ActorKind.GROUP, "KES", "KES", "Kestrian sailors")
                    .coded()))
        .containsExactly("country/VAL>group/sailors 0841");
    String pardon = "Lia Dorn has been pardoned by Arno Pell.";
    assertThat(describe(people(pardon).coded())).containsExactly("person/pell>person/dorn 0841");
  }

  @Test
  void aThingReleasedByAnActorIsNoRelease() {
    // The passive subject is no actor: "released a report" was never a release of persons.
    String text = "The report was released by Valdoria on Monday.";
    assertThat(describe(two(text).coded())).noneMatch(d -> d.endsWith(" 0841"));
  }

  @Test
  void aCountAfterASubjectsParticipleStillOpensItsObject() {
    // The tagger reads "group released" as a reduced relative; a count after it is an object.
    String text = "The rebel group released at least 19 Kestrian sailors on Sunday.";
    assertThat(
            describe(
                article(text)
                    .actor("group/rebels", ActorKind.GROUP, "VALREB", "VAL", "rebel group")
                    .actor("group/sailors", ActorKind.GROUP, "KES", "KES", "Kestrian sailors")
                    .coded()))
        .containsExactly("group/rebels>group/sailors 0841");
  }

  @Test
  void supportVoicedOfSomeoneIsSupportForThem() {
    String text = "Arno Pell voiced his strong support of Lia Dorn.";
    assertThat(describe(people(text).coded())).containsExactly("person/pell>person/dorn 051");
  }
}
