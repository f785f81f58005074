package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;

/**
 * The indirect-speech classes of issue 9 through the standard pipeline, one sentence each, with the
 * offsets of each reported statement, its cue and its speaker's words. The article is our own,
 * written for this test about an invented harbor town.
 */
class IndirectSpeechPipelineTest {
  private static final String TEXT =
      String.join(
          "\n\n",
          "NORTHFIELD - Mayor Ines Falk spoke about the harbor dredging plan at a council meeting on"
              + " Monday.",
          "Tomas Brandt, director of the Coastal Research Institute at Northfield University's school"
              + " of engineering, said the seawall would not survive another winter.",
          "Nearly half said they would vote for the new harbor levy.",
          "The dredging will cost about 40 million euros, according to the port authority, and work"
              + " could start in the spring.",
          "The ferries stopped running in March, Falk said on Tuesday, because the old timber pier at"
              + " the northern end of the harbor had cracked in the February storms.",
          "Residents blamed a storm that officials said was the worst in decades.",
          "The council ignored Brandt's warning that the old pier would collapse within a year.");

  private static final ExtractedText ARTICLE = new ExtractedText("harbor", TEXT);

  @Test
  void theTopicAfterASpeechVerbAndAPrepositionIsWhatWasSaid() {
    Quote q = ARTICLE.statementAt("the harbor dredging plan");
    assertThat(ARTICLE.words(q))
        .isEqualTo("the harbor dredging plan at a council meeting on Monday");
    assertThat(ARTICLE.cue(q)).isEqualTo("spoke");
    assertThat(ARTICLE.mention(q)).contains("Falk");
    assertThat(q.speaker()).isNotNull();
  }

  @Test
  void aSubjectSeparatedFromItsVerbByALongAppositionStillSpeaks() {
    Quote q = ARTICLE.statementAt("the seawall would not survive");
    assertThat(ARTICLE.words(q)).isEqualTo("the seawall would not survive another winter");
    assertThat(ARTICLE.mention(q)).isEqualTo("Tomas Brandt");
    assertThat(q.speaker()).isNotNull();
  }

  @Test
  void aShareOfAPollIsAnUnnamedSource() {
    Quote q = ARTICLE.statementAt("they would vote");
    assertThat(ARTICLE.words(q)).isEqualTo("they would vote for the new harbor levy");
    assertThat(ARTICLE.mention(q)).isEqualTo("Nearly half");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void accordingToInTheMiddleOfASentenceReportsTheClauseBeforeIt() {
    Quote q = ARTICLE.statementAt("The dredging will cost");
    assertThat(ARTICLE.words(q)).isEqualTo("The dredging will cost about 40 million euros");
    assertThat(ARTICLE.cue(q)).isEqualTo("according to");
    assertThat(ARTICLE.mention(q)).contains("port authority");
  }

  @Test
  void aCueBetweenCommasWithMoreAfterItCoversTheWholeSentence() {
    Quote q = ARTICLE.statementAt("The ferries stopped running");
    assertThat(ARTICLE.words(q))
        .isEqualTo(
            "The ferries stopped running in March, Falk said on Tuesday, because the old timber pier"
                + " at the northern end of the harbor had cracked in the February storms");
    assertThat(ARTICLE.cue(q)).isEqualTo("said");
    assertThat(ARTICLE.mention(q)).isEqualTo("Falk");
  }

  @Test
  void aStatementInsideARelativeClauseRunsFromTheRelativeWord() {
    Quote q = ARTICLE.statementAt("that officials said was");
    assertThat(ARTICLE.words(q)).isEqualTo("that officials said was the worst in decades");
    assertThat(ARTICLE.cue(q)).isEqualTo("said");
    assertThat(ARTICLE.mention(q)).isEqualTo("officials");
  }

  @Test
  void aSpeechNounWithItsOwnerReportsItsClause() {
    Quote q = ARTICLE.statementAt("the old pier would collapse");
    assertThat(ARTICLE.words(q)).isEqualTo("the old pier would collapse within a year");
    assertThat(ARTICLE.cue(q)).isEqualTo("warning");
    assertThat(ARTICLE.mention(q)).isEqualTo("Brandt");
    assertThat(q.speaker()).isNotNull();
  }
}
