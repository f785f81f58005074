package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

  private static final ExtractedText TRANSCRIPT_ARTICLE =
      new ExtractedText("transcript", TRANSCRIPT);
  private static final ExtractedText SENATE_ARTICLE = new ExtractedText("senate", SENATE);

  @Test
  void transcriptLabelsSplitTheTurnsAndNameTheirSpeakers() {
    String text = TRANSCRIPT_ARTICLE.text();
    Quote ask = TRANSCRIPT_ARTICLE.quoteAt("Mayor, the council says");
    // One quote per turn: the label is not quoted speech, and the turn ends with its paragraph.
    assertThat(ask.span())
        .isEqualTo(new Span(text.indexOf("Mayor, the council"), text.indexOf("Do they?") + 8));
    assertThat(ask.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(TRANSCRIPT_ARTICLE.mention(ask)).isEqualTo("HOLLIS");
    assertThat(TRANSCRIPT_ARTICLE.speaker(ask)).isEqualTo("Gary Hollis");
    Quote answer = TRANSCRIPT_ARTICLE.quoteAt("They add up.");
    assertThat(answer.span().end()).isEqualTo(text.indexOf("libraries open.") + 15);
    assertThat(TRANSCRIPT_ARTICLE.speaker(answer)).isEqualTo("Alma Reyes");
    assertThat(TRANSCRIPT_ARTICLE.speaker(TRANSCRIPT_ARTICLE.quoteAt("And the bridge repairs?")))
        .isEqualTo("Gary Hollis");
    assertThat(TRANSCRIPT_ARTICLE.speaker(TRANSCRIPT_ARTICLE.quoteAt("Those start in the spring")))
        .isEqualTo("Alma Reyes");
  }

  @Test
  void aHorizontalBarSignsAPullQuote() {
    Quote signed = TRANSCRIPT_ARTICLE.quoteAt("Nobody on the east side");
    assertThat(TRANSCRIPT_ARTICLE.cue(signed)).isEqualTo("\u2015");
    assertThat(TRANSCRIPT_ARTICLE.mention(signed)).isEqualTo("Teodora Vasquez-Lind");
  }

  @Test
  void descriptionsPointBackToTheNamedPersonAndHeadlinesForward() {
    Quote jobs = SENATE_ARTICLE.quoteAt("We will keep every one");
    assertThat(SENATE_ARTICLE.mention(jobs)).isEqualTo("the Florida senator");
    assertThat(SENATE_ARTICLE.speaker(jobs)).isEqualTo("Dana Whitcomb");
    Quote cheap = SENATE_ARTICLE.quoteAt("Promises are cheap");
    // "state" after "of" is a noun, so "told" is the cue, and the description is Owen Pratt.
    assertThat(SENATE_ARTICLE.cue(cheap)).isEqualTo("told");
    assertThat(SENATE_ARTICLE.speaker(cheap)).isEqualTo("Owen Pratt");
    Quote headline = SENATE_ARTICLE.quoteAt("Reckless");
    assertThat(SENATE_ARTICLE.mention(headline)).isEqualTo("senator");
    assertThat(SENATE_ARTICLE.speaker(headline)).isEqualTo("Dana Whitcomb");
  }
}
