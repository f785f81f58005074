package org.readout.core.time;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Small English number words, units and month and weekday names, shared by the finder and the
 * resolver.
 */
final class Numbers {
  /** A count: digits or words up to ninety-nine, and the vague "a few" family. */
  static final String NUM =
      "(?:\\d+(?:\\.\\d+)?|a\\s+couple\\s+of|a\\s+few|several|few|some|many|a\\s+hundred|"
          + "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|"
          + "eight|nine)(?![a-z]))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
          + "one|two|three|four|five|six|seven|eight|nine|ten|hundred|an|a)";

  /** A unit of time, singular or plural. */
  static final String UNIT =
      "(second|minute|hour|day|weekend|week|fortnight|month|year|decade|century|centuries)s?";

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("a hundred", 100),
          Map.entry("a couple of", 2));

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  private Numbers() {}

  /**
   * The value of a count, -1 for a vague one ("several"), or null when it is not a number this
   * class reads.
   */
  static @Nullable Double count(String s) {
    String w = s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").trim();
    if (w.equals("a few")
        || w.equals("several")
        || w.equals("few")
        || w.equals("some")
        || w.equals("many")) {
      return -1.0;
    }
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      try {
        return Double.parseDouble(w);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Integer whole = WORDS.get(w);
    if (whole != null) {
      return (double) whole;
    }
    int space = w.indexOf(' ');
    if (space > 0) {
      Integer tens = WORDS.get(w.substring(0, space));
      Integer ones = WORDS.get(w.substring(space + 1));
      if (tens != null && ones != null) {
        return (double) (tens + ones);
      }
    }
    return null;
  }

  /** Month 1..12 from any spelling that starts with its three-letter abbreviation, else -1. */
  static int month(String s) {
    if (s.length() < 3) {
      return -1;
    }
    String p = s.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(p)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** ISO weekday 1..7 (Monday first) from a weekday name, else -1. */
  static int weekday(String s) {
    if (s.length() < 3) {
      return -1;
    }
    String p = s.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < WEEKDAYS.length; i++) {
      if (WEEKDAYS[i].equals(p)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Canonical singular unit ("years" → "year", "centuries" → "century"). */
  static String unit(String s) {
    String u = s.toLowerCase(Locale.ROOT);
    if (u.equals("centuries")) {
      return "century";
    }
    return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
  }

  /** Part-of-day code (MO, AF, EV, NI) of a word, or null. */
  static @Nullable String partOfDay(@Nullable String s) {
    if (s == null) {
      return null;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      case "night", "tonight" -> "NI";
      default -> null;
    };
  }
}
