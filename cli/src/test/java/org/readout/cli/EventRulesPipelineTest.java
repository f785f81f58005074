package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Event coding rules that depend on real part-of-speech tags, through the standard pipeline.
 * Sentences are our own, written for these tests.
 */
class EventRulesPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("rules", text);
  }

  private static List<String> codes(AnnotatedArticle doc) {
    return doc.events().stream().map(Event::code).toList();
  }

  @Test
  void nounsAfterAdjectivesNumbersAndNounsAreNotVerbs() {
    assertThat(codes(run("Belarus has lived under Western sanctions for many years."))).isEmpty();
    assertThat(
            codes(
                run(
                    "Chile's health minister spoke to reporters at a regular briefing in Santiago.")))
        .noneMatch(c -> c.startsWith("06"));
    assertThat(codes(run("Peru said six people were treated for gunshot wounds in Lima.")))
        .isEmpty();
    assertThat(codes(run("Argentina asked the central government for emergency funds on Monday.")))
        .isEmpty();
  }

  @Test
  void aDemandReportedBeforeItsCueKeepsAWellFormedEvidenceSpan() {
    // The cue follows the reported clause: the evidence once ran backwards from the cue to the
    // clause's verb, and the document dropped out of the pipeline ("bad span").
    String text =
        "Sudan must withdraw its troops from the border, Egypt's foreign minister said on Monday.";
    AnnotatedArticle doc = run(text);
    Event demand =
        doc.events().stream().filter(e -> e.rootCode().equals("10")).findFirst().orElseThrow();
    assertThat(demand.sourceCode()).startsWith("EGY");
    assertThat(demand.targetCode()).startsWith("SDN");
    assertThat(demand.span().start()).isZero();
    assertThat(demand.span().end()).isGreaterThanOrEqualTo(text.indexOf("said") + 4);
  }

  @Test
  void relativeClauseSubjectIsNotTheMainSubject() {
    AnnotatedArticle doc =
        run("China has opened an inquiry into pork from member states that backed the tariffs.");
    assertThat(codes(doc)).doesNotContain("051");
  }

  @Test
  void governedNounNeedsNoOtherVerbBetween() {
    AnnotatedArticle doc =
        run("Analysts said China wanted to increase its leverage before the summit.");
    assertThat(codes(doc)).doesNotContain("036");
  }

  @Test
  void placeAfterADeterminerIsNotATarget() {
    AnnotatedArticle doc =
        run(
            "Canada sent a request for consultations at the World Trade Organization in Geneva on Friday.");
    assertThat(doc.events())
        .noneMatch(e -> "IGOWTO".equals(e.targetCode()) || "IGOWTO".equals(e.sourceCode()));
  }

  @Test
  void coordinatedSubjectsWithArticlesAndAGapBeforeTheTarget() {
    String text =
        "The European Union and the United States imposed a joint package of sanctions on Iran on Monday.";
    AnnotatedArticle doc = run(text);
    List<Event> sanctions = doc.events().stream().filter(e -> e.code().equals("163")).toList();
    assertThat(sanctions).extracting(Event::sourceCode).contains("IGOEUR", "USA");
    assertThat(sanctions).allSatisfy(e -> assertThat(e.targetCode()).isEqualTo("IRN"));
    assertThat(sanctions)
        .allSatisfy(e -> assertThat(e.span().end()).isEqualTo(text.indexOf("Iran") + 4));
  }

  @Test
  void appealToOwnTeamsInAQuoteIsNoEvent() {
    AnnotatedArticle doc =
        run(
            "\"We have asked our teams to finish the text by Friday,\" Norway's prime minister Jonas Gahr Store said.");
    assertThat(codes(doc)).noneMatch(c -> c.startsWith("02"));
  }

  @Test
  void aPastTenseVerbTaggedAsParticipleStillCodesItsEvent() {
    // The tagger reads "bombed" after a plural noun as a participle (VBN); with an object after it
    // and no later main verb it is the clause's verb.
    AnnotatedArticle doc = run("Turkish warplanes bombed positions in northern Iraq on Saturday.");
    assertThat(doc.events())
        .anySatisfy(
            e -> {
              assertThat(e.code()).isEqualTo("195");
              assertThat(e.sourceCode()).isEqualTo("TURMIL");
              assertThat(e.targetCode()).isEqualTo("IRQ");
            });
    // A participle that only modifies a noun stays silent.
    assertThat(codes(run("A bridge financed by Japan opened in Dhaka on Saturday."))).isEmpty();
  }
}
