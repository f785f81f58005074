package org.readout.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;

/**
 * Turns a {@link Found} expression into a TIMEX3 value, given the anchor (the document date), the
 * tense of the governing verb, and the last day-precision date of the discourse. Underspecified
 * parts are filled by tense: past picks the latest occurrence on or before the anchor, future the
 * earliest on or after, present the one in the anchor's year (month or week, for day-level
 * expressions), and an unknown tense the nearest. Without an anchor, relative parts stay as TIMEX
 * {@code X}s. Thread-safe.
 */
final class Resolver {
  /**
   * Beyond this many days from the anchor, a tense-chosen date gives way to a {@link #NEAR_DAYS}
   * one.
   */
  private static final int FAR_DAYS = 300;

  private static final int NEAR_DAYS = 60;

  private final Holidays holidays;

  Resolver(Holidays holidays) {
    this.holidays = holidays;
  }

  /**
   * The context one expression is resolved in.
   *
   * @param discourse the day a discourse-anchored expression refers to, or null
   * @param reference the value of the period named before a {@link Found.Family#YEAR_EARLIER} in
   *     its sentence, or null
   */
  record Context(
      @Nullable LocalDate anchor,
      Tense tense,
      boolean futureCue,
      @Nullable LocalDate discourse,
      @Nullable String reference) {
    Context(@Nullable LocalDate anchor, Tense tense, boolean futureCue, @Nullable LocalDate day) {
      this(anchor, tense, futureCue, day, null);
    }
  }

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(-(?:Q[1-4]|H[12]|\\d{2}))?");

  /** The normalized expression, or null when it has no value worth emitting. */
  @Nullable TimeExpression resolve(Found f, Context c) {
    LocalDate a = c.anchor();
    return switch (f.family()) {
      case CALENDAR -> calendar(f, c);
      case DAY_OF_MONTH ->
          a == null
              ? date(f, "XXXX-XX-" + two(f.day()))
              : date(f, dayOfMonth(f.day(), a, c.tense()));
      case DECADE -> date(f, String.valueOf(f.year() / 10));
      case CENTURY -> date(f, two(f.quantity() - 1));
      case WEEKDAY -> weekday(f, c);
      case RELATIVE_DAY -> a == null ? null : withPart(f, a.plusDays(f.quantity()), f.unit());
      case RELATIVE_UNIT -> a == null ? null : date(f, relativeUnit(f, a, c.tense()));
      case DISCOURSE, DAY_PART -> discourse(f, c);
      case CLOCK -> clock(f, c.discourse() != null ? c.discourse() : a);
      case AGO ->
          a == null || f.quantity() < 0
              ? date(f, "PAST_REF") // "a few days ago": only the side of the anchor is known
              : date(f, shift(a, f.unit(), -f.quantity()));
      case LATER ->
          c.tense() == Tense.FUTURE && a != null
              ? date(f, f.quantity() < 0 ? "FUTURE_REF" : shift(a, f.unit(), f.quantity()))
              : duration(f);
      case YEAR_EARLIER -> yearEarlier(f, c);
      case DURATION -> duration(f);
      case SEASON -> season(f, c);
      case QUARTER -> quarter(f, c);
      case HOLIDAY -> holiday(f, c);
      case SET -> new TimeExpression(f.span(), TimeKind.SET, nonNull(f.unit()));
      case LITERAL ->
          new TimeExpression(
              f.span(),
              nonNull(f.unit()).matches("P\\d.*") ? TimeKind.DURATION : TimeKind.DATE,
              nonNull(f.unit()));
    };
  }

