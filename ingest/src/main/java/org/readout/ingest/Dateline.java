package org.readout.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * A wire-service dateline at the start of an article, {@code CITY[, Region], Month D, YYYY (Agency)
 * —}, found on the first non-blank line or on the line after a one-line headline.
 *
 * @param span the dateline, from the city to the dash inclusive, in UTF-16 offsets of the text
 * @param date the date it carries
 * @param headline the headline line above the dateline, trimmed of surrounding whitespace, or null
 *     when the dateline starts the text
 */
record Dateline(Span span, LocalDate date, @Nullable Span headline) {

  /** Headlines are short; a longer first line is body text, and the dateline must start it. */
  private static final int MAX_HEADLINE_CHARS = 300;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("January", 1),
          Map.entry("Jan.", 1),
          Map.entry("February", 2),
          Map.entry("Feb.", 2),
          Map.entry("March", 3),
          Map.entry("April", 4),
          Map.entry("May", 5),
          Map.entry("June", 6),
          Map.entry("July", 7),
          Map.entry("August", 8),
          Map.entry("Aug.", 8),
          Map.entry("September", 9),
          Map.entry("Sept.", 9),
          Map.entry("Sep.", 9),
          Map.entry("October", 10),
          Map.entry("Oct.", 10),
          Map.entry("November", 11),
          Map.entry("Nov.", 11),
          Map.entry("December", 12),
          Map.entry("Dec.", 12));

  // Every repetition is bounded and the match is confined to one line, so a hostile first line
  // costs at most a few thousand steps. The city is upper case (TOKYO, ST. PETERSBURG); the region
  // is a name (Kenya, Calif.).
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]{0,40}?"
              + "(?:, [\\p{L}\\p{M}.'’\\- ]{1,40}?)?"
              + ", ([A-Z][a-z]{2,8}\\.?) (\\d{1,2}), (\\d{4})"
              + "(?: ?\\([^()\\n]{1,60}\\))?"
              + "[ \\t]*(?:—|–|--|-)");

  /**
   * The dateline of {@code text}, or null when it has none (or its date is not a calendar date).
   */
  static @Nullable Dateline find(String text) {
    int first = nextNonBlank(text, 0);
    if (first < 0) {
      return null;
    }
    int firstEnd = lineEnd(text, first);
    Dateline direct = match(text, first, firstEnd, null);
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

  private static @Nullable Dateline match(
      String text, int start, int end, @Nullable Span headline) {
    Matcher m = DATELINE.matcher(text).region(start, end);
    if (!m.lookingAt()) {
      return null;
    }
    Integer month = MONTHS.get(m.group(1));
    if (month == null) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
      return new Dateline(new Span(m.start(), m.end()), date, headline);
    } catch (DateTimeException e) {
      return null; // "February 30": not a dateline we can use; the text is still read.
    }
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
