package org.readout.core.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;
import org.readout.core.time.GoverningDates;

/**
 * Dates a statement. In order: the full-date time expression in the cue's sentence nearest to the
 * cue ("Putin said on Tuesday"); else the last full date named earlier in the same paragraph ("On
 * the 21st, Xi spoke by video. ... He said"); else the document date; else a coarser date value in
 * the sentence ({@code 2025-01}); else null.
 *
 * <p>Time expressions inside quoted text date what the speaker talks about, not when they spoke, so
 * they are skipped, and so are dates after the document date: those are plans. The event stage
 * dates events by the same rules, through the same {@link GoverningDates} lookups, so a statement
 * and the event coded from it agree.
 */
final class StatementDates {
  private static final Pattern COARSE_DATE = Pattern.compile("\\d{4}(-\\d{2})?");

  private final AnnotatedArticle doc;
  private final @Nullable String docDate;

  /** Usable DATE expressions: full dates and coarser ones, in text order. */
  private final GoverningDates dates;

  /**
   * @param quoted spans of quoted passages, sorted by start; time expressions inside them are
   *     skipped
   */
  StatementDates(AnnotatedArticle doc, List<Span> quoted) {
    this.doc = doc;
    LocalDate d = doc.article().date();
    docDate = d == null ? null : d.toString();
    List<TimeExpression> usable = new ArrayList<>();
    int q = 0;
    for (TimeExpression t : doc.times()) {
      if (t.kind() != TimeKind.DATE) {
        continue;
      }
      while (q < quoted.size() && quoted.get(q).end() <= t.span().start()) {
        q++;
      }
      boolean inside = q < quoted.size() && quoted.get(q).start() <= t.span().start();
      boolean full = GoverningDates.isFullDate(t);
      if (!inside
          && !GoverningDates.isPlan(t, d)
          && (full || COARSE_DATE.matcher(t.value()).matches())) {
        usable.add(t);
      }
    }
    dates = new GoverningDates(usable);
  }

  /**
   * The date of a statement whose cue (or, without one, whose text) starts at {@code anchor}.
   *
   * @param own the statement's own span; time expressions inside it are not the date of saying it
   */
  @Nullable String dateOf(int anchor, Span own) {
    Sentence s = doc.sentenceAt(anchor);
    Span sentence = s == null ? new Span(anchor, anchor) : s.span();
    String best = dates.nearestDay(sentence, anchor, t -> !own.contains(t.span()));
    if (best != null) {
      return best;
    }
    Paragraph p = doc.paragraphAt(sentence.start());
    if (p != null) {
      String earlier = dates.lastDay(new Span(p.span().start(), sentence.start()), t -> true);
      if (earlier != null) {
        return earlier;
      }
    }
    if (docDate != null) {
      return docDate;
    }
    TimeExpression coarse =
        dates.first(sentence, t -> !own.contains(t.span()) && !GoverningDates.isFullDate(t));
    return coarse == null ? null : coarse.value();
  }
}
