package org.readout.core.quote;

import java.util.Set;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * The noun-phrase object that a speech verb reports when no clause follows it, for {@link
 * IndirectSpeechFinder}: "criticized the president's foreign policy", "denounced the ruling",
 * "called the statement "offensive"". PolNeAR and readers alike take the object for what was said.
 */
final class ObjectContent {
  private ObjectContent() {}

  /**
   * Verbs whose object is what was said when no clause follows: "criticized the president's foreign
   * policy", "denounced the ruling", "cited rising costs", "called the statement "offensive"".
   */
  private static final Set<String> OBJECT_VERBS =
      Set.of(
          "criticize",
          "criticise",
          "praise",
          "denounce",
          "condemn",
          "describe",
          "announce",
          "cite",
          "reject",
          "deny",
          "dismiss",
          "defend",
          "blast",
          "slam",
          "question",
          "propose",
          "demand",
          "endorse",
          "recommend",
          "call",
          "promise",
          "applaud",
          "decry",
          "lament",
          "hail",
          "disparage",
          "mock",
          "ridicule",
          "attack",
          "tweet",
          "claim",
          "report",
          "reveal",
          "disclose",
          "confirm",
          "admit",
          "acknowledge",
          "mention",
          "highlight",
          "detail",
          "outline",
          "echo",
          "stress",
          "emphasize",
          "emphasise",
          "underscore",
          "recount");

  private static final Set<String> OBJECT_START_TAGS =
      Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD");

  /**
   * The first token of a noun-phrase object that a verb of {@link #OBJECT_VERBS} reports, right
   * after a finite verb ("criticized the plan", "has praised Lee's remarks"), or -1. "call" needs a
   * complement after its object, a quote or a description ("called Trump "unhinged"", "called him a
   * threat"), else it is a phone call or an election being called.
   */
  static int start(TextIndex ix, VerbInfo v, int k, int j, int end) {
    String tag = ix.tag(k);
    boolean finite =
        Set.of("VBD", "VBZ", "VBP", "MD").contains(tag)
            || (tag.equals("VBN")
                && k > 0
                && (ix.lower(k - 1).startsWith("ha") || ix.lower(k - 1).equals("'ve")))
            || (tag.equals("VBG") && (progressive(ix, k) || adjunct(ix, k)));
    if (!OBJECT_VERBS.contains(v.base())
        || !finite
        || j != k + 1
        || j + 1 >= end
        || !OBJECT_START_TAGS.contains(ix.tag(j))
        || ix.isPunct(j)
        || ix.isDayWord(j)) {
      return -1;
    }
    if (!v.base().equals("call")) {
      return j;
    }
    for (int m = j + 1; m < end && m - j <= 10; m++) {
      if (ix.isMark(m)) {
        // "called the ferry "Sea Lark"" names it; "called the plan "reckless"" judges it.
        boolean named = m + 1 < end && Character.isUpperCase(ix.span(m + 1).of(ix.text).charAt(0));
        return named ? -1 : j;
      }
      String w = ix.lower(m);
      if ((w.equals("a") || w.equals("an")) && m - j <= 4) {
        return j;
      }
      if (ix.isPunct(m)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * ", praising the plan as ...", ", citing rising costs": a participle that opens an adjunct after
   * a comma reports what its clause's subject said.
   */
  private static boolean adjunct(TextIndex ix, int k) {
    return k > 0 && ix.lower(k - 1).equals(",");
  }

  /** "is already claiming victory": a participle after a form of "be", past adverbs. */
  private static boolean progressive(TextIndex ix, int k) {
    for (int m = k - 1; m >= 0 && k - m <= 3; m--) {
      if (PROGRESSIVE.contains(ix.lower(m))) {
        return true;
      }
      if (!ix.tag(m).startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> PROGRESSIVE =
      Set.of("is", "are", "was", "were", "'s", "’s", "'re", "been");
}
