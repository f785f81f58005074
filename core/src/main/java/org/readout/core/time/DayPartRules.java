package org.readout.core.time;

import static org.readout.core.time.ExpressionFinder.END;
import static org.readout.core.time.ExpressionFinder.WEEKDAY;
import static org.readout.core.time.ExpressionFinder.WEEKDAY_TRIGGERS;
import static org.readout.core.time.ExpressionFinder.concat;
import static org.readout.core.time.ExpressionFinder.span;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.readout.core.time.Found.Family;

/**
 * The finder's rules for days and parts of days: weekdays ("Friday", "late on Friday", "Monday
 * evening"), today/yesterday/tomorrow, "this morning", "that night", and a part of day on its own
 * ("in the afternoon", "early morning"). A named part of day is kept in the value as TIMEX3 writes
 * it ({@code 2025-01-17TEV}); "early" and "late" belong to the expression's text but not to its
 * value ("late on Friday" is {@code 2025-01-17}, as TIMEX3 leaves them to its {@code mod}).
 */
final class DayPartRules {
  private static final String PART = "(morning|afternoon|evening|night)";

  /** Words after which "the afternoon" is a time of the day and not, say, a newspaper's name. */
  private static final Set<String> PART_PREPS =
      Set.of(
          "in", "during", "by", "through", "throughout", "until", "till", "into", "early", "late");

  private DayPartRules() {}

  static void addTo(ExpressionFinder f) {
    f.add(
        "(?:((?i:last|next|this|coming|past))\\s)?(?:((?i:early|late))\\s(?:on\\s)?)?"
            + WEEKDAY
            + "(?:\\s"
            + PART
            + ")?"
            + END,
        DayPartRules::weekday,
        concat(
            WEEKDAY_TRIGGERS, List.of("last", "next", "this", "coming", "past", "early", "late")));
    f.add(
        "(?i)(?:(early|late)\\s)?(today|yesterday|tomorrow|tonight)(?:\\s" + PART + ")?" + END,
        DayPartRules::relativeDay,
        List.of("today", "yesterday", "tomorrow", "tonight", "early", "late"));
    f.add(
        "(?i)(this|last)\\s(?:(?:early|late)\\s)?" + PART + END,
        (m, t) ->
            List.of(
                Found.of(span(m), Family.RELATIVE_DAY)
                    .withQuantity(m.group(1).equalsIgnoreCase("last") ? -1 : 0)
                    .withUnit(Numbers.partOfDay(m.group(2)))),
        List.of("this", "last"));
    f.add(
        "(?i)(that|the\\s(?:same|next|following|previous))\\s(?:(?:early|late)\\s)?"
            + "(morning|afternoon|evening|night|day)"
            + END,
        DayPartRules::discourse,
        List.of("that", "the"));
    // A part of day on its own takes its day from the sentence, else from the discourse.
    f.add(
        "(?i)(?:(?:early|late|mid)[\\s-](morning|afternoon|evening)|late\\sat\\s(night)"
            + "|the\\s(?:(?:early|late)\\s)?"
            + PART
            + ")"
            + END
            + "(?!\\s+(?:of|edition|session|news|paper|shift|show|post|star)\\b)",
        DayPartRules::partOfDay,
        List.of("early", "late", "mid", "the"));
  }

  private static List<Found> weekday(Matcher m, String text) {
    String mod = m.group(1) == null ? null : ExpressionFinder.mod(m.group(1));
    int e = m.end();
    if (mod == null
        && m.group(4) == null
        && e + 1 < text.length()
        && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
        && text.charAt(e + 1) == 's') {
      mod = "past"; // "Wednesday's ruling": an event already reported
    }
    return List.of(
        Found.of(span(m), Family.WEEKDAY)
            .withQuantity(Numbers.weekday(m.group(3)))
            .withMod(mod)
            .withUnit(Numbers.partOfDay(m.group(4))));
  }

  private static List<Found> relativeDay(Matcher m, String text) {
    String w = m.group(2).toLowerCase(Locale.ROOT);
    int offset = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
    String part = w.equals("tonight") ? "NI" : Numbers.partOfDay(m.group(3));
    return List.of(Found.of(span(m), Family.RELATIVE_DAY).withQuantity(offset).withUnit(part));
  }

  private static List<Found> discourse(Matcher m, String text) {
    String head = m.group(1).toLowerCase(Locale.ROOT);
    int offset =
        head.endsWith("next") || head.endsWith("following")
            ? 1
            : head.endsWith("previous") ? -1 : 0;
    return List.of(
        Found.of(span(m), Family.DISCOURSE)
            .withQuantity(offset)
            .withUnit(Numbers.partOfDay(m.group(2))));
  }

  private static @Nullable List<Found> partOfDay(Matcher m, String text) {
    String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    boolean bare = m.group(3) != null;
    if (bare && !PART_PREPS.contains(ExpressionFinder.previousWord(text, m.start()))) {
      return null; // "the night of the vote" reads better with its noun; "the morning paper"
    }
    return List.of(
        Found.of(span(m), Family.DAY_PART).withQuantity(0).withUnit(Numbers.partOfDay(word)));
  }
}
