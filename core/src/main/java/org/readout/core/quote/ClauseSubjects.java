package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Subjects of reported speech that {@link SpeakerFinder#subjectOf} leaves unfound, for {@link
 * IndirectSpeechFinder}: the phrase that opens the sentence when a long apposition or relative
 * clause stands between it and the verb ("Richard Roe, director of the institute at the
 * university's law school, said ..."; "Officials at the agency, a division of the department, said
 * ..."), the antecedent of a relative pronoun ("an architect who said he was never paid"), and the
 * opening subject of a participle cue ("Dean then appeared on television and began by saying he
 * would never ...").
 *
 * <p>Design decision: the opening phrase is trusted only when it is short (at most {@link
 * #MAX_OPENING} tokens, no verb) and what lies between it and the cue is an apposition or a
 * relative clause: no quote marks, and every finite verb after a relative pronoun. A named opening
 * keeps its actor; an unnamed one ("Officials at the agency") keeps its words with no actor, as
 * other unnamed sources do.
 */
final class ClauseSubjects {
  private ClauseSubjects() {}

  private static final int MAX_OPENING = 10;
  private static final int MAX_GAP = 32;
  private static final Set<String> OPENERS =
      Set.of("but", "and", "so", "yet", "still", "meanwhile");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
  private static final Set<String> PARTICIPLE_JOINS = Set.of("by", "after", "before", "while", ",");
  private static final Set<String> AUX =
      Set.of("has", "have", "had", "was", "were", "is", "also", "then", "later", "again");

  /**
   * A subject for the speech verb at {@code k}, or null.
   *
   * @param clausal whether the verb reports a clause ("say", "tell", "claim"): only then may a
   *     plain noun phrase that names no actor be its subject ("Nearly half said"), since "Critics
   *     mocked the plan" is too often a description of conduct
   */
  static @Nullable Subject find(TextIndex ix, int k, boolean clausal) {
    int lo = ix.sentenceStart(k);
    int t = k - 1;
    while (t >= lo
        && (AUX.contains(ix.lower(t)) || ix.tag(t).startsWith("RB") || ix.tag(t).equals("MD"))) {
      t--;
    }
    if (t < lo || ix.quoted(t) || ix.isMark(t)) {
      return null;
    }
    String w = ix.lower(t);
    if ((w.equals("who") || w.equals("that")) && t > lo) {
      return antecedent(ix, t, lo);
    }
    if (clausal && w.equals("it") && t == lo) {
      // "It said it would appeal": a body's statement whose antecedent the actor stage left
      // unresolved; the reader gets the word, not a guessed actor.
      return described(ix, t, t);
    }
    if (clausal
        && !w.equals(",")
        && (ix.tag(t).startsWith("NN") || ix.tag(t).equals("CD") || w.equals("%"))) {
      Subject b = bare(ix, lo, t);
      return b != null ? b : unrecognisedName(ix, lo, t);
    }
    boolean participle = ix.tag(k).equals("VBG") && PARTICIPLE_JOINS.contains(w);
    if (!w.equals(",") && !participle) {
      return null;
    }
    return opening(ix, lo, t, participle);
  }

  private static final Set<String> DASHES = Set.of("—", "--", "―", "–");
  private static final int MAX_ASIDE = 40;

  /**
   * The subject before an aside in brackets or between dashes that ends right before the speech
   * verb at {@code k} ("Sen. Ana Ruiz (a Democrat first elected in 2012) says", "The justice -- who
   * has clashed with the nominee -- said"): the subject that ends before the aside opens, or null.
   */
  static @Nullable Subject beforeAside(TextIndex ix, SpeakerFinder speech, int k) {
    int lo = ix.sentenceStart(k);
    int t = k - 1;
    while (t >= lo
        && (AUX.contains(ix.lower(t)) || ix.tag(t).startsWith("RB") || ix.tag(t).equals("MD"))) {
      t--;
    }
    if (t <= lo || ix.quoted(t)) {
      return null;
    }
    String close = ix.lower(t);
    String open = close.equals(")") ? "(" : DASHES.contains(close) ? close : null;
    if (open == null) {
      return null;
    }
    for (int m = t - 1; m > lo && t - m <= MAX_ASIDE; m--) {
      if (ix.isMark(m) || ix.quoted(m)) {
        return null;
      }
      if (ix.lower(m).equals(open)) {
        Subject s = speech.subjectOf(m, 0);
        return s == null || (s.ref() != null && s.ref().isOutlet()) ? null : s;
      }
    }
    return null;
  }

  /**
   * "an architect who said": the named antecedent keeps "who" as its words, else the description.
   */
  private static @Nullable Subject antecedent(TextIndex ix, int who, int lo) {
    MentionRef r = ix.mentionAt(who - 1);
    if (r != null) {
      return r.isOutlet() ? null : new Subject(r, ix.span(who), null, false);
    }
    int head = who - 1;
    if (!ix.tag(head).startsWith("NN") || ix.tag(head).startsWith("NNP")) {
      return null;
    }
    int first = head;
    while (first - 1 >= lo
        && head - first < 5
        && (ix.tag(first - 1).startsWith("JJ")
            || ix.tag(first - 1).startsWith("NN")
            || ix.tag(first - 1).equals("CD"))) {
      first--;
    }
    if (first - 1 < lo || !ix.tag(first - 1).equals("DT") && !ix.tag(first - 1).equals("PRP$")) {
      return first == head && ix.tag(head).equals("NNS") ? described(ix, first, head) : null;
    }
    return described(ix, first - 1, head);
  }

  /**
   * The phrase opening the sentence at {@code lo} (after a conjunction), followed by an apposition
   * or relative clause that ends at {@code t} (a comma before the verb), or, for a participle, by
   * the sentence's first verb.
   */
  private static @Nullable Subject opening(TextIndex ix, int lo, int t, boolean participle) {
    int o = lo;
    while (o < t && (OPENERS.contains(ix.lower(o)) || ix.lower(o).equals(","))) {
      o++;
    }
    int end = o;
    while (end < t && end - o <= MAX_OPENING && !ix.lower(end).equals(",")) {
      if (ix.quoted(end) || ix.isMark(end) || verb(ix, end)) {
        break;
      }
      end++;
    }
    if (end == o || end - o > MAX_OPENING || t - end > MAX_GAP) {
      return null;
    }
    boolean comma = ix.lower(end).equals(",");
    if (!comma && !(participle && verb(ix, end))) {
      return null;
    }
    if (comma && !apposition(ix, end + 1, t, participle)) {
      return null;
    }
    // A name that ends the opening phrase speaks ("Virginia AFL-CIO President Doris Lee"), else
    // the words of the phrase do ("Officials at the agency").
    MentionRef r = ix.mentionAt(end - 1);
    boolean whole =
        r != null && (ix.mentionAt(o) == r || (ix.tag(o).equals("DT") && ix.mentionAt(o + 1) == r));
    if (r != null && (r.isPerson() || whole)) {
      return r.isOutlet() ? null : new Subject(r, r.mention().span(), null, false);
    }
    int head = end - 1;
    if (!ix.tag(head).startsWith("NN") && !noun(ix, o, end)) {
      return null;
    }
    return described(ix, o, end - 1);
  }

  /**
   * A plain noun phrase that opens the sentence and ends at {@code t}, before the verb: a share of
   * a poll's sample ("Nearly half said", "42% say", "Some 56 percent of those polled said", "Those
   * over 60 say") or a group ("GOP analysts say"), kept as an unnamed source's words.
   */
  private static @Nullable Subject bare(TextIndex ix, int lo, int t) {
    int o = lo;
    while (o < t && OPENERS.contains(ix.lower(o))) {
      o++;
    }
    if (t - o >= MAX_OPENING) {
      return null;
    }
    for (int m = o; m <= t; m++) {
      String tag = ix.tag(m);
      boolean np =
          tag.startsWith("NN")
              || tag.startsWith("JJ")
              || tag.equals("DT")
              || tag.equals("CD")
              || tag.equals("PRP$")
              || tag.equals("POS")
              || ix.lower(m).equals("%")
              || (m > o && tag.equals("IN") && m < t)
              || tag.equals("PDT")
              || (tag.equals("RB") && m < t);
      if (!np || ix.quoted(m) || ix.isMark(m)) {
        return null;
      }
      MentionRef r = ix.mentionAt(m);
      if (r != null && r.isOutlet()) {
        return null;
      }
    }
    return described(ix, o, t);
  }

  /**
   * A run of proper nouns ending at {@code t}, just before the verb, that the actor stage did not
   * make a mention ("In Toledo, Dana Whitcomb says ..."): its words speak, with no actor. The run
   * must follow the sentence's start, a comma or a conjunction, so that "the report by Whitcomb
   * says" stays the report's.
   */
  private static @Nullable Subject unrecognisedName(TextIndex ix, int lo, int t) {
    int first = t;
    while (first - 1 >= lo && t - first < 4 && ix.tag(first - 1).startsWith("NNP")) {
      first--;
    }
    if (!ix.tag(t).startsWith("NNP") || ix.quoted(first) || ix.isMark(first)) {
      return null;
    }
    for (int m = first; m <= t; m++) {
      MentionRef r = ix.mentionAt(m);
      if (r != null) {
        return null;
      }
    }
    boolean opens =
        first == lo || ix.lower(first - 1).equals(",") || ix.tag(first - 1).equals("CC");
    return opens ? described(ix, first, t) : null;
  }

  /** Whether {@code [from, to)} reads as an apposition or relative clause, not a clause. */
  private static boolean apposition(TextIndex ix, int from, int to, boolean participle) {
    boolean relative = false;
    for (int m = from; m < to; m++) {
      if (ix.isMark(m) || ix.quoted(m)) {
        return false;
      }
      String w = ix.lower(m);
      relative |= RELATIVES.contains(w) || ix.tag(m).equals("VBG") || ix.tag(m).equals("VBN");
      if (!participle && !relative && ClauseStarts.FINITE_TAGS.contains(ix.tag(m))) {
        return false;
      }
    }
    return true;
  }

  private static boolean verb(TextIndex ix, int t) {
    return ix.tag(t).startsWith("VB") || ix.tag(t).equals("MD");
  }

  private static boolean noun(TextIndex ix, int from, int to) {
    for (int m = from; m < to; m++) {
      if (ix.tag(m).startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  private static Subject described(TextIndex ix, int first, int last) {
    return new Subject(null, new Span(ix.span(first).start(), ix.span(last).end()), null, false);
  }
}
