package org.readout.core.quote;

import java.util.Set;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * Where the reported clause of a speech verb opens, for {@link IndirectSpeechFinder}: after "that"
 * (possibly past a short object or adjunct: "told reporters that", "said on Tuesday that"), an
 * indirect question, an object and complement ({@link ComplementContent}), a clause without "that"
 * whose finite verb follows within a few words ("said relations were good"), or a noun-phrase
 * object ({@link ObjectContent}).
 */
final class ClauseStarts {
  private ClauseStarts() {}

  private static final Set<String> PARTICLES = Set.of("out", "on", "up", "back");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in",
          "on",
          "at",
          "during",
          "after",
          "before",
          "to",
          "with",
          "from",
          "via",
          "through",
          "ahead",
          "of",
          "the",
          "a",
          "an",
          "his",
          "her",
          "their",
          "its",
          ",",
          "last",
          "this",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "earlier",
          "later",
          "week",
          "month",
          "year",
          "morning",
          "evening",
          "night",
          "meeting",
          "call",
          "conference",
          "statement",
          "speech",
          "interview",
          "briefing");
  private static final Set<String> CLAUSE_START_TAGS =
      Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "JJ", "EX");
  static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> CLAUSE_OPENERS = Set.of("if", "when", "because", "there");

  /**
   * Tags that may open a clause without "that" when its finite verb follows: an adverb or
   * quantifier before the clause's subject ("says too much is at stake", "said only a third were
   * sold", "said most voters had", "said all the pupils were"). The finite verb within reach keeps
   * "said so" and "said again" out.
   */
  private static final Set<String> QUANTIFIER_TAGS = Set.of("RB", "RBR", "JJS", "JJR", "PDT");

  /**
   * The first token of the reported clause after the verb at {@code k}, or -1 when none follows.
   */
  static int start(TextIndex ix, VerbInfo v, int k, int end) {
    int j = k + 1;
    while (j < end && PARTICLES.contains(ix.lower(j))) {
      j++;
    }
    if (j < end && ix.lower(j).equals("that")) {
      return afterThat(ix, j, end);
    }
    // "told reporters that", "said on Tuesday that": a short object or adjunct before "that".
    for (int m = j; m < end && m - j < 12; m++) {
      String w = ix.lower(m);
      if (w.equals("that")) {
        return afterThat(ix, m, end);
      }
      if (!(v.objectFirst() || PREPOSITIONS.contains(w) || adjunct(ix, m, j) || adverb(ix, m))
          || ix.isMark(m)) {
        break;
      }
    }
    int asked = ComplementContent.questionStart(ix, v, j, end);
    if (asked >= 0) {
      return asked;
    }
    int complement = ComplementContent.complementStart(ix, v, j, end);
    if (complement >= 0) {
      return complement;
    }
    if (v.zeroThat()
        && j < end
        && (CLAUSE_START_TAGS.contains(ix.tag(j))
            || CLAUSE_OPENERS.contains(ix.lower(j))
            || QUANTIFIER_TAGS.contains(ix.tag(j))
            || ix.tag(j).equals("VBG")
            || ix.isMark(j))
        && (!ix.isPunct(j) || ix.isMark(j))) {
      // The clause's verb may stand inside a quoted fragment ("said Obama's words "amount to a
      // form of intimidation"") or after a hyphenated name ("the Asia-Pacific remained").
      for (int m = j + 1; m < end && m - j <= 20; m++) {
        if (ix.isMark(m) || ix.lower(m).equals("-")) {
          continue;
        }
        if (ix.isPunct(m) && !parenthetical(ix, m, end)) {
          break;
        }
        if (finite(ix, m, j)) {
          return j;
        }
      }
    }
    return ObjectContent.start(ix, v, k, j, end);
  }

  /** The token after "that" at {@code m}, past a comma before a quote ("added that, "..."). */
  private static int afterThat(TextIndex ix, int m, int end) {
    boolean comma = m + 2 < end && ix.lower(m + 1).equals(",") && ix.isMark(m + 2);
    return comma ? m + 2 : m + 1;
  }

  /**
   * Whether the token at {@code m}, inside a clause opening at {@code j}, is its finite verb: a
   * finite tag, a contracted verb the tagger reads as a possessive ("it's", "there's": "’s" after a
   * pronoun), or a base form after a plural subject, which the tagger often gives for a present
   * tense ("all staffers sign contracts").
   */
  static boolean finite(TextIndex ix, int m, int j) {
    String tag = ix.tag(m);
    if (FINITE_TAGS.contains(tag)) {
      return true;
    }
    if (m <= j) {
      return false;
    }
    String before = ix.tag(m - 1);
    if (CONTRACTIONS.contains(ix.lower(m))) {
      return before.equals("PRP") || before.equals("EX") || before.equals("DT");
    }
    return tag.equals("VB")
        && (before.equals("NNS") || before.equals("NNPS") || PLURAL.contains(ix.lower(m - 1)));
  }

  private static final Set<String> CONTRACTIONS =
      Set.of("'s", "’s", "'re", "’re", "'m", "’m", "'ll", "’ll", "'d", "’d", "'ve", "’ve");
  private static final Set<String> PLURAL = Set.of("they", "we", "you", "i");

  /**
   * A word of an adjunct between the verb and "that" ("said via email that", "said in the letter
   * that", "says at a campaign stop in Toledo, Ohio, that"): a noun, adjective, number or comma
   * after a preposition, never a verb.
   */
  private static boolean adjunct(TextIndex ix, int m, int j) {
    String tag = ix.tag(m);
    boolean nominal =
        tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("POS");
    return tag.startsWith("NNP")
        || (m > j && ADJUNCT_OPENERS.contains(ix.lower(j)) && (nominal || tag.equals("IN")));
  }

  /**
   * An adverb of the saying between the verb and "that" ("said repeatedly that", "said publicly
   * that"), not a negation, which belongs to the verb's own clause only before it.
   */
  private static boolean adverb(TextIndex ix, int m) {
    return ix.tag(m).startsWith("RB") && !ix.lower(m).equals("not") && !ix.lower(m).equals("n't");
  }

  /**
   * Prepositions that open an adjunct of saying; a determiner does not ("blamed a storm that
   * officials said ..." is a relative clause, not a reported one).
   */
  private static final Set<String> ADJUNCT_OPENERS =
      Set.of("in", "on", "at", "during", "after", "before", "with", "via", "through", "from");

  /**
   * Whether the comma at {@code m} opens a parenthetical inside the reported clause ("said the
   * program, run by the department, has brought ..."): a participle, a relative word or a name
   * follows it, not a conjunction or a new clause.
   */
  private static boolean parenthetical(TextIndex ix, int m, int end) {
    if (!ix.lower(m).equals(",") || m + 1 >= end) {
      return false;
    }
    String tag = ix.tag(m + 1);
    return tag.equals("VBN") || tag.equals("WDT") || tag.equals("WP") || tag.equals("NNP");
  }
}
