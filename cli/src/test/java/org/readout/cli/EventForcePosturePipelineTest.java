package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Issue 8 (h-force): shows of force (CAMEO root 15) and sanctions (root 16) read through the real
 * tagger, in wire copy: missile launches and nuclear tests with no target, flights and drills near
 * a country toward it, a launch reported by the other side's military, and a decision to impose
 * sanctions as the act. Every sentence is our own, written for these tests.
 */
class EventForcePosturePipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("force", text);
  }

  @Test
  void aNuclearTestIsAShowOfForceWithNoTarget() {
    String text = "Pakistan conducted a nuclear test in the Chagai hills on Friday.";
    AnnotatedArticle doc = run(text);
    assertThat(EventSentences.triples(doc)).containsExactly("PAK>- 150");
    Event e = doc.events().get(0);
    assertThat(e.span().start()).isEqualTo(0);
    assertThat(e.span().end()).isEqualTo(text.indexOf(" in the Chagai"));
  }

  @Test
  void aLaunchReportedByTheOtherSidesMilitaryIsTheLaunchersShowOfForce() {
    // Reported-vs-asserted: the military's report of the North's launch codes the launch.
    String text =
        "South Korea's military said the North fired a ballistic missile into the East Sea early"
            + " on Sunday.";
    AnnotatedArticle doc = run(text);
    assertThat(EventSentences.triples(doc)).containsExactly("PRK>- 150");
    assertThat(doc.events().get(0).span().start()).isEqualTo(text.indexOf("North fired"));
  }

  @Test
  void artilleryIntoTheSeaIsNoShelling() {
    AnnotatedArticle doc =
        run("North Korea fired artillery shells into the sea near the border island on Friday.");
    assertThat(EventSentences.triples(doc)).containsExactly("PRK>- 150");
  }

  @Test
  void bombersFlownNearACountryAreAShowOfForceTowardIt() {
    AnnotatedArticle doc = run("Russia flew strategic bombers near Japan on Thursday, Tokyo said.");
    assertThat(EventSentences.triples(doc)).containsExactly("RUS>JPN 150");
  }

  @Test
  void warplanesIntoAnAirDefenceZoneTargetItsCountry() {
    AnnotatedArticle doc = run("Chinese warplanes flew into Taiwan's air defence zone on Monday.");
    assertThat(EventSentences.top(doc).code()).isEqualTo("150");
    assertThat(EventSentences.top(doc).targetCode()).isEqualTo("TWN");
  }

  @Test
  void decidingToImposeSanctionsImposesThem() {
    AnnotatedArticle doc =
        run("The European Union decided to impose sanctions on Belarus on Monday.");
    assertThat(EventSentences.triples(doc)).containsExactly("IGOEUR>BLR 163");
  }

  @Test
  void gasSuppliesCutOffAreAnEmbargoNotAChemicalAttack() {
    AnnotatedArticle doc = run("Ukraine cut off gas supplies to Russia.");
    assertThat(EventSentences.triples(doc)).containsExactly("UKR>RUS 163");
  }
}
