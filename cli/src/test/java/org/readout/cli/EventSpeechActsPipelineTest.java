package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speech acts through the standard pipeline (issue 8, session 12): the speech predicate governs its
 * complement. CAMEO codes the claim, denial, rejection or threat, and the reported act only when
 * the reporter asserts it. Sentences are our own, in wire, brief and translated styles.
 */
class EventSpeechActsPipelineTest {
  private static List<String> events(String text) {
    return EventSentences.triples(EventSentences.extract("speech", text));
  }

  @Test
  void aDenialOfOneOwnSidesActIsADenialNotTheAct() {
    assertThat(
            events(
                "Russian Foreign Minister Sergei Lavrov denied on Tuesday that Russia had shelled"
                    + " a school in Kharkiv."))
        .containsExactly("RUSGOV>UKR 016");
    assertThat(events("Israel denied that it had carried out airstrikes on Syria."))
        .containsExactly("ISR>SYR 016");
  }

  @Test
  void aDenialBySomeoneUnnamedAssertsNothing() {
    // The quote stage names no speaker for "a spokesman for ..."; the act is still only denied.
    assertThat(
            events(
                "A spokesman for the Chinese Foreign Ministry denied that Chinese coast guard ships"
                    + " had fired water cannon at Philippine boats."))
        .noneMatch(e -> e.endsWith(" 175"));
  }

  @Test
  void aClaimOfOneOwnSidesActIsAClaimOfResponsibility() {
    assertThat(
            events(
                "The Rapid Support Forces claimed that its fighters had shot down a Sudanese army"
                    + " drone over Omdurman."))
        .containsExactly("SDNREB>SDNMIL 015");
  }

  @Test
  void aClaimAboutAnotherSideIsAnAccusationRefinedByTheAct() {
    assertThat(events("Iran claimed that Israel had struck its embassy in Damascus."))
        .containsExactly("IRN>ISR 1123");
    assertThat(events("Azerbaijan alleged that Armenian troops had fired on its positions."))
        .containsExactly("AZE>ARMMIL 1123");
    // The accusation the cue makes itself stays as it is.
    assertThat(events("Pakistan accused India of killing civilians in Kashmir."))
        .containsExactly("PAK>IND 1123");
  }

  @Test
  void anAssertingReportKeepsTheAct() {
    assertThat(events("Ukraine said Russia had shelled a market in Kherson."))
        .containsExactly("RUS>UKR 194");
  }

  @Test
  void anActInsideANounOfSayingIsAssertedByNoOne() {
    assertThat(events("Pakistan rejected India's claim that its jets had shot down an F-16."))
        .containsExactly("PAK>IND 120");
    assertThat(
            events(
                "The Indian government dismissed reports that its troops had crossed into"
                    + " Pakistan."))
        .containsExactly("INDGOV>- 016");
  }

  @Test
  void rejectingAnAccusationOrReportsDeniesResponsibility() {
    assertThat(events("Moscow dismissed the accusations as baseless."))
        .containsExactly("RUSGOV>- 016");
    assertThat(
            events(
                "The DPRK Foreign Ministry on Sunday flatly rejected the accusations raised by"
                    + " Japan, calling them a sheer fabrication."))
        .allMatch(e -> e.startsWith("PRKGOV>") && e.endsWith(" 016"))
        .isNotEmpty();
    // The accuser, after "by" or as the accusation's possessor, is the target.
    assertThat(events("Ethiopia dismissed the allegations by Eritrea as baseless."))
        .containsExactly("ETH>ERI 016");
    assertThat(events("Moscow dismissed Washington's allegations of election interference."))
        .containsExactly("RUSGOV>USAGOV 016");
    // Another's proposal or call stays a rejection (12).
    assertThat(events("China rejected the proposal from Japan for a joint patrol."))
        .containsExactly("CHN>JPN 120");
  }

  @Test
  void rejectingACallToActRefusesTheActAndTargetsTheCaller() {
    assertThat(events("Ankara rejected the European Union's call to halt the offensive."))
        .containsExactly("TURGOV>IGOEUR 1246");
    assertThat(events("Venezuela rejected calls by Brazil to publish the voting records."))
        .containsExactly("VEN>BRA 120");
  }

