package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;

/**
 * Golden sentences for every expression family and tense rule of issue 4. The document date is
 * Wednesday 2025-01-22 throughout; each row is sentence | expression | kind | value, and the
 * expression's offsets are checked.
 */
class TimeTaggerTest {
  static final LocalDate DOC_DATE = LocalDate.of(2025, 1, 22);
  private static final TimeTagger TAGGER = new TimeTagger();

  static AnnotatedArticle tag(String text, LocalDate date) {
    Article a =
        new Article("t", null, text, date, date == null ? DateSource.NONE : DateSource.GIVEN, null);
    AnnotatedArticle doc =
        TAGGER.apply(new LinguisticAnalysis(new SimpleAnalyzer()).apply(AnnotatedArticle.of(a)));
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  static TimeExpression timeAt(AnnotatedArticle doc, String surface) {
    int start = doc.text().indexOf(surface);
    assertThat(start).as("fixture contains %s", surface).isGreaterThanOrEqualTo(0);
    Span want = new Span(start, start + surface.length());
    return doc.times().stream()
        .filter(t -> t.span().equals(want))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no time at " + want + " '" + surface + "' in " + doc.times()));
  }

  @ParameterizedTest(name = "{1} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # absolute dates in news formats
      The talks ended on Jan. 21 without a deal.                 | Jan. 21            | DATE     | 2025-01-21
      The treaty was signed on 21 January 2025 in Oslo.          | 21 January 2025    | DATE     | 2025-01-21
      The rally took place on January 21, 2024, in Lima.         | January 21, 2024   | DATE     | 2024-01-21
      The filing is dated 2025-01-21 and runs to four pages.     | 2025-01-21         | DATE     | 2025-01-21
      Officials confirmed the figures on 1/21 at a briefing.     | 1/21               | DATE     | 2025-01-21
      Delegates gathered in Nairobi on the 3rd of December.      | the 3rd of December | DATE    | 2024-12-03
      # years, months, decades, centuries
      The company was founded in 1998 by two engineers.          | 1998               | DATE     | 1998
      Prices climbed sharply in March.                           | March              | DATE     | 2024-03
      The ministry will publish the report in March.             | March              | DATE     | 2025-03
      Exports fell in November last year.                        | November last year | DATE     | 2024-11
      The ferry sank on May 9 last year.                         | May 9 last year    | DATE     | 2024-05-09
      Output peaked in the 1990s before falling.                 | the 1990s          | DATE     | 199
      The bridge opened in the 20th century.                     | the 20th century   | DATE     | 19
      # weekdays and times of day
      The minister resigned on Tuesday.                          | Tuesday            | DATE     | 2025-01-21
      The minister will travel to Paris on Tuesday.              | Tuesday            | DATE     | 2025-01-28
      The polls closed at 8 p.m. in the capital.                 | 8 p.m.             | TIME     | 2025-01-22T20:00
      Rescuers reached the village on Monday morning.            | Monday morning     | TIME     | 2025-01-20TMO
      The envoy flew home last night.                            | last night         | TIME     | 2025-01-21TNI
      # ordinals of the month, by tense
      The two sides signed the accord on the 21st.               | the 21st           | DATE     | 2025-01-21
      The board convened on the 25th.                            | the 25th           | DATE     | 2024-12-25
      The delegation will arrive on the 25th.                    | the 25th           | DATE     | 2025-01-25
      # relative dates
      The court ruled today that the law stands.                 | today              | DATE     | 2025-01-22
      The mayor resigned yesterday after a vote.                 | yesterday          | DATE     | 2025-01-21
      Talks resume tomorrow in Geneva.                           | tomorrow           | DATE     | 2025-01-23
      Exports are expected to grow this year.                    | this year          | DATE     | 2025
      Exports shrank last month for the first time.              | last month         | DATE     | 2024-12
      The envoy will visit Seoul next week.                      | next week          | DATE     | 2025-W05
      The agency warned earlier this month of floods.            | earlier this month | DATE     | 2025-01
      The ferry sank two weeks ago off the coast.                | two weeks ago      | DATE     | 2025-W02
      The ministry will respond in three days.                   | three days         | DATE     | 2025-01-25
      Now the council wants a recount.                           | Now                | DATE     | PRESENT_REF
      # seasons, quarters, halves
      The dam flooded last summer after heavy rain.              | last summer        | DATE     | 2024-SU
      Profits will rise in the third quarter.                    | the third quarter  | DATE     | 2025-Q3
      Sales fell in the first half of 2024.                      | the first half of 2024 | DATE | 2024-H1
      # durations
      The rebels held the town for three years.                  | three years        | DURATION | P3Y
      The strike lasted 48 hours.                                | 48 hours           | DURATION | PT48H
      Markets fell in the past three months.                     | the past three months | DURATION | P3M
      It could take a couple of years to rebuild.                | a couple of years  | DURATION | P2Y
      Stocks hit a five-year low on Friday.                      | five-year          | DURATION | P5Y
      # sets
      Pilgrims return every May to the shrine.                   | every May          | SET      | XXXX-05
      The paper is printed weekly in two languages.              | weekly             | SET      | P1W
      The committee meets twice a month.                         | twice a month      | SET      | P1M
      # named days, computed
      Crowds will gather for Russia's Victory Day parade.        | Victory Day        | DATE     | 2025-05-09
      Crowds gathered for Russia's Victory Day parade.           | Victory Day        | DATE     | 2024-05-09
      China's Victory Over Japan Day will be marked in Beijing.  | Victory Over Japan Day | DATE | 2025-09-03
      Families will travel home for the Lunar New Year.          | Lunar New Year     | DATE     | 2025-01-29
      Churches were full on Easter 2024.                         | Easter 2024        | DATE     | 2024-03-31
      Orthodox Easter 2024 came five weeks after Easter.         | Orthodox Easter 2024 | DATE   | 2024-05-05
      The fast of Ramadan will begin soon.                       | Ramadan            | DATE     | 2025-03-01
      Prayers will mark Eid al-Fitr across the region.           | Eid al-Fitr        | DATE     | 2025-03-30
      Shoppers will crowd malls before Thanksgiving.             | Thanksgiving       | DATE     | 2025-11-27
      Candles will be lit for Hanukkah in the square.            | Hanukkah           | DATE     | 2025-12-15
      Lanterns will glow for the Mid-Autumn Festival.            | Mid-Autumn Festival | DATE    | 2025-10-06
      Parades will fill the streets on Independence Day.         | Independence Day   | DATE     | 2025-07-04
      India's Independence Day will be celebrated in Delhi.      | Independence Day   | DATE     | 2025-08-15
      """)
  void normalizesEachFamily(String sentence, String surface, TimeKind kind, String value) {
    TimeExpression t = timeAt(tag(sentence, DOC_DATE), surface);
    assertThat(t.kind()).isEqualTo(kind);
    assertThat(t.value()).isEqualTo(value);
  }

  @Test
  void governingVerbTenseDecidesTheYearOfAnOpenDate() {
    assertThat(timeAt(tag("Xi will visit Moscow on May 9.", DOC_DATE), "May 9").value())
        .isEqualTo("2025-05-09");
    assertThat(timeAt(tag("Xi visited Moscow on May 9.", DOC_DATE), "May 9").value())
        .isEqualTo("2024-05-09");
    assertThat(timeAt(tag("The anniversary is on September 3.", DOC_DATE), "September 3").value())
        .isEqualTo("2025-09-03");
    assertThat(timeAt(tag("The vote has taken place on Tuesday.", DOC_DATE), "Tuesday").value())
        .isEqualTo("2025-01-21");
  }

  @Test
  void thisYearsHolidayIsInTheDocumentYearAndPossessiveIsNoTime() {
    String text = "Both leaders will attend this year's Victory Day celebrations in the capital.";
    AnnotatedArticle doc = tag(text, LocalDate.of(2025, 12, 30));
    assertThat(timeAt(doc, "this year").value()).isEqualTo("2025");
    assertThat(timeAt(doc, "Victory Day").value()).isEqualTo("2025-05-09");
    int apostrophe = text.indexOf("'s");
    assertThat(doc.times()).noneMatch(t -> t.span().contains(apostrophe));
  }

  @Test
  void holidayAFewDaysAwayIsTheComingOneEvenInPastTense() {
    String text = "The premier noted that the Lunar New Year was just a few days away.";
    AnnotatedArticle doc = tag(text, DOC_DATE);
    assertThat(timeAt(doc, "Lunar New Year").value()).isEqualTo("2025-01-29");
    assertThat(timeAt(doc, "a few days").value()).isEqualTo("PXD");
  }

  @Test
  void thatAfternoonRefersToTheLastDateInTheDiscourse() {
    String text =
        "The two presidents spoke by video on the 21st. During the call on that afternoon, both praised ties.";
    AnnotatedArticle doc = tag(text, DOC_DATE);
    assertThat(timeAt(doc, "that afternoon").value()).isEqualTo("2025-01-21TAF");
    assertThat(timeAt(doc, "that afternoon").kind()).isEqualTo(TimeKind.TIME);
  }

  @Test
  void dateRangeGivesTwoDates() {
    AnnotatedArticle doc = tag("The summit ran Jan. 20-21 in Davos.", DOC_DATE);
    assertThat(timeAt(doc, "Jan. 20").value()).isEqualTo("2025-01-20");
    assertThat(timeAt(doc, "21").value()).isEqualTo("2025-01-21");
  }

  @Test
  void weekdayBesideMatchingDateTakesThatDate() {
    AnnotatedArticle doc = tag("The vote was held on Friday, Jan. 17, 2025, in Bern.", DOC_DATE);
    assertThat(timeAt(doc, "Friday").value()).isEqualTo("2025-01-17");
    assertThat(timeAt(doc, "Jan. 17, 2025").value()).isEqualTo("2025-01-17");
  }

  @Test
  void wordsThatOnlyLookLikeTimesAreLeftAlone() {
    AnnotatedArticle doc =
        tag("May I ask why 2000 people marched in the Arab Spring to the 5th floor?", DOC_DATE);
    assertThat(doc.times()).isEmpty();
  }

  @Test
  void withoutADocumentDateValuesStayUnderspecified() {
    AnnotatedArticle doc = tag("The ministers met on May 9 and again on Tuesday.", null);
    assertThat(timeAt(doc, "May 9").value()).isEqualTo("XXXX-05-09");
    assertThat(timeAt(doc, "Tuesday").value()).isEqualTo("XXXX-WXX-2");
    assertThat(doc.article().date()).isNull();
  }
}
