package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

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

  private static AnnotatedArticle doc;

  private static synchronized AnnotatedArticle run() {
    if (doc == null) {
      Article article =
          new Article("harbor", null, TEXT, LocalDate.of(2025, 3, 4), DateSource.GIVEN, null);
      doc = TestPipelines.standard().pipeline().apply(article);
      assertWellFormed(doc);
    }
    return doc;
  }

  /** The indirect statement that starts where {@code start} does in the text. */
  private static Quote statementAt(String start) {
    int at = TEXT.indexOf(start);
    List<Quote> found =
        run().quotes().stream()
            .filter(q -> q.kind() == QuoteKind.INDIRECT && q.span().start() == at)
            .toList();
    assertThat(found).as("an indirect statement at [%d] \"%s\"", at, start).hasSize(1);
    return found.get(0);
  }

  private static String words(Quote q) {
    return q.span().of(TEXT);
  }

  private static String mention(Quote q) {
    return q.speakerMention() == null ? "-" : q.speakerMention().of(TEXT);
  }

  private static String cue(Quote q) {
    return q.cue() == null ? "-" : q.cue().of(TEXT);
  }

  @Test
  void theTopicAfterASpeechVerbAndAPrepositionIsWhatWasSaid() {
    Quote q = statementAt("the harbor dredging plan");
    assertThat(words(q)).isEqualTo("the harbor dredging plan at a council meeting on Monday");
    assertThat(cue(q)).isEqualTo("spoke");
    assertThat(mention(q)).contains("Falk");
    assertThat(q.speaker()).isNotNull();
  }

  @Test
  void aSubjectSeparatedFromItsVerbByALongAppositionStillSpeaks() {
    Quote q = statementAt("the seawall would not survive");
    assertThat(words(q)).isEqualTo("the seawall would not survive another winter");
    assertThat(mention(q)).isEqualTo("Tomas Brandt");
    assertThat(q.speaker()).isNotNull();
  }

  @Test
  void aShareOfAPollIsAnUnnamedSource() {
    Quote q = statementAt("they would vote");
    assertThat(words(q)).isEqualTo("they would vote for the new harbor levy");
    assertThat(mention(q)).isEqualTo("Nearly half");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void accordingToInTheMiddleOfASentenceReportsTheClauseBeforeIt() {
    Quote q = statementAt("The dredging will cost");
    assertThat(words(q)).isEqualTo("The dredging will cost about 40 million euros");
    assertThat(cue(q)).isEqualTo("according to");
    assertThat(mention(q)).contains("port authority");
  }

  @Test
  void aCueBetweenCommasWithMoreAfterItCoversTheWholeSentence() {
    Quote q = statementAt("The ferries stopped running");
    assertThat(words(q))
        .isEqualTo(
            "The ferries stopped running in March, Falk said on Tuesday, because the old timber pier"
                + " at the northern end of the harbor had cracked in the February storms");
    assertThat(cue(q)).isEqualTo("said");
    assertThat(mention(q)).isEqualTo("Falk");
  }

  @Test
  void aStatementInsideARelativeClauseRunsFromTheRelativeWord() {
    Quote q = statementAt("that officials said was");
    assertThat(words(q)).isEqualTo("that officials said was the worst in decades");
    assertThat(cue(q)).isEqualTo("said");
    assertThat(mention(q)).isEqualTo("officials");
  }

  @Test
  void aSpeechNounWithItsOwnerReportsItsClause() {
    Quote q = statementAt("the old pier would collapse");
    assertThat(words(q)).isEqualTo("the old pier would collapse within a year");
    assertThat(cue(q)).isEqualTo("warning");
    assertThat(mention(q)).isEqualTo("Brandt");
    assertThat(q.speaker()).isNotNull();
  }
}
