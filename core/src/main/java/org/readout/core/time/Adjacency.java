package org.readout.core.time;

import java.util.regex.Pattern;
import org.readout.core.model.TimeExpression;

/**
 * Recognizes a weekday written right before a full date ("Tuesday, March 11", "Tuesday (March
 * 11)").
 */
final class Adjacency {
  private static final Pattern GAP = Pattern.compile("[\\s,(]{1,4}");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WEEKDAY_NAME =
      Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['\u2019]s)?");

  private Adjacency() {}

  /**
   * The ISO weekday (1..7) that {@code weekday} names when it is a bare weekday name directly
   * followed by the day-precision date {@code date}; otherwise -1.
   */
  static int weekdayBeside(String text, TimeExpression weekday, TimeExpression date) {
    int gapStart = weekday.span().end();
    int gapEnd = date.span().start();
    if (gapEnd < gapStart || gapEnd - gapStart > 4) {
      return -1;
    }
    if (!GAP.matcher(text).region(gapStart, gapEnd).matches()) {
      return -1;
    }
    String w = weekday.span().of(text);
    int dow = Numbers.weekday(w);
    if (dow < 0 || !WEEKDAY_NAME.matcher(w).matches()) {
      return -1;
    }
    if (date.value().length() < 10
        || !DAY_VALUE.matcher(date.value()).lookingAt()
        || Numbers.weekday(date.span().of(text)) > 0) {
      return -1;
    }
    return dow;
  }
}
