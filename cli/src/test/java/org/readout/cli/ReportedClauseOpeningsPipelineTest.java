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

  private static AnnotatedArticle doc;

  private static synchronized AnnotatedArticle run() {
    if (doc == null) {
      Article article =
          new Article("openings", null, TEXT, LocalDate.of(2025, 3, 4), DateSource.GIVEN, null);
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
    assertThat(found)
        .as("an indirect statement at [%d] \"%s\" among %s", at, start, run().quotes())
        .hasSize(1);
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
  void aClauseWithoutThatMayOpenWithAnAdverb() {
    Quote q = statementAt("too much of the harbor budget");
    assertThat(q.span().start()).isEqualTo(TEXT.indexOf("too much"));
    assertThat(words(q)).isEqualTo("too much of the harbor budget goes to outside consultants");
    assertThat(cue(q)).isEqualTo("says");
    assertThat(mention(q)).contains("Okafor");
  }

  @Test
  void anAdverbOfTheSayingMayStandBeforeThat() {
    Quote q = statementAt("the channel was silting up");
    assertThat(words(q)).isEqualTo("the channel was silting up");
    assertThat(cue(q)).isEqualTo("said");
    assertThat(mention(q)).isEqualTo("The harbormaster");
  }

  @Test
  void aClauseWithoutThatMayOpenWithAQuantifier() {
    Quote q = statementAt("only a third of their catch");
    assertThat(words(q)).isEqualTo("only a third of their catch was sold in the town");
    assertThat(cue(q)).isEqualTo("said");
  }

  @Test
  void aNameAfterAnOpeningPhraseSpeaksEvenWithoutAnActor() {
    Quote q = statementAt("the rents have doubled");
    assertThat(words(q)).isEqualTo("the rents have doubled since the ferry stopped");
    assertThat(cue(q)).isEqualTo("says");
    assertThat(mention(q)).isEqualTo("Pim Vandersloot");
  }
}
