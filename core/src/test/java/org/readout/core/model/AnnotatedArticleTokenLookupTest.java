package org.readout.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AnnotatedArticle#firstTokenEndingAfter}, the token lookup the quote and event stages
 * share.
 */
class AnnotatedArticleTokenLookupTest {
  @Test
  void findsTheTokenContainingAnOffsetOrTheNextOne() {
    String text = "Ada met  Bo.";
    AnnotatedArticle doc =
        AnnotatedArticle.of(Article.of("t", text))
            .withAnalysis(
                List.of(),
                List.of(
                    token(text, "Ada"), token(text, "met"), token(text, "Bo"), token(text, ".")),
                List.of());
    assertThat(doc.firstTokenEndingAfter(0)).isEqualTo(0);
    assertThat(doc.firstTokenEndingAfter(text.indexOf("da"))).isEqualTo(0);
    assertThat(doc.firstTokenEndingAfter(text.indexOf(" met"))).isEqualTo(1);
    assertThat(doc.firstTokenEndingAfter(text.indexOf("  Bo"))).isEqualTo(2);
    assertThat(doc.firstTokenEndingAfter(text.indexOf("."))).isEqualTo(3);
    assertThat(doc.firstTokenEndingAfter(text.length())).isEqualTo(4);
  }

  @Test
  void noTokensGiveZero() {
    assertThat(AnnotatedArticle.of(Article.of("t", "x")).firstTokenEndingAfter(0)).isEqualTo(0);
  }

  private static Token token(String text, String surface) {
    int i = text.indexOf(surface);
    return new Token(new Span(i, i + surface.length()), "X", "O");
  }
}
