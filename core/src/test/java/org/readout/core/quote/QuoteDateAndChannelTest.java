package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

/**
 * Statement dates (issue 4: every quote gets a date) and media channels named by role ("told state
 * media").
 */
class QuoteDateAndChannelTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.bundled();
  private static final String LEE = "person/ann-lee";
  private static final String HADDAD = "person/omar-haddad";
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 6);

  private static List<Quote> quotes(QuoteFixture f) {
    AnnotatedArticle doc = EXTRACTOR.apply(f.doc());
    assertWellFormed(doc);
    return doc.quotes();
  }

  private static List<Quote> direct(QuoteFixture f) {
    return quotes(f).stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
  }

  private static QuoteFixture cast(String... paragraphs) {
    return QuoteFixture.of(paragraphs)
        .person(LEE, "Ann Lee", "f", "Ann Lee", "Lee")
        .person(HADDAD, "Omar Haddad", "m", "Omar Haddad", "Haddad");
  }

  @Test
  void dateInTheCueSentenceDatesTheStatement() {
    QuoteFixture f =
        cast("Lee said on Tuesday, \"The bridge opens in May.\"")
            .time("Tuesday", "2025-03-04")
            .dated(PUBLISHED);
    assertThat(direct(f)).extracting(Quote::date).containsExactly("2025-03-04");
  }

  @Test
  void dateEarlierInTheParagraphCarriesToLaterStatements() {
    QuoteFixture f =
        cast(
                "On March 3, Haddad toured the flooded valley. \"The dam is safe,\" Haddad said.",
                "\"We will inspect it again,\" Lee said.")
            .time("March 3", "2025-03-03")
            .dated(PUBLISHED);
    List<Quote> qs = direct(f);
    assertThat(qs).extracting(Quote::speaker).containsExactly(HADDAD, LEE);
    // The second paragraph names no date, so its statement falls back to the document date.
    assertThat(qs).extracting(Quote::date).containsExactly("2025-03-03", "2025-03-06");
  }

  @Test
  void datesInsideTheQuoteOrAfterPublicationDoNotDateTheStatement() {
    QuoteFixture f =
        cast(
                "Lee said, \"We signed the contract on Friday.\"",
                "Haddad said on Monday that the vote would be held on April 9.")
            .time("Friday", "2025-02-28")
            .time("Monday", "2025-03-03")
            .time("April 9", "2025-04-09")
            .dated(PUBLISHED);
    List<Quote> qs = quotes(f);
    assertThat(qs).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.INDIRECT);
    assertThat(qs).extracting(Quote::date).containsExactly("2025-03-06", "2025-03-03");
  }

  @Test
  void coarseDateOrNullWithoutDocumentDate() {
    QuoteFixture f =
        cast(
                "Lee said in January that the port would reopen.",
                "Haddad said the ferry would run again.")
            .time("January", "2025-01");
    assertThat(quotes(f)).extracting(Quote::date).containsExactly("2025-01", null);
  }

  @Test
  void toldStateMediaNamesTheMediaActorAsChannel() {
    QuoteFixture f =
        cast(
                "Haddad told Valdorian state media, \"The border stays closed.\"",
                "\"Trucks will wait,\" Haddad said.",
                "Valdorian state television reported that the queue was ten kilometres long.")
            .coded(
                "institution/VLDMED",
                "Valdorian state media",
                ActorKind.INSTITUTION,
                "VLDMED",
                null,
                "Valdorian state media",
                "Valdorian state television");
    List<Quote> qs = quotes(f);
    assertThat(qs).extracting(Quote::via).containsOnly("institution/VLDMED");
    assertThat(qs).extracting(Quote::speaker).containsExactly(HADDAD, HADDAD);
    assertThat(qs.get(0).span()).isEqualTo(f.span("The border stays closed."));
  }

  @Test
  void toldReportersIsAnAudienceNotAChannel() {
    QuoteFixture f =
        cast("\"The talks went well,\" Lee told Valdorian reporters.")
            .coded(
                "group/VLDMED",
                "Valdorian reporters",
                ActorKind.GROUP,
                "VLDMED",
                null,
                "Valdorian reporters");
    Quote q = direct(f).get(0);
    assertThat(q.speaker()).isEqualTo(LEE);
    assertThat(q.via()).isNull();
  }

  @Test
  void stateMediaWithoutAnActorGivesNoChannel() {
    QuoteFixture f = cast("Haddad told state media, \"We will not pay.\"");
    Quote q = direct(f).get(0);
    assertThat(q.speaker()).isEqualTo(HADDAD);
    assertThat(q.via()).isNull();
  }
}