  @Test
  void aWarningsTargetStandsInItsComplementAndItsConditionIsNoAct() {
    assertThat(
            events(
                "South Korean Defence Minister Shin Won-sik warned that North Korea would face an"
                    + " overwhelming response if it attacked."))
        .containsExactly("KORGOV>PRK 130");
    assertThat(events("Israel threatened to strike Lebanon if Hezbollah fired more rockets."))
        .containsExactly("ISR>LBN 1384");
  }

  @Test
  void aThreatNamesItsTargetInTheRelativeClauseOfWhatItWouldDo() {
    assertThat(
            events(
                "President Donald Trump threatened to impose sanctions that would destroy"
                    + " Turkey's economy."))
        .containsExactly("USAGOV>TUR 1312");
  }

  @Test
  void aThreatenedConsequenceTargetsTheOneWhoWouldSufferIt() {
    assertThat(
            events(
                "Iran's Supreme Leader vowed that the United States and Britain would pay a heavy"
                    + " price for the strikes."))
        .containsExactlyInAnyOrder("IRNGOV>USA 130", "IRNGOV>GBR 130");
    assertThat(events("Pyongyang warned that Seoul would pay dearly if it continued the drills."))
        .containsExactly("PRKGOV>KORGOV 130");
    // Told as a fact, a heavy price paid is no threat.
    assertThat(events("Civilians in Gaza paid a heavy price for the war.")).isEmpty();
  }

  @Test
  void vowsOfRetaliationAndReservedRightsAreThreatsOfForce() {
    assertThat(events("Russia reserved the right to retaliate against Finland."))
        .containsExactly("RUS>FIN 138");
    assertThat(events("The Houthis vowed to respond to the American strikes."))
        .allMatch(e -> e.endsWith(">USA 138"))
        .isNotEmpty();
    // Translated style: a "fitting reply" if provoked.
    assertThat(
            events("The North Korean army would give a fitting reply to South Korea if provoked."))
        .containsExactly("PRKMIL>KOR 138");
  }

  @Test
  void theProposerOfWhatIsRejectedIsItsTarget() {
    assertThat(events("Pakistan turned down a request from India to extradite the suspects."))
        .containsExactly("PAK>IND 121");
    assertThat(events("Japan cancelled a planned visit to South Korea."))
        .containsExactly("JPN>KOR 125");
    // Talks that end without agreement: both sides reject.
    assertThat(events("Serbia and Kosovo failed to reach an agreement."))
        .containsExactlyInAnyOrder("SRB>XKX 120", "XKX>SRB 120");
  }

  @Test
  void anAppositiveDenialIsTheDeniersDenialToTheAccuser() {
    assertThat(
            events(
                "Moscow accused Kyiv of shelling the Zaporizhzhia plant, a charge Ukraine"
                    + " rejected."))
        .containsExactlyInAnyOrder("RUSGOV>UKRGOV 1123", "UKR>RUSGOV 016");
    assertThat(events("Washington accused Tehran of attacking two tankers, a charge Iran denied."))
        .containsExactlyInAnyOrder("USAGOV>IRNGOV 1123", "IRN>USAGOV 016");
    // Another noun after the comma is no denial.
    assertThat(events("Ethiopia rejected the plan, a decision Egypt condemned."))
        .noneMatch(e -> e.endsWith(" 016"));
  }

  @Test
  void aDeniedOrAdmittedGerundIsAStatementOnItsTarget() {
    assertThat(events("Azerbaijan denied shelling Armenian villages near the border."))
        .containsExactly("AZE>ARM 016");
    // Admitted, the same act is a claim of responsibility; "acknowledged the concerns" is none.
    assertThat(events("The Pakistani army admitted firing on Indian posts in Kashmir."))
        .containsExactly("PAKMIL>IND 015");
    assertThat(events("Japan acknowledged the concerns of South Korea.")).isEmpty();
    // Another side's act in a denied clause is no event; "denied entry to" stays a rejection.
    assertThat(events("Israel denied that Hamas had fired the rocket.")).isEmpty();
    assertThat(events("Turkey denied entry to two Greek journalists."))
        .allMatch(e -> e.startsWith("TUR>") && e.endsWith(" 120"))
        .isNotEmpty();
  }
}
