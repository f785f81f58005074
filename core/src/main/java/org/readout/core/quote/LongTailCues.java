package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;

/**
 * A postposed cue whose stretch is longer than {@link PostposedCueFinder} reads, for {@link
 * StatementFinder}: "The race will be tight, said Dana Lee, director of the civic engagement
 * project at the state university's center for regional change." and "His support has shifted
 * twice, Falk said during a speech to the harbor board." The reported clause may mix the reporter's
 * words with quoted ones ("The pier failed and ''should have been closed sooner,'' said Ines Falk,
 * the mayor."), but not be quoted throughout: that is a direct quote.
 *
 * <p>Design decision: the cue follows a comma of the sentence (outside quotes, or closing a quoted
 * fragment) that is followed either by a finite speech verb and its subject ("said Dana Lee") or by
 * a subject and a finite speech verb ("Falk said"), and after the cue nothing but an apposition or
 * an adjunct: no "that" and no other finite verb until the sentence end, except inside a relative
 * clause of the subject ("said a handful of Democrats who point to ..."). Only the verbs of {@link
 * #CUES} follow a reported clause this way.
 */
final class LongTailCues {
  private LongTailCues() {}

  private static final int MIN_WORDS = 4;
  private static final int MAX_SUBJECT = 8;
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");

  /**
   * The verbs that stand after a reported clause in news copy ("..., Lee said", "..., wrote Ann
   * Lee"); other speech verbs after a comma open a clause of their own ("..., criticized the
   * plan").
   */
  private static final Set<String> CUES =
      Set.of(
          "said",
          "says",
          "added",
          "adds",
          "wrote",
          "writes",
          "noted",
          "notes",
          "explained",
          "explains",
          "argued",
          "argues",
          "told",
          "tells",
          "insisted",
          "insists",
          "recalled",
          "recalls",
          "warned",
          "warns",
          "acknowledged",
          "acknowledges",
          "conceded",
          "concedes",
          "observed",
          "observes",
          "asked",
          "asks",
          "predicted",
          "predicts",
          "stated",
          "states");

  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "one", "another", "two", "three", "several", "some", "many");

  /** The statement before the cue whose speech verb is {@code k}, or null. */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, int k) {
    if (!FINITE.contains(ix.tag(k)) || ix.quoted(k) || !CUES.contains(ix.lower(k))) {
      return null;
    }
    int lo = ix.sentenceStart(k);
    int hi = ix.sentenceEnd(k);
    Subject subject;
    int comma;
    if (k - 1 > lo && comma(ix, k - 1)) {
      comma = k - 1;
      subject = speech.subjectStartingAt(k + 1);
      if (subject != null && subject.ref() == null && !DETERMINERS.contains(ix.lower(k + 1))) {
        // "..., said a senior official", not "..., noted congressional testimony by ...".
        return null;
      }
    } else {
      subject = speech.subjectOf(k, 0);
      comma = subject == null ? -1 : ix.firstTokenEndingAfter(subject.mention().start()) - 1;
      if (comma <= lo || !comma(ix, comma) || k - comma > MAX_SUBJECT + 1) {
        return null;
      }
      for (int m = comma + 1; m < k; m++) {
        if (ix.lower(m).equals(",")) {
          return null;
        }
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
      String w = ix.lower(m);
      if (w.equals("that")) {
        // "..., Lee said on Friday that ...": a clause of its own follows.
        return false;
      }
      relative |= RELATIVES.contains(w);
      if (!relative && (ClauseStarts.finite(ix, m, from) || ix.tag(m).equals("MD"))) {
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
