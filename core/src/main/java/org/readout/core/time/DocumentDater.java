package org.readout.core.time;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.Mention;
import org.readout.core.model.Sentence;
import org.readout.core.time.Found.Family;

/**
 * Infers candidate document dates from an article's own evidence when it has none. Anchors are
 * events with a known date: fully stated dates, and the inaugurations of people in the actor
 * dictionary (their terms' start dates). Each day shortly after an anchor is scored by the other
 * clues it fits: "on the 21st" in the past tense, "on Tuesday", a month and day, a holiday "a few
 * days away". The best day per anchor becomes a candidate whose reason names every clue; ties are
 * reported, not broken silently. Thread-safe.
 */
final class DocumentDater {
  /** Days after an anchor event that an article about it is assumed to be written within. */
  private static final int WINDOW_DAYS = 7;

  /**
   * Days between a bare weekday ("on Thursday") and the article: news uses the weekday name for the
   * last few days. Any week contains every weekday, so a wider window would make the clue fit every
   * candidate.
   */
  private static final int WEEKDAY_DAYS = 3;

  private static final Pattern INAUGURATION =
      Pattern.compile(
          "(?i)inaugurat|sworn in|swearing-in|took office|taking office|assumed office");

  private record Anchor(LocalDate date, String why) {}

  private record Clue(Predicate<LocalDate> fits, Function<LocalDate, String> explain) {}

  private final @Nullable ActorDictionary dictionary;
  private final Holidays holidays;

  DocumentDater(@Nullable ActorDictionary dictionary, Holidays holidays) {
    this.dictionary = dictionary;
    this.holidays = holidays;
  }

  /**
   * Candidates, best first; empty when nothing in the text dates it.
   *
   * @param dateline the article's dateline, or null: a full dateline date is the date; a month and
   *     day without a year fix the day, and the clues choose among the years the text names
   */
  List<DateCandidate> infer(
      AnnotatedArticle doc,
      List<Found> found,
      Function<Found, Tense> tenseOf,
      Predicate<Found> futureCue,
      @Nullable WireDateline dateline) {
    String text = doc.text();
    if (dateline != null && dateline.date() != null) {
      return List.of(
          new DateCandidate(
              dateline.date(), 1.0, "the dateline '" + dateline.span().of(text) + "' states it"));
    }
    List<Anchor> anchors = new ArrayList<>();
    List<Clue> clues = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    for (Found f : found) {
      if (dateline != null && dateline.span().contains(f.span())) {
        continue;
      }
      if (f.family() == Family.CALENDAR && f.has(f.year())) {
        years.add(f.year());
      }
      String quoted = "'" + f.span().of(text) + "'";
      if (f.family() == Family.CALENDAR && f.has(f.year()) && f.has(f.month()) && f.has(f.day())) {
        if (f.day() <= java.time.YearMonth.of(f.year(), f.month()).lengthOfMonth()) {
          anchors.add(
              new Anchor(
                  LocalDate.of(f.year(), f.month(), f.day()), quoted + " is stated in full"));
        }
      } else if (f.family() == Family.DAY_OF_MONTH) {
        clues.add(dayOfMonthClue(f, quoted, tenseOf.apply(f)));
      } else if (f.family() == Family.WEEKDAY && f.mod() == null) {
        clues.add(weekdayClue(f, quoted, tenseOf.apply(f)));
      } else if (f.family() == Family.HOLIDAY && !f.has(f.year()) && futureCue.test(f)) {
        clues.add(holidayClue(f, quoted));
      }
    }
    anchors.addAll(inaugurations(doc));
    int window = WINDOW_DAYS;
    if (dateline != null && dateline.monthDay() != null) {
      anchors = datelineAnchors(dateline, text, anchors, years);
      window = 0; // the dateline fixes the day; only its year is open
    }
    Map<LocalDate, DateCandidate> best = new LinkedHashMap<>();
    for (Anchor a : anchors) {
      DateCandidate c = bestAfter(a, clues, window);
      DateCandidate old = best.get(c.date());
      if (old == null || old.score() < c.score()) {
        best.put(c.date(), c);
      }
    }
    List<DateCandidate> out = new ArrayList<>(best.values());
    out.sort(
        Comparator.comparingDouble(DateCandidate::score)
            .reversed()
            .thenComparing(DateCandidate::date, Comparator.reverseOrder()));
    return noteTies(out);
  }

