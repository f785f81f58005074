package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.Quote;

/** Bad input never throws and gives sensible output (issue 3). */
class QuoteExtractorBadInputTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  @Test
  void emptyTextAndUnanalyzedTextGiveNoQuotes() {
    assertThat(EXTRACTOR.apply(AnnotatedArticle.of(Article.of("e", ""))).quotes()).isEmpty();
    AnnotatedArticle raw =
        EXTRACTOR.apply(AnnotatedArticle.of(Article.of("r", "She said, \"We are fine here.\"")));
    assertThat(raw.quotes())
        .extracting(q -> q.span().of(raw.text()))
        .containsExactly("We are fine here.");
    assertThat(raw.quotes().get(0).speaker()).isNull();
  }

  @Test
  void unclosedQuoteEndsWithItsParagraph() {
    QuoteFixture f =
        QuoteFixture.of(
                "Lee said, \"The bridge will reopen once the inspectors sign off",
                "The council meets on Friday.")
            .person("person/ann-lee", "Ann Lee", "f", "Lee");
    AnnotatedArticle doc = EXTRACTOR.apply(f.doc());
    assertWellFormed(doc);
    List<Quote> qs = doc.quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).span())
        .isEqualTo(f.span("The bridge will reopen once the inspectors sign off"));
    assertThat(qs.get(0).speaker()).isEqualTo("person/ann-lee");
  }

  @Test
  void unclosedAtEndOfDocumentAndStrayMarksDoNotThrow() {
    for (String text :
        List.of(
            "\"",
            "\u201d\u201d\u201c",
            "He said \"yes and then \"no",
            "\u00ab",
            "a \"",
            "Lee said, \"We will go on until the end")) {
      AnnotatedArticle doc = EXTRACTOR.apply(QuoteFixture.of(text).doc());
      assertWellFormed(doc);
    }
  }

  @Test
  void thousandsOfQuoteMarksStayLinear() {
    StringBuilder sb = new StringBuilder("Lee said, ");
    for (int i = 0; i < 2500; i++) {
      sb.append("\"word number ").append(i).append(" here\" and ");
    }
    sb.append("\"".repeat(5000));
    AnnotatedArticle doc = EXTRACTOR.apply(QuoteFixture.of(sb.toString()).doc());
    assertWellFormed(doc);
    assertThat(doc.quotes()).hasSizeGreaterThan(1000);
  }
}
