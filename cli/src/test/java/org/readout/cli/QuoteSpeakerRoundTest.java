package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Direct-quote speakers of issue 9's fourth round (session 10), each on a short article written for
 * this test and run through the standard CoreNLP pipeline: a transcript whose turns are labelled
 * inside the quote marks, a pull quote signed after a horizontal bar by a name the entity
 * recognizer may miss, definite descriptions that point back to a named person ("the Florida
 * senator"), a headline's bare role that points forward, and a description with "of state" before
 * its verb. Every quote is named by its offsets.
 */
class QuoteSpeakerRoundTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 3);

  private static final String TRANSCRIPT =
      String.join(
          "\n\n",
          "Mayor defends budget on Sunday program",
          "On the weekly program \"City Desk,\" Mayor Alma Reyes defended the budget against its"
              + " critics.",
          "A partial transcript follows:",
          "\"HOLLIS: Mayor, the council says the numbers do not add up. Do they?",
          "\"REYES: They add up. We cut the overtime bill and we kept the libraries open.",
          "\"HOLLIS: And the bridge repairs?",
          "\"REYES: Those start in the spring, as we promised.\"",
          "Host Gary Hollis ended the interview there.",
          "\"Nobody on the east side was asked about any of this.\" \u2015 Teodora Vasquez-Lind,"
              + " bakery owner");

  private static final String SENATE =
      String.join(
          "\n\n",
          "'Reckless,' says senator of shipyard sale",
          "Florida Sen. Dana Whitcomb toured the shipyard on Monday with local union leaders.",
          "\"We will keep every one of these jobs,\" the Florida senator said after the tour.",
          "Former Secretary of State Owen Pratt, who backs a rival plan, was not persuaded.",
          "\"Promises are cheap in October,\" the former secretary of state told reporters.");

  private static Quote at(AnnotatedArticle doc, String words) {
    int start = doc.text().indexOf(words);
    assertThat(start).as(words).isGreaterThanOrEqualTo(0);
    return doc.quotes().stream()
        .filter(q -> q.span().start() == start)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote at " + start + ": " + words));
  }

  private static String speaker(AnnotatedArticle doc, Quote q) {
    return q.speaker() == null ? null : doc.actor(q.speaker()).name();
  }

  private static String words(AnnotatedArticle doc, Span s) {
    return s == null ? null : s.of(doc.text());
  }

  @Test
  void transcriptLabelsSplitTheTurnsAndNameTheirSpeakers() {
    AnnotatedArticle doc = TestPipelines.run(TRANSCRIPT, DATE);
    String text = doc.text();
    Quote ask = at(doc, "Mayor, the council says");
    // One quote per turn: the label is not quoted speech, and the turn ends with its paragraph.
    assertThat(ask.span())
        .isEqualTo(new Span(text.indexOf("Mayor, the council"), text.indexOf("Do they?") + 8));
    assertThat(ask.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(words(doc, ask.speakerMention())).isEqualTo("HOLLIS");
    assertThat(speaker(doc, ask)).isEqualTo("Gary Hollis");
    Quote answer = at(doc, "They add up.");
    assertThat(answer.span().end()).isEqualTo(text.indexOf("libraries open.") + 15);
    assertThat(speaker(doc, answer)).isEqualTo("Alma Reyes");
    assertThat(speaker(doc, at(doc, "And the bridge repairs?"))).isEqualTo("Gary Hollis");
    assertThat(speaker(doc, at(doc, "Those start in the spring"))).isEqualTo("Alma Reyes");
  }

  @Test
  void aHorizontalBarSignsAPullQuote() {
    AnnotatedArticle doc = TestPipelines.run(TRANSCRIPT, DATE);
    Quote signed = at(doc, "Nobody on the east side");
    assertThat(words(doc, signed.cue())).isEqualTo("\u2015");
    assertThat(words(doc, signed.speakerMention())).isEqualTo("Teodora Vasquez-Lind");
  }

  @Test
  void descriptionsPointBackToTheNamedPersonAndHeadlinesForward() {
    AnnotatedArticle doc = TestPipelines.run(SENATE, DATE);
    Quote jobs = at(doc, "We will keep every one");
    assertThat(words(doc, jobs.speakerMention())).isEqualTo("the Florida senator");
    assertThat(speaker(doc, jobs)).isEqualTo("Dana Whitcomb");
    Quote cheap = at(doc, "Promises are cheap");
    // "state" after "of" is a noun, so "told" is the cue, and the description is Owen Pratt.
    assertThat(words(doc, cheap.cue())).isEqualTo("told");
    assertThat(speaker(doc, cheap)).isEqualTo("Owen Pratt");
    Quote headline = at(doc, "Reckless");
    assertThat(words(doc, headline.speakerMention())).isEqualTo("senator");
    assertThat(speaker(doc, headline)).isEqualTo("Dana Whitcomb");
  }
}
