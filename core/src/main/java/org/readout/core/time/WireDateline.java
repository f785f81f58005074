package org.readout.core.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * A wire-service dateline at the start of an article: {@code CITY[, Region][, Month D[, YYYY]]
 * [(Agency)] —}, as in {@code LONDON, June 11 (Reuters) -}, {@code LONDON (AP) —}, {@code BEIJING,
 * Jan. 21 (Xinhua) --}, {@code SEOUL, Dec. 1 (Yonhap)} or {@code TOKYO, March 12, 2025 (Readout
 * Wire) —}. It is looked for on the first non-blank line, or on the line after a one-line headline.
 * A dateline names a date, an agency, or both; the dash may be left out after an agency.
 *
 * <p>Design decision: the ingest readers take the document date from a dateline and the time stage
 * leaves the dateline's date out of the story's times and infers a missing year, so both read it
 * here, by one rule.
 *
 * @param span the dateline, from the city to the dash (or the agency's closing parenthesis)
 * @param monthDay the month and day it states, or null when it states none
 * @param year the year it states, or null
 * @param agency the agency named in parentheses ({@code Reuters}), or null
 * @param headline the headline line above the dateline, trimmed, or null when the dateline starts
 *     the text
 */
public record WireDateline(
    Span span,
    @Nullable MonthDay monthDay,
    @Nullable Year year,
    @Nullable String agency,
    @Nullable Span headline) {

  /** Headlines are short; a longer first line is body text, and the dateline must start it. */
  private static final int MAX_HEADLINE_CHARS = 300;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("January", 1),
          Map.entry("Jan", 1),
          Map.entry("February", 2),
          Map.entry("Feb", 2),
          Map.entry("March", 3),
          Map.entry("Mar", 3),
          Map.entry("April", 4),
          Map.entry("Apr", 4),
          Map.entry("May", 5),
          Map.entry("June", 6),
          Map.entry("Jun", 6),
          Map.entry("July", 7),
          Map.entry("Jul", 7),
          Map.entry("August", 8),
          Map.entry("Aug", 8),
          Map.entry("September", 9),
          Map.entry("Sept", 9),
          Map.entry("Sep", 9),
          Map.entry("October", 10),
          Map.entry("Oct", 10),
          Map.entry("November", 11),
          Map.entry("Nov", 11),
          Map.entry("December", 12),
          Map.entry("Dec", 12));

  // Every repetition is bounded and the match is confined to one line, so a hostile first line
  // costs at most a few thousand steps. The city is upper case (TOKYO, ST. PETERSBURG); the region
  // is a name (Kenya, Calif.); an agency starts with a capital (Reuters, AP, Readout Wire).
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\- ]{1,40}?"
              + "(?:, [\\p{L}\\p{M}.'\u2019\\- ]{1,40}?)?"
              + "(?:, ([A-Z][a-z]{2,8})(\\.?) (\\d{1,2})(?:, (\\d{4}))?(?: ?\\((\\p{Lu}[^()\\n]{0,59})\\))?"
              + "| ?\\((\\p{Lu}[^()\\n]{0,59})\\))"
              + "(?:[ \\t]*(?:\u2014|\u2013|--|-|_)|(?<=\\))(?=[ \\t]+[\\p{Lu}\"\u201c]))");

  /** The dateline of {@code text}, or null when it has none. */
  public static @Nullable WireDateline find(String text) {
    int first = nextNonBlank(text, 0);
    if (first < 0) {
      return null;
    }
    int firstEnd = lineEnd(text, first);
    WireDateline direct = match(text, first, firstEnd, null);
    if (direct != null || firstEnd - first > MAX_HEADLINE_CHARS) {
      return direct;
    }
    int second = nextNonBlank(text, firstEnd);
    if (second < 0) {
      return null;
    }
    Span headline = new Span(first, trimEnd(text, first, firstEnd));
    return match(text, second, lineEnd(text, second), headline);
  }

  /** The stated date, when the dateline states month, day and year; else null. */
  public @Nullable LocalDate date() {
    return monthDay == null || year == null ? null : year.atMonthDay(monthDay);
  }

  private static @Nullable WireDateline match(
      String text, int start, int end, @Nullable Span headline) {
    Matcher m = DATELINE.matcher(text).region(start, end);
    if (!m.lookingAt()) {
      return null; // a city alone ("ROME -") is too weak a sign: a date or an agency must follow
    }
    String agency = m.group(5) != null ? m.group(5) : m.group(6);
    MonthDay monthDay = null;
    Year year = null;
    if (m.group(1) != null) {
      Integer month = MONTHS.get(m.group(1));
      int day = Integer.parseInt(m.group(3));
      if (month == null || day < 1 || day > MonthDay.of(month, 1).getMonth().maxLength()) {
        return null; // "Smarch 12", "February 30": not a dateline we can use
      }
      monthDay = MonthDay.of(month, day);
      if (m.group(4) != null) {
        year = Year.of(Integer.parseInt(m.group(4)));
        if (!year.isValidMonthDay(monthDay)) {
          return null;
        }
      }
    }
    return new WireDateline(new Span(m.start(), m.end()), monthDay, year, agency, headline);
  }

  private static int nextNonBlank(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
