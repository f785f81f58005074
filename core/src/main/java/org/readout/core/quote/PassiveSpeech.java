package org.readout.core.quote;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * Reported speech through a passive speech verb, for {@link IndirectSpeechFinder}: "Lee was asked
 * whether the pier would reopen", "it was reported that the talks failed", "the mayor was told by
 * aides that ...", "she was accused of lying", "voters were urged to stay home", "Lee was quoted as
 * saying the levy was fair".
 *
 * <p>Design decision: the grammatical subject of a passive speech verb is the addressee or the
 * topic, never the speaker, so the statement's speaker is the agent of a "by" phrase or, without
 * one, nobody (null: the reader sees a statement whose source the text does not give). The one
 * exception is "quoted as saying", whose subject is the person quoted.
 */
final class PassiveSpeech {
  private PassiveSpeech() {}

  private static final Set<String> BE =
      Set.of("was", "were", "is", "are", "be", "been", "being", "'s", "’s", "am", "'re", "’re");

  /** Words that open a reduced passive clause: "when asked", "if pressed", "after being told". */
  private static final Set<String> REDUCED = Set.of("when", "if", "after", "once", "as", "before");

  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "what", "why", "how", "who", "when", "where", "which");

  /** The word that joins a passive verb to its content: "accused of lying", "urged to act". */
  private static final Map<String, String> JOINTS =
      Map.ofEntries(
          Map.entry("accuse", "of"),
          Map.entry("blame", "for"),
          Map.entry("criticize", "for"),
          Map.entry("criticise", "for"),
          Map.entry("praise", "for"),
          Map.entry("condemn", "for"),
          Map.entry("slam", "for"),
          Map.entry("blast", "for"),
          Map.entry("ask", "about"),
          Map.entry("question", "about"));

  private static final int MAX_AGENT = 8;

  /** Whether the speech verb at {@code k} is a passive participle ("was asked", "is said"). */
  static boolean passive(TextIndex ix, int k) {
    if (!ix.tag(k).equals("VBN") && !ix.tag(k).equals("VBD")) {
      return false;
    }
    int lo = ix.sentenceStart(k);
    if (k == lo
        || (k - 1 == lo || ix.lower(k - 2).equals(",")) && REDUCED.contains(ix.lower(k - 1))) {
      // "Asked about the levy, Lee said ...", "When asked whether ...": a reduced passive.
      return true;
    }
    for (int m = k - 1; m >= lo && k - m <= 3; m--) {
      String w = ix.lower(m);
      if (BE.contains(w)) {
        return true;
      }
      if (!(ix.tag(m).startsWith("RB") || w.equals("not") || w.equals("n't"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The statement of the passive speech verb at {@code k}, or null when no content follows it in a
   * shape read here.
   */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, VerbInfo v, int k, int end) {
    int j = k + 1;
    Subject speaker = null;
    if (j < end && ix.lower(j).equals("by")) {
      speaker = speech.subjectStartingAt(j + 1);
      if (speaker == null) {
        return null;
      }
      j = ix.firstTokenEndingAfter(speaker.mention().end() - 1) + 1;
      if (j - k > MAX_AGENT + 2) {
        return null;
      }
    }
    int start = contentStart(ix, v, k, j, end);
    if (start < 0 || start >= end || ix.isMark(start) || ix.quoted(start) || ix.isPunct(start)) {
      return null;
    }
    if (v.base().equals("quote")) {
      speaker = speech.subjectOf(k, 0);
    }
    if (speaker != null && speaker.ref() != null && speaker.ref().isOutlet()) {
      speaker = null;
    }
    // A topic ("asked about the levy") and a reduced clause that opens the sentence ("Asked
    // whether she would run, Lee said ...") end at the first comma: the main clause follows.
    boolean shortReach = ix.lower(start - 1).equals("about") || !beforeBe(ix, k);
    int last = shortReach ? beforeComma(ix, start, end) : ClauseEnds.last(ix, speech, start, end);
    if (!StatementFinder.clause(ix, start, last, 2) && last - start < 1) {
      return null;
    }
    return new Clause(new Span(ix.span(start).start(), ix.span(last).end()), k, speaker);
  }

  /** Whether a form of "be" stands before the participle at {@code k} (not a reduced clause). */
  private static boolean beforeBe(TextIndex ix, int k) {
    int lo = ix.sentenceStart(k);
    for (int m = k - 1; m >= lo && k - m <= 3; m--) {
      if (BE.contains(ix.lower(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last word before the first comma, semicolon or colon outside quotes after {@code start}.
   */
  private static int beforeComma(TextIndex ix, int start, int end) {
    int last = start;
    for (int m = start; m < end; m++) {
      String w = ix.lower(m);
      if (!ix.quoted(m) && (w.equals(",") || w.equals(";") || w.equals(":"))) {
        break;
      }
      last = m;
    }
    while (last > start && ix.isPunct(last) && !ix.isMark(last)) {
      last--;
    }
    return last;
  }

  /** The first token of what was said after the passive verb and its agent, or -1. */
  private static int contentStart(TextIndex ix, VerbInfo v, int k, int j, int end) {
    if (j + 1 >= end) {
      return -1;
    }
    String w = ix.lower(j);
    if (w.equals("that")) {
      return j + 1;
    }
    if (QUESTION_WORDS.contains(w) && (v.base().equals("ask") || v.base().equals("question"))) {
      return j;
    }
    if (w.equals("to") && ix.tag(j + 1).equals("VB")) {
      return j;
    }
    if (w.equals(JOINTS.get(v.base())) && !ix.isPunct(j + 1)) {
      return j + 1;
    }
    // "was quoted as saying the levy was fair", "was quoted as saying that".
    if (v.base().equals("quote")
        && w.equals("as")
        && j + 2 < end
        && ix.lower(j + 1).startsWith("say")) {
      return ix.lower(j + 2).equals("that") ? j + 3 : j + 2;
    }
    return -1;
  }
}
