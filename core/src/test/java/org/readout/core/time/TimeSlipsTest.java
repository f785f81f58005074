package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.time.TimeTaggerTest.DOC_DATE;
import static org.readout.core.time.TimeTaggerTest.timeAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.Token;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;

/**
 * The time-resolution slips of issue 13, each as a class: the sign of approximate quantities, half
 * months, ordinals that look like durations, plans told in the past, reported quarters, "a year
 * earlier" after a named period, clock times in news formats, parts of day, and bare months told
 * far from the document date. The document date is Wednesday 2025-01-22 unless a row says so.
 */
class TimeSlipsTest {
  /** Base verbs the crude test tagger reads as nouns; CoreNLP tags them VB. */
  private static final Set<String> BASE_VERBS = Set.of("gather", "visit", "resume", "leave");

  private static final TimeTagger TAGGER = new TimeTagger();

  /** {@link SimpleAnalyzer} with a few base verbs tagged as such, for the infinitive rules. */
  private static final TextAnalyzer ANALYZER =
      text -> {
        TextAnalyzer.Analysis a = new SimpleAnalyzer().analyze(text);
        List<Token> tokens = new ArrayList<>();
        for (Token t : a.tokens()) {
          boolean verb = BASE_VERBS.contains(t.span().of(text));
          tokens.add(verb ? new Token(t.span(), "VB", t.ner()) : t);
        }
        return new TextAnalyzer.Analysis(a.sentences(), tokens, a.entities());
      };

  static AnnotatedArticle tag(String text, LocalDate date) {
    Article a = new Article("t", null, text, date, DateSource.GIVEN, null);
    AnnotatedArticle doc =
        TAGGER.apply(new LinguisticAnalysis(ANALYZER).apply(AnnotatedArticle.of(a)));
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # approximate quantities keep their side of the document date
      The ministry said a few days ago that the bridge was unsafe.        | a few days ago    | PAST_REF
      Aid workers arrived in the valley a few weeks ago.                  | a few weeks ago   | PAST_REF
      The ministry will respond in a few days.                            | a few days        | FUTURE_REF
      The ferry sank two weeks ago off the coast.                         | two weeks ago     | 2025-W02
      # half of a month is that month
      The council will vote in the second half of May.                    | the second half of May | 2025-05
      Sales fell in the first half of 2024.                               | the first half of 2024 | 2024-H1
      # plans told in the past are still ahead
      The president invited him to a forum in September.                 | September         | 2025-09
      The cabinet approved a budget for the fiscal year starting in April. | April            | 2025-04
      Opposition leaders urged citizens to gather on Monday evening.      | Monday evening    | 2025-01-27TEV
      The minister agreed to visit Oslo on Tuesday.                       | Tuesday           | 2025-01-28
      The index is to resume trading on Tuesday.                          | Tuesday           | 2025-01-28
      The minister resigned on Tuesday.                                   | Tuesday           | 2025-01-21
      # a reported quarter has begun
      Economists say fourth-quarter growth is weak.                       | fourth-quarter    | 2024-Q4
      The firm will report a loss for the fourth quarter.                 | the fourth quarter | 2024-Q4
      Profits will rise in the third quarter.                             | the third quarter | 2025-Q3
      Net sales for this year's first quarter were flat.                  | this year's first quarter | 2025-Q1
      In the year-ago fourth quarter the bank lost money.                 | the year-ago fourth quarter | 2023-Q4
      # a year earlier goes back from the period its sentence names
      Exports rose 4 percent in December from a year earlier.             | a year earlier    | 2023-12
      Exports rose 4 percent in December from a year earlier.             | December          | 2024-12
      Toy sales dropped in the fourth quarter from a year earlier.        | a year earlier    | 2023-Q4
      The mayor first floated the canal plan a year earlier.              | a year earlier    | 2024
      # clock times in news formats
      The first blast was heard at 9.40am near the port.                  | 9.40am            | 2025-01-22T09:40
      A second blast came at 3.15 a.m. in the north.                      | 3.15 a.m.         | 2025-01-22T03:15
      Trading resumed at 0700 GMT after the outage.                       | 0700 GMT          | 2025-01-22T07:00
      The curfew begins at 18:00 local time in the capital.               | 18:00 local time  | 2025-01-22T18:00
      The shelling stopped at 4 in the morning.                           | 4 in the morning  | 2025-01-22T04:00
      The sirens sounded at midday.                                       | midday            | 2025-01-22T12:00
      # parts of day stay in the value; early and late stay in the text
      Rebels attacked the village in the early morning.                   | the early morning | 2025-01-22TMO
      Police cleared the square on Monday in the afternoon.               | the afternoon     | 2025-01-20TAF
      The talks collapsed late on Friday.                                 | late on Friday    | 2025-01-17
      Fighting resumed early Friday morning.                              | early Friday morning | 2025-01-17TMO
      The ceasefire held on Sunday but gunfire was heard that night.      | that night        | 2025-01-19TNI
      # weekdays in past-tense reports stay in the past
      The first blast was heard at 9.40am on Thursday.                    | Thursday          | 2025-01-16
      """)
  void slipIsResolvedAsAClass(String sentence, String surface, String value) {
    assertThat(timeAt(tag(sentence, DOC_DATE), surface).value()).isEqualTo(value);
  }

  @Test
  void anOrdinalSecondIsNoDuration() {
    AnnotatedArticle doc = tag("Protesters marched in the capital for a second weekend.", DOC_DATE);
    assertThat(doc.times()).isEmpty();
    assertThat(timeAt(tag("The crowd fell silent for a second.", DOC_DATE), "a second").value())
        .isEqualTo("PT1S");
  }

  @Test
  void theMorningAsANounModifierIsNoTime() {
    assertThat(tag("She read the morning paper at the cafe.", DOC_DATE).times()).isEmpty();
  }

  @ParameterizedTest(name = "{1} in {3} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Saudi Arabia told refiners of a cutback in September.      | September | 2025-09 | 2025-08-20
      Dealers placed orders for November transactions.           | November  | 2025-11 | 2025-10-30
      Prices climbed sharply in March.                           | March     | 2024-03 | 2025-01-22
      """)
  void bareMonthElevenMonthsAwayGivesWayToTheNextOne(
      String sentence, String surface, String value, LocalDate date) {
    TimeExpression t = timeAt(tag(sentence, date), surface);
    assertThat(t.value()).isEqualTo(value);
  }
}
