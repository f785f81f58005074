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

  /** Nouns whose content may be an infinitive: "his promise to build a wall". */
  private static final Set<String> INFINITIVE_NOUNS =
      Set.of("promise", "promises", "pledge", "pledges", "vow", "threat", "threats", "claim");

  private static final int MAX_AGENT = 8;

  private static final Set<String> TOPIC = Set.of("about", "on", "of", "against");
  private static final Set<String> STOPS = Set.of(",", ";", ":", "--", "—", "–", "(");

  /** The content of the speech noun at {@code k}, or null. */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, int k) {
    String w = ix.lower(k);
    if (!NOUNS.contains(w) || !ix.tag(k).startsWith("NN") || ix.quoted(k) || k + 2 >= ix.size()) {
      return null;
    }
    int hi = ix.sentenceEnd(k);
    int after = k + 1;
    Subject agent = null;
    if (ix.lower(after).equals("by") && CLAUSE_NOUNS.contains(w)) {
      // "claims by the agencies that ...": the agent of the noun is its owner.
      agent = speech.subjectStartingAt(after + 1);
      if (agent == null || (agent.ref() != null && agent.ref().isOutlet())) {
        return null;
      }
      after = ix.firstTokenEndingAfter(agent.mention().end() - 1) + 1;
      if (after >= hi || after - k > MAX_AGENT || !ix.lower(after).equals("that")) {
        return null;
      }
    }
    String next = ix.lower(after);
    boolean clause = next.equals("that") && CLAUSE_NOUNS.contains(w);
    boolean infinitive =
        next.equals("to")
            && INFINITIVE_NOUNS.contains(w)
            && after + 1 < hi
            && ix.tag(after + 1).equals("VB");
    if (!(clause || infinitive || TOPIC.contains(next))
        || after + 1 >= hi
        || ix.isPunct(after + 1)) {
      return null;
    }
    Subject owner = agent != null ? agent : owner(ix, k);
    if (owner == null) {
      return null;
    }
    int first = infinitive ? after : after + 1;
    int last;
    if (clause || infinitive) {
      last = ClauseEnds.last(ix, speech, first, hi);
      if (!StatementFinder.clause(ix, first, last, infinitive ? 3 : 4)) {
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
