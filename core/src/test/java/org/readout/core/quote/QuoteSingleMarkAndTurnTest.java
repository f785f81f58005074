package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

/** British single quote marks as primary quotes, and turn taking in a two-person exchange. */
class QuoteSingleMarkAndTurnTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.bundled();
  private static final String LEE = "person/ann-lee";
  private static final String HADDAD = "person/omar-haddad";

  private static List<Quote> direct(QuoteFixture f) {
    AnnotatedArticle doc = EXTRACTOR.apply(f.doc());
    assertWellFormed(doc);
    return doc.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
  }

  private static QuoteFixture cast(String... paragraphs) {
    return QuoteFixture.of(paragraphs)
        .person(LEE, "Ann Lee", "f", "Ann Lee", "Lee")
        .person(HADDAD, "Omar Haddad", "m", "Omar Haddad", "Haddad");
  }

  @Test
  void singleQuotesAreQuotesWhenTheParagraphHasNoDoubleMarks() {
    QuoteFixture f =
        QuoteFixture.of(
                "'We will not back down,' she said after Haddad's visit.",
                "Lee added: 'The council's plan doesn't change, and the workers' pay rises in June.'")
            .person(LEE, "Ann Lee", "f", "Lee", "she@1")
            .person(HADDAD, "Omar Haddad", "m", "Haddad");
    List<Quote> qs = direct(f);
    assertThat(qs)
        .extracting(q -> q.span().of(f.text()))
        .containsExactly(
            "We will not back down,",
            "The council's plan doesn't change, and the workers' pay rises in June.");
    assertThat(qs).extracting(Quote::speaker).containsExactly(LEE, LEE);
    assertThat(qs.get(0).speakerMention()).isEqualTo(f.span("she"));
    assertThat(qs.get(1).cue()).isEqualTo(f.span("added"));
  }

  @Test
  void curlySingleQuotesAndPossessivesAroundThem() {
    QuoteFixture f =
        cast(
            "Haddad's aides said little. \u2018The leaders\u2019 deal is fair,\u2019 Haddad said on the ferry\u2019s deck.");
    List<Quote> qs = direct(f);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).span()).isEqualTo(f.span("The leaders\u2019 deal is fair,"));
    assertThat(qs.get(0).speaker()).isEqualTo(HADDAD);
  }

  @Test
  void apostrophesAloneOpenNoQuote() {
    QuoteFixture f =
        cast(
            "Lee's office didn't comment on Haddad's trip or the drivers' strike in the '90s.",
            "It's the mayor's call, officials say.");
    assertThat(direct(f)).isEmpty();
  }

  @Test
  void singleQuotesInsideDoubleQuotesStayNested() {
    QuoteFixture f = cast("Lee said, \"They told us 'wait another year' and we did.\"");
    List<Quote> qs = direct(f);
    assertThat(qs)
        .extracting(q -> q.span().of(f.text()))
        .containsExactly("They told us 'wait another year' and we did.");
  }

  @Test
  void shortSingleQuotedPhraseWithoutCueIsAScareQuote() {
    QuoteFixture f = cast("The plan, a 'reset' of ties, was announced by Haddad.");
    assertThat(direct(f)).isEmpty();
  }

  @Test
  void uncuedQuoteInAnExchangeGoesToTheOtherSpeaker() {
    QuoteFixture f =
        cast(
            "\"Will the school reopen before winter?\" Haddad asked.",
            "\"Only if the roof is fixed,\" Lee replied.",
            "\"Then who pays for the roof?\"",
            "\"The province does,\" Lee said.");
    List<Quote> qs = direct(f);
    assertThat(qs).extracting(Quote::speaker).containsExactly(HADDAD, LEE, HADDAD, LEE);
    assertThat(qs.get(2).cue()).isNull();
    assertThat(qs.get(2).confidence()).isLessThan(qs.get(1).confidence()).isGreaterThan(0);
  }

  @Test
  void withoutSignsOfDialogueTheLastSpeakerContinues() {
    QuoteFixture f =
        cast(
            "\"The harbour is open,\" Haddad said.",
            "\"The ferries run on time,\" Lee said.",
            "\"Repairs will finish by spring.\"");
    List<Quote> qs = direct(f);
    assertThat(qs).extracting(Quote::speaker).containsExactly(HADDAD, LEE, LEE);
  }

  @Test
  void oneSpeakerRunningOnKeepsTheFloor() {
    QuoteFixture f = cast("\"Are the pumps working?\" Lee asked.", "\"Two of them are.\"");
    assertThat(direct(f)).extracting(Quote::speaker).containsExactly(LEE, LEE);
  }
}
