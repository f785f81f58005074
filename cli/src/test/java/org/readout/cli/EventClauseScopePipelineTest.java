package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;

/**
 * Issue 8 (session 13): which clause a predicate belongs to. A second verb after a reported clause
 * that continues the reporting one, a relative clause inside the subject, and forecasts, hedges and
 * questions that assert no act. Every sentence is our own, written for these tests.
 */
class EventClauseScopePipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("scope", text);
  }

  @Test
  void aFiniteVerbAfterAReportedStateIsTheSpeakers() {
    // "were safe" is the reported state; the thanks are the minister's, not the refugees'.
    assertThat(
            EventSentences.triples(
                run(
                    "Turkish Foreign Minister Hakan Fidan said the Syrian refugees were safe and"
                        + " thanked Jordan for its help.")))
        .containsExactly("TURGOV>JOR 051");
  }

  @Test
  void aFiniteVerbAfterAReportedModalIsTheSpeakers() {
    // Under "would" the next verb would be bare ("would return home and praise"): "praised" is not.
    assertThat(
            EventSentences.triples(
                run(
                    "The Kenyan president said the soldiers would return home and praised Somalia"
                        + " for its cooperation.")))
        .containsExactly("KENGOV>SOM 051");
  }

  @Test
  void aCommaBeforeTheSecondVerbReturnsToTheSpeaker() {
    assertThat(
            EventSentences.triples(
                run(
                    "Japan's foreign minister said the fishermen had been released, and urged"
                        + " China to return their boat.")))
        .singleElement()
        .satisfies(t -> assertThat(t).startsWith("JPNGOV>CHN 02"));
  }

  @Test
  void theObjectAfterAPossessiveIsNoSubjectOfTheNextVerb() {
    // "its troops" is what Israel would withdraw; the thanks are Egypt's.
    assertThat(
            EventSentences.triples(
                run(
                    "Egypt said Israel would withdraw its troops and thanked Qatar for its"
                        + " mediation.")))
        .contains("EGY>QAT 051");
  }

  @Test
  void aRelativeClauseWithoutCommasEndsAtItsVerbPhrase() {
    assertThat(
            EventSentences.triples(
                run("Rebels who seized the town on Monday attacked a Malian army base.")))
        .singleElement()
        .satisfies(t -> assertThat(t).startsWith("REB>MLI"));
  }

  @Test
  void twoPlainPastVerbsStayInTheReportedClause() {
    // "shelled ... and killed": both are the reported subject's acts.
    assertThat(
            EventSentences.triples(
                run("Ukraine said Russian forces shelled Kharkiv and killed four people.")))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t).startsWith("RUS"));
  }

  @Test
  void aRelativeClauseSetOffByCommasLeavesTheSubjectBeforeIt() {
    // Kabul, inside the relative clause, is where the envoy arrived, not who urged.
    assertThat(
            EventSentences.triples(
                run(
                    "The UN envoy, who arrived in Kabul on Monday, urged the Taliban to reopen"
                        + " girls' schools.")))
        .singleElement()
        .satisfies(t -> assertThat(t).startsWith("IGOUNO>AFG").endsWith(" 020"));
  }

  @Test
  void theSubjectOfARelativeClauseIsNotTheSubjectOfTheMainVerb() {
    // "whom critics call an autocrat": the critics call; the president condemns.
    assertThat(
            EventSentences.triples(
                run(
                    "Nigerian President Bola Tinubu, whom critics call an autocrat, condemned the"
                        + " attack on the village.")))
        .containsExactly("NGAGOV>- 111");
  }

  @Test
  void forecastsAndTriedActsUnderAModalAreNoEvents() {
    assertThat(run("Venezuela is likely to expel the Colombian ambassador.").events()).isEmpty();
    assertThat(run("Iran will probably reject the proposal from France.").events()).isEmpty();
    assertThat(run("Analysts said Turkey could try to close its border with Syria.").events())
        .isEmpty();
  }

  @Test
  void expressedConcernIsNoDisapproval() {
    assertThat(run("China expressed serious concern over the Japanese naval drills.").events())
        .isEmpty();
    // Anger is.
    assertThat(EventSentences.triples(run("China expressed anger over the Japanese naval drills.")))
        .containsExactly("CHN>JPN 110");
  }

  @Test
  void aQuestionAssertsNoAct() {
    assertThat(run("Did China send warships to the Philippines?").events()).isEmpty();
    assertThat(run("Will the United States impose sanctions on Iran?").events()).isEmpty();
  }
}
