package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Speaker shapes of real news (issue 9), each on a short article written for this test and run
 * through the standard CoreNLP pipeline: a wire lead with titles, possessives and appositions
 * between the quote and its verb; unnamed sources named by a description; an analysis piece in the
 * doubled marks of older typesetting; and translated East Asian news with surname-and-title names.
 * Every assertion names the quote by its offset in the text.
 */
class QuoteSpeakerShapesTest {

  private static final String WIRE =
      String.join(
          "\n\n",
          "Port strike enters second week",
          "\"Nothing has changed in our offer,\" harbor authority press secretary Mara Quist told"
              + " reporters on Monday. \"We will keep talking.\"",
          "\"We are ready,\" Council Speaker Paul Brandt, the talks chair, told the delegates.",
          "\"This was a mistake,\" the union's campaign manager, Joel Varga, said in an interview.",
          "\"The plan is sound,\" said a New Hampshire Republican.",
          "\"It is over,\" another Iowa Democrat added.",
          "\"It is a fair step,\" said one of the union's advisers, who asked not to be named.",
          "The shipping lines, a union lawyer said, would lose more than the workers.");

  private static final String ANALYSIS =
      String.join(
          "\n\n",
          "Why the harbor vote matters",
          "''We are going to carry this county,'' Mr. Brandt said. ''It is ours to lose.''",
          "Still, Ms. Quist acknowledged, ''we will need some big wins at the end'' of the month.",
          "Joel Varga told the Harbor Gazette in a written statement, \"We do not want the"
              + " council's endorsement.\"",
          "Reporters asked Brandt whether the port would reopen before the vote.");

  private static final String TRANSLATED =
      String.join(
          "\n\n",
          "SEOUL, April 2 -- South Korea will extend its chip subsidies for two more years,"
              + " Minister Park told lawmakers on Thursday.",
          "\"We cannot let the factories wait,\" Minister Park said. \"The budget is ready.\"",
          "Chairman Kim Jong-su of the Korea Shipbuilders Association, speaking to reporters"
              + " after a meeting in Sejong, said, \"Orders are recovering.\"",
          "In a statement, the Japanese trade ministry said it would study the plan. Mr. Tanaka,"
              + " a ministry spokesman, told reporters in Tokyo: \"We will respond calmly.\"");

  private static final ExtractedText WIRE_ARTICLE = new ExtractedText("wire", WIRE);
  private static final ExtractedText ANALYSIS_ARTICLE = new ExtractedText("analysis", ANALYSIS);
  private static final ExtractedText TRANSLATED_ARTICLE =
      new ExtractedText("translated", TRANSLATED);

  @Test
  void titlesPossessivesAndAppositionsBetweenTheQuoteAndItsVerb() {
    Quote quist = WIRE_ARTICLE.quoteAt("Nothing has changed");
    assertThat(quist.span()).isEqualTo(new Span(33, 66));
    assertThat(WIRE_ARTICLE.speaker(quist)).isEqualTo("Mara Quist");
    assertThat(WIRE_ARTICLE.cue(quist)).isEqualTo("told");
    // The next quote continues her turn.
    assertThat(WIRE_ARTICLE.speaker(WIRE_ARTICLE.quoteAt("We will keep talking.")))
        .isEqualTo("Mara Quist");
    Quote brandt = WIRE_ARTICLE.quoteAt("We are ready,");
    assertThat(WIRE_ARTICLE.speaker(brandt)).isEqualTo("Paul Brandt");
    assertThat(WIRE_ARTICLE.cue(brandt)).isEqualTo("told");
    // The manager named in the apposition speaks, not the union that owns the campaign.
    Quote varga = WIRE_ARTICLE.quoteAt("This was a mistake,");
    assertThat(WIRE_ARTICLE.speaker(varga)).isEqualTo("Joel Varga");
    assertThat(WIRE_ARTICLE.mention(varga)).isEqualTo("Joel Varga");
  }

