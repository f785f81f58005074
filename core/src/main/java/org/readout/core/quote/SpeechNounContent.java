package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * A speech noun with its owner and its content, for {@link StatementFinder}: "his comments on
 * immigration", "the mayor's warning that the pier would close", "her claims about the audit". The
 * owner is a possessive before the noun, a person's or body's name with "'s" or a possessive
 * pronoun (resolved as a subject pronoun would be); without one the noun is left alone, since "the
 * claim that ..." names no source a reader could check.
 *
 * <p>Design decision: "that" is read as introducing the content only after nouns that take a clause
 * ("claim", "warning", "promise", ...): after "statement" or "remarks" it usually opens a relative
 * clause ("the statement that she released").
 */
final class SpeechNounContent {
  private SpeechNounContent() {}

  private static final Set<String> NOUNS =
      Set.of(
          "comment",
          "comments",
          "remark",
          "remarks",
          "statement",
          "statements",
          "claim",
          "claims",
          "warning",
          "warnings",
          "promise",
          "promises",
          "pledge",
          "pledges",
          "vow",
          "allegation",
          "allegations",
          "accusation",
          "accusations",
          "assertion",
          "assertions",
          "criticism",
          "complaint",
          "complaints",
          "message",
          "suggestion",
          "argument",
          "insistence",
          "threat",
          "threats",
          "denial",
          "admission",
          "announcement",
          "prediction",
          "speech",
          "tweet",
          "tweets");

  private static final Set<String> CLAUSE_NOUNS =
      Set.of(
          "claim",
          "claims",
          "warning",
          "warnings",
          "promise",
          "promises",
          "pledge",
          "pledges",
          "vow",
          "allegation",
          "allegations",
          "accusation",
          "accusations",
          "assertion",
          "assertions",
          "suggestion",
          "argument",
          "insistence",
          "threat",
          "threats",
          "denial",
          "admission",
          "prediction");

  private static final Set<String> TOPIC = Set.of("about", "on", "of", "against");
  private static final Set<String> STOPS = Set.of(",", ";", ":", "--", "—", "–", "(");

  /** The content of the speech noun at {@code k}, or null. */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, int k) {
    String w = ix.lower(k);
    if (!NOUNS.contains(w) || !ix.tag(k).startsWith("NN") || ix.quoted(k) || k + 2 >= ix.size()) {
      return null;
    }
    int hi = ix.sentenceEnd(k);
    String next = ix.lower(k + 1);
    boolean clause = next.equals("that") && CLAUSE_NOUNS.contains(w);
    if (!(clause || TOPIC.contains(next)) || k + 2 >= hi || ix.isPunct(k + 2)) {
      return null;
    }
    Subject owner = owner(ix, k);
    if (owner == null) {
      return null;
    }
    int first = k + 2;
    int last;
    if (clause) {
      last = ClauseEnds.last(ix, speech, first, hi);
      if (!StatementFinder.clause(ix, first, last, 4)) {
        return null;
      }
    } else {
      last = first;
      for (int m = first; m < hi && !(STOPS.contains(ix.lower(m)) && !ix.quoted(m)); m++) {
        last = m;
      }
      while (last > first && ix.isPunct(last) && !ix.isMark(last)) {
        last--;
      }
    }
    return new Clause(new Span(ix.span(first).start(), ix.span(last).end()), k, owner);
  }

  /**
   * The possessive before the noun, past up to three modifiers ("his Islamophobic remarks", "the
   * senator's latest comments"), or null.
   */
  private static @Nullable Subject owner(TextIndex ix, int k) {
    int lo = ix.sentenceStart(k);
    for (int m = k - 1; m >= lo && k - m <= 4; m--) {
      String w = ix.lower(m);
      if (w.equals("his") || w.equals("her")) {
        return new Subject(null, ix.span(m), w.equals("his") ? "m" : "f", false);
      }
      if ((w.equals("'s") || w.equals("’s") || w.equals("'")) && m > lo) {
        MentionRef r = ix.mentionAt(m - 1);
        return r == null || r.isOutlet() ? null : new Subject(r, r.mention().span(), null, false);
      }
      String tag = ix.tag(m);
      if (!(tag.startsWith("JJ") || tag.startsWith("NN") || tag.startsWith("RB"))) {
        return null;
      }
    }
    return null;
  }
}
