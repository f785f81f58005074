package org.readout.core.quote;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;

/**
 * "according to X" wherever it stands, for {@link StatementFinder}: after a long sentence with more
 * after it ("The top earners paid a quarter of all taxes, according to the budget office, and the
 * rest paid ..."), at the end without a comma, or opening the sentence with a source longer than a
 * short phrase ("According to a civil complaint filed by the commission and the state, the
 * developers ..."). The statement is the clause before the cue, from the sentence start (after a
 * conjunction) to the comma; or, for an opening cue, the clause after its comma.
 *
 * <p>As for the cue's other positions, a news outlet after "according to" is a channel, and the
 * statement is left to the outlet's own reporting rules.
 */
final class AccordingToClauses {
  private AccordingToClauses() {}

  private static final int MIN_WORDS = 4;
  private static final int MAX_SOURCE = 40;

  /** The statement whose cue "according" stands at {@code k}, or null. */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, int k) {
    if (!ix.lower(k).equals("according")
        || k + 2 >= ix.size()
        || !ix.lower(k + 1).equals("to")
        || ix.quoted(k)) {
      return null;
    }
    int lo = ix.sentenceStart(k);
    int hi = ix.sentenceEnd(k);
    if (k + 2 >= hi) {
      return null;
    }
    Subject subject = speech.subjectStartingAt(k + 2);
    if (subject == null) {
      subject = sourceWords(ix, k + 2, hi);
    }
    if (subject == null || (subject.ref() != null && subject.ref().isOutlet())) {
      return null;
    }
    int first = StatementFinder.afterConjunction(ix, lo, k);
    if (first == k) {
      return opening(ix, speech, k, hi, subject);
    }
    int last = k - 1;
    while (last > first && ix.isPunct(last) && !ix.isMark(last)) {
      last--;
    }
    if (!StatementFinder.clause(ix, first, last, MIN_WORDS)) {
      return null;
    }
    return new Clause(new Span(ix.span(first).start(), ix.span(last).end()), k, subject);
  }

  /**
   * The words of a source that no speaker rule reads ("according to a just-released poll from the
   * state university", "according to the most recent data from the agency"): the noun phrase after
   * "according to" up to a comma or the sentence end, at most {@link #MAX_SOURCE} tokens, kept as
   * an unnamed source's words. "according to" always introduces a source, so the phrase needs only
   * a noun in it.
   */
  private static @Nullable Subject sourceWords(TextIndex ix, int first, int hi) {
    int last = -1;
    boolean noun = false;
    for (int m = first; m < hi && m - first < MAX_SOURCE; m++) {
      String w = ix.lower(m);
      if (ix.isMark(m) || ix.quoted(m) || w.equals(",") || w.equals(";") || w.equals(":")) {
        break;
      }
      noun |= ix.tag(m).startsWith("NN");
      last = m;
    }
    while (last >= first && ix.isPunct(last)) {
      last--;
    }
    if (last < first || !noun) {
      return null;
    }
    return new Subject(null, new Span(ix.span(first).start(), ix.span(last).end()), null, false);
  }

  /** "According to X, CLAUSE": the clause after the source's comma. */
  private static @Nullable Clause opening(
      TextIndex ix, SpeakerFinder speech, int k, int hi, Subject subject) {
    for (int m = k + 2; m < hi && m - k <= MAX_SOURCE; m++) {
      if (ix.isMark(m) || ix.quoted(m) || ix.lower(m).equals(";")) {
        return null;
      }
      if (ix.lower(m).equals(",")) {
        int last = ClauseEnds.last(ix, speech, m + 1, hi);
        return m + 1 < hi && StatementFinder.clause(ix, m + 1, last, MIN_WORDS)
            ? new Clause(new Span(ix.span(m + 1).start(), ix.span(last).end()), k, subject)
            : null;
      }
    }
    return null;
  }
}
