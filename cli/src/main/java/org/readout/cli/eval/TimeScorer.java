package org.readout.cli.eval;

import java.util.List;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;

/**
 * TempEval-3 style scoring of temporal expressions: extraction precision, recall and F1 with strict
 * (same span) and relaxed (overlapping span) matching, and value and type accuracy over the relaxed
 * matches. Each gold and each predicted expression matches at most once, first come first served in
 * text order.
 */
final class TimeScorer {
  /** Running totals; add documents with {@link #add}. Not thread-safe. */
  static final class Counts {
    int documents;
    int gold;
    int predicted;
    int strict;
    int relaxed;
    int valueCorrect;
    int typeCorrect;

    void add(Counts o) {
      documents += o.documents;
      gold += o.gold;
      predicted += o.predicted;
      strict += o.strict;
      relaxed += o.relaxed;
      valueCorrect += o.valueCorrect;
      typeCorrect += o.typeCorrect;
    }
  }

  private static final java.util.regex.Pattern WEEK_PADDING =
      java.util.regex.Pattern.compile("-W0(\\d)");

  private TimeScorer() {}

  /**
   * Scores one document; {@code mismatches} receives a line per miss, spurious or wrong value when
   * not null.
   */
  static Counts score(
      TimeMlDocument doc,
      List<TimeExpression> predicted,
      java.util.function.Consumer<String> mismatches) {
    Counts c = new Counts();
    c.documents = 1;
    c.gold = doc.gold().size();
    c.predicted = predicted.size();
    boolean[] used = new boolean[predicted.size()];
    for (TimeMlDocument.Timex g : doc.gold()) {
      int best = -1;
      for (int i = 0; i < predicted.size(); i++) {
        Span p = predicted.get(i).span();
        if (used[i] || !p.overlaps(g.span())) {
          continue;
        }
        if (best < 0 || p.equals(g.span())) {
          best = i;
        }
      }
      if (best < 0) {
        mismatches.accept("missed   " + quote(doc, g.span()) + " " + g.type() + " " + g.value());
        continue;
      }
      used[best] = true;
      TimeExpression p = predicted.get(best);
      c.relaxed++;
      c.strict += p.span().equals(g.span()) ? 1 : 0;
      boolean valueOk = normalize(p.value()).equals(normalize(g.value()));
      c.valueCorrect += valueOk ? 1 : 0;
      c.typeCorrect += p.kind().name().equals(g.type()) ? 1 : 0;
      if (!valueOk) {
        mismatches.accept(
            "value    "
                + quote(doc, g.span())
                + " gold "
                + g.value()
                + " got "
                + p.value()
                + " for "
                + quote(doc, p.span()));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        mismatches.accept(
            "spurious " + quote(doc, predicted.get(i).span()) + " " + predicted.get(i).value());
      }
    }
    return c;
  }

  /**
   * A value with week numbers unpadded, as TimeBank writes some of them ({@code 2000-W2} for {@code
   * 2000-W02}).
   */
  static String normalize(String value) {
    return WEEK_PADDING.matcher(value).replaceAll("-W$1");
  }

  private static String quote(TimeMlDocument doc, Span s) {
    return "'" + s.of(doc.text()).replace('\n', ' ') + "' " + s;
  }
}
