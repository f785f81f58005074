package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;

/**
 * Which clause a predicate belongs to (issue 8, session 13): {@link ReportingContinuation} and
 * {@link RelativeClauses} in the subject scan, hedges and questions in {@link PredicateReader}.
 * Sentences written for these tests about invented countries.
 */
class EventClauseScopeTest {
  private static final String VAL = "country/VAL";
  private static final String KES = "country/KES";
  private static final String MOR = "country/MOR";

  private static List<String> coded(String text) {
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    return describe(doc);
  }

  @Test
  void theSecondVerbAfterAReportedStateIsTheSpeakers() {
    assertThat(coded("Valdoria said the Kestrian refugees were safe and thanked Morvath."))
        .containsExactly(VAL + ">" + MOR + " 051");
  }

  @Test
  void theSecondVerbAfterAReportedModalIsTheSpeakers() {
    assertThat(coded("Valdoria said Kestria would withdraw its troops and thanked Morvath."))
        .contains(VAL + ">" + MOR + " 051")
        .doesNotContain(KES + ">" + MOR + " 051");
  }

  @Test
  void twoPastActsOfTheReportedSubjectStayItsActs() {
    assertThat(coded("Valdoria said Kestria attacked the port and shelled Morvath."))
        .isNotEmpty()
        .allMatch(e -> e.startsWith(KES + ">"));
  }

  @Test
  void aRelativeClauseInsideTheSubjectIsSteppedOver() {
    assertThat(coded("Valdoria, which hosted talks in Kestria, urged Morvath to resume talks."))
        .containsExactly(VAL + ">" + MOR + " 026");
  }

  @Test
  void aHedgedActIsNoEvent() {
    assertThat(coded("Valdoria will probably reject the proposal from Kestria.")).isEmpty();
    assertThat(coded("Valdoria is likely to expel the Kestrian ambassador.")).isEmpty();
  }

  @Test
  void aQuestionIsNoEvent() {
    assertThat(coded("Valdoria attacked Kestria.")).isNotEmpty();
    assertThat(coded("Valdoria attacked Kestria?")).isEmpty();
  }
}
