package org.readout.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;

/**
 * The date expressions that can date what an article reports, with the lookups that do it: the full
 * date nearest a point of a sentence, and the last full date named in a stretch of text (earlier in
 * the paragraph). The quote stage dates statements and the event stage dates events with these, so
 * a statement and the event coded from it agree; each stage chooses which expressions count and
 * what to fall back on (the document date, a coarser date).
 *
 * <p>A full date is a value that begins with a calendar day ({@code 2025-01-21}, {@code
 * 2025-01-21T10:00}); lookups return that day. Each lookup is a binary search plus a scan of the
 * expressions inside the span.
 */
public final class GoverningDates {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private final List<TimeExpression> dates;

  /**
   * @param dates the expressions that count, sorted by span as the time stage emits them; those
   *     that are not full dates are kept for {@link #first} but never returned as a day
   */
  public GoverningDates(List<TimeExpression> dates) {
    this.dates = List.copyOf(dates);
  }

  /** Whether the value of {@code t} begins with a calendar day. */
  public static boolean isFullDate(TimeExpression t) {
    return FULL_DATE.matcher(t.value()).matches();
  }

  /**
   * Whether {@code t} is a full date after the document date: a plan ("will meet on 3 March"),
   * never the date of a statement. False when the document date is unknown.
   */
  public static boolean isPlan(TimeExpression t, @Nullable LocalDate docDate) {
    return isFullDate(t) && docDate != null && day(t).compareTo(docDate.toString()) > 0;
  }

  /** The day ({@code 2025-01-21}) a full date names. */
  private static String day(TimeExpression t) {
    return t.value().substring(0, 10);
  }

  /**
   * The day of the full date starting inside {@code within} nearest to {@code offset} (by start;
   * the first wins a tie) among those {@code accept} takes, or null.
   */
  public @Nullable String nearestDay(Span within, int offset, Predicate<TimeExpression> accept) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = firstAtOrAfter(within.start()); i < dates.size(); i++) {
      TimeExpression t = dates.get(i);
      if (t.span().start() >= within.end()) {
        break;
      }
      if (accept.test(t) && isFullDate(t)) {
        int distance = Math.abs(t.span().start() - offset);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = day(t);
        }
      }
    }
    return best;
  }

  /**
   * The day of the last full date starting inside {@code within} that {@code accept} takes, or
   * null.
   */
  public @Nullable String lastDay(Span within, Predicate<TimeExpression> accept) {
    for (int i = firstAtOrAfter(within.end()) - 1; i >= 0; i--) {
      TimeExpression t = dates.get(i);
      if (t.span().start() < within.start()) {
        break;
      }
      if (accept.test(t) && isFullDate(t)) {
        return day(t);
      }
    }
    return null;
  }

  /**
   * The first expression starting inside {@code within} that {@code test} takes, full date or not,
   * or null.
   */
  public @Nullable TimeExpression first(Span within, Predicate<TimeExpression> test) {
    for (int i = firstAtOrAfter(within.start()); i < dates.size(); i++) {
      TimeExpression t = dates.get(i);
      if (t.span().start() >= within.end()) {
        break;
      }
      if (test.test(t)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Index of the first expression starting at or after {@code offset}; the list is sorted by span.
   */
  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = dates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dates.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