  private @Nullable TimeExpression calendar(Found f, Context c) {
    LocalDate a = c.anchor();
    if (!f.has(f.year()) && f.has(f.quantity()) && a != null) {
      // "November last year": the year is relative to the anchor, the rest is stated.
      return calendar(f.withYear(a.getYear() + f.quantity()).withQuantity(Found.NONE), c);
    }
    if (!f.has(f.month())) {
      return date(f, four(f.year()));
    }
    if (!f.has(f.day())) {
      if (f.has(f.year())) {
        return date(f, four(f.year()) + "-" + two(f.month()));
      }
      if (a == null) {
        return date(f, "XXXX-" + two(f.month()));
      }
      int base = a.getYear() * 12 + f.month() - 1;
      int now = a.getYear() * 12 + a.getMonthValue() - 1;
      int idx =
          f.mod() == null
              ? nearIfFar(choose(base, now, 12, c.tense()), base, now)
              : f.mod().equals("last")
                  ? latestBefore(base, now, 12, false)
                  : f.mod().equals("next") ? earliestAfter(base, now, 12, false) : base;
      return date(f, four(Math.floorDiv(idx, 12)) + "-" + two(Math.floorMod(idx, 12) + 1));
    }
    if (f.has(f.year())) {
      return valid(f.year(), f.month(), f.day())
          ? date(f, iso(LocalDate.of(f.year(), f.month(), f.day())))
          : null;
    }
    if (a == null) {
      return date(f, "XXXX-" + two(f.month()) + "-" + two(f.day()));
    }
    List<LocalDate> options = new ArrayList<>();
    for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
      if (valid(y, f.month(), f.day())) {
        options.add(LocalDate.of(y, f.month(), f.day()));
      }
    }
    LocalDate d = chooseDate(options, a, c.tense(), d0 -> d0.getYear() == a.getYear());
    if (d != null && Math.abs(ChronoUnit.DAYS.between(a, d)) > FAR_DAYS) {
      // Tense read from a distant verb misleads more often than news dates lie far away: a month
      // and day nearly a year off loses to the same month and day within two months of the anchor.
      LocalDate near = chooseDate(options, a, Tense.UNKNOWN, d0 -> true);
      if (near != null && Math.abs(ChronoUnit.DAYS.between(a, near)) <= NEAR_DAYS) {
        d = near;
      }
    }
    return d == null ? null : date(f, iso(d));
  }

  /**
   * A bare month that tense puts eleven months away gives way to the next or previous month, as a
   * month and day far off does: "a cutback in September" told in August is the coming one,
   * "November transactions" in late October the next month; "prices climbed in March" in January
   * stays last March.
   */
  private static int nearIfFar(int chosen, int base, int now) {
    if (Math.abs(chosen - now) < 11) {
      return chosen;
    }
    int near = chooseByTense(base, now, 12, Tense.UNKNOWN);
    return Math.abs(near - now) <= 1 ? near : chosen;
  }

  private static String dayOfMonth(int day, LocalDate a, Tense t) {
    List<LocalDate> options = new ArrayList<>();
    for (int k = -1; k <= 1; k++) {
      YearMonth ym = YearMonth.from(a).plusMonths(k);
      if (day <= ym.lengthOfMonth()) {
        options.add(ym.atDay(day));
      }
    }
    LocalDate d = chooseDate(options, a, t, d0 -> d0.getMonth() == a.getMonth());
    return d == null ? "XXXX-XX-" + two(day) : iso(d);
  }

  private static @Nullable TimeExpression weekday(Found f, Context c) {
    LocalDate a = c.anchor();
    int dow = f.quantity();
    if (a == null) {
      return withPartValue(f, "XXXX-WXX-" + dow, f.unit());
    }
    LocalDate past = a.minusDays(Math.floorMod(a.getDayOfWeek().getValue() - dow, 7));
    LocalDate future = a.plusDays(Math.floorMod(dow - a.getDayOfWeek().getValue(), 7));
    LocalDate d;
    String mod = f.mod();
    if ("last".equals(mod)) {
      d = past.equals(a) ? a.minusWeeks(1) : past;
    } else if ("next".equals(mod)) {
      d = future.equals(a) ? a.plusWeeks(1) : future;
    } else if ("this".equals(mod)) {
      d = a.with(DayOfWeek.of(dow));
    } else if ("past".equals(mod)) {
      d = past;
    } else {
      d =
          switch (c.tense()) {
            case PAST -> past;
            case FUTURE -> future;
            default ->
                ChronoUnit.DAYS.between(past, a) <= ChronoUnit.DAYS.between(a, future)
                    ? past
                    : future;
          };
    }
    return withPart(f, d, f.unit());
  }

  private static @Nullable TimeExpression discourse(Found f, Context c) {
    LocalDate base = c.discourse() != null ? c.discourse() : c.anchor();
    if (base == null) {
      return null;
    }
    return withPart(f, base.plusDays(f.quantity()), f.unit());
  }

  private static @Nullable TimeExpression clock(Found f, @Nullable LocalDate day) {
    int minutes = f.quantity();
    String hm = minutes == 1440 ? "24:00" : two(minutes / 60) + ":" + two(minutes % 60);
    return new TimeExpression(f.span(), TimeKind.TIME, (day == null ? "" : iso(day)) + "T" + hm);
  }

  private static TimeExpression duration(Found f) {
    String unit = nonNull(f.unit());
    String d = ExpressionFinder.designator(unit);
    int q = f.quantity();
    String n = q < 0 ? "X" : String.valueOf(q);
    if (unit.equals("fortnight")) {
      return new TimeExpression(f.span(), TimeKind.DURATION, q < 0 ? "PXW" : "P" + (2 * q) + "W");
    }
    if (unit.equals("weekend")) {
      return new TimeExpression(f.span(), TimeKind.DURATION, "P" + n + "WE");
    }
    return new TimeExpression(
        f.span(), TimeKind.DURATION, d.startsWith("T") ? "PT" + n + d.substring(1) : "P" + n + d);
  }

  private static String relativeUnit(Found f, LocalDate a, Tense t) {
    if ("the".equals(f.mod()) || "yearago".equals(f.mod())) {
      return byTense(f, a, t);
    }
    int k = "last".equals(f.mod()) ? -1 : "next".equals(f.mod()) ? 1 : 0;
    return switch (nonNull(f.unit())) {
      case "week" -> week(a.plusWeeks(k));
      case "weekend" -> week(a.plusWeeks(k)) + "-WE";
      case "month" -> four(a.plusMonths(k).getYear()) + "-" + two(a.plusMonths(k).getMonthValue());
      case "quarter" -> {
        int idx = a.getYear() * 4 + (a.getMonthValue() - 1) / 3 + k;
        yield four(Math.floorDiv(idx, 4)) + "-Q" + (Math.floorMod(idx, 4) + 1);
      }
      case "decade" -> String.valueOf(a.getYear() / 10 + k);
      case "century" -> two(a.getYear() / 100 + k);
      default -> four(a.getYear() + k);
    };
  }

  /**
   * "the weekend", "the quarter": news reports what has happened, so unless the tense is future the
   * weekend is the one on or before the anchor and the quarter the one before the current (a
   * present "the quarter's sales are up" reports the last one too). "yearago" is that quarter a
   * year earlier.
   */
  private static String byTense(Found f, LocalDate a, Tense t) {
    if ("weekend".equals(f.unit())) {
      LocalDate sat =
          t == Tense.FUTURE
              ? a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
              : a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return week(sat) + "-WE";
    }
    boolean current = t == Tense.FUTURE;
    int idx =
        a.getYear() * 4
            + (a.getMonthValue() - 1) / 3
            - ("yearago".equals(f.mod()) ? 5 : current ? 0 : 1);
    return four(Math.floorDiv(idx, 4)) + "-Q" + (Math.floorMod(idx, 4) + 1);
  }

  /**
   * "a year earlier": the period its sentence named before it, a year back ("in December from a
   * year earlier" is the December before); else the reported quarter a year back, else last year.
   */
  private static @Nullable TimeExpression yearEarlier(Found f, Context c) {
    String ref = c.reference();
    Matcher m = ref == null ? null : PERIOD.matcher(ref);
    if (m != null && m.matches()) {
      String rest = m.group(2) == null ? "" : m.group(2);
      return date(f, four(Integer.parseInt(m.group(1)) - 1) + rest);
    }
    LocalDate a = c.anchor();
    if (a == null) {
      return null;
    }
    if ("quarter".equals(f.unit())) {
      return date(f, byTense(f.withMod("yearago"), a, c.tense()));
    }
    return date(f, four(a.getYear() - 1));
  }

  private static String shift(LocalDate a, @Nullable String unit, int n) {
    return switch (nonNull(unit)) {
      case "day", "hour", "minute", "second" -> iso(a.plusDays(unit.equals("day") ? n : 0));
      case "week", "weekend" -> week(a.plusWeeks(n));
      case "fortnight" -> week(a.plusWeeks(2L * n));
      case "month" -> four(a.plusMonths(n).getYear()) + "-" + two(a.plusMonths(n).getMonthValue());
      case "decade" -> String.valueOf((a.getYear() + 10 * n) / 10);
      case "century" -> two((a.getYear() + 100 * n) / 100);
      default -> four(a.getYear() + n);
    };
  }

  private static @Nullable TimeExpression season(Found f, Context c) {
    String code = nonNull(f.unit());
    int s = List.of("SP", "SU", "FA", "WI").indexOf(code);
    if (f.has(f.year())) {
      return date(f, four(f.year()) + "-" + code);
    }
    LocalDate a = c.anchor();
    if (a == null) {
      return date(f, "XXXX-" + code);
    }
    int m = a.getMonthValue();
    int now = m <= 2 ? (a.getYear() - 1) * 4 + 3 : a.getYear() * 4 + (m - 3) / 3;
    int base = (s == 3 && m <= 2 ? a.getYear() - 1 : a.getYear()) * 4 + s;
    String mod = f.mod();
    int idx =
        "last".equals(mod)
            ? latestBefore(base, now, 4, false)
            : "next".equals(mod)
                ? earliestAfter(base, now, 4, false)
                : "this".equals(mod) ? base : choose(base, now, 4, c.tense());
    return date(f, four(Math.floorDiv(idx, 4)) + "-" + code);
  }

  private static @Nullable TimeExpression quarter(Found f, Context c) {
    String letter = nonNull(f.unit());
    int per = letter.equals("H") ? 2 : 4;
    LocalDate a = c.anchor();
    int q = f.quantity();
    if (f.has(f.year())) {
      return date(f, four(f.year()) + "-" + letter + q);
    }
    if (a == null) {
      return date(f, "XXXX-" + letter + Math.max(q, 1));
    }
    int now = a.getYear() * per + (a.getMonthValue() - 1) / (12 / per);
    int idx;
    if (q == 0) {
      idx = now - 1;
    } else if ("reported".equals(f.mod()) || "yearago".equals(f.mod())) {
      // A reported quarter has begun: "fourth-quarter growth" in January is last year's.
      idx =
          latestBefore(a.getYear() * per + q - 1, now, per, true)
              - ("yearago".equals(f.mod()) ? per : 0);
    } else if (f.mod() != null) {
      int k = f.mod().equals("last") ? -1 : f.mod().equals("next") ? 1 : 0;
      idx = (a.getYear() + k) * per + q - 1;
    } else {
      idx = choose(a.getYear() * per + q - 1, now, per, c.tense());
    }
    return date(f, four(Math.floorDiv(idx, per)) + "-" + letter + (Math.floorMod(idx, per) + 1));
  }

  private @Nullable TimeExpression holiday(Found f, Context c) {
    String key = nonNull(f.unit());
    LocalDate a = c.anchor();
    if (f.has(f.year()) || (f.has(f.quantity()) && a != null)) {
      int y = f.has(f.year()) ? f.year() : a.getYear() + f.quantity();
      List<LocalDate> ds = holidays.dates(key, f.country(), y);
      return ds.isEmpty() ? null : date(f, iso(ds.get(0)));
    }
    if (a == null) {
      return null;
    }
    List<LocalDate> options = new ArrayList<>();
    for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
      options.addAll(holidays.dates(key, f.country(), y));
    }
    Tense t = c.futureCue() ? Tense.FUTURE : c.tense();
    LocalDate d = chooseDate(options, a, t, d0 -> d0.getYear() == a.getYear() && !d0.isBefore(a));
    if (d == null && t == Tense.PRESENT) {
      d = chooseDate(options, a, t, d0 -> d0.getYear() == a.getYear());
    }
    return d == null ? null : date(f, iso(d));
  }

  /** Picks among dates by tense; PRESENT takes the first that {@code present} accepts. */
  static @Nullable LocalDate chooseDate(
      List<LocalDate> options,
      LocalDate a,
      Tense t,
      java.util.function.Predicate<LocalDate> present) {
    LocalDate best = null;
    for (LocalDate d : options) {
      boolean better =
          switch (t) {
            case PAST -> !d.isAfter(a) && (best == null || d.isAfter(best));
            case FUTURE -> !d.isBefore(a) && (best == null || d.isBefore(best));
            case PRESENT -> present.test(d) && best == null;
            case UNKNOWN ->
                best == null
                    || Math.abs(ChronoUnit.DAYS.between(a, d))
                        < Math.abs(ChronoUnit.DAYS.between(a, best));
          };
      if (better) {
        best = d;
      }
    }
    if (best == null && t != Tense.UNKNOWN) {
      return chooseDate(options, a, Tense.UNKNOWN, present);
    }
    return best;
  }

  /** Picks among {@code base + k * period} (k = -1, 0, 1) relative to {@code now} by tense. */
  private static int choose(int base, int now, int period, Tense t) {
    int chosen = chooseByTense(base, now, period, t);
    int nearest = chooseByTense(base, now, period, Tense.UNKNOWN);
    // The present tense says least: "in late November" in a January article is the last one, not
    // the next.
    if (t == Tense.PRESENT
        && Math.abs(chosen - now) * 4 > period * 3
        && Math.abs(nearest - now) * 4 <= period) {
      return nearest;
    }
    return chosen;
  }

  private static int chooseByTense(int base, int now, int period, Tense t) {
    return switch (t) {
      case PAST -> latestBefore(base, now, period, true);
      case FUTURE -> earliestAfter(base, now, period, true);
      case PRESENT -> base;
      case UNKNOWN -> {
        int best = base;
        for (int k = -1; k <= 1; k++) {
          if (Math.abs(base + k * period - now) < Math.abs(best - now)) {
            best = base + k * period;
          }
        }
        yield best;
      }
    };
  }

  private static int latestBefore(int base, int now, int period, boolean inclusive) {
    int idx = base + period;
    while (inclusive ? idx > now : idx >= now) {
      idx -= period;
    }
    return idx;
  }

  private static int earliestAfter(int base, int now, int period, boolean inclusive) {
    int idx = base - period;
    while (inclusive ? idx < now : idx <= now) {
      idx += period;
    }
    return idx;
  }

  private static TimeExpression withPart(Found f, LocalDate d, @Nullable String part) {
    return withPartValue(f, iso(d), part);
  }

  private static TimeExpression withPartValue(Found f, String day, @Nullable String part) {
    return part == null
        ? new TimeExpression(f.span(), TimeKind.DATE, day)
        : new TimeExpression(f.span(), TimeKind.TIME, day + "T" + part);
  }

  private static TimeExpression date(Found f, String value) {
    return new TimeExpression(f.span(), TimeKind.DATE, value);
  }

  private static boolean valid(int y, int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
  }

  /**
   * The date at the start of a value that begins with {@code yyyy-mm-dd}, read without a formatter.
   */
  static LocalDate day(String value) {
    return LocalDate.of(
        Integer.parseInt(value, 0, 4, 10),
        Integer.parseInt(value, 5, 7, 10),
        Integer.parseInt(value, 8, 10, 10));
  }

  static String iso(LocalDate d) {
    return four(d.getYear()) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
  }

  private static String week(LocalDate d) {
    return four(d.get(IsoFields.WEEK_BASED_YEAR))
        + "-W"
        + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String two(int n) {
    return n >= 0 && n < 10 ? "0" + n : String.valueOf(n);
  }

  private static String four(int n) {
    if (n < 0 || n >= 1000) {
      return String.valueOf(n);
    }
    String s = String.valueOf(n);
    return "000".substring(s.length() - 1) + s;
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }
}
