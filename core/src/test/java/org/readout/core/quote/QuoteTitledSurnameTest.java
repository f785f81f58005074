package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

/**
 * Surname-first names of translated news (issue 9): "Minister Park" after "Park Jun-ho" is the
 * person named in full, even when the actor stage made the bare surname an actor of its own.
 */
class QuoteTitledSurnameTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.bundled();
  private static final String PARK = "person/park-jun-ho";
  private static final String LI = "person/li-wei";

  private static List<Quote> direct(QuoteFixture f) {
    AnnotatedArticle doc = EXTRACTOR.apply(f.doc());
    assertWellFormed(doc);
    return doc.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }

  @Test
  void titledSurnameIsThePersonNamedInFullBefore() {
    QuoteFixture f =
        QuoteFixture.of(
                "Trade Minister Park Jun-ho met exporters in Busan. Li Wei, head of the water"
                    + " bureau, toured the dam.",
                "\"We will not wait for the autumn,\" Minister Park told reporters.",
                "\"The reservoir is safe,\" Director Li said.")
            .person(PARK, "Park Jun-ho", "m", "Park Jun-ho")
            .person(LI, "Li Wei", "m", "Li Wei")
            .person("person/~park", "Park", null, "Park")
            .person("person/li-qiang", "Li Qiang", "m", "Li");
    List<Quote> qs = direct(f);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).span()).isEqualTo(f.span("We will not wait for the autumn,"));
    assertThat(qs.get(0).speaker()).isEqualTo(PARK);
    assertThat(qs.get(0).speakerMention()).isEqualTo(f.nth("Park", 2));
    assertThat(qs.get(1).span()).isEqualTo(f.span("The reservoir is safe,"));
    assertThat(qs.get(1).speaker()).isEqualTo(LI);
  }

  @Test
  void anActorNamedInFullKeepsItsOwnQuotes() {
    QuoteFixture f =
        QuoteFixture.of(
                "Park Jun-ho and Park Min-ji both spoke. Park Min-ji chairs the committee.",
                "\"The vote is on Friday,\" Chairwoman Park said.")
            .person(PARK, "Park Jun-ho", "m", "Park Jun-ho")
            .person("person/park-min-ji", "Park Min-ji", "f", "Park Min-ji", "Park");
    List<Quote> qs = direct(f);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("person/park-min-ji");
  }
}
