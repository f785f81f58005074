package org.readout.core.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Flag;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.pipeline.Stage;

/**
 * The flags stage: reports internal contradictions about time, each with both places and a message
 * saying what conflicts with what. Kinds: {@code date-conflict} (one event given two dates in two
 * sentences), {@code weekday-mismatch} ("Tuesday, March 12, 2025", a Wednesday), {@code
 * tense-future-past} (a stated date after the document date told in the past tense), {@code
 * anniversary-mismatch} and {@code age-mismatch} (an ordinal anniversary or an age that the years
 * given contradict). Runs after {@link TimeTagger}; keeps flags other stages added. Stateless and
 * thread-safe.
 */
public final class ConsistencyChecker implements Stage {
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d,.])(1[6-9]\\d\\d|20\\d\\d)(?![\\d%])");
  private static final Pattern ANNIVERSARY =
      Pattern.compile("(?i)\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\b");
  private static final Pattern AGE =
      Pattern.compile("(?i)\\b(\\d{1,3})-year-old\\b|\\baged\\s+(\\d{1,3})\\b");
  private static final Pattern BORN = Pattern.compile("(?i)\\bborn\\b");
  private static final Pattern SCHEDULE =
      Pattern.compile(
          "(?i)\\b(?:scheduled|planned|expected|due|set to|slated|will|would|plans?|until)\\b");

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    List<Flag> flags = new ArrayList<>(doc.flags());
    String text = doc.text();
    List<TimeExpression> times = doc.times();
    for (int i = 0; i + 1 < times.size(); i++) {
      weekdayMismatch(text, times.get(i), times.get(i + 1), flags);
    }
    flags.addAll(new DateConflicts(doc).find());
    LocalDate docDate = doc.article().date();
    if (docDate != null) {
      for (TimeExpression t : times) {
        futureInPast(doc, t, docDate, flags);
      }
    }
    for (Sentence s : doc.sentences()) {
      yearArithmetic(doc, s, docDate, flags);
    }
    flags.sort(Comparator.comparing(Flag::span));
    return doc.withFlags(flags);
  }

  private static void weekdayMismatch(
      String text, TimeExpression w, TimeExpression d, List<Flag> flags) {
    int dow = Adjacency.weekdayBeside(text, w, d);
    if (dow < 0) {
      return;
    }
    LocalDate date = Resolver.day(d.value());
    if (date.getDayOfWeek().getValue() != dow) {
      flags.add(
          new Flag(
              "weekday-mismatch",
              w.span(),
              d.span(),
              "'"
                  + w.span().of(text)
                  + "' "
                  + w.span()
                  + " does not match '"
                  + d.span().of(text)
                  + "' "
                  + d.span()
                  + ": "
                  + date
                  + " is a "
                  + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }
  }

  private static void futureInPast(
      AnnotatedArticle doc, TimeExpression t, LocalDate docDate, List<Flag> flags) {
    String text = doc.text();
    String surface = t.span().of(text);
    Matcher y = YEAR.matcher(surface);
    if (!y.find()) {
      return;
    }
    LocalDate start = startOf(t.value());
    if (start == null || !start.isAfter(docDate)) {
      return;
    }
    Sentence s = doc.sentenceAt(t.span().start());
    if (s != null && SCHEDULE.matcher(text).region(s.span().start(), s.span().end()).find()) {
      return;
    }
    if (Tense.at(doc, t.span()) != Tense.PAST) {
      return;
    }
    Span verb = Tense.verbAt(doc, t.span());
    flags.add(
        new Flag(
            "tense-future-past",
            t.span(),
            verb,
            "'"
                + surface
                + "' "
                + t.span()
                + " ("
                + t.value()
                + ") is after the document date "
                + docDate
                + " but is told in the past tense"
                + (verb == null ? "" : " ('" + verb.of(text) + "' " + verb + ")")));
  }

  /**
   * The first day of a date value at any granularity ("2026" → 2026-01-01), or null when it is not
   * a date.
   */
  private static @Nullable LocalDate startOf(String value) {
    Matcher d = DAY_VALUE.matcher(value);
    if (d.lookingAt()) {
      return Resolver.day(d.group());
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return LocalDate.parse(value + "-01");
    }
    if (value.matches("\\d{4}")) {
      return LocalDate.of(Integer.parseInt(value), 1, 1);
    }
    return null;
  }

  private static void yearArithmetic(
      AnnotatedArticle doc, Sentence s, @Nullable LocalDate docDate, List<Flag> flags) {
    String text = doc.text();
    int from = s.span().start();
    int to = s.span().end();
    Matcher ann = ANNIVERSARY.matcher(text).region(from, to);
    Matcher age = AGE.matcher(text).region(from, to);
    boolean hasAnniversary = ann.find();
    boolean hasAge = age.find();
    if (!hasAnniversary && !hasAge) {
      return;
    }
    List<int[]> years = new ArrayList<>();
    Matcher y = YEAR.matcher(text).region(from, to);
    while (y.find()) {
      years.add(new int[] {Integer.parseInt(y.group(1)), y.start(1), y.end(1)});
    }
    if (years.isEmpty()) {
      return;
    }
    int[] origin = years.get(0);
    for (int[] yr : years) {
      origin = yr[0] < origin[0] ? yr : origin;
    }
    Integer ref = referenceYear(doc, s, origin, docDate);
    if (ref == null) {
      return;
    }
    Span originSpan = new Span(origin[1], origin[2]);
    if (hasAnniversary) {
      int n = Integer.parseInt(ann.group(1));
      int expected = ref - origin[0];
      if (n != expected && n > 0) {
        Span at = new Span(ann.start(), ann.end());
        flags.add(
            new Flag(
                "anniversary-mismatch",
                at,
                originSpan,
                "'"
                    + at.of(text)
                    + "' "
                    + at
                    + " of "
                    + origin[0]
                    + " "
                    + originSpan
                    + " falls in "
                    + (origin[0] + n)
                    + ", but the text places it in "
                    + ref
                    + " (the "
                    + ordinal(expected)
                    + " anniversary)"));
      }
    }
    if (hasAge && BORN.matcher(text).region(from, to).find()) {
      int n = Integer.parseInt(age.group(1) != null ? age.group(1) : age.group(2));
      int expected = ref - origin[0];
      if (n != expected && n != expected - 1) {
        Span at = new Span(age.start(), age.end());
        flags.add(
            new Flag(
                "age-mismatch",
                at,
                originSpan,
                "'"
                    + at.of(text)
                    + "' "
                    + at
                    + " does not fit birth in "
                    + origin[0]
                    + " "
                    + originSpan
                    + ": in "
                    + ref
                    + " that person is "
                    + (expected - 1)
                    + " or "
                    + expected));
      }
    }
  }

  /** The year the sentence speaks from: a later year it names as a time, else the document year. */
  private static @Nullable Integer referenceYear(
      AnnotatedArticle doc, Sentence s, int[] origin, @Nullable LocalDate docDate) {
    for (TimeExpression t : doc.times()) {
      if (s.span().contains(t.span()) && t.span().start() != origin[1]) {
        LocalDate d = startOf(t.value());
        if (d != null && d.getYear() > origin[0]) {
          return d.getYear();
        }
      }
    }
    return docDate == null ? null : docDate.getYear();
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
