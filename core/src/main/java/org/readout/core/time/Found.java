package org.readout.core.time;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * A temporal expression as found, before it is anchored: its family and the fields it states.
 * Unstated numeric fields are {@link #NONE}. {@link Resolver} turns it into a TIMEX3 value once the
 * anchor and tense are known.
 *
 * @param span the expression's text
 * @param family what sort of expression, which decides how the fields are read
 * @param year stated year, or NONE
 * @param month stated month 1..12, or NONE
 * @param day stated day of month, or NONE
 * @param quantity a count (durations, "two weeks ago"; -1 for "a few"), a weekday 1..7, a quarter,
 *     or a day offset
 * @param unit a unit ({@code year}, {@code week}...), a part of day ({@code AF}), a holiday key or
 *     a literal value
 * @param mod {@code this}, {@code last}, {@code next}, or for {@link Family#RELATIVE_UNIT} {@code
 *     the} (resolved by tense), for {@link Family#QUARTER} {@code reported} (the quarter of a
 *     report: the latest begun) and {@code yearago} (a year before that), or null
 * @param country alpha-3 code of a country named just before a holiday, or null
 */
record Found(
    Span span,
    Family family,
    int year,
    int month,
    int day,
    int quantity,
    @Nullable String unit,
    @Nullable String mod,
    @Nullable String country) {
  static final int NONE = Integer.MIN_VALUE;

  /** Expression families; each has its own reading of the fields. */
  enum Family {
    /**
     * A calendar date with some of year, month and day ("Jan. 21", "21 January 2025", "1/21",
     * "March 2024").
     */
    CALENDAR,
    /** An ordinal day of an unstated month ("the 21st"). */
    DAY_OF_MONTH,
    /** A decade: {@code year} holds its first year ("the 1990s"). */
    DECADE,
    /** A century: {@code quantity} holds its ordinal ("the 20th century"). */
    CENTURY,
    /**
     * A weekday ({@code quantity} 1..7, Monday first), with optional {@code mod} and part of day in
     * unit.
     */
    WEEKDAY,
    /**
     * Today, yesterday, tomorrow: {@code quantity} is the day offset; unit an optional part of day.
     */
    RELATIVE_DAY,
    /**
     * This/last/next week, month, year, quarter, weekend, decade, century ({@code mod}, {@code
     * unit}).
     */
    RELATIVE_UNIT,
    /** "that afternoon", "that day", "the next day": anchored on the last date in the discourse. */
    DISCOURSE,
    /**
     * A part of day on its own ("in the afternoon", "early morning"; {@code unit} MO, AF, EV, NI),
     * on the day its sentence names, else the last day of the discourse, else the anchor.
     */
    DAY_PART,
    /**
     * A clock time: {@code quantity} is minutes after midnight; unit a part of day when only that
     * is known.
     */
    CLOCK,
    /** "two weeks ago": {@code quantity} units before the anchor. */
    AGO,
    /** "in three days": {@code quantity} units after the anchor. */
    LATER,
    /**
     * "a year earlier", "the year-earlier quarter": the period named before it in the sentence, a
     * year back; without one, {@code unit} {@code quarter} (the reported quarter) or {@code year}.
     */
    YEAR_EARLIER,
    /** A duration: {@code quantity} units, -1 for an unknown number. */
    DURATION,
    /** A season ({@code unit} SP, SU, FA, WI), with optional year and mod. */
    SEASON,
    /**
     * A quarter ({@code quantity} 1..4) or, with unit {@code H}, a half, with optional year and
     * mod.
     */
    QUARTER,
    /**
     * A named day ({@code unit} holds its key), with optional year, year offset in quantity, and
     * country.
     */
    HOLIDAY,
    /** A set; {@code unit} holds the finished value ({@code P1W}, {@code XXXX-05}). */
    SET,
    /** A literal value ({@code PRESENT_REF}) in {@code unit}. */
    LITERAL
  }

  static Found of(Span span, Family family) {
    return new Found(span, family, NONE, NONE, NONE, NONE, null, null, null);
  }

  Found withYear(int y) {
    return new Found(span, family, y, month, day, quantity, unit, mod, country);
  }

  Found withDate(int y, int m, int d) {
    return new Found(span, family, y, m, d, quantity, unit, mod, country);
  }

  Found withQuantity(int q) {
    return new Found(span, family, year, month, day, q, unit, mod, country);
  }

  Found withUnit(@Nullable String u) {
    return new Found(span, family, year, month, day, quantity, u, mod, country);
  }

  Found withMod(@Nullable String m) {
    return new Found(span, family, year, month, day, quantity, unit, m, country);
  }

  Found withCountry(@Nullable String c) {
    return new Found(span, family, year, month, day, quantity, unit, mod, c);
  }

  boolean has(int field) {
    return field != NONE;
  }
}
