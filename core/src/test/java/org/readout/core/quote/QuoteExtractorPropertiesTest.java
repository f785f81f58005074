package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;
import org.readout.core.testing.SimplePipeline;

/**
 * Thousands of quote marks, unbalanced and mixed across languages («»“”"「」), never break quote
 * extraction or the stages after it.
 */
class QuoteExtractorPropertiesTest {
  @Test
  void quoteMarkStormsGiveWellFormedQuotes() {
    RandomCheck.forAllStrings(
        "quotes from mark storms",
        100,
        r -> ArticleArbitraries.quoteText(r, 3000),
        text -> {
          AnnotatedArticle doc = SimplePipeline.runChecked(ArticleArbitraries.articleFor(text));
          for (Quote q : doc.quotes()) {
            assertThat(q.span().end()).as("quote %s", q.span()).isLessThanOrEqualTo(text.length());
          }
        });
  }

  @Test
  void quotesInNewsTextAreWellFormed() {
    RandomCheck.forAllStrings(
        "quotes from news-like text",
        150,
        r -> ArticleArbitraries.newsText(r, 2000),
        text -> SimplePipeline.runChecked(ArticleArbitraries.articleFor(text)));
  }
}
