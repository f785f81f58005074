package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.time.TimeTaggerTest.DOC_DATE;
import static org.readout.core.time.TimeTaggerTest.tag;
import static org.readout.core.time.TimeTaggerTest.timeAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;

/**
 * Business and news nominals ("the quarter", "the weekend", "a year earlier"...) resolved against
 * the document date, Wednesday 2025-01-22 (ISO week 4, first quarter).
 */
class TimeBusinessNominalsTest {

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Shares of the ferry operator slid over the weekend after the strike.  | the weekend              | 2025-W03-WE
      The two envoys will meet again at the weekend in Valletta.            | the weekend              | 2025-W04-WE
      Heavy snow was expected over the weekend in the northern valleys.     | the weekend              | 2025-W04-WE
      The bakery chain said profit in the quarter rose by a tenth.          | the quarter              | 2024-Q4
      Toy sales dropped in the fourth quarter from a year earlier.          | a year earlier           | 2023-Q4
      Revenue was flat against the year-earlier quarter, the firm said.     | the year-earlier quarter | 2023-Q4
      The mayor first floated the canal plan a year earlier, aides said.    | a year earlier           | 2024
      Bookings at the resort doubled from the same period last year.        | the same period last year | 2024
      Officials said earlier in the year that the bridge would reopen.      | the year                 | 2025
      The brewer expects margins to recover in the first half of the year.  | the first half of the year | 2025-H1
      """)
  void nominalIsResolvedAgainstTheDocumentDate(String sentence, String surface, String value) {
    TimeExpression t = timeAt(tag(sentence, DOC_DATE), surface);
    assertThat(t.kind()).isEqualTo(TimeKind.DATE);
    assertThat(t.value()).isEqualTo(value);
  }

  @Test
  void quarterAsAWordPartOrAPlaceIsNoTime() {
    String text = "The quarter-final in the old quarter of the city drew a big crowd.";
    AnnotatedArticle doc = tag(text, DOC_DATE);
    assertThat(doc.times()).isEmpty();
  }

  @Test
  void quarterInAnEarlierSentenceDoesNotMakeAYearEarlierAQuarter() {
    String text = "Output slowed in the third quarter.\n\nCopper exports rose from a year earlier.";
    assertThat(timeAt(tag(text, DOC_DATE), "a year earlier").value()).isEqualTo("2024");
  }

  @Test
  void yearEarlierLeavesTheSameSentenceOtherwiseUntouched() {
    String text = "A year earlier the club had sold its stadium.";
    AnnotatedArticle doc = tag(text, DOC_DATE);
    assertThat(doc.times()).hasSize(1);
    assertThat(timeAt(doc, "A year earlier").value()).isEqualTo("2024");
  }
}