  /**
   * The dateline's month and day in each year the text's dates and anchors suggest: the years
   * stated and the ones after them (a report follows what it names).
   */
  private static List<Anchor> datelineAnchors(
      WireDateline dateline, String text, List<Anchor> anchors, List<Integer> years) {
    List<Integer> all = new ArrayList<>(years);
    anchors.forEach(a -> all.add(a.date().getYear()));
    TreeSet<Integer> options = new TreeSet<>();
    for (int y : all) {
      options.add(y);
      options.add(y + 1);
    }
    List<Anchor> out = new ArrayList<>();
    String why =
        "the dateline '" + dateline.span().of(text) + "' gives the day, the year is inferred";
    for (int y : options) {
      if (y >= 1 && y <= 9999 && Year.of(y).isValidMonthDay(dateline.monthDay())) {
        out.add(new Anchor(Year.of(y).atMonthDay(dateline.monthDay()), why));
      }
    }
    return out;
  }

  private DateCandidate bestAfter(Anchor a, List<Clue> clues, int window) {
    LocalDate bestDay = a.date();
    int bestFits = -1;
    for (int k = 0; k <= window; k++) {
      LocalDate day = a.date().plusDays(k);
      int fits = 0;
      for (Clue c : clues) {
        fits += c.fits().test(day) ? 1 : 0;
      }
      if (fits > bestFits) {
        bestFits = fits;
        bestDay = day;
      }
    }
    StringBuilder why = new StringBuilder(a.why());
    for (Clue c : clues) {
      why.append(c.fits().test(bestDay) ? "; fits " : "; does not fit ")
          .append(c.explain().apply(bestDay));
    }
    double score = (1.0 + bestFits) / (1.0 + clues.size());
    return new DateCandidate(bestDay, score, why.toString());
  }

  private static Clue dayOfMonthClue(Found f, String quoted, Tense t) {
    int day = f.day();
    boolean future = t == Tense.FUTURE;
    return new Clue(
        c -> {
          for (int k = 0; k <= WINDOW_DAYS; k++) {
            if ((future ? c.plusDays(k) : c.minusDays(k)).getDayOfMonth() == day) {
              return true;
            }
          }
          return false;
        },
        c ->
            quoted
                + " ("
                + t.name().toLowerCase(Locale.ROOT)
                + " tense): day "
                + day
                + " within a week "
                + (future ? "after" : "before"));
  }

  private static Clue weekdayClue(Found f, String quoted, Tense t) {
    int dow = f.quantity();
    boolean future = t == Tense.FUTURE;
    return new Clue(
        c -> {
          for (int k = 0; k <= WEEKDAY_DAYS; k++) {
            if ((future ? c.plusDays(k) : c.minusDays(k)).getDayOfWeek().getValue() == dow) {
              return true;
            }
          }
          return false;
        },
        c -> quoted + " within " + WEEKDAY_DAYS + " days " + (future ? "after" : "before"));
  }

  private Clue holidayClue(Found f, String quoted) {
    String key = f.unit() == null ? "" : f.unit();
    Function<LocalDate, @Nullable LocalDate> next =
        c -> {
          for (int y = c.getYear(); y <= c.getYear() + 1; y++) {
            for (LocalDate d : holidays.dates(key, f.country(), y)) {
              if (d.isAfter(c)) {
                return d;
              }
            }
          }
          return null;
        };
    return new Clue(
        c -> {
          LocalDate d = next.apply(c);
          return d != null && ChronoUnit.DAYS.between(c, d) <= 21;
        },
        c -> {
          LocalDate d = next.apply(c);
          return quoted
              + (d == null
                  ? " (no date)"
                  : " on "
                      + d
                      + " is "
                      + ChronoUnit.DAYS.between(c, d)
                      + " days later, said to be near");
        });
  }

