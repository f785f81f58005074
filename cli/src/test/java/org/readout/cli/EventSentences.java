package org.readout.cli;

import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.time.LocalDate;
import java.util.List;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;

/**
 * What the event pipeline tests share: a short article of our own run through the standard pipeline
 * on a fixed publication date (so relative dates resolve the same on every run), and its events in
 * one compact line each.
 */
final class EventSentences {
  /** The publication date the event tests' articles carry. */
  static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 2);

  private EventSentences() {}

  /** The article {@code id} of {@code text}, extracted and checked for well-formed offsets. */
  static AnnotatedArticle extract(String id, String text) {
    Article article = new Article(id, null, text, PUBLISHED, DateSource.GIVEN, null);
    AnnotatedArticle doc = TestPipelines.standard().pipeline().apply(article);
    assertWellFormed(doc);
    return doc;
  }

  /** Each event as {@code SOURCECODE>TARGETCODE CODE}, target "-" when none. */
  static List<String> triples(AnnotatedArticle doc) {
    return doc.events().stream()
        .map(
            e ->
                e.sourceCode()
                    + ">"
                    + (e.targetCode() == null ? "-" : e.targetCode())
                    + " "
                    + e.code())
        .toList();
  }

  /**
   * The most confident event, the earliest on a tie ({@link Event#RANKING}): what a reader of one
   * sentence is told, and the choice {@code PloverScorer.top} makes when it scores the CAMEO
   * manual's sentences.
   */
  static Event top(AnnotatedArticle doc) {
    return doc.events().stream().max(Event.RANKING).orElseThrow();
  }
}
