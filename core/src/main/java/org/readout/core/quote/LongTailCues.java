package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;

/**
 * A postposed cue whose stretch is longer than {@link PostposedCueFinder} reads, for {@link
 * StatementFinder}: "The race will be tight, said Dana Lee, director of the civic engagement project
 * at the state university's center for regional change." and "His support has shifted twice, Falk
 * said during a speech to the harbor board." The reported clause may mix the reporter's words with
 * quoted ones ("The pier failed and ''should have been closed sooner,'' said Ines Falk, the
 * mayor."), but not be quoted throughout: that is a direct quote.
 *
 * <p>Design decision: the cue is the first comma of the sentence (outside quotes, or closing a
 * quoted fragment) that is followed either by a finite speech verb and its subject ("said Dana
 * Lee") or by a subject and a finite speech verb ("Falk said"), and after the cue nothing but an
 * apposition or an adjunct: no other finite verb until the sentence end, except inside a relative
 * clause of the subject ("said a handful of Democrats who point to ...").
 */
final class LongTailCues {
  private LongTailCues() {}

  private static final int MIN_WORDS = 4;
  private static final int MAX_SUBJECT = 8;
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");

  /** The statement before the cue whose speech verb is {@code k}, or null. */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, int k) {
    if (!FINITE.contains(ix.tag(k)) || ix.quoted(k)) {
      return null;
    }
    int lo = ix.sentenceStart(k);
    int hi = ix.sentenceEnd(k);
    Subject subject;
    int comma;
    if (k - 1 > lo && comma(ix, k - 1)) {
      comma = k - 1;
      subject = speech.subjectStartingAt(k + 1);
    } else {
      subject = speech.subjectOf(k, 0);
      comma = subject == null ? -1 : ix.firstTokenEndingAfter(subject.mention().start()) - 1;
      if (comma <= lo || !comma(ix, comma) || k - comma > MAX_SUBJECT + 1) {
        return null;
      }
    }
    if (subject == null
        || (subject.ref() != null && subject.ref().isOutlet())
        || subject.mention().start() < ix.span(comma).end()
        || !tailOnly(ix, k + 1, hi)) {
      return null;
    }
    int first = StatementFinder.afterConjunction(ix, lo, comma);
    int last = comma - 1;
    while (last > first && ix.isPunct(last) && !ix.isMark(last)) {
      last--;
    }
    if (last <= first || quotedThroughout(ix, first, last) || !reads(ix, first, last)) {
      return null;
    }
    String through = ix.text.substring(ix.span(first).start(), ix.span(k).end());
    if (through.indexOf('\n') >= 0) {
      return null;
    }
    return new Clause(new Span(ix.span(first).start(), ix.span(last).end()), k, subject);
  }

  /** A comma outside quotes, or one that closes a quoted fragment ("... sooner,'' said"). */
  private static boolean comma(TextIndex ix, int t) {
    if (ix.lower(t).equals(",") && !ix.quoted(t)) {
      return true;
    }
    return ix.isMark(t) && t > 0 && ix.lower(t - 1).equals(",");
  }

  /**
   * Whether {@code [from, hi)} holds no finite verb outside a relative clause and no quote: the
   * cue's subject, an apposition or an adjunct, not a clause of its own.
   */
  private static boolean tailOnly(TextIndex ix, int from, int hi) {
    boolean relative = false;
    for (int m = from; m < hi; m++) {
      if (ix.isMark(m) || ix.quoted(m) || ix.lower(m).equals(";")) {
        return false;
      }
      relative |= RELATIVES.contains(ix.lower(m));
      if (!relative && (FINITE.contains(ix.tag(m)) || ix.tag(m).equals("MD"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code [first, last]} is quoted from its first word to its last. */
  private static boolean quotedThroughout(TextIndex ix, int first, int last) {
    for (int m = first; m <= last; m++) {
      if (!ix.quoted(m) && !ix.isMark(m) && !ix.isPunct(m)) {
        return false;
      }
    }
    return true;
  }

  /** At least {@link #MIN_WORDS} words and a verb, quoted or not. */
  private static boolean reads(TextIndex ix, int first, int last) {
    int words = 0;
    boolean verb = false;
    for (int m = first; m <= last; m++) {
      words += ix.isPunct(m) ? 0 : 1;
      verb |= ix.tag(m).startsWith("VB") || ix.tag(m).equals("MD");
    }
    return words >= MIN_WORDS && verb;
  }
}