  /** Term starts of dictionary people whose inauguration a sentence mentions. */
  private List<Anchor> inaugurations(AnnotatedArticle doc) {
    List<Anchor> out = new ArrayList<>();
    if (dictionary == null) {
      return out;
    }
    String text = doc.text();
    List<ActorDictionary.Person> seen = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String st = s.span().of(text);
      if (!INAUGURATION.matcher(st).find()) {
        continue;
      }
      Matcher cue = INAUGURATION.matcher(st);
      cue.find();
      for (ActorDictionary.Person p : peopleIn(doc, s, st, s.span().start() + cue.start())) {
        if (seen.contains(p)) {
          continue;
        }
        seen.add(p);
        for (ActorDictionary.Term t : p.terms()) {
          out.add(
              new Anchor(
                  t.start(),
                  p.name()
                      + " took office as "
                      + t.role()
                      + " on "
                      + t.start()
                      + " ('"
                      + shorten(st)
                      + "')"));
        }
      }
    }
    return out;
  }

  /**
   * The dictionary person whose inauguration the sentence mentions: the one named nearest the cue
   * word ("Trump's inauguration", "the inauguration of President Trump"), not everyone else in the
   * sentence.
   */
  private List<ActorDictionary.Person> peopleIn(
      AnnotatedArticle doc, Sentence s, String sentenceText, int cueAt) {
    List<ActorDictionary.Person> out = new ArrayList<>();
    int bestDistance = Integer.MAX_VALUE;
    for (Actor a : doc.actors()) {
      if (!a.id().startsWith("person/")) {
        continue;
      }
      ActorDictionary.Person p = person(a.id().substring("person/".length()));
      for (Mention m : a.mentions()) {
        if (p == null || !s.span().contains(m.span())) {
          continue;
        }
        int distance =
            m.span().end() <= cueAt
                ? cueAt - m.span().end()
                : Math.max(0, m.span().start() - cueAt);
        if (distance < bestDistance) {
          bestDistance = distance;
          out.clear();
          out.add(p);
        }
      }
    }
    if (out.isEmpty() && doc.actors().isEmpty()) {
      // Without an actor layer, fall back on names in the sentence itself.
      for (ActorDictionary.Person p : dictionary.people()) {
        if (containsWord(sentenceText, p.name()) || containsWord(sentenceText, p.shortName())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private ActorDictionary.@Nullable Person person(String id) {
    for (ActorDictionary.Person p : dictionary.people()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  private static boolean containsWord(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    int i = text.indexOf(word);
    while (i >= 0) {
      int e = i + word.length();
      boolean left = i == 0 || !Character.isLetter(text.charAt(i - 1));
      boolean right = e >= text.length() || !Character.isLetter(text.charAt(e));
      if (left && right) {
        return true;
      }
      i = text.indexOf(word, i + 1);
    }
    return false;
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private static List<DateCandidate> noteTies(List<DateCandidate> sorted) {
    if (sorted.size() < 2 || sorted.get(1).score() < sorted.get(0).score()) {
      return sorted;
    }
    List<DateCandidate> out = new ArrayList<>(sorted);
    StringBuilder ties = new StringBuilder();
    for (DateCandidate c : sorted.subList(1, sorted.size())) {
      if (c.score() == sorted.get(0).score()) {
        ties.append(ties.length() == 0 ? "" : ", ").append(c.date());
      }
    }
    DateCandidate top = sorted.get(0);
    out.set(
        0,
        new DateCandidate(
            top.date(),
            top.score(),
            top.reason()
                + "; equally consistent with "
                + ties
                + " (taken the most recent; the text does not decide)"));
    return out;
  }
}
