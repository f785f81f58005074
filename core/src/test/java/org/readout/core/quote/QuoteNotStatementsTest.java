package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

/**
 * Words in quote marks that are not statements (issue 9): slogans on signs and banners, and the
 * names of reports, laws and memoirs, next to real quotes in the same paragraphs that must stay.
 */
class QuoteNotStatementsTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.bundled();
  private static final String HALE = "person/rita-hale";

  private static List<Quote> quotes(QuoteFixture f) {
    AnnotatedArticle doc = EXTRACTOR.apply(f.doc());
    assertWellFormed(doc);
    return doc.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
  }

  @Test
  void slogansOnSignsAndBannersAreNotQuotes() {
    QuoteFixture f =
        QuoteFixture.of(
                "Marchers carried placards reading \"Hands off our river\" past the town hall.",
                "The front row held banners \"Water for all, not for profit!\" until dusk.",
                "\"We came to be heard,\" Rita Hale said at the rally.")
            .person(HALE, "Rita Hale", "f", "Rita Hale");
    List<Quote> qs = quotes(f);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).span()).isEqualTo(f.span("We came to be heard,"));
    assertThat(qs.get(0).speaker()).isEqualTo(HALE);
  }

  @Test
  void namedReportsLawsAndMemoirsAreNotQuotes() {
    QuoteFixture f =
        QuoteFixture.of(
                "Hale cited the report \"Rivers at risk in a warming decade\" and the act \"Clean"
                    + " water for every county\" in her speech.",
                "Her memoir \"Upstream and against the current\" sold well.",
                "\"The river is not for sale,\" Hale said.")
            .person(HALE, "Rita Hale", "f", "Rita Hale", "Hale");
    List<Quote> qs = quotes(f);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).span()).isEqualTo(f.span("The river is not for sale,"));
    assertThat(qs.get(0).speaker()).isEqualTo(HALE);
  }
}
