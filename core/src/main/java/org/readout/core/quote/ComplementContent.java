package org.readout.core.quote;

import java.util.Map;
import java.util.Set;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * Content that a speech verb reports through something other than a clause, for {@link
 * IndirectSpeechFinder}: an object and a complement ("accused the mayor of lying", "urged voters to
 * stay home"), an infinitive ("vowed to fight on"), an indirect question ("asked the mayor whether
 * the pier would reopen") and the demands and appeals of "call" ("called for a recount", "called on
 * voters to stay home").
 */
final class ComplementContent {
  private ComplementContent() {}

  private static final Set<String> CALL = Set.of("call", "calls", "called", "calling");

  /** The lexicon entry "call" stands for when it reports a demand or a judgment. */
  static final VerbInfo CALL_FOR = new VerbInfo("call", false, false, false);

  /** Verbs whose content is an infinitive: "vowed to fight on". */
  private static final Set<String> INFINITIVE =
      Set.of("vow", "pledge", "promise", "threaten", "swear", "claim");

  /** Verbs whose content is an object and a complement, with the word that joins them. */
  private static final Map<String, String> OBJECT_COMPLEMENT =
      Map.ofEntries(
          Map.entry("accuse", "of"),
          Map.entry("urge", "to"),
          Map.entry("ask", "to"),
          Map.entry("implore", "to"),
          Map.entry("beg", "to"),
          Map.entry("advise", "to"),
          Map.entry("instruct", "to"),
          Map.entry("warn", "to"),
          Map.entry("remind", "to"),
          Map.entry("blame", "for"),
          Map.entry("criticize", "for"),
          Map.entry("criticise", "for"),
          Map.entry("praise", "for"),
          Map.entry("thank", "for"),
          Map.entry("commend", "for"),
          Map.entry("congratulate", "on"),
          Map.entry("condemn", "for"),
          Map.entry("slam", "for"),
          Map.entry("blast", "for"));

  private static final Set<String> QUESTION_VERBS = Set.of("ask", "wonder", "question");

  /**
   * Words that open what any speech verb reports as a question ("explained how the levy would be
   * paid", "did not say whether", "told reporters why"); "if", "when" and "where" after a verb that
   * does not ask usually open an adjunct of the saying ("said when asked"), and "what" a free
   * relative ("wrote what reads as a memoir").
   */
  private static final Set<String> REPORTED_QUESTIONS = Set.of("whether", "how", "why");

  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "what", "why", "how", "when", "where", "who");

  /**
   * "called for", "calls for": a demand whose object is what was said; also "called on voters to
   * stay home", an appeal whose addressee and infinitive are, and "called the plan "a gift"", a
   * judgment whose object and complement are.
   */
  static boolean callFor(TextIndex ix, int k) {
    if (!CALL.contains(ix.lower(k)) || k + 2 >= ix.size() || !ix.tag(k).startsWith("VB")) {
      return false;
    }
    if (ix.lower(k + 1).equals("for")) {
      return true;
    }
    int end = ix.sentenceEnd(k);
    if (!ix.lower(k + 1).equals("on")) {
      return ObjectContent.start(ix, CALL_FOR, k, k + 1, end) >= 0;
    }
    for (int m = k + 2; m + 1 < end && m - k <= 9; m++) {
      if (ix.lower(m).equals("to") && ix.tag(m + 1).equals("VB")) {
        return true;
      }
      if (ix.isPunct(m) && !ix.isMark(m)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The content of "call" at {@code k}: after "for" or "on" ("called for a recount", "called on
   * voters to stay home"), else its object and complement ("called the plan "a gift"").
   */
  static int calledStart(TextIndex ix, int k) {
    String next = ix.lower(k + 1);
    return next.equals("for") || next.equals("on") ? k + 2 : k + 1;
  }

  /**
   * The start of the content of a verb that reports through its object and a complement ("accused
   * the mayor of lying", "urged voters to stay home", "praised the firm for its work") or an
   * infinitive ("vowed to fight on"), or -1.
   */
  static int complementStart(TextIndex ix, VerbInfo v, int j, int end) {
    if (INFINITIVE.contains(v.base())) {
      return j + 1 < end && ix.lower(j).equals("to") && ix.tag(j + 1).startsWith("VB") ? j : -1;
    }
    String joint = OBJECT_COMPLEMENT.get(v.base());
    if (joint == null || j >= end || ix.isPunct(j)) {
      return -1;
    }
    for (int m = j + 1; m < end && m - j <= 8; m++) {
      String w = ix.lower(m);
      if (w.equals(joint) && m + 1 < end && !ix.isPunct(m + 1)) {
        return j;
      }
      if (ix.isPunct(m) || ix.tag(m).startsWith("VB")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The first token of an indirect question after "ask", "wonder" or "question", right after the
   * verb or after a short object ("asked the mayor whether the pier would reopen"), or after
   * another speech verb that reports one ("explained how", "told reporters why"), or -1.
   */
  static int questionStart(TextIndex ix, VerbInfo v, int j, int end) {
    boolean asking = QUESTION_VERBS.contains(v.base());
    for (int m = j; m < end && m - j <= 4; m++) {
      if ((asking ? QUESTION_WORDS : REPORTED_QUESTIONS).contains(ix.lower(m))) {
        return m + 1 < end && !ix.isPunct(m + 1) ? m : -1;
      }
      if (ix.isPunct(m) || ix.tag(m).startsWith("VB")) {
        return -1;
      }
    }
    return -1;
  }
}
