package org.readout.core.time;

import static org.readout.core.time.ExpressionFinder.END;
import static org.readout.core.time.ExpressionFinder.span;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.readout.core.time.Found.Family;

/**
 * The finder's rules for clock times in the formats news uses: "8 p.m.", "9.40am", "3.15 a.m.",
 * "10:35", "18:00 local time", "0700 GMT", "4 in the morning", noon, midday and midnight. A time
 * zone or "local time" is part of the expression's text; the value is the clock time as written
 * ({@code T07:00}), without a zone offset.
 */
final class ClockRules {
  /** Zones and words that may follow a clock time and belong to it. */
  private static final String ZONE =
      "(?:\\s?(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST"
          + "|AEST|AEDT|ET|PT)(?![\\p{L}])|\\s(?:local\\stime|local|Moscow\\stime)"
          + END
          + ")?";

  private ClockRules() {}

  static void addTo(ExpressionFinder f) {
    // 12-hour: "8 p.m.", "9.40am", "3.15 a.m.", "10:35 a.m. EST"
    f.add(
        "(?i)(\\d{1,2})(?:[:.]([0-5]\\d))?\\s?([ap])\\.?m(?:\\.|" + END + ")" + ZONE,
        ClockRules::twelveHour,
        "#");
    // 24-hour with a colon or a dot before a zone: "18:00", "18:00 local time", "18.00 GMT"
    f.add(
        "([01]?\\d|2[0-3])(?::([0-5]\\d)(?!\\d)|\\.([0-5]\\d)(?=\\s?(?:GMT|UTC|local)))" + ZONE,
        ClockRules::twentyFourHour,
        "#");
    // Military style, only with a zone or "hours" after it, since "1998" alone is a year: "0700
    // GMT", "1430 local time"
    f.add(
        "([01]\\d|2[0-3])([0-5]\\d)(?=\\s?(?:GMT|UTC|local\\stime|hours|hrs)"
            + END
            + ")"
            + "(?:\\s?(?:GMT|UTC)|\\slocal\\stime|\\s(?:hours|hrs))",
        ClockRules::military,
        "#");
    f.add(
        "(?i)(\\d{1,2})\\s(?:o['\u2019]clock\\s)?in\\sthe\\s(morning|afternoon|evening)" + END,
        ClockRules::hourOfPart,
        "#");
    f.add(
        "(?i)(noon|midday|midnight)" + END,
        (m, t) ->
            List.of(
                Found.of(span(m), Family.CLOCK)
                    .withQuantity(m.group(1).equalsIgnoreCase("midnight") ? 1440 : 720)),
        List.of("noon", "midday", "midnight"));
  }

  private static @Nullable List<Found> twelveHour(Matcher m, String text) {
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (h < 1 || h > 12) {
      return null;
    }
    boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
    return List.of(
        Found.of(span(m), Family.CLOCK).withQuantity((h % 12 + (pm ? 12 : 0)) * 60 + min));
  }

  private static @Nullable List<Found> twentyFourHour(Matcher m, String text) {
    if (m.start() > 0 && text.charAt(m.start() - 1) == '$') {
      return null; // "$18.00": a price
    }
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
    return List.of(Found.of(span(m), Family.CLOCK).withQuantity(h * 60 + min));
  }

  private static List<Found> military(Matcher m, String text) {
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    return List.of(Found.of(span(m), Family.CLOCK).withQuantity(h * 60 + min));
  }

  private static @Nullable List<Found> hourOfPart(Matcher m, String text) {
    int h = Integer.parseInt(m.group(1));
    if (h < 1 || h > 12) {
      return null;
    }
    String part = m.group(2).toLowerCase(Locale.ROOT);
    int hour = part.equals("morning") ? h % 12 : h % 12 + 12;
    return List.of(Found.of(span(m), Family.CLOCK).withQuantity(hour * 60));
  }
}
