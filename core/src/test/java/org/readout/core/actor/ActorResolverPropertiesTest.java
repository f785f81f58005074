package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.Span;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;
import org.readout.core.testing.SimplePipeline;

/**
 * Names from the bundled dictionary glued into random sentences never break actor resolution or the
 * stages after it; a full name in a plain sentence is always found.
 */
class ActorResolverPropertiesTest {
  @Test
  void dictionaryNamesInRandomSentencesGiveWellFormedActors() {
    RandomCheck.forAllStrings(
        "actors from names in random sentences",
        150,
        r -> ArticleArbitraries.newsText(r, 2000),
        text -> {
          AnnotatedArticle doc = SimplePipeline.runChecked(ArticleArbitraries.articleFor(text));
          for (Actor a : doc.actors()) {
            for (Mention m : a.mentions()) {
              assertThat(m.span().length()).as("mention of %s not empty", a.id()).isPositive();
            }
          }
        });
  }

  @Test
  void aPersonsFullNameInAPlainSentenceIsAMention() {
    RandomCheck.forAll(
        "full names are found",
        150,
        r ->
            "Officials said on Tuesday that "
                + ArticleArbitraries.personName(r)
                + " arrived in the city.",
        text -> {
          int start = "Officials said on Tuesday that ".length();
          Span name = new Span(start, text.indexOf(" arrived"));
          AnnotatedArticle doc = SimplePipeline.runChecked(ArticleArbitraries.articleFor(text));
          assertThat(doc.actors().stream().flatMap(a -> a.mentions().stream()).map(Mention::span))
              .as("mentions in %s", text)
              .anySatisfy(s -> assertThat(s.contains(name) || name.contains(s)).isTrue());
        },
        RandomCheck::escape);
  }
}
