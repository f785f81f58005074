package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventFixtures.article;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Frames of roots 02-17 (not 15, 16) added in issue 8, session 13 from the CAMEO codebook and the
 * PLV / GSR misses by class: refuge sought, calls to discuss, meals, support reiterated or pledged,
 * deals agreed, peacekeepers sent or deployed, strikes ended (and refused to end), cessations of
 * hostilities, flags burned, publications suspended by order and warrants issued. Sentences written
 * for these tests, about the invented countries Valdoria (VAL) and Kestria (KES).
 */
class EventFramesSession13Test {
  private static EventFixtures two(String text) {
    return article(text)
        .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
        .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria");
  }

  private static EventFixtures leaders(String text) {
    return article(text)
        .actor("person/pell", ActorKind.PERSON, "VALGOV", "VAL", "Arno Pell")
        .actor("person/dorn", ActorKind.PERSON, "KESGOV", "KES", "Lia Dorn");
  }

  @Test
  void seekingRefugeInACountryAsksItForProtection() {
    String text = "Thousands of Valdorians have sought refuge in Kestria since the war began.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/refugees", ActorKind.GROUP, "VALREF", "VAL", "Valdorians")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertThat(describe(doc)).containsExactly("group/refugees>country/KES 0234");
    Event e = doc.events().get(0);
    assertThat(e.span().of(text)).isEqualTo("Valdorians have sought refuge in Kestria");
  }

  @Test
  void aCallToDiscussIsATelephoneCallButACallOnIsAnAppeal() {
    assertThat(
            describe(leaders("Arno Pell called Lia Dorn on Friday to discuss the border.").coded()))
        .containsExactlyInAnyOrder("person/pell>person/dorn 041", "person/dorn>person/pell 041");
    assertThat(describe(leaders("Arno Pell called on Lia Dorn to discuss the border.").coded()))
        .containsExactly("person/pell>person/dorn 020");
  }

  @Test
  void aMealWithSomeoneIsAMeeting() {
    assertThat(describe(leaders("Arno Pell had lunch with Lia Dorn in the capital.").coded()))
        .containsExactlyInAnyOrder("person/pell>person/dorn 040", "person/dorn>person/pell 040");
  }

  @Test
  void supportReiteratedOrPledgedForAnActorIsAnEndorsement() {
    assertThat(describe(two("Valdoria reiterated its full support for Kestria on Monday.").coded()))
        .containsExactly("country/VAL>country/KES 051");
    assertThat(describe(two("Valdoria pledged support for Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 051");
    // An offer of support without "for" stays the intent (032).
    assertThat(describe(two("Valdoria offered support to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 032");
  }

  @Test
  void peacekeepersSentCountedOrToAForceArePeacekeeping() {
    assertThat(describe(two("Valdoria sent 200 peacekeepers to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 074");
    assertThat(
            describe(
                two("Valdoria is sending troops to the peacekeeping force in Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 074");
    AnnotatedArticle noun =
        two("Valdoria announced the deployment of 300 peacekeepers to Kestria.").coded();
    assertThat(describe(noun)).containsExactly("country/VAL>country/KES 074");
    assertThat(noun.events().get(0).confidence()).isLessThan(0.8);
  }

  private static EventFixtures teachers(String text) {
    return article(text)
        .actor("group/teachers", ActorKind.GROUP, "VALEDU", "VAL", "Valdorian teachers");
  }

  @Test
  void endingAStrikeYieldsAndRefusingToEndItRejects() {
    assertThat(describe(teachers("The Valdorian teachers ended their strike on Monday.").coded()))
        .containsExactly("group/teachers>null 080");
    assertThat(
            describe(teachers("The Valdorian teachers said they will not end the strike.").coded()))
        .containsExactly("group/teachers>null 124");
  }

  @Test
  void haltingMilitaryStrikesIsStillDeEscalation() {
    assertThat(describe(two("Valdoria halted air strikes on Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 087");
  }

  @Test
  void aCessationOfHostilitiesDeclaredIsATruce() {
    assertThat(describe(two("Valdoria declared a cessation of hostilities in Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 0871");
  }

  @Test
  void burningAFlagIsAProtest() {
    String text = "Valdorian protesters burned the Kestrian flag.";
    assertThat(
            describe(
                article(text)
                    .actor(
                        "group/protesters",
                        ActorKind.GROUP,
                        "VALOPP",
                        "VAL",
                        "Valdorian protesters")
                    .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestrian")
                    .coded()))
        .containsExactly("group/protesters>country/KES 140");
  }

  @Test
  void aPaperOrderedToSuspendPublicationAndAWarrantAgainstAPerson() {
    String order = "The Valdorian government ordered the Daily Star to suspend publication.";
    assertThat(
            describe(
                article(order)
                    .actor(
                        "gov/VAL", ActorKind.INSTITUTION, "VALGOV", "VAL", "Valdorian government")
                    .actor("media/star", ActorKind.ORGANIZATION, "VALMED", "VAL", "Daily Star")
                    .coded()))
        .containsExactly("gov/VAL>media/star 1721");
    String warrant = "A Valdorian court issued a production warrant against Lia Dorn.";
    assertThat(
            describe(
                article(warrant)
                    .actor("court/VAL", ActorKind.INSTITUTION, "VALJUD", "VAL", "Valdorian court")
                    .actor("person/dorn", ActorKind.PERSON, "KESGOV", "KES", "Lia Dorn")
                    .coded()))
        .containsExactly("court/VAL>person/dorn 173");
  }

  @Test
  void anAgreementToReachStaysAgreementInPrinciple() {
    // Session 15 (h-coop): a finite "reached an agreement" is concluded (057,
    // EventCooperativeFramesTest); the infinitive of an agreement sought stays the intent.
    String text = "Valdoria wants to reach an agreement with Kestria on fishing rights.";
    AnnotatedArticle doc = two(text).coded();
    assertThat(describe(doc)).containsExactly("country/VAL>country/KES 030");
    assertThat(doc.events().get(0).span().of(text))
        .isEqualTo("Valdoria wants to reach an agreement with Kestria");
  }

  @Test
  void pressuringAnActorToActDemandsTheAct() {
    String text =
        "The Valdorian authorities have been pressuring the workers to cancel the strike.";
    assertThat(
            describe(
                article(text)
                    .actor(
                        "gov/VAL", ActorKind.INSTITUTION, "VALGOV", "VAL", "Valdorian authorities")
                    .actor("group/workers", ActorKind.GROUP, "VALLAB", "VAL", "workers")
                    .coded()))
        .containsExactly("gov/VAL>group/workers 100");
  }

  @Test
  void bordersOpenedToPeopleGrantThemRefuge() {
    String text = "Valdoria opened its borders to Kestrian refugees in 1997.";
    AnnotatedArticle doc =
        article(text)
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
            .actor("group/refugees", ActorKind.GROUP, "KESREF", "KES", "Kestrian refugees")
            .coded();
    assertThat(describe(doc)).containsExactly("country/VAL>group/refugees 075");
    // A border reopened with no one named stays the eased blockade.
    assertThat(describe(two("Valdoria reopened its border crossings on Monday.").coded()))
        .containsExactly("country/VAL>null 0872");
  }

  @Test
  void supportPledgedForAnActorsEffortsTargetsTheActor() {
    assertThat(describe(two("Valdoria pledged full support for Kestria's efforts.").coded()))
        .containsExactly("country/VAL>country/KES 051");
  }

  @Test
  void aDealAgreedIsConcludedButAgreeingToNegotiateOneIsAnIntent() {
    assertThat(describe(two("Valdoria and Kestria agreed to a new trade deal.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 057", "country/KES>country/VAL 057");
    assertThat(describe(two("Valdoria and Kestria agreed to negotiate a deal.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 036", "country/KES>country/VAL 036");
  }

  @Test
  void killedInACarBombingIsTheBombingWithThePlaceAsSource() {
    String text = "Three Kestrian civilians were killed in a suicide car bombing in Valdoria.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/civilians", ActorKind.GROUP, "KESCVL", "KES", "Kestrian civilians")
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
            .coded();
    assertThat(describe(doc)).containsExactly("country/VAL>group/civilians 1832");
    assertThat(doc.events().get(0).span().of(text))
        .isEqualTo("Kestrian civilians were killed in a suicide car bombing in Valdoria");
  }
}
