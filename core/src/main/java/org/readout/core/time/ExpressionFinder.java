package org.readout.core.time;

import static org.readout.core.time.Numbers.NUM;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.time.Found.Family;

/**
 * Finds temporal expressions in text, unanchored. Rules are anchored patterns tried only at the
 * start of a word that can begin them (their trigger words), so the cost is one pass over the words
 * plus a few short {@code lookingAt} calls; no pattern can backtrack beyond a few words. At each
 * position the longest match wins.
 *
 * <p>This class is a table of rules, so it is longer than most. Thread-safe.
 */
final class ExpressionFinder {
  /**
   * Reads one match into expressions; an empty list consumes the text without emitting (an age,
   * "fall of").
   */
  interface Reader {
    @Nullable List<Found> read(Matcher m, String text);
  }

  private record Rule(int index, Pattern pattern, Reader reader) {}

  private static final String MONTH =
      "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?"
          + "|Sep(?:tember|t\\.|t|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  static final String MONTH_FULL =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  static final String END = "(?![\\p{L}\\p{N}])";

  /** "November last year": a year given relative to the document's. */
  private static final String RELATIVE_YEAR =
      "(?:\\s(?:of\\s)?(last|this|next)\\syear(?![\\p{L}\\p{N}]))?";

  private static final List<String> MONTH_TRIGGERS =
      List.of(
          "jan",
          "january",
          "feb",
          "february",
          "mar",
          "march",
          "apr",
          "april",
          "may",
          "jun",
          "june",
          "jul",
          "july",
          "aug",
          "august",
          "sep",
          "sept",
          "september",
          "oct",
          "october",
          "nov",
          "november",
          "dec",
          "december");
  static final List<String> WEEKDAY_TRIGGERS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  static final List<String> NUM_TRIGGERS =
      List.of(
          "#",
          "a",
          "an",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundred",
          "several",
          "few",
          "some",
          "many");

  /** Words after which a bare year, "March" or "May" is a time and not a number or a verb. */
  private static final Set<String> TIME_PREPS =
      Set.of(
          "in",
          "since",
          "by",
          "until",
          "till",
          "of",
          "from",
          "to",
          "through",
          "before",
          "after",
          "during",
          "year",
          "early",
          "late",
          "mid",
          "between",
          "and",
          "or",
          "for",
          "fiscal",
          "around",
          "last",
          "next",
          "this",
          "circa",
          "throughout",
          "on",
          "that",
          "every",
          "each");

  /** Words that may follow "the 21st" when it is a day of the month. */
  private static final Set<String> ORDINAL_FOLLOWERS =
      Set.of(
          "and",
          "at",
          "in",
          "when",
          "with",
          "to",
          "as",
          "but",
          "or",
          "local",
          "after",
          "before",
          "during",
          "because",
          "while",
          "where",
          "amid",
          "following");

  private static final Set<String> ORDINAL_PRECEDERS =
      Set.of("on", "since", "until", "by", "from", "before", "after", "till", "through", "of");
  private static final Pattern THIS_YEARS =
      Pattern.compile("(?i)\\b(this|last|next)\\s+year['\u2019]s\\s+(?:[\\p{L}.-]+\\s+){0,2}$");
  private static final Pattern YEAR_BEFORE =
      Pattern.compile("\\b(\\d{4})(?:['\u2019]s)?\\s+(?:[\\p{L}.-]+\\s+){0,1}$");

