package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;

/** The shared date lookups of the quote and event stages, on hand-made expressions. */
class GoverningDatesTest {
  // Offsets only: 0..20 one sentence, 20..40 the next.
  private static final TimeExpression MAY_2 = date(2, 6, "2024-05-02");
  private static final TimeExpression MAY = date(8, 11, "2024-05");
  private static final TimeExpression MAY_3 = date(14, 18, "2024-05-03T10:00");
  private static final TimeExpression MAY_4 = date(25, 30, "2024-05-04");
  private static final GoverningDates DATES = new GoverningDates(List.of(MAY_2, MAY, MAY_3, MAY_4));

  private static TimeExpression date(int start, int end, String value) {
    return new TimeExpression(new Span(start, end), TimeKind.DATE, value);
  }

  @Test
  void nearestDayIsTheClosestFullDateStartingInsideTheSpan() {
    assertThat(DATES.nearestDay(new Span(0, 20), 5, t -> true)).isEqualTo("2024-05-02");
    assertThat(DATES.nearestDay(new Span(0, 20), 12, t -> true)).isEqualTo("2024-05-03");
    assertThat(DATES.nearestDay(new Span(0, 20), 12, t -> !t.equals(MAY_3)))
        .isEqualTo("2024-05-02");
    assertThat(DATES.nearestDay(new Span(20, 40), 0, t -> true)).isEqualTo("2024-05-04");
    assertThat(DATES.nearestDay(new Span(31, 40), 35, t -> true)).isNull();
  }

  @Test
  void nearestDayBreaksTiesTowardTheEarlierExpression() {
    // 2 and 14 are both 6 from 8.
    assertThat(DATES.nearestDay(new Span(0, 20), 8, t -> true)).isEqualTo("2024-05-02");
  }

  @Test
  void lastDaySkipsCoarseDatesAndStopsAtTheSpanStart() {
    assertThat(DATES.lastDay(new Span(0, 25), t -> true)).isEqualTo("2024-05-03");
    assertThat(DATES.lastDay(new Span(0, 14), t -> true)).isEqualTo("2024-05-02");
    assertThat(DATES.lastDay(new Span(3, 14), t -> true)).isNull();
    assertThat(DATES.lastDay(new Span(0, 40), t -> t.span().end() <= 20)).isEqualTo("2024-05-03");
  }

  @Test
  void firstFindsCoarseDatesToo() {
    assertThat(DATES.first(new Span(0, 20), t -> !GoverningDates.isFullDate(t))).isEqualTo(MAY);
    assertThat(DATES.first(new Span(20, 40), t -> !GoverningDates.isFullDate(t))).isNull();
  }

  @Test
  void aFullDateAfterTheDocumentDateIsAPlan() {
    LocalDate may3 = LocalDate.of(2024, 5, 3);
    assertThat(GoverningDates.isPlan(MAY_4, may3)).isTrue();
    assertThat(GoverningDates.isPlan(MAY_3, may3)).isFalse();
    assertThat(GoverningDates.isPlan(MAY_4, null)).isFalse();
    assertThat(GoverningDates.isPlan(date(0, 4, "2025"), may3)).isFalse();
    assertThat(GoverningDates.isFullDate(MAY)).isFalse();
  }

  @Test
  void noDatesFindNothing() {
    GoverningDates none = new GoverningDates(List.of());
    assertThat(none.nearestDay(new Span(0, 10), 3, t -> true)).isNull();
    assertThat(none.lastDay(new Span(0, 10), t -> true)).isNull();
    assertThat(none.first(new Span(0, 10), t -> true)).isNull();
  }
}
