package org.readout.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.time.WireDateline;

/**
 * A wire-service dateline at the start of an article ({@code LONDON, June 11 (Reuters) -}, {@code
 * TOKYO, March 12, 2025 (Readout Wire) —}), as {@link WireDateline} recognizes it, with the
 * document date it gives.
 *
 * @param span the dateline, from the city to the dash inclusive, in UTF-16 offsets of the text
 * @param date the date it states in full, or null when it states no year (or no date)
 * @param monthDay the month and day it states, or null
 * @param agency the agency it names, or null
 * @param headline the headline line above the dateline, trimmed of surrounding whitespace, or null
 *     when the dateline starts the text
 */
record Dateline(
    Span span,
    @Nullable LocalDate date,
    @Nullable MonthDay monthDay,
    @Nullable String agency,
    @Nullable Span headline) {

  /** The dateline of {@code text}, or null when it has none. */
  static @Nullable Dateline find(String text) {
    WireDateline w = WireDateline.find(text);
    return w == null
        ? null
        : new Dateline(w.span(), w.date(), w.monthDay(), w.agency(), w.headline());
  }

  /**
   * The stated date, or when the dateline states a month and day without a year, that month and day
   * in the year that puts it nearest {@code reference} (a dateline of Dec. 31 read on Jan. 2 is the
   * day before); null when it states no day.
   */
  @Nullable LocalDate dateNear(LocalDate reference) {
    if (date != null || monthDay == null) {
      return date;
    }
    LocalDate best = null;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      if (!Year.of(y).isValidMonthDay(monthDay)) {
        continue;
      }
      LocalDate d = Year.of(y).atMonthDay(monthDay);
      if (best == null
          || Math.abs(d.toEpochDay() - reference.toEpochDay())
              < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
        best = d;
      }
    }
    return best;
  }
}