  private static final Pattern REPORTED_AFTER =
      Pattern.compile("\\s+(?:that\\s+)?(?:ended|ending|ends|to\\s+(?:end|the\\s+end))\\b");
  private static final Pattern REPORTED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:report(?:s|ed|ing)?|post(?:s|ed|ing)?|releas(?:e|es|ed|ing)|announc\\w*|results"
              + "|earnings|net\\s+(?:income|loss|profit))\\b");

  private final Map<String, List<Rule>> byTrigger = new HashMap<>();
  private final List<Rule> rules = new ArrayList<>();

  ExpressionFinder() {
    add("(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])", (m, t) -> date(m, 1, 2, 3, m.group(1)), "#");
    add("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])", ExpressionFinder::slash, "#");
    add(
        MONTH
            + "\\s(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s?[-\u2013]\\s?(\\d{1,2})(?!\\d))?(?:,?\\s(\\d{4})(?!\\d))?"
            + RELATIVE_YEAR,
        ExpressionFinder::monthDay,
        MONTH_TRIGGERS);
    add(
        "(?:[Tt]he\\s)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\sof)?\\s"
            + MONTH
            + "(?![\\p{L}])(?:,?\\s(\\d{4})(?!\\d))?",
        (m, t) -> dayMonth(m),
        List.of("#", "the"));
    add(
        "(?:([Ee]arly|[Ll]ate|[Mm]id)[\\s-])?" + MONTH + ",?\\s(?:of\\s)?(\\d{4})(?!\\d)",
        (m, t) ->
            List.of(cal(m, m.start(), Numbers.month(m.group(2)), Found.NONE, year(m.group(3)))),
        concat(MONTH_TRIGGERS, List.of("early", "late", "mid")));
    add(
        "(?:((?i:last|next|this|early|late|mid))[\\s-])?" + MONTH_FULL + END + RELATIVE_YEAR,
        ExpressionFinder::monthAlone,
        concat(MONTH_TRIGGERS, List.of("last", "next", "this", "early", "late", "mid")));
    add(
        "(?:(?i:early|late|mid)[\\s-])?((?:1[6-9]|20)\\d{2})(?![\\d%])(?![.,]\\d)(?!-\\d)",
        ExpressionFinder::year, List.of("#", "early", "late", "mid"));
    add("[Tt]he\\s(\\d{1,2})(?:st|nd|rd|th)" + END, ExpressionFinder::ordinal, "the");
    add(
        "(?:[Tt]he\\s)?(?:(?i:early|late|mid)[\\s-])?(?:((?:1[0-9]|20)\\d)0['\u2019]?s|['\u2019](\\d)0s)"
            + END,
        ExpressionFinder::decade,
        List.of("the", "#", "'#", "early", "late", "mid"));
    add(
        "(?i)the\\s(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)" + END,
        ExpressionFinder::decadeWord,
        "the");
    add(
        "(?i)(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)\\s+century" + END,
        (m, t) ->
            List.of(Found.of(span(m), Family.CENTURY).withQuantity(Integer.parseInt(m.group(1)))),
        List.of("the", "#"));
    DayPartRules.addTo(this);
    add(
        "(?i)(?:(earlier|later)\\s)?(this|last|next|past|coming|current|previous)\\s"
            + "(week|month|year|quarter|weekend|decade|century)"
            + END,
        (m, t) ->
            List.of(
                Found.of(span(m), Family.RELATIVE_UNIT)
                    .withMod(mod(m.group(2)))
                    .withUnit(m.group(3).toLowerCase(Locale.ROOT))),
        List.of(
            "earlier", "later", "this", "last", "next", "past", "coming", "current", "previous"));
    // Business and news nominals resolved against the document date: "the weekend" and "the
    // quarter" by tense, "the year-earlier quarter" a year before that, "a year earlier" and "the
    // same period last year" as last year, and "the year" after "earlier in" or "the end of".
    add(
        "(?i)the\\s(?:(?:latest|most\\srecent)\\s)?(weekend|quarter)" + END + "(?!-)(?!\\s+of\\b)",
        (m, t) ->
            List.of(
                Found.of(span(m), Family.RELATIVE_UNIT)
                    .withMod("the")
                    .withUnit(m.group(1).toLowerCase(Locale.ROOT))),
        "the");
    add(
        "(?i)(?:(?:earlier|later)\\sin|(?:end|rest|start|beginning|middle|balance)\\sof)\\s(the\\syear)"
            + END
            + "(?![-\\u2019']|\\s\\d)",
        (m, t) ->
            List.of(
                Found.of(new Span(m.start(1), m.end(1)), Family.RELATIVE_UNIT)
                    .withMod("this")
                    .withUnit("year")),
        List.of("earlier", "later", "end", "rest", "start", "beginning", "middle", "balance"));
    ClockRules.addTo(this);
    QuantityRules.addTo(this);
    add(
        "(?i)(?:(this|last|next|past|coming|early|late)\\s)?(spring|summer|autumn|winter|fall)(?:\\s(?:of\\s)?(\\d{4}))?"
            + END,
        ExpressionFinder::season,
        List.of(
            "this", "last", "next", "past", "coming", "early", "late", "spring", "summer", "autumn",
            "winter", "fall"));
    add(
        "(?i)(?:(this|last|next)\\s+year['\u2019]s\\s+|the\\s+(?:(\\d{4})\\s+"
            + "|((?:comparable\\s)?(?:year-ago|year-earlier|prior-year))\\s+)?)?"
            + "(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-](?:fiscal\\s)?(quarter|half)"
            + "(?:\\s(?:of\\s)?(?:(?:fiscal\\s)?(\\d{4})|(this|last|next|the)\\syear)|\\sof\\s"
            + MONTH_FULL
            + ")?"
            + END,
        ExpressionFinder::quarter,
        List.of(
            "the", "this", "last", "next", "first", "second", "third", "fourth", "final", "1st",
            "2nd", "3rd", "4th"));
    add(
        "Q([1-4])(?:\\s(\\d{4}))?" + END,
        (m, t) ->
            List.of(
                Found.of(span(m), Family.QUARTER)
                    .withQuantity(Integer.parseInt(m.group(1)))
                    .withYear(m.group(2) == null ? Found.NONE : Integer.parseInt(m.group(2)))),
        List.of("q1", "q2", "q3", "q4"));
    add(holidayPattern(), ExpressionFinder::holiday, holidayTriggers());
    add(
        "(?i)(?:every|each)\\s(?:other\\s)?(day|week|month|year|morning|afternoon|evening|night|weekend|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + MONTH_FULL.substring(1)
            + END,
        ExpressionFinder::every,
        List.of("every", "each"));
    // "quarterly" is left out: in news it is mostly a report's name ("quarterly earnings"), not a
    // set.
    add(
        "(?i)(daily|weekly|monthly|annually|yearly|nightly)" + END,
        ExpressionFinder::adverbSet,
        List.of("daily", "weekly", "monthly", "annually", "yearly", "nightly"));
    add(
        "(?i)(?:(recent)\\s|(?<=\\bfor\\s))(days|weeks|months|years|decades)" + END,
        (m, t) ->
            List.of(
                Found.of(span(m), Family.DURATION)
                    .withQuantity(-1)
                    .withUnit(Numbers.unit(m.group(2)))),
        List.of("recent", "days", "weeks", "months", "years", "decades"));
    add(
        "(?i)(?:once|twice|(?:" + NUM + ")\\stimes)\\s(?:a|per|each)\\s(day|week|month|year)" + END,
        (m, t) -> List.of(Found.of(span(m), Family.SET).withUnit("P1" + designator(m.group(1)))),
        concat(NUM_TRIGGERS, List.of("once", "twice")));
    add(
        "(?i)(now|currently|recently|nowadays)" + END,
        ExpressionFinder::reference,
        List.of("now", "currently", "recently", "nowadays"));
    add(
        "(?i)(?:the\\s(past|future)|these\\s(days))(?=\\s*[,.;:)!?]|\\s*$)",
        ExpressionFinder::reference,
        List.of("the", "these"));
  }

  /** Every expression in {@code text}, sorted, non-overlapping. */
  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean apostropheDigit =
          (c == '\'' || c == '\u2019') && i + 1 < n && Character.isDigit(text.charAt(i + 1));
      if (!(Character.isLetterOrDigit(c) || apostropheDigit)
          || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int wordEnd = apostropheDigit ? i + 1 : i;
      while (wordEnd < n && Character.isLetterOrDigit(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String key =
          apostropheDigit
              ? "'#"
              : Character.isDigit(c) ? "#" : text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
      List<Rule> candidates = byTrigger.get(key);
      int bestEnd = -1;
      List<Found> best = null;
      if (candidates != null) {
        for (Rule r : candidates) {
          int idx = r.index();
          Matcher m = matchers[idx];
          if (m == null) {
            m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[idx] = m;
          }
          m.region(i, n);
          if (m.lookingAt() && m.end() > bestEnd) {
            List<Found> read = r.reader().read(m, text);
            if (read != null) {
              bestEnd = m.end();
              best = read;
            }
          }
        }
      }
      if (best != null) {
        out.addAll(best);
        i = bestEnd;
      } else {
        i = Math.max(wordEnd, i + 1);
      }
    }
    out.sort(Comparator.comparing(Found::span));
    return out;
  }

  void add(String regex, Reader reader, String trigger) {
    add(regex, reader, List.of(trigger));
  }

  void add(String regex, Reader reader, List<String> triggers) {
    Rule r = new Rule(rules.size(), Pattern.compile(regex), reader);
    rules.add(r);
    for (String t : triggers) {
      byTrigger.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
    }
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static Span span(Matcher m) {
    return new Span(m.start(), m.end());
  }

  private static int year(@Nullable String s) {
    return s == null ? Found.NONE : Integer.parseInt(s);
  }

  private static @Nullable List<Found> date(Matcher m, int y, int mo, int d, String unused) {
    int month = Integer.parseInt(m.group(mo));
    int day = Integer.parseInt(m.group(d));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return List.of(
        Found.of(span(m), Family.CALENDAR).withDate(Integer.parseInt(m.group(y)), month, day));
  }

  private static Found cal(Matcher m, int start, int month, int day, int year) {
    return Found.of(new Span(start, m.end()), Family.CALENDAR).withDate(year, month, day);
  }

  private static @Nullable List<Found> slash(Matcher m, String text) {
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (m.group(3) == null
        && ((month < day && (day == 2 || day == 4 || day == 8 || day == 16 || day == 32))
            || (m.start() > 1 && Character.isDigit(text.charAt(m.start() - 2))))) {
      return null; // a fraction, as in stock prices ("5 3/8")
    }
    int y = Found.NONE;
    if (m.group(3) != null) {
      y = Integer.parseInt(m.group(3));
      y = m.group(3).length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    }
    return List.of(Found.of(span(m), Family.CALENDAR).withDate(y, month, day));
  }

  private static @Nullable List<Found> monthDay(Matcher m, String text) {
    int month = Numbers.month(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (day < 1 || day > 31) {
      return null;
    }
    int y = year(m.group(4));
    if (m.group(3) == null) {
      Found f = Found.of(span(m), Family.CALENDAR).withDate(y, month, day);
      return List.of(
          m.group(5) != null && y == Found.NONE ? f.withQuantity(yearOffset(m.group(5))) : f);
    }
    int day2 = Integer.parseInt(m.group(3));
    if (day2 <= day || day2 > 31) {
      return null;
    }
    // "Jan. 21-22": two dates, the first spanning month and day, the second its own number.
    return List.of(
        Found.of(new Span(m.start(), m.end(2)), Family.CALENDAR).withDate(y, month, day),
        Found.of(new Span(m.start(3), m.end(3)), Family.CALENDAR).withDate(y, month, day2));
  }

  private static @Nullable List<Found> dayMonth(Matcher m) {
    int day = Integer.parseInt(m.group(1));
    int month = Numbers.month(m.group(2));
    if (day < 1 || day > 31 || month < 0) {
      return null;
    }
    return List.of(Found.of(span(m), Family.CALENDAR).withDate(year(m.group(3)), month, day));
  }

  private static @Nullable List<Found> monthAlone(Matcher m, String text) {
    String name = m.group(2);
    if ((name.equals("March") || name.equals("May"))
        && m.group(1) == null
        && !TIME_PREPS.contains(previousWord(text, m.start()))) {
      return null;
    }
    String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    Found f =
        Found.of(span(m), Family.CALENDAR).withDate(Found.NONE, Numbers.month(name), Found.NONE);
    if (m.group(3) != null) {
      return List.of(f.withQuantity(yearOffset(m.group(3))));
    }
    return List.of(
        mod != null && (mod.equals("last") || mod.equals("next") || mod.equals("this"))
            ? f.withMod(mod)
            : f);
  }

  private static @Nullable List<Found> year(Matcher m, String text) {
    int y = Integer.parseInt(m.group(1));
    String prev = previousWord(text, m.start());
    boolean prefixed = m.start(1) > m.start();
    int e = m.end();
    char next = e < text.length() ? text.charAt(e) : '.';
    boolean followedByWord =
        next == ' ' && e + 1 < text.length() && Character.isLowerCase(text.charAt(e + 1));
    if (!prefixed
        && !TIME_PREPS.contains(prev)
        && !prev.equals("the")
        && (followedByWord || Character.isLetter(next))) {
      return null;
    }
    return List.of(Found.of(span(m), Family.CALENDAR).withYear(y));
  }

  private static @Nullable List<Found> ordinal(Matcher m, String text) {
    int day = Integer.parseInt(m.group(1));
    if (day < 1 || day > 31) {
      return null;
    }
    int e = m.end();
    int k = e;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    boolean punctuation = k >= text.length() || !Character.isLetterOrDigit(text.charAt(k));
    String nextWord = punctuation ? "" : wordAt(text, k);
    boolean nextOk = punctuation || ORDINAL_FOLLOWERS.contains(nextWord);
    boolean prevOk = ORDINAL_PRECEDERS.contains(previousWord(text, m.start()));
    if (!nextOk || !(prevOk || punctuation)) {
      return null;
    }
    return List.of(Found.of(span(m), Family.DAY_OF_MONTH).withDate(Found.NONE, Found.NONE, day));
  }

  private static List<Found> decade(Matcher m, String text) {
    int first;
    if (m.group(1) != null) {
      first = Integer.parseInt(m.group(1)) * 10;
    } else {
      int d = Integer.parseInt(m.group(2));
      first = (d <= 2 ? 2000 : 1900) + d * 10;
    }
    return List.of(Found.of(span(m), Family.DECADE).withYear(first));
  }

  private static List<Found> decadeWord(Matcher m, String text) {
    String w = m.group(1).toLowerCase(Locale.ROOT);
    int tens =
        List.of(
                    "twenties",
                    "thirties",
                    "forties",
                    "fifties",
                    "sixties",
                    "seventies",
                    "eighties",
                    "nineties")
                .indexOf(w)
            + 2;
    return List.of(Found.of(span(m), Family.DECADE).withYear(1900 + tens * 10));
  }

  private static @Nullable List<Found> season(Matcher m, String text) {
    String word = m.group(2);
    String mod = m.group(1) == null ? null : mod(m.group(1));
    boolean capitalized = Character.isUpperCase(word.charAt(0)) && m.group(1) == null;
    if (word.equalsIgnoreCase("fall") && mod == null && m.group(3) == null) {
      return null;
    }
    if (capitalized && m.group(3) == null && m.start() > 0 && !sentenceStart(text, m.start())) {
      return null; // "the Arab Spring"
    }
    String code =
        switch (word.toLowerCase(Locale.ROOT)) {
          case "spring" -> "SP";
          case "summer" -> "SU";
          case "winter" -> "WI";
          default -> "FA";
        };
    String m1 = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    Found f = Found.of(span(m), Family.SEASON).withUnit(code).withYear(year(m.group(3)));
    return List.of(m1 != null && (m1.equals("early") || m1.equals("late")) ? f : f.withMod(mod));
  }

  private static @Nullable List<Found> quarter(Matcher m, String text) {
    String ord = m.group(4).toLowerCase(Locale.ROOT);
    boolean half = m.group(5).equalsIgnoreCase("half");
    int n =
        switch (ord.charAt(0)) {
          case 'f' -> ord.equals("first") ? 1 : half ? 2 : 4; // "fourth"
          case 's', '2' -> 2;
          case 't', '3' -> 3;
          case '1' -> 1;
          case 'l' -> 4;
          default -> 4;
        };
    if (m.group(8) != null) {
      // "the second half of May" is in May; TIMEX3 has no half-months.
      return half
          ? List.of(
              Found.of(span(m), Family.CALENDAR)
                  .withDate(Found.NONE, Numbers.month(m.group(8)), Found.NONE))
          : null;
    }
    int y = m.group(6) != null ? year(m.group(6)) : year(m.group(2));
    Found f =
        Found.of(span(m), Family.QUARTER)
            .withQuantity(half ? Math.min(n, 2) : n)
            .withUnit(half ? "H" : "Q")
            .withYear(y);
    String relative = m.group(7) != null ? m.group(7) : m.group(1);
    if (relative != null) {
      f = f.withMod(mod(relative)); // "of the year": mod() reads "the" as this year
    } else if (ord.equals("last") && y == Found.NONE && !half) {
      f = f.withQuantity(0).withMod("last"); // "the last quarter": the one before the current
    } else if (m.group(3) != null && y == Found.NONE) {
      f = f.withMod("yearago"); // "the year-ago third quarter"
    } else if (y == Found.NONE && !half && reported(m, text)) {
      f = f.withMod("reported");
    }
    return List.of(f);
  }

  /**
   * Whether a quarter is the subject of a report, and so one that has begun: "third-quarter
   * profit", "the quarter ended Sept. 30", "expects to report a loss for the third quarter".
   */
  private static boolean reported(Matcher m, String text) {
    int e = m.end();
    boolean adjective =
        text.charAt(m.start(5) - 1) == '-'
            && e + 1 < text.length()
            && text.charAt(e) == ' '
            && Character.isLowerCase(text.charAt(e + 1));
    if (adjective || REPORTED_AFTER.matcher(text).region(e, text.length()).lookingAt()) {
      return true;
    }
    String before = text.substring(Math.max(0, m.start() - 200), m.start());
    int cut = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), 0);
    return REPORTED_BEFORE.matcher(before.substring(cut)).find();
  }

  private static @Nullable List<Found> holiday(Matcher m, String text) {
    if (!Character.isUpperCase(m.group().charAt(0))) {
      return null;
    }
    String name =
        m.group(1).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    String key = Holidays.NAMES.get(name);
    if (key == null) {
      return null;
    }
    Found f =
        Found.of(new Span(m.start(), m.end()), Family.HOLIDAY)
            .withUnit(key)
            .withCountry(Countries.before(text, m.start()));
    if (m.group(2) != null) {
      return List.of(f.withYear(Integer.parseInt(m.group(2))));
    }
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    Matcher rel = THIS_YEARS.matcher(before);
    if (rel.find()) {
      String w = rel.group(1).toLowerCase(Locale.ROOT);
      return List.of(f.withQuantity(w.equals("last") ? -1 : w.equals("next") ? 1 : 0));
    }
    Matcher y = YEAR_BEFORE.matcher(before);
    if (y.find()) {
      return List.of(f.withYear(Integer.parseInt(y.group(1))));
    }
    return List.of(f);
  }

  private static List<Found> every(Matcher m, String text) {
    String w = m.group(1).toLowerCase(Locale.ROOT);
    boolean isWeekday = WEEKDAY_TRIGGERS.contains(w);
    boolean isMonth = !isWeekday && MONTH_TRIGGERS.contains(w);
    String value;
    if (isWeekday) {
      value = "XXXX-WXX-" + Numbers.weekday(w);
    } else if (isMonth) {
      int month = Numbers.month(w);
      value = String.format(Locale.ROOT, "XXXX-%02d", month);
    } else {
      value =
          switch (w) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            case "night" -> "TNI";
            case "weekend" -> "XXXX-WXX-WE";
            default -> "P1" + designator(w);
          };
    }
    return List.of(Found.of(span(m), Family.SET).withUnit(value));
  }

  private static List<Found> adverbSet(Matcher m, String text) {
    String value =
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "daily" -> "P1D";
          case "weekly" -> "P1W";
          case "monthly" -> "P1M";
          case "quarterly" -> "P3M";
          case "nightly" -> "TNI";
          default -> "P1Y";
        };
    return List.of(Found.of(span(m), Family.SET).withUnit(value));
  }

  private static List<Found> reference(Matcher m, String text) {
    String w = m.group().toLowerCase(Locale.ROOT);
    String value =
        w.contains("recent") || w.endsWith("past")
            ? "PAST_REF"
            : w.endsWith("future") ? "FUTURE_REF" : "PRESENT_REF";
    return List.of(Found.of(span(m), Family.LITERAL).withUnit(value));
  }

  /**
   * The TIMEX duration designator of a unit, with "T" for clock units: {@code year} → {@code Y}.
   */
  static String designator(String unit) {
    return switch (Numbers.unit(unit)) {
      case "second" -> "TS";
      case "minute" -> "TM";
      case "hour" -> "TH";
      case "day" -> "D";
      case "week", "weekend" -> "W";
      case "month" -> "M";
      case "decade" -> "DE";
      case "century" -> "CE";
      default -> "Y";
    };
  }

  private static int yearOffset(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
  }

  static String mod(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "past", "previous", "last" -> "last";
      case "coming", "next" -> "next";
      default -> "this";
    };
  }

  private static String holidayPattern() {
    List<String> names = new ArrayList<>(Holidays.NAMES.keySet());
    names.sort(Comparator.comparing(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String n : names) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(Pattern.quote(n).replace("'", "\\E['\u2019]\\Q").replace(" ", "\\E\\s+\\Q"));
    }
    return "(?i)(" + alt + ")" + END + "(?:,?\\s(\\d{4})(?!\\d))?";
  }

  private static List<String> holidayTriggers() {
    List<String> out = new ArrayList<>();
    for (String n : Holidays.NAMES.keySet()) {
      int e = 0;
      while (e < n.length() && Character.isLetterOrDigit(n.charAt(e))) {
        e++;
      }
      String w = n.substring(0, e);
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The lower-case word just before {@code offset}, skipping spaces, or "" at a sentence start or
   * punctuation.
   */
  static String previousWord(String text, int offset) {
    int e = offset;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (s < e && e < offset) {
      return text.substring(s, e).toLowerCase(Locale.ROOT);
    }
    if (e > 0 && text.charAt(e - 1) == '-' && e == offset) {
      int s2 = e - 1;
      while (s2 > 0 && Character.isLetter(text.charAt(s2 - 1))) {
        s2--;
      }
      return text.substring(s2, e - 1).toLowerCase(Locale.ROOT);
    }
    return "";
  }

  static String wordAt(String text, int k) {
    int e = k;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(k, e).toLowerCase(Locale.ROOT);
  }

  private static boolean sentenceStart(String text, int offset) {
    int k = offset - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k < 0
        || ".!?\n\"\u201c(".indexOf(text.charAt(k)) >= 0
        || text.charAt(offset - 1) == '\n';
  }
}
