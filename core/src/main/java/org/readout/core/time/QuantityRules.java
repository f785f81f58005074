package org.readout.core.time;

import static org.readout.core.time.ExpressionFinder.END;
import static org.readout.core.time.ExpressionFinder.NUM_TRIGGERS;
import static org.readout.core.time.ExpressionFinder.concat;
import static org.readout.core.time.ExpressionFinder.span;
import static org.readout.core.time.Numbers.NUM;
import static org.readout.core.time.Numbers.UNIT;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.time.Found.Family;

/**
 * The finder's rules for counted quantities of time: durations ("three years", "a couple of years",
 * "five-year"), offsets from the document date ("two weeks ago", "in three days"), and the
 * comparisons of business news ("a year earlier", "the year-earlier quarter", "the same period last
 * year"), which {@link Family#YEAR_EARLIER} resolves against the period named before them.
 *
 * <p>An approximate count ("a few", "several") is kept as {@code X}: "a few days ago" is {@code
 * PAST_REF} and "in a few days" {@code FUTURE_REF}, never a day on the wrong side of the anchor.
 */
final class QuantityRules {
  /**
   * Words after "a second" that keep it a duration ("for a second", "a second later"); any other
   * word makes "second" an ordinal ("a second weekend", "a second time").
   */
  private static final Set<String> AFTER_A_SECOND =
      Set.of(
          "", "later", "earlier", "ago", "before", "after", "or", "and", "longer", "too", "then",
          "more", "less", "each", "per", "of", "to", "when", "while", "as");

  private QuantityRules() {}

  static void addTo(ExpressionFinder f) {
    f.add(
        "(?i)the\\s(?:(?:year-earlier|year-ago|prior-year)\\s(period|quarter)"
            + "|same\\s(period|quarter)\\s(?:(?:a|one)\\syear\\s(?:earlier|ago|before)|(?:of\\s)?last\\syear))"
            + END,
        QuantityRules::yearEarlier,
        "the");
    f.add(
        "(?i)(?:a|one)\\syear\\s(?:earlier|ago)" + END,
        (m, t) -> List.of(yearBefore(Found.of(span(m), Family.YEAR_EARLIER), m, t)),
        List.of("a", "one"));
    f.add(
        "(?i)(" + NUM + ")[\\s-]" + UNIT + "\\s+ago" + END,
        (m, t) -> counted(m, Family.AGO, span(m)),
        NUM_TRIGGERS);
    f.add(
        "(?i)in\\s+(" + NUM + ")\\s" + UNIT + "(?:['\u2019]\\s?time)?" + END,
        (m, t) -> counted(m, Family.LATER, new Span(m.start(1), m.end())),
        "in");
    f.add(
        "(?i)(?:the\\s(?:past|last|next|previous|coming|first|final|latest|recent)\\s)?("
            + NUM
            + ")[\\s-]"
            + UNIT
            + "(?:[\\s-](long|old))?"
            + END,
        QuantityRules::duration,
        concat(NUM_TRIGGERS, List.of("the")));
    f.add(
        "(?i)the\\s(?:past|last|next|previous|coming)\\s(year|month|week|decade|century)" + END,
        (m, t) ->
            List.of(
                Found.of(span(m), Family.DURATION)
                    .withQuantity(1)
                    .withUnit(m.group(1).toLowerCase(Locale.ROOT))),
        "the");
  }

  private static @Nullable List<Found> counted(Matcher m, Family family, Span span) {
    Double q = Numbers.count(m.group(1));
    if (q == null) {
      return null;
    }
    return List.of(
        Found.of(span, family).withQuantity(q.intValue()).withUnit(Numbers.unit(m.group(2))));
  }

  private static @Nullable List<Found> duration(Matcher m, String text) {
    if ("old".equalsIgnoreCase(m.group(3))) {
      return List.of(); // an age ("a 63-year-old"), which the consistency checker reads itself
    }
    Double q = Numbers.count(m.group(1));
    if (q == null) {
      return null;
    }
    String unit = Numbers.unit(m.group(2));
    if (unit.equals("second") && (m.group(3) == null) && (ordinal(m, text) || q >= 1000)) {
      return null; // "for a second weekend", "the 1988 second quarter": not seconds
    }
    Span s = m.group(3) == null ? span(m) : new Span(m.start(), m.start(3) - 1);
    if (q != Math.floor(q)) {
      return List.of(
          Found.of(s, Family.LITERAL).withUnit("P" + q + ExpressionFinder.designator(unit)));
    }
    return List.of(Found.of(s, Family.DURATION).withQuantity(q.intValue()).withUnit(unit));
  }

  /** Whether "a second" (or "one second") is followed by a noun it counts, as an ordinal is. */
  private static boolean ordinal(Matcher m, String text) {
    String count = m.group(1).toLowerCase(Locale.ROOT);
    if (!count.equals("a") && !count.equals("an")) {
      return false;
    }
    int k = m.end();
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length()
        && Character.isLetter(text.charAt(k))
        && !AFTER_A_SECOND.contains(ExpressionFinder.wordAt(text, k));
  }

  /**
   * "the year-earlier quarter" is the quarter a year before the one reported; a period of unstated
   * length is the period named before it, a year back.
   */
  private static List<Found> yearEarlier(Matcher m, String text) {
    String unit = m.group(1) != null ? m.group(1) : m.group(2);
    Found f = Found.of(span(m), Family.YEAR_EARLIER);
    return List.of(
        unit.equalsIgnoreCase("quarter") ? f.withUnit("quarter") : yearBefore(f, m, text));
  }

  /**
   * "a year earlier", "the year-earlier period": when the sentence has no period of its own to go
   * back from, an earnings sentence that names a quarter compares that quarter a year before;
   * otherwise only the year is known.
   */
  private static Found yearBefore(Found f, Matcher m, String text) {
    String before = text.substring(Math.max(0, m.start() - 300), m.start());
    // Only the same sentence counts: "exports rose in December from a year earlier" after a
    // paragraph on quarterly growth compares months, not quarters.
    int cut = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), 0);
    return before.substring(cut).toLowerCase(Locale.ROOT).contains("quarter")
        ? f.withUnit("quarter")
        : f.withUnit("year");
  }
}
