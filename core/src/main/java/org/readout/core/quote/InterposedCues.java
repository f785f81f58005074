package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;

/**
 * A cue between commas inside a reported sentence, for {@link StatementFinder}: "The talks stalled
 * over the summer, the envoy said in an interview, because neither side would move"; "The island,
 * as one adviser pointed out, rarely sees storms this late"; and an opening "As the minister noted,
 * the port has been closed since May". The statement is the sentence with the cue inside it, as for
 * an interrupted quote; for an opening "as" cue, the clause after its comma.
 */
final class InterposedCues {
  private InterposedCues() {}

  private static final int MIN_WORDS = 4;
  private static final int MAX_ADJUNCT = 6;

  /** Words after the cue's closing comma that carry the reported sentence on. */
  private static final Set<String> CONTINUATIONS =
      Set.of("because", "since", "so", "and", "although", "though", "unless", "if");

  /** The statement around the speech verb at {@code k}, or null. */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, int k) {
    if (!ClauseStarts.FINITE_TAGS.contains(ix.tag(k)) || ix.tag(k).equals("MD")) {
      return null;
    }
    int lo = ix.sentenceStart(k);
    int hi = ix.sentenceEnd(k);
    Subject subject = speech.subjectOf(k, 0);
    if (subject == null || subject.coordinated()) {
      return null;
    }
    if (subject.ref() != null && subject.ref().isOutlet()) {
      return null;
    }
    int s = ix.firstTokenEndingAfter(subject.mention().start());
    if (s <= lo || s > k) {
      return null;
    }
    int before = s - 1;
    boolean as = ix.lower(before).equals("as");
    if (as) {
      before--;
    }
    int after = closingComma(ix, k + 1, hi);
    if (after < 0) {
      return null;
    }
    int first = StatementFinder.afterConjunction(ix, lo, k);
    if (as && before < first) {
      // "As the minister noted, the port ...": the clause after the comma.
      int last = ClauseEnds.last(ix, speech, after + 1, hi);
      return after + 1 < hi && StatementFinder.clause(ix, after + 1, last, MIN_WORDS)
          ? new Clause(new Span(ix.span(after + 1).start(), ix.span(last).end()), k, subject)
          : null;
    }
    if (before <= first || !ix.lower(before).equals(",") || ix.quoted(before)) {
      return null;
    }
    int lastBefore = before - 1;
    if (!StatementFinder.clause(ix, first, lastBefore, MIN_WORDS)) {
      return null;
    }
    int last = hi - 1;
    while (last > after && (ix.isPunct(last) && !ix.isMark(last))) {
      last--;
    }
    if (last <= after
        || ix.lower(after).equals(";")
        || !CONTINUATIONS.contains(ix.lower(after + 1))) {
      // "..., the commission said on Sunday, but the opposition refused": what follows is the
      // reporter's, unless it goes on with the reported reasoning ("because ...", "and ...").
      last = lastBefore;
    }
    return new Clause(new Span(ix.span(first).start(), ix.span(last).end()), k, subject);
  }

  /**
   * The comma (or semicolon) that closes the cue after a short adjunct ("said in an interview,"),
   * or -1 when the verb takes a clause or an object of its own.
   */
  private static int closingComma(TextIndex ix, int from, int hi) {
    for (int m = from; m < hi && m - from <= MAX_ADJUNCT; m++) {
      String w = ix.lower(m);
      if (w.equals(",") || w.equals(";")) {
        return m;
      }
      if (w.equals("that") || ix.isMark(m) || ix.quoted(m) || ix.tag(m).startsWith("VB")) {
        return -1;
      }
    }
    return -1;
  }
}
