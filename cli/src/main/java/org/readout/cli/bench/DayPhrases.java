package org.readout.cli.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/** How articles write days: weekdays, "the 17th", "March 17", datelines. */
final class DayPhrases {
  private DayPhrases() {}

  /** The main happening's day as {@code style} writes it, seen from {@code published}. */
  static String main(Style style, LocalDate day, LocalDate published, SplittableRandom random) {
    long before = ChronoUnit.DAYS.between(day, published);
    return switch (style) {
      case TRANSLATED -> "on the " + ordinal(day.getDayOfMonth());
      case ANALYSIS -> "on " + monthDay(day);
      case WIRE, BRIEF ->
          before <= 5 && random.nextInt(4) != 0 ? "on " + weekday(day) : "on " + monthDay(day);
    };
  }

  /** A day some time before {@code published}, for background happenings. */
  static String earlier(LocalDate day, LocalDate published, SplittableRandom random) {
    long before = ChronoUnit.DAYS.between(day, published);
    int pick = random.nextInt(3);
    if (pick == 0 && before >= 5 && before <= 11) {
      return "last week";
    }
    if (pick == 1 && before >= 3 && day.getMonth() == published.getMonth()) {
      return "earlier this month";
    }
    return "on " + monthDay(day);
  }

  /** "March 17" */
  static String monthDay(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + day.getDayOfMonth();
  }

  /** "March 17, 2025" */
  static String full(LocalDate day) {
    return monthDay(day) + ", " + day.getYear();
  }

  /** "March 2025" */
  static String monthYear(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
  }

  static String weekday(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String ordinal(int n) {
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /** The dateline that opens a wire or translated article, ending in its dash and a space. */
  static String dateline(Style style, String city, LocalDate published, String outlet) {
    String place = city.toUpperCase(Locale.ROOT);
    return style == Style.TRANSLATED
        ? place + ", " + monthDay(published) + " (" + outlet + ") -- "
        : place + ", " + full(published) + " (" + outlet + ") \u2014 ";
  }
}
