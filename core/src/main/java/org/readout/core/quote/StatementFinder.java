package org.readout.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;

/**
 * Reported statements whose cue stands inside or after them, beyond the shapes {@link
 * IndirectSpeechFinder} and {@link PostposedCueFinder} read: "according to X" anywhere in the
 * sentence ({@link AccordingToClauses}), a speech noun with its owner and content ("his comments on
 * trade", {@link SpeechNounContent}), a cue between commas with more of the sentence after it ("The
 * plan failed in the end, the minister said, because nobody paid for it"), and a statement inside a
 * relative clause ("a deadline that several insiders said went unnoticed", "an election the army
 * says was fraudulent"), and a postposed cue with a long apposition or adjunct ({@link
 * LongTailCues}). A found statement never overlaps one found before.
 */
final class StatementFinder {
  private StatementFinder() {}

  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "so", "yet", "or");

  /** Statements in text order that overlap none of {@code taken}. */
  static List<Clause> find(TextIndex ix, SpeakerFinder speech, List<Clause> taken) {
    List<Clause> out = new ArrayList<>();
    for (int k = 0; k < ix.size(); k++) {
      Clause c = AccordingToClauses.at(ix, speech, k);
      if (c == null) {
        c = SpeechNounContent.at(ix, speech, k);
      }
      if (c == null && !ix.quoted(k) && speech.isSpeechVerb(k)) {
        c = InterposedCues.at(ix, speech, k);
        if (c == null) {
          c = RelativeStatements.at(ix, speech, k);
        }
        if (c == null) {
          c = LongTailCues.at(ix, speech, k);
        }
      }
      if (c != null && free(c.span(), taken) && free(c.span(), out)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean free(Span s, List<Clause> taken) {
    for (Clause c : taken) {
      if (c.span().overlaps(s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first token at or after {@code lo} past a dateline ("TBILISI, Georgia, Oct. 27 (Wire) —")
   * and a conjunction opening the sentence ("And ...").
   */
  static int afterConjunction(TextIndex ix, int lo, int limit) {
    int t = afterDateline(ix, lo, limit);
    while (t < limit && (CONJUNCTIONS.contains(ix.lower(t)) || ix.lower(t).equals(","))) {
      t++;
    }
    return t;
  }

  /**
   * Whether {@code [first, last]} reads as a clause: at least {@code minWords} words, a verb, and
   * not opening with a quote mark (that is a direct quote's).
   */
  static boolean clause(TextIndex ix, int first, int last, int minWords) {
    if (last < first || ix.isMark(first) || ix.quoted(first)) {
      return false;
    }
    int words = 0;
    boolean verb = false;
    for (int m = first; m <= last; m++) {
      words += ix.isPunct(m) ? 0 : 1;
      verb |= !ix.quoted(m) && (ix.tag(m).startsWith("VB") || ix.tag(m).equals("MD"));
    }
    return words >= minWords && verb;
  }

  private static final int MAX_DATELINE = 25;

  /** Past a dateline: a capitalized place opening the sentence, then a dash within a few words. */
  private static int afterDateline(TextIndex ix, int lo, int limit) {
    String first = ix.span(lo).of(ix.text);
    if (first.length() < 3 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))) {
      return lo;
    }
    for (int m = lo + 1; m < limit && m - lo <= MAX_DATELINE; m++) {
      String w = ix.lower(m);
      if (w.equals("—") || w.equals("--") || w.equals("-") || w.equals("–")) {
        return m + 1;
      }
    }
    return lo;
  }
}
