package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;

/**
 * Clause forms of issue 8 (session 11): intents, conditional threats, future refusals, passives and
 * lists, each a frame over sentences written for these tests about invented countries.
 */
class EventClauseFormsTest {
  private static final String VAL = "country/VAL";
  private static final String KES = "country/KES";
  private static final String MOR = "country/MOR";

  private static java.util.List<String> coded(String text) {
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    return describe(doc);
  }

  @Test
  void aFutureGiftOfAidCountedOutInTonsIsAnIntentToGiveIt() {
    assertThat(coded("Valdoria will provide nearly 40,000 tons of emergency food aid to Kestria."))
        .containsExactly(VAL + ">" + KES + " 0333");
    // Given, not promised: the deed itself.
    assertThat(coded("Valdoria provided 40,000 tons of food aid to Kestria."))
        .containsExactly(VAL + ">" + KES + " 073");
  }

  @Test
  void anOfferOfTroopsIsAnIntentNotADeployment() {
    assertThat(coded("Valdoria offered its troops to Kestria."))
        .containsExactly(VAL + ">" + KES + " 0334");
  }

  @Test
  void anAgreementInPrincipleGovernsWhatFollowsIt() {
    assertThat(coded("Valdoria agreed in principle on Monday to provide aid to Kestria."))
        .containsExactly(VAL + ">" + KES + " 033");
  }

  @Test
  void aConditionAfterAFutureActMakesItAThreat() {
    assertThat(
            coded("Valdoria will withdraw its troops from Kestria unless Morvath holds elections."))
        .containsExactly(VAL + ">" + KES + " 130");
    assertThat(coded("Valdoria may suspend aid to Kestria if Morvath delays the vote."))
        .containsExactly(VAL + ">" + KES + " 1311");
    // "if" does not turn aid into a threat: a conditional promise of help is no event at all.
    assertThat(coded("Valdoria may send aid to Kestria if Morvath asks.")).isEmpty();
  }

  @Test
  void aSwornFightIsAThreatOfForce() {
    assertThat(coded("Valdorian rebels have sworn to fight Kestria."))
        .allMatch(e -> e.endsWith(" 1384"));
  }

  @Test
  void aFutureRefusalIsARejectionAndAPastNegationNoEvent() {
    assertThat(coded("Valdoria will not lift sanctions on Kestria."))
        .containsExactly(VAL + ">" + KES + " 1244");
    assertThat(coded("Valdoria said it would not release Kestrian prisoners."))
        .allMatch(e -> e.startsWith(VAL + ">") && e.endsWith(" 1243"))
        .isNotEmpty();
    assertThat(coded("Valdoria did not lift sanctions on Kestria.")).isEmpty();
    // A refusal with a condition is still a refusal, not a threat.
    assertThat(coded("Valdoria will not lift sanctions on Kestria if the blockade continues."))
        .containsExactly(VAL + ">" + KES + " 1244");
  }

  @Test
  void aPassivePatientMayStandInsideTheSubjectPhrase() {
    assertThat(coded("A convoy of Kestrian refugees was attacked by Valdoria."))
        .containsExactly(VAL + ">" + KES + " 190");
  }

  @Test
  void anAgentlessKillingIsCodedFromThePlaceItHappened() {
    // A roadside bomb makes it a roadside bombing (1833, session 15), no longer a plain killing.
    assertThat(coded("Four Kestrian soldiers were killed by a roadside bomb outside Valdoria."))
        .contains(VAL + ">" + KES + " 1833");
    // No place, no agent: no killing to code.
    assertThat(coded("Four Kestrian soldiers were killed by a roadside bomb."))
        .noneMatch(e -> e.endsWith(" 190") || e.endsWith(" 1833"));
  }

  @Test
  void membersOfAListAfterOfAreEachATarget() {
    AnnotatedArticle doc =
        world("Valdoria met leaders of Kestria and Morvath on Monday.")
            .actor("group/kes-leaders", ActorKind.INSTITUTION, "KESGOV", "KES", "leaders")
            .coded();
    assertWellFormed(doc);
    assertThat(describe(doc))
        .contains(VAL + ">group/kes-leaders 040", VAL + ">" + MOR + " 040")
        .doesNotContain(VAL + ">" + KES + " 040");
    assertThat(coded("Valdoria urged Kestria and Morvath to resume talks."))
        .containsExactlyInAnyOrder(VAL + ">" + KES + " 026", VAL + ">" + MOR + " 026");
  }
}
