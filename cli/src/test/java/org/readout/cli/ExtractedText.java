package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * One test article run once through the standard pipeline, with the lookups the quote pipeline
 * tests share: the statement that starts at a phrase, and a quote's words, cue and speaker mention
 * as they read in the text. Each test class keeps one instance, so the article is extracted once
 * for all of its tests.
 */
final class ExtractedText {
  private final String id;
  private final String text;
  private AnnotatedArticle doc;

  ExtractedText(String id, String text) {
    this.id = id;
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The extracted article, checked for well-formed offsets the first time it is asked for. */
  synchronized AnnotatedArticle doc() {
    if (doc == null) {
      Article article =
          new Article(id, null, text, LocalDate.of(2025, 3, 4), DateSource.GIVEN, null);
      doc = TestPipelines.standard().pipeline().apply(article);
      assertWellFormed(doc);
    }
    return doc;
  }

  /** The one indirect statement that starts where {@code start} does in the text. */
  Quote statementAt(String start) {
    int at = text.indexOf(start);
    List<Quote> found =
        doc().quotes().stream()
            .filter(q -> q.kind() == QuoteKind.INDIRECT && q.span().start() == at)
            .toList();
    assertThat(found)
        .as("an indirect statement at [%d] \"%s\" among %s", at, start, doc().quotes())
        .hasSize(1);
    return found.get(0);
  }

  /** The one quote of any kind that starts where {@code words} does in the text. */
  Quote quoteAt(String words) {
    int at = text.indexOf(words);
    assertThat(at).as("\"%s\" in the text", words).isGreaterThanOrEqualTo(0);
    List<Quote> found = doc().quotes().stream().filter(q -> q.span().start() == at).toList();
    assertThat(found).as("one quote at [%d] \"%s\" among %s", at, words, doc().quotes()).hasSize(1);
    return found.get(0);
  }

  /** The canonical name of the quote's speaking actor, or null when it has none. */
  @Nullable String speaker(Quote q) {
    return q.speaker() == null ? null : doc().actor(q.speaker()).name();
  }

  String words(Quote q) {
    return q.span().of(text);
  }

  String mention(Quote q) {
    return orDash(q.speakerMention());
  }

  String cue(Quote q) {
    return orDash(q.cue());
  }

  private String orDash(Span span) {
    return span == null ? "-" : span.of(text);
  }
}
