package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Flag;
import org.readout.core.model.Span;
import org.readout.core.testing.AnnotationAssert;

/** Consistency flags of issue 4 on sentences written for these tests. */
class ConsistencyCheckerTest {
  private static final ConsistencyChecker CHECKER = new ConsistencyChecker();

  private static AnnotatedArticle check(String text, LocalDate date) {
    AnnotatedArticle doc = CHECKER.apply(TimeTaggerTest.tag(text, date));
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  private static Span span(String text, String surface) {
    int i = text.indexOf(surface);
    assertThat(i).isGreaterThanOrEqualTo(0);
    return new Span(i, i + surface.length());
  }

  @Test
  void flagsACaptionDateThatContradictsTheBody() {
    String text =
        """
        Prime Minister Anna Lind and President Omar Haddad held a phone call on the 14th.
        Officials said the talks covered trade.
        Prime Minister Anna Lind holds a phone call with President Omar Haddad on Oct. 14. /Photo: pool
        """;
    AnnotatedArticle doc = check(text, LocalDate.of(2025, 3, 15));
    List<Flag> flags = doc.flags().stream().filter(f -> f.kind().equals("date-conflict")).toList();
    assertThat(flags).hasSize(1);
    Flag f = flags.get(0);
    assertThat(f.span()).isEqualTo(span(text, "Oct. 14"));
    assertThat(f.other()).isEqualTo(span(text, "the 14th"));
    assertThat(f.message())
        .contains("2025-03-14")
        .contains("'Oct. 14'")
        .contains("'the 14th'")
        .contains(f.span().toString())
        .contains(f.other().toString());
  }

  @Test
  void differentEventsOnDifferentDatesAreNotAConflict() {
    String text =
        """
        The finance ministers met in Rome on March 3.
        The foreign ministers will meet in Madrid on April 9.
        """;
    assertThat(check(text, LocalDate.of(2025, 3, 15)).flags()).isEmpty();
  }

  @Test
  void flagsAWeekdayThatDoesNotMatchItsDate() {
    String text = "The parliament voted on Tuesday, March 12, 2025, to approve the budget.";
    AnnotatedArticle doc = check(text, LocalDate.of(2025, 3, 14));
    assertThat(doc.flags())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("weekday-mismatch");
              assertThat(f.span()).isEqualTo(span(text, "Tuesday"));
              assertThat(f.other()).isEqualTo(span(text, "March 12, 2025"));
              assertThat(f.message()).contains("Wednesday");
            });
  }

  @Test
  void aMatchingWeekdayIsNotFlagged() {
    String text = "The parliament voted on Wednesday, March 12, 2025, to approve the budget.";
    assertThat(check(text, LocalDate.of(2025, 3, 14)).flags()).isEmpty();
  }

  @Test
  void flagsAFutureDateToldInThePastTense() {
    String text = "The two governments signed the accord on June 4, 2026, in Lisbon.";
    AnnotatedArticle doc = check(text, LocalDate.of(2025, 3, 14));
    assertThat(doc.flags())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("tense-future-past");
              assertThat(f.span()).isEqualTo(span(text, "June 4, 2026"));
              assertThat(f.other()).isEqualTo(span(text, "signed"));
              assertThat(f.message()).contains("2025-03-14").contains("2026-06-04");
            });
  }

  @Test
  void aScheduledFutureDateIsNotFlagged() {
    String text = "The two governments will sign the accord on June 4, 2026, in Lisbon.";
    assertThat(check(text, LocalDate.of(2025, 3, 14)).flags()).isEmpty();
  }

  @Test
  void flagsAnAnniversaryTheYearsContradict() {
    String text = "The ceremony marked the 50th anniversary of ties established in 1975.";
    AnnotatedArticle doc = check(text, LocalDate.of(2024, 6, 1));
    assertThat(doc.flags())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("anniversary-mismatch");
              assertThat(f.span()).isEqualTo(span(text, "50th anniversary"));
              assertThat(f.other()).isEqualTo(span(text, "1975"));
              assertThat(f.message()).contains("2025").contains("2024").contains("49th");
            });
    assertThat(check(text, LocalDate.of(2025, 6, 1)).flags()).isEmpty();
  }

  @Test
  void flagsAnAgeTheBirthYearContradicts() {
    String text = "The 61-year-old envoy, born in 1950, arrived late.";
    AnnotatedArticle doc = check(text, LocalDate.of(2025, 6, 1));
    assertThat(doc.flags())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("age-mismatch");
              assertThat(f.span()).isEqualTo(span(text, "61-year-old"));
              assertThat(f.other()).isEqualTo(span(text, "1950"));
            });
    assertThat(check(text.replace("61", "74"), LocalDate.of(2025, 6, 1)).flags()).isEmpty();
  }
}
