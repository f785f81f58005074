package org.readout.core.quote;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * Statements in a headline written in title case, for {@link IndirectSpeechFinder}: "Harbor Mayor
 * Says The Pier Will Reopen Before Summer", "Ortiz Tells Voters Not To Panic". The tagger reads the
 * capitalized words after the verb as names, so the clause rules, which look for a finite verb,
 * miss them; in a title line the rest of the line after a clausal speech verb is what was said.
 *
 * <p>Design decision: a line counts as a title when it has no sentence-final period and at least
 * four in five of its longer words are capitalized; the speaker is the subject the other rules find
 * before the verb, else the capitalized words that open the line (at most {@link #MAX_SUBJECT}
 * tokens), kept as words.
 */
final class HeadlineStatements {
  private HeadlineStatements() {}

  private static final int MAX_SUBJECT = 6;
  private static final int MIN_WORDS = 2;

  /**
   * The statement whose speech verb is the capitalized word at {@code k} of a title line, or null.
   */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, SpeechLexicon lexicon, int k) {
    String word = ix.span(k).of(ix.text);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || ix.quoted(k)) {
      return null;
    }
    VerbInfo v = lexicon.verb(ix.lower(k));
    if (v == null || !v.zeroThat()) {
      return null;
    }
    int lo = lineStart(ix, k);
    int hi = lineEnd(ix, k);
    if (k - lo < 1 || k - lo > MAX_SUBJECT || !title(ix, lo, hi)) {
      return null;
    }
    int first = k + 1;
    if (first < hi && ix.lower(first).equals("that")) {
      first++;
    }
    int last = hi - 1;
    while (last > first && ix.isPunct(last) && !ix.isMark(last)) {
      last--;
    }
    int words = 0;
    for (int m = first; m <= last; m++) {
      words += ix.isPunct(m) ? 0 : 1;
    }
    if (words < MIN_WORDS || ix.isPunct(first) && !ix.isMark(first)) {
      return null;
    }
    Subject subject = speech.subjectOf(k, 0);
    if (subject == null) {
      subject = ClauseSubjects.find(ix, k, true);
    }
    if (subject == null) {
      subject = new Subject(null, new Span(ix.span(lo).start(), ix.span(k - 1).end()), null, false);
    }
    if (subject.ref() != null && subject.ref().isOutlet()) {
      return null;
    }
    return new Clause(new Span(ix.span(first).start(), ix.span(last).end()), k, subject);
  }

  /** Whether {@code [lo, hi)} reads as a title: no final period, longer words capitalized. */
  private static boolean title(TextIndex ix, int lo, int hi) {
    if (hi - lo < 4 || ix.lower(hi - 1).equals(".")) {
      return false;
    }
    int longer = 0;
    int capitalized = 0;
    for (int m = lo; m < hi; m++) {
      String w = ix.span(m).of(ix.text);
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        longer++;
        capitalized += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return longer >= 3 && capitalized * 5 >= longer * 4;
  }

  /** The first token of the sentence at {@code k} after the last line break before {@code k}. */
  private static int lineStart(TextIndex ix, int k) {
    int lo = ix.sentenceStart(k);
    for (int m = k; m > lo; m--) {
      if (ix.text.substring(ix.span(m - 1).end(), ix.span(m).start()).indexOf('\n') >= 0) {
        return m;
      }
    }
    return lo;
  }

  /** The token after the last one of the sentence at {@code k} before a line break. */
  private static int lineEnd(TextIndex ix, int k) {
    int hi = ix.sentenceEnd(k);
    for (int m = k + 1; m < hi; m++) {
      if (ix.text.substring(ix.span(m - 1).end(), ix.span(m).start()).indexOf('\n') >= 0) {
        return m;
      }
    }
    return hi;
  }
}