  @Test
  void descriptionsNameUnnamedSources() {
    Quote republican = WIRE_ARTICLE.quoteAt("The plan is sound,");
    assertThat(republican.speaker()).isNull();
    assertThat(republican.confidence()).isZero();
    assertThat(WIRE_ARTICLE.mention(republican)).isEqualTo("a New Hampshire Republican");
    // A three-word quote with its cue beside it is a statement, not a scare quote.
    Quote democrat = WIRE_ARTICLE.quoteAt("It is over,");
    assertThat(WIRE_ARTICLE.mention(democrat)).isEqualTo("another Iowa Democrat");
    assertThat(WIRE_ARTICLE.cue(democrat)).isEqualTo("added");
    Quote adviser = WIRE_ARTICLE.quoteAt("It is a fair step,");
    assertThat(WIRE_ARTICLE.mention(adviser)).isEqualTo("one of the union's advisers");
    Quote lawyer = WIRE_ARTICLE.quoteAt("The shipping lines, a union lawyer said");
    assertThat(lawyer.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(WIRE_ARTICLE.cue(lawyer)).isEqualTo("said");
    assertThat(WIRE_ARTICLE.mention(lawyer)).isEqualTo("a union lawyer");
    assertThat(WIRE_ARTICLE.words(lawyer)).endsWith("would lose more than the workers");
  }

  @Test
  void doubledMarksSpeechNounsAndIndirectQuestions() {
    Quote carry = ANALYSIS_ARTICLE.quoteAt("We are going to carry this county,");
    assertThat(carry.span().start()).isEqualTo(ANALYSIS.indexOf("''We are") + 2);
    assertThat(carry.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(ANALYSIS_ARTICLE.speaker(carry)).isEqualTo("Brandt");
    assertThat(ANALYSIS_ARTICLE.speaker(ANALYSIS_ARTICLE.quoteAt("It is ours to lose.")))
        .isEqualTo("Brandt");
    Quote wins = ANALYSIS_ARTICLE.quoteAt("we will need some big wins at the end");
    assertThat(ANALYSIS_ARTICLE.speaker(wins)).isEqualTo("Quist");
    assertThat(ANALYSIS_ARTICLE.cue(wins)).isEqualTo("acknowledged");
    // "told ... in a written statement": the verb is the cue, its subject the speaker.
    Quote endorsement = ANALYSIS_ARTICLE.quoteAt("We do not want");
    assertThat(ANALYSIS_ARTICLE.cue(endorsement)).isEqualTo("told");
    assertThat(ANALYSIS_ARTICLE.speaker(endorsement)).isEqualTo("Joel Varga");
    Quote question = ANALYSIS_ARTICLE.quoteAt("whether the port would reopen");
    assertThat(question.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(ANALYSIS_ARTICLE.cue(question)).isEqualTo("asked");
  }

  @Test
  void surnameAndTitleNamesOfTranslatedNews() {
    Quote lead = TRANSLATED_ARTICLE.quoteAt("South Korea will extend");
    assertThat(lead.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(TRANSLATED_ARTICLE.mention(lead)).isEqualTo("Park");
    assertThat(TRANSLATED_ARTICLE.mention(TRANSLATED_ARTICLE.quoteAt("We cannot let")))
        .isEqualTo("Park");
    // A participle phrase of a dozen words stands between the chairman and his verb.
    Quote kim = TRANSLATED_ARTICLE.quoteAt("Orders are recovering.");
    assertThat(TRANSLATED_ARTICLE.mention(kim)).isEqualTo("Kim Jong-su");
    assertThat(TRANSLATED_ARTICLE.cue(kim)).isEqualTo("said");
    Quote ministry = TRANSLATED_ARTICLE.quoteAt("it would study the plan");
    assertThat(TRANSLATED_ARTICLE.mention(ministry)).isEqualTo("the Japanese trade ministry");
    Quote tanaka = TRANSLATED_ARTICLE.quoteAt("We will respond calmly.");
    assertThat(TRANSLATED_ARTICLE.mention(tanaka)).isEqualTo("Tanaka");
    assertThat(TRANSLATED_ARTICLE.cue(tanaka)).isEqualTo("told");
  }
}
