package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;

/**
 * Reported clauses that open with an adverb or quantifier, and subjects that are names without an
 * actor (issue 9, second round), through the standard pipeline with offsets. The article is our
 * own, written for this test about an invented harbor town.
 */
class ReportedClauseOpeningsPipelineTest {
  private static final String TEXT =
      String.join(
          "\n\n",
          "NORTHFIELD - Councillor Ruth Okafor says too much of the harbor budget goes to outside"
              + " consultants.",
          "The harbormaster said repeatedly that the channel was silting up.",
          "A survey of the fishing fleet found that most skippers said only a third of their catch"
              + " was sold in the town.",
          "In the old quarter, Pim Vandersloot says the rents have doubled since the ferry stopped.");

  private static final ExtractedText ARTICLE = new ExtractedText("openings", TEXT);

  @Test
  void aClauseWithoutThatMayOpenWithAnAdverb() {
    Quote q = ARTICLE.statementAt("too much of the harbor budget");
    assertThat(q.span().start()).isEqualTo(TEXT.indexOf("too much"));
    assertThat(ARTICLE.words(q))
        .isEqualTo("too much of the harbor budget goes to outside consultants");
    assertThat(ARTICLE.cue(q)).isEqualTo("says");
    assertThat(ARTICLE.mention(q)).contains("Okafor");
  }

  @Test
  void anAdverbOfTheSayingMayStandBeforeThat() {
    Quote q = ARTICLE.statementAt("the channel was silting up");
    assertThat(ARTICLE.words(q)).isEqualTo("the channel was silting up");
    assertThat(ARTICLE.cue(q)).isEqualTo("said");
    assertThat(ARTICLE.mention(q)).isEqualTo("The harbormaster");
  }

  @Test
  void aClauseWithoutThatMayOpenWithAQuantifier() {
    Quote q = ARTICLE.statementAt("only a third of their catch");
    assertThat(ARTICLE.words(q)).isEqualTo("only a third of their catch was sold in the town");
    assertThat(ARTICLE.cue(q)).isEqualTo("said");
  }

  @Test
  void aNameAfterAnOpeningPhraseSpeaksEvenWithoutAnActor() {
    Quote q = ARTICLE.statementAt("the rents have doubled");
    assertThat(ARTICLE.words(q)).isEqualTo("the rents have doubled since the ferry stopped");
    assertThat(ARTICLE.cue(q)).isEqualTo("says");
    assertThat(ARTICLE.mention(q)).isEqualTo("Pim Vandersloot");
  }
}
