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

/**
 * Dates a statement. In order: the full-date time expression in the cue's sentence nearest to the cue ("Putin said
 * on Tuesday"); else the last full date named earlier in the same paragraph ("On the 21st, Xi spoke by video. ...
 * He said"); else the document date; else a coarser date value in the sentence ({@code 2025-01}); else null.
 *
 * <p>Time expressions inside quoted text date what the speaker talks about, not when they spoke, so they are
 * skipped, and so are dates after the document date: those are plans. The event stage dates events by the same
 * rules, so a statement and the event coded from it agree.
 */
final class StatementDates {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern COARSE_DATE = Pattern.compile("\\d{4}(-\\d{2})?");

  private final AnnotatedArticle doc;
  private final @Nullable String docDate;
  /** Usable DATE expressions, in text order. */
  private final List<TimeExpression> dates = new ArrayList<>();

  /**
   * @param quoted spans of quoted passages, sorted by start; time expressions inside them are skipped
   */
  StatementDates(AnnotatedArticle doc, List<Span> quoted) {
    this.doc = doc;
    LocalDate d = doc.article().date();
    docDate = d == null ? null : d.toString();
    int q = 0;
    for (TimeExpression t : doc.times()) {
      if (t.kind() != TimeKind.DATE) {
        continue;
      }
      while (q < quoted.size() && quoted.get(q).end() <= t.span().start()) {
        q++;
      }
      boolean inside = q < quoted.size() && quoted.get(q).start() <= t.span().start();
      boolean full = FULL_DATE.matcher(t.value()).matches();
      boolean later = full && docDate != null && t.value().substring(0, 10).compareTo(docDate) > 0;
      if (!inside && !later && (full || COARSE_DATE.matcher(t.value()).matches())) {
        dates.add(t);
      }
    }
  }

  /**
   * The date of a statement whose cue (or, without one, whose text) starts at {@code anchor}.
   *
   * @param own the statement's own span; time expressions inside it are not the date of saying it
   */
  @Nullable String dateOf(int anchor, Span own) {
    Sentence s = sentenceAt(anchor);
    Span sentence = s == null ? new Span(anchor, anchor) : s.span();
    String best = null;
    String coarse = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = firstAtOrAfter(sentence.start()); i < dates.size(); i++) {
      TimeExpression t = dates.get(i);
      if (t.span().start() >= sentence.end()) {
        break;
      }
      if (own.contains(t.span())) {
        continue;
      }
      if (!FULL_DATE.matcher(t.value()).matches()) {
        coarse = coarse == null ? t.value() : coarse;
        continue;
      }
      int distance = Math.abs(t.span().start() - anchor);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = t.value().substring(0, 10);
      }
    }
    if (best != null) {
      return best;
    }
    Paragraph p = doc.paragraphAt(sentence.start());
    if (p != null) {
      for (int i = firstAtOrAfter(sentence.start()) - 1; i >= 0; i--) {
        TimeExpression t = dates.get(i);
        if (t.span().start() < p.span().start()) {
          break;
        }
        if (FULL_DATE.matcher(t.value()).matches()) {
          return t.value().substring(0, 10);
        }
      }
    }
    return docDate != null ? docDate : coarse;
  }

  private @Nullable Sentence sentenceAt(int offset) {
    List<Sentence> sentences = doc.sentences();
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 || sentences.get(lo - 1).span().end() <= offset ? null : sentences.get(lo - 1);
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = dates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dates.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
