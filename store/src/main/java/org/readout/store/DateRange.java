package org.readout.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Inclusive bounds on a date; either may be open (null).
 *
 * <p>Stored dates are ISO strings that may be coarser than a day ({@code 2025-01}); a coarse date
 * sorts before the first day it covers, so it falls inside a range only when the range's start is
 * open or no later than that coarse value. Event queries filter on the event's filing day, which is
 * always a full day.
 */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
    }
  }
}
