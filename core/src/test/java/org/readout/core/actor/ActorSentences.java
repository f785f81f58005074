package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Mention;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;
import org.readout.core.testing.SimplePipeline;

/**
 * What the actor tests over the bundled dictionary share: a sentence of our own through the actor
 * stage (simple analyzer, bundled dictionary and gazetteer, a fixed publication date), and the
 * actor whose mention lies exactly on a phrase.
 */
final class ActorSentences {
  private static final Pipeline PIPELINE =
      Pipeline.of(
          new ParagraphSplitter(),
          new LinguisticAnalysis(new SimpleAnalyzer()),
          new ActorResolver(SimplePipeline.dictionary(), Gazetteer.loadBundled()));

  private ActorSentences() {}

  /** {@code text} as an article of 6 May 2024, its actors resolved and its offsets checked. */
  static AnnotatedArticle run(String text) {
    AnnotatedArticle doc =
        PIPELINE.apply(
            new Article("t", null, text, LocalDate.of(2024, 5, 6), DateSource.GIVEN, null));
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  /** The actor with a mention exactly on {@code phrase} (its first occurrence), or null. */
  static @Nullable Actor actorOn(AnnotatedArticle doc, String phrase) {
    int start = doc.text().indexOf(phrase);
    assertThat(start).as("phrase %s", phrase).isNotNegative();
    for (Actor a : doc.actors()) {
      for (Mention m : a.mentions()) {
        if (m.span().start() == start && m.span().end() == start + phrase.length()) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * The actor on {@code phrase}, asserted to exist (listing every actor if not) with {@code code}.
   */
  static Actor codedOn(AnnotatedArticle doc, String phrase, @Nullable String code) {
    Actor a = actorOn(doc, phrase);
    assertThat(a)
        .as(
            "an actor on '%s' among %s",
            phrase,
            doc.actors().stream()
                .map(
                    x ->
                        x.id()
                            + "="
                            + x.mentions().stream().map(m -> m.span().of(doc.text())).toList())
                .toList())
        .isNotNull();
    assertThat(a.code()).as("code of '%s'", phrase).isEqualTo(code);
    return a;
  }
}
