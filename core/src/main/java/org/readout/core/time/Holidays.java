package org.readout.core.time;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Named days as calendar knowledge: each holiday is a rule that computes its Gregorian dates in a
 * year, per country where countries differ ("Independence Day", "Victory Day"), with ICU4J for the
 * Chinese, Islamic (Umm al-Qura) and Hebrew calendars. Thread-safe; computed dates are cached per
 * holiday, country and year.
 *
 * <p>Design decision: Diwali is left out. It follows the Hindu lunisolar calendar, which ICU does
 * not implement (its {@code IndianCalendar} is the solar Saka calendar), and a table of dates is
 * what this class exists to avoid.
 */
final class Holidays {
  /** The canonical key of each holiday name as written (lower case), for the finder's pattern. */
  static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("christmas", "christmas"),
          Map.entry("christmas day", "christmas"),
          Map.entry("christmas eve", "christmas-eve"),
          Map.entry("new year's day", "new-year"),
          Map.entry("new year's eve", "new-year-eve"),
          Map.entry("valentine's day", "valentine"),
          Map.entry("halloween", "halloween"),
          Map.entry("independence day", "independence"),
          Map.entry("bastille day", "bastille"),
          Map.entry("victory day", "victory"),
          Map.entry("v-e day", "ve-day"),
          Map.entry("victory over japan day", "vj-day"),
          Map.entry("v-j day", "vj-day"),
          Map.entry("national day", "national"),
          Map.entry("republic day", "republic"),
          Map.entry("canada day", "canada"),
          Map.entry("australia day", "australia"),
          Map.entry("russia day", "russia"),
          Map.entry("unity day", "unity"),
          Map.entry("national unity day", "unity"),
          Map.entry("remembrance day", "armistice"),
          Map.entry("armistice day", "armistice"),
          Map.entry("veterans day", "armistice"),
          Map.entry("may day", "may-day"),
          Map.entry("labour day", "may-day"),
          Map.entry("labor day", "labor"),
          Map.entry("international women's day", "women"),
          Map.entry("women's day", "women"),
          Map.entry("juneteenth", "juneteenth"),
          Map.entry("boxing day", "boxing"),
          Map.entry("defender of the fatherland day", "defender"),
          Map.entry("easter", "easter"),
          Map.entry("easter sunday", "easter"),
          Map.entry("orthodox easter", "orthodox-easter"),
          Map.entry("orthodox christmas", "orthodox-christmas"),
          Map.entry("good friday", "good-friday"),
          Map.entry("easter monday", "easter-monday"),
          Map.entry("thanksgiving", "thanksgiving"),
          Map.entry("thanksgiving day", "thanksgiving"),
          Map.entry("memorial day", "memorial"),
          Map.entry("martin luther king day", "mlk"),
          Map.entry("martin luther king jr. day", "mlk"),
          Map.entry("presidents' day", "presidents"),
          Map.entry("presidents day", "presidents"),
          Map.entry("mother's day", "mothers"),
          Map.entry("father's day", "fathers"),
          Map.entry("election day", "election"),
          Map.entry("inauguration day", "inauguration"),
          Map.entry("lunar new year", "lunar-new-year"),
          Map.entry("chinese new year", "lunar-new-year"),
          Map.entry("spring festival", "lunar-new-year"),
          Map.entry("tet", "lunar-new-year"),
          Map.entry("lantern festival", "lantern"),
          Map.entry("dragon boat festival", "dragon-boat"),
          Map.entry("mid-autumn festival", "mid-autumn"),
          Map.entry("ramadan", "ramadan"),
          Map.entry("eid al-fitr", "eid-al-fitr"),
          Map.entry("eid", "eid-al-fitr"),
          Map.entry("eid al-adha", "eid-al-adha"),
          Map.entry("passover", "passover"),
          Map.entry("rosh hashanah", "rosh-hashanah"),
          Map.entry("yom kippur", "yom-kippur"),
          Map.entry("hanukkah", "hanukkah"));

  private static final Map<String, Map<String, IntFunction<List<LocalDate>>>> RULES = rules();

  /** The country a holiday means when the text names none. */
  private static final Map<String, String> DEFAULT_COUNTRY =
      Map.of(
          "independence",
          "USA",
          "victory",
          "RUS",
          "vj-day",
          "CHN",
          "national",
          "CHN",
          "republic",
          "IND",
          "thanksgiving",
          "USA",
          "ve-day",
          "GBR");

  private final Map<String, List<LocalDate>> cache = new ConcurrentHashMap<>();

  /** Whether {@code key} names a known holiday. */
  static boolean known(String key) {
    return RULES.containsKey(key);
  }

  /**
   * The dates of holiday {@code key} in Gregorian {@code year} as observed in {@code country}
   * (alpha-3, or null for the holiday's default country); empty when unknown. Lunar holidays can
   * fall twice in one year.
   */
  List<LocalDate> dates(String key, @Nullable String country, int year) {
    Map<String, IntFunction<List<LocalDate>>> byCountry = RULES.get(key);
    if (byCountry == null || year < 1583 || year > 2500) {
      return List.of();
    }
    String c =
        country != null && byCountry.containsKey(country)
            ? country
            : DEFAULT_COUNTRY.getOrDefault(key, "");
    IntFunction<List<LocalDate>> rule = byCountry.getOrDefault(c, byCountry.get(""));
    if (rule == null) {
      rule = byCountry.values().iterator().next();
    }
    IntFunction<List<LocalDate>> r = rule;
    return cache.computeIfAbsent(key + "/" + c + "/" + year, k -> List.copyOf(r.apply(year)));
  }

  /** The country whose version of {@code key} applies, after defaults: what {@link #dates} used. */
  static String countryFor(String key, @Nullable String country) {
    Map<String, IntFunction<List<LocalDate>>> byCountry = RULES.getOrDefault(key, Map.of());
    return country != null && byCountry.containsKey(country)
        ? country
        : DEFAULT_COUNTRY.getOrDefault(key, "");
  }

  private static Map<String, Map<String, IntFunction<List<LocalDate>>>> rules() {
    Map<String, Map<String, IntFunction<List<LocalDate>>>> m = new ConcurrentHashMap<>();
    fixed(m, "christmas", "", 12, 25);
    fixed(m, "christmas-eve", "", 12, 24);
    fixed(m, "new-year", "", 1, 1);
    fixed(m, "new-year-eve", "", 12, 31);
    fixed(m, "valentine", "", 2, 14);
    fixed(m, "halloween", "", 10, 31);
    fixed(m, "independence", "USA", 7, 4);
    fixed(m, "independence", "IND", 8, 15);
    fixed(m, "independence", "PAK", 8, 14);
    fixed(m, "independence", "UKR", 8, 24);
    fixed(m, "independence", "MEX", 9, 16);
    fixed(m, "independence", "BRA", 9, 7);
    fixed(m, "independence", "IDN", 8, 17);
    fixed(m, "independence", "PHL", 6, 12);
    fixed(m, "independence", "KEN", 12, 12);
    fixed(m, "independence", "NGA", 10, 1);
    fixed(m, "independence", "ARG", 7, 9);
    fixed(m, "independence", "GHA", 3, 6);
    fixed(m, "bastille", "", 7, 14);
    fixed(m, "victory", "RUS", 5, 9);
    fixed(m, "victory", "BLR", 5, 9);
    fixed(m, "victory", "UKR", 5, 8);
    fixed(m, "victory", "CHN", 9, 3);
    fixed(m, "victory", "USA", 5, 8);
    fixed(m, "victory", "GBR", 5, 8);
    fixed(m, "victory", "FRA", 5, 8);
    fixed(m, "ve-day", "", 5, 8);
    fixed(m, "vj-day", "CHN", 9, 3);
    fixed(m, "vj-day", "USA", 9, 2);
    fixed(m, "vj-day", "GBR", 8, 15);
    fixed(m, "national", "CHN", 10, 1);
    fixed(m, "national", "TWN", 10, 10);
    fixed(m, "national", "VNM", 9, 2);
    fixed(m, "national", "SGP", 8, 9);
    fixed(m, "national", "SAU", 9, 23);
    fixed(m, "national", "ARE", 12, 2);
    fixed(m, "national", "PRK", 9, 9);
    fixed(m, "national", "FRA", 7, 14);
    fixed(m, "republic", "IND", 1, 26);
    fixed(m, "republic", "TUR", 10, 29);
    fixed(m, "republic", "ITA", 6, 2);
    fixed(m, "canada", "", 7, 1);
    fixed(m, "australia", "", 1, 26);
    fixed(m, "russia", "", 6, 12);
    fixed(m, "unity", "", 11, 4);
    fixed(m, "armistice", "", 11, 11);
    fixed(m, "may-day", "", 5, 1);
    fixed(m, "women", "", 3, 8);
    fixed(m, "juneteenth", "", 6, 19);
    fixed(m, "boxing", "", 12, 26);
    fixed(m, "defender", "", 2, 23);
    fixed(m, "orthodox-christmas", "", 1, 7);
    rule(m, "easter", "", y -> List.of(easter(y)));
    rule(m, "good-friday", "", y -> List.of(easter(y).minusDays(2)));
    rule(m, "easter-monday", "", y -> List.of(easter(y).plusDays(1)));
    rule(m, "orthodox-easter", "", y -> List.of(orthodoxEaster(y)));
    rule(m, "thanksgiving", "USA", y -> List.of(nth(y, 11, DayOfWeek.THURSDAY, 4)));
    rule(m, "thanksgiving", "CAN", y -> List.of(nth(y, 10, DayOfWeek.MONDAY, 2)));
    rule(m, "memorial", "", y -> List.of(nth(y, 5, DayOfWeek.MONDAY, -1)));
    rule(m, "labor", "", y -> List.of(nth(y, 9, DayOfWeek.MONDAY, 1)));
    rule(m, "mlk", "", y -> List.of(nth(y, 1, DayOfWeek.MONDAY, 3)));
    rule(m, "presidents", "", y -> List.of(nth(y, 2, DayOfWeek.MONDAY, 3)));
    rule(m, "mothers", "", y -> List.of(nth(y, 5, DayOfWeek.SUNDAY, 2)));
    rule(m, "fathers", "", y -> List.of(nth(y, 6, DayOfWeek.SUNDAY, 3)));
    // US federal elections: the Tuesday after the first Monday of November, in even years.
    rule(
        m,
        "election",
        "",
        y -> y % 2 == 0 ? List.of(nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1)) : List.of());
    // Since 1937 the US inauguration is on January 20 of the year after a presidential election.
    rule(m, "inauguration", "", y -> y % 4 == 1 ? List.of(LocalDate.of(y, 1, 20)) : List.of());
    rule(m, "lunar-new-year", "", y -> chinese(y, 0, 1));
    rule(m, "lantern", "", y -> chinese(y, 0, 15));
    rule(m, "dragon-boat", "", y -> chinese(y, 4, 5));
    rule(m, "mid-autumn", "", y -> chinese(y, 7, 15));
    rule(m, "ramadan", "", y -> islamic(y, IslamicCalendar.RAMADAN, 1));
    rule(m, "eid-al-fitr", "", y -> islamic(y, IslamicCalendar.SHAWWAL, 1));
    rule(m, "eid-al-adha", "", y -> islamic(y, IslamicCalendar.DHU_AL_HIJJAH, 10));
    rule(m, "passover", "", y -> hebrew(y, HebrewCalendar.NISAN, 15));
    rule(m, "rosh-hashanah", "", y -> hebrew(y, HebrewCalendar.TISHRI, 1));
    rule(m, "yom-kippur", "", y -> hebrew(y, HebrewCalendar.TISHRI, 10));
    rule(m, "hanukkah", "", y -> hebrew(y, HebrewCalendar.KISLEV, 25));
    return Map.copyOf(m);
  }

  private static void fixed(
      Map<String, Map<String, IntFunction<List<LocalDate>>>> m,
      String key,
      String country,
      int month,
      int day) {
    rule(m, key, country, y -> List.of(LocalDate.of(y, month, day)));
  }

  private static void rule(
      Map<String, Map<String, IntFunction<List<LocalDate>>>> m,
      String key,
      String country,
      IntFunction<List<LocalDate>> r) {
    m.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(country, r);
  }

  /** Western Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  /** Orthodox Easter: the Julian computus (Meeus), converted to the Gregorian calendar. */
  static LocalDate orthodoxEaster(int y) {
    int a = y % 4;
    int b = y % 7;
    int c = y % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    int julianOffset = y / 100 - y / 400 - 2;
    return LocalDate.of(y, month, day).plusDays(julianOffset);
  }

  /** The {@code n}th {@code dow} of a month, or for {@code n = -1} the last. */
  private static LocalDate nth(int y, int month, DayOfWeek dow, int n) {
    LocalDate first = LocalDate.of(y, month, 1);
    if (n < 0) {
      return first.with(TemporalAdjusters.lastInMonth(dow));
    }
    return first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  private static List<LocalDate> chinese(int y, int month, int day) {
    List<LocalDate> out = new ArrayList<>();
    // ICU's extended Chinese year is the Gregorian year plus 2637 for the year that starts in it.
    for (int ey = y + 2636; ey <= y + 2637; ey++) {
      ChineseCalendar cal = new ChineseCalendar(TimeZone.GMT_ZONE, Locale.ROOT);
      cal.clear();
      cal.set(ChineseCalendar.EXTENDED_YEAR, ey);
      cal.set(ChineseCalendar.MONTH, month);
      cal.set(ChineseCalendar.IS_LEAP_MONTH, 0);
      cal.set(ChineseCalendar.DAY_OF_MONTH, day);
      addIfInYear(out, cal.getTimeInMillis(), y);
    }
    return out;
  }

  private static List<LocalDate> islamic(int y, int month, int day) {
    List<LocalDate> out = new ArrayList<>();
    // An Islamic year is 354 or 355 days, so a Gregorian year meets at most two of them near this
    // estimate.
    int estimate = (int) Math.round((y - 622) * 33.0 / 32.0);
    for (int iy = estimate - 1; iy <= estimate + 2; iy++) {
      IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, Locale.ROOT);
      cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
      cal.clear();
      cal.set(IslamicCalendar.EXTENDED_YEAR, iy);
      cal.set(IslamicCalendar.MONTH, month);
      cal.set(IslamicCalendar.DAY_OF_MONTH, day);
      addIfInYear(out, cal.getTimeInMillis(), y);
    }
    out.sort(null);
    return out;
  }

  private static List<LocalDate> hebrew(int y, int month, int day) {
    List<LocalDate> out = new ArrayList<>();
    for (int hy = y + 3760; hy <= y + 3761; hy++) {
      HebrewCalendar cal = new HebrewCalendar(TimeZone.GMT_ZONE, Locale.ROOT);
      cal.clear();
      cal.set(HebrewCalendar.EXTENDED_YEAR, hy);
      cal.set(HebrewCalendar.MONTH, month);
      cal.set(HebrewCalendar.DAY_OF_MONTH, day);
      addIfInYear(out, cal.getTimeInMillis(), y);
    }
    return out;
  }

  private static void addIfInYear(List<LocalDate> out, long millis, int y) {
    LocalDate d = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate();
    if (d.getYear() == y && !out.contains(d)) {
      out.add(d);
    }
  }
}
