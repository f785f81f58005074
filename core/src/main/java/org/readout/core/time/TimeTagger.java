package org.readout.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.DateSource;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;
import org.readout.core.pipeline.Stage;
import org.readout.core.time.Found.Family;

/**
 * The time stage: finds temporal expressions, normalizes them to TIMEX3 values anchored on the
 * document date, and adds them as {@link AnnotatedArticle#times()}, sorted by span. Dates left open
 * by the text ("May 9", "on the 21st", "on Tuesday") are placed by the tense of the governing verb;
 * holidays are computed from calendar rules ({@code this year's Victory Day} is the document year's
 * May 9 in Russia). When the article has no date, candidates are inferred from its own evidence
 * ({@link AnnotatedArticle#dateCandidates()}) and the best becomes the document date with {@link
 * DateSource#INFERRED}.
 *
 * <p>Needs the sentence and token layers for tense (without them every tense is unknown and the
 * nearest date wins) and the actor layer for inauguration evidence. Stateless apart from a cache of
 * computed holiday dates, and thread-safe.
 */
public final class TimeTagger implements Stage {
  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          "(?i)\\b(?:away|ahead|upcoming|approaching|forthcoming|coming|run-up|eve of|countdown)\\b");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q[1-4]");

  private final ExpressionFinder finder = new ExpressionFinder();
  private final Resolver resolver;
  private final DocumentDater dater;

  /**
   * A tagger that infers missing document dates from the text alone, without inauguration evidence.
   */
  public TimeTagger() {
    this(null);
  }

  /**
   * A tagger that also uses the term start dates of {@code dictionary}'s people to infer a missing
   * document date.
   */
  public TimeTagger(@Nullable ActorDictionary dictionary) {
    Holidays holidays = new Holidays();
    this.resolver = new Resolver(holidays);
    this.dater = new DocumentDater(dictionary, holidays);
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle in) {
    AnnotatedArticle doc = in;
    List<Found> found = finder.find(doc.text());
    Map<Found, Tense> tenses = new HashMap<>();
    AnnotatedArticle d0 = doc;
    java.util.function.Function<Found, Tense> tenseOf =
        f -> tenses.computeIfAbsent(f, k -> Tense.at(d0, k.span()));
    if (doc.article().date() == null) {
      List<DateCandidate> candidates =
          dater.infer(
              doc, found, tenseOf, f -> futureCue(d0, f.span()), WireDateline.find(d0.text()));
      if (!candidates.isEmpty()) {
        doc =
            doc.withDateCandidates(candidates)
                .withArticle(doc.article().withDate(candidates.get(0).date(), DateSource.INFERRED));
      }
    }
    LocalDate anchor = doc.article().date();
    List<TimeExpression> times = new ArrayList<>(found.size());
    LocalDate discourse = null;
    // The discourse day in force at each point: the last day-precision date before it.
    List<TimeExpression> discourseDays = new ArrayList<>();
    List<Found> deferred = new ArrayList<>();
    // "a year earlier" results, which are never the period a later one goes back from.
    Set<Span> compared = new HashSet<>();
    for (Found f : found) {
      if (f.family() == Family.CLOCK || f.family() == Family.DAY_PART) {
        deferred.add(f);
        continue;
      }
      Tense t = needsTense(f) ? tenseOf.apply(f) : Tense.UNKNOWN;
      boolean cue = f.family() == Family.HOLIDAY && futureCue(doc, f.span());
      String reference =
          f.family() == Family.YEAR_EARLIER ? periodBefore(doc, times, compared, f) : null;
      TimeExpression te =
          resolver.resolve(f, new Resolver.Context(anchor, t, cue, discourse, reference));
      if (te != null) {
        times.add(te);
        if (f.family() == Family.YEAR_EARLIER) {
          compared.add(te.span());
        }
        if (te.value().length() >= 10
            && FULL_DATE.matcher(te.value()).lookingAt()
            && f.family() != Family.HOLIDAY) {
          discourse = Resolver.day(te.value());
          discourseDays.add(te);
        }
      }
    }
    for (Found f : deferred) {
      LocalDate day = sameSentenceDay(doc, times, f.span());
      if (day == null && f.family() == Family.DAY_PART) {
        day = lastDayBefore(discourseDays, f.span().start());
      }
      TimeExpression te =
          resolver.resolve(f, new Resolver.Context(anchor, Tense.UNKNOWN, false, day));
      if (te != null) {
        times.add(te);
      }
    }
    times.sort(java.util.Comparator.comparing(TimeExpression::span));
    return doc.withTimes(alignWeekdays(doc.text(), times));
  }

  private static boolean needsTense(Found f) {
    return switch (f.family()) {
      case CALENDAR -> !f.has(f.year()) && f.has(f.month());
      case DAY_OF_MONTH, WEEKDAY, LATER, SEASON, QUARTER, HOLIDAY, YEAR_EARLIER -> true;
      case RELATIVE_UNIT -> "the".equals(f.mod()); // "the weekend", "the quarter"
      default -> false;
    };
  }

  private static boolean futureCue(AnnotatedArticle doc, Span span) {
    Sentence s = doc.sentenceAt(span.start());
    String text = doc.text();
    Span window =
        s != null
            ? s.span()
            : new Span(Math.max(0, span.start() - 100), Math.min(text.length(), span.end() + 100));
    return FUTURE_CUE.matcher(text).region(window.start(), window.end()).find();
  }

  /**
   * The value of the last time expression before {@code f} in its sentence ("in December from a
   * year earlier"), or null.
   */
  private static @Nullable String periodBefore(
      AnnotatedArticle doc, List<TimeExpression> times, Set<Span> compared, Found f) {
    Sentence s = doc.sentenceAt(f.span().start());
    if (s == null) {
      return null;
    }
    int i = times.size() - 1;
    for (; i >= 0; i--) {
      TimeExpression t = times.get(i);
      if (t.span().start() < s.span().start()) {
        break;
      }
      if (t.kind() == TimeKind.DATE
          && t.span().end() <= f.span().start()
          && !compared.contains(t.span())) {
        return t.value();
      }
    }
    // Earlier in the paragraph only a quarter carries over: an earnings report's comparisons are
    // with the quarter it reports.
    Paragraph p = doc.paragraphAt(s.span().start());
    for (; p != null && i >= 0 && times.get(i).span().start() >= p.span().start(); i--) {
      if (QUARTER_VALUE.matcher(times.get(i).value()).matches()
          && !compared.contains(times.get(i).span())) {
        return times.get(i).value();
      }
    }
    return null;
  }

  private static @Nullable LocalDate lastDayBefore(List<TimeExpression> days, int offset) {
    LocalDate day = null;
    for (TimeExpression t : days) {
      if (t.span().start() >= offset) {
        break;
      }
      day = Resolver.day(t.value());
    }
    return day;
  }

  private static @Nullable LocalDate sameSentenceDay(
      AnnotatedArticle doc, List<TimeExpression> times, Span span) {
    Sentence s = doc.sentenceAt(span.start());
    if (s == null) {
      return null;
    }
    for (TimeExpression t : times) {
      if (s.span().contains(t.span()) && FULL_DATE.matcher(t.value()).lookingAt()) {
        return Resolver.day(t.value());
      }
    }
    return null;
  }

  /**
   * "Tuesday, March 11": a weekday written beside a date names that date when they agree. When they
   * disagree the weekday keeps its own reading, and {@link ConsistencyChecker} reports the
   * mismatch.
   */
  private static List<TimeExpression> alignWeekdays(String text, List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i + 1 < out.size(); i++) {
      TimeExpression w = out.get(i);
      TimeExpression d = out.get(i + 1);
      int dow = Adjacency.weekdayBeside(text, w, d);
      if (dow > 0 && Resolver.day(d.value()).getDayOfWeek().getValue() == dow) {
        String part = w.kind() == TimeKind.TIME ? w.value().substring(w.value().indexOf('T')) : "";
        out.set(i, new TimeExpression(w.span(), w.kind(), d.value().substring(0, 10) + part));
      }
    }
    return out;
  }
}
