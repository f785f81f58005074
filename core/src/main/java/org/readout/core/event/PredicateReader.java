package org.readout.core.event;

import java.util.Set;

/**
 * How a predicate is put: negated, conditional, merely possible, future or obliged, passive, or a
 * participle that only modifies a noun. Bounded look-backs over one sentence's tokens; no parser.
 */
final class PredicateReader {
  /** How sure the clause is about the predicate happening. */
  enum Modality {
    PLAIN,
    FUTURE,
    OBLIGATION,
    POSSIBLE
  }

  static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "neither");
  static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
  static final Set<String> POSSIBLE = Set.of("may", "might", "could", "would", "can", "'d");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo", "going");
  private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
  private static final Set<String> AUXILIARY_FILLER =
      Set.of(
          "not",
          "n't",
          "to",
          "also",
          "be",
          "been",
          "have",
          "continue",
          "continues",
          "keep",
          "further",
          "jointly",
          "firmly",
          "still",
          "then",
          "soon",
          "now",
          "again",
          "both",
          "all",
          "finally",
          "never",
          "actively");

  /**
   * Verbs that take the act as an infinitive without making it happen or not ("could try to close",
   * "may seek to expand"): a modal before them governs the act after their "to".
   */
  private static final Set<String> CATENATIVES =
      Set.of(
          "try",
          "tries",
          "tried",
          "trying",
          "attempt",
          "attempts",
          "seek",
          "seeks",
          "begin",
          "begins",
          "start",
          "starts",
          "move",
          "moves",
          "need",
          "needs");

  private static final Set<String> DEADLINE_NOUNS =
      Set.of(
          "days",
          "weeks",
          "months",
          "hours",
          "years",
          "deadline",
          "time",
          "chance",
          "opportunity",
          "occasion");

  private static final int MAX_CONDITION_DISTANCE = 40;

  private final DocView v;
  private final ClauseReader clause;

  PredicateReader(DocView v, ClauseReader clause) {
    this.v = v;
    this.clause = clause;
  }

  /** Whether the predicate at {@code head} is passive: a form of "be" before a past participle. */
  boolean isPassive(int head, int from) {
    return isPassive(v, head, from);
  }

  /** As {@link #isPassive(int, int)}, for readers without a predicate reader (the matcher). */
  static boolean isPassive(DocView v, int head, int from) {
    String tag = v.tags[head];
    if (!tag.equals("VBN") && !(tag.equals("VBD") && v.words[head].endsWith("ed"))) {
      return false;
    }
    for (int i = head - 1; i >= from && i >= head - 3; i--) {
      String w = v.words[i];
      if (ClauseReader.BE.contains(w)) {
        return true;
      }
      if (!v.tags[i].startsWith("RB") && !NEGATIONS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a negation stands in the few tokens before {@code head} or among the skipped words of a
   * match.
   */
  boolean isNegated(int head, int matchEnd, int from) {
    int start = clause.clauseStart(head, from);
    for (int i = head - 1; i >= start && i >= head - 4; i--) {
      if (NEGATIONS.contains(v.words[i])) {
        return true;
      }
      if (v.mentionAt[i] != null) {
        break;
      }
    }
    for (int i = head; i < matchEnd; i++) {
      if (NEGATIONS.contains(v.words[i])) {
        return true;
      }
    }
    return false;
  }

  /** The modal verb governing {@code head} ("may impose", "will continue to support"). */
  Modality modality(int head, int from) {
    for (int i = head - 1, seen = 0; i >= from && seen < 5; i--, seen++) {
      String w = v.words[i];
      if (w.equals("to") && i > from && DEADLINE_NOUNS.contains(v.words[i - 1])) {
        return Modality.POSSIBLE; // "has 60 days to hold consultations": a deadline, not the act
      }
      if (w.equals("would") && reported(from, i)) {
        // "said that Tokyo would support ...": reported speech turns "will" into "would".
        return Modality.FUTURE;
      }
      if (POSSIBLE.contains(w)) {
        return Modality.POSSIBLE;
      }
      if (FUTURE.contains(w)) {
        return Modality.FUTURE;
      }
      if (OBLIGATION.contains(w)) {
        return Modality.OBLIGATION;
      }
      if (CATENATIVES.contains(w) && v.words[i + 1].equals("to")) {
        continue; // "could try to close": the modal is further back
      }
      if (!AUXILIARY_FILLER.contains(w) && !v.tags[i].startsWith("RB")) {
        break;
      }
    }
    return Modality.PLAIN;
  }

  /** Words that put an act as a forecast: "is likely to expel", "will probably meet". */
  private static final Set<String> HEDGES =
      Set.of("likely", "unlikely", "probably", "possibly", "perhaps", "maybe");

  /**
   * Whether the predicate at {@code head} is hedged: a hedge among the modals, auxiliaries and
   * adverbs before it, back to {@code from} ("Venezuela is likely to expel ...", "will probably
   * meet"). A forecast is no act and no intent, as a possibility modal is not.
   */
  boolean isHedged(int head, int from) {
    for (int i = head - 1, seen = 0; i >= from && seen < 5; i--, seen++) {
      String w = v.words[i];
      if (HEDGES.contains(w)) {
        return true;
      }
      if (!AUXILIARY_FILLER.contains(w)
          && !ClauseReader.AUXILIARIES.contains(w)
          && !v.tags[i].startsWith("RB")
          && !v.tags[i].equals("MD")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [a, b)} join two predicates of one clause: an "and", no boundary, no new
   * subject.
   */
  boolean coordinated(int a, int b) {
    if (b - a > 8 || b <= a) {
      return false;
    }
    boolean and = false;
    for (int i = a; i < b; i++) {
      if (ClauseReader.isClauseBoundary(v.words[i])
          || v.mentionAt[i] != null
          || ClauseReader.FIRST_PERSON.contains(v.words[i])) {
        return false;
      }
      and |= v.words[i].equals("and");
    }
    return and;
  }

  /**
   * Whether the verb at {@code i} is finite (VBD, VBZ), so no modal over it; VBP is left out, as
   * the tagger gives it to bare verbs after "and".
   */
  boolean isFinite(int i) {
    String t = v.tags[i];
    return t.equals("VBD") || t.equals("VBZ");
  }

  /**
   * Whether the sentence {@code [from, to)} is a question: its last token (before closing quotes or
   * brackets) is "?". A question ("Will Moscow strike back?", "Could sanctions follow?") asserts no
   * act.
   */
  boolean isQuestion(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      String w = v.words[i];
      if (w.equals("?")) {
        return true;
      }
      if (!w.equals("\"") && !w.equals("\u201d") && !w.equals("'") && !w.equals(")")) {
        return false;
      }
    }
    return false;
  }

  private boolean reported(int from, int before) {
    for (int i = from; i < before; i++) {
      if (DocView.SAY_VERBS.contains(v.words[i]) && !v.words[i].equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a past participle at {@code head} only modifies a noun ("a project financed by ..."):
   * tagged VBN with no "have" or "be" before it.
   */
  boolean isParticipleModifier(int head, int from) {
    if (!v.tags[head].equals("VBN")) {
      return false;
    }
    for (int i = head - 1; i >= from && i >= head - 3; i--) {
      String w = v.words[i];
      if (ClauseReader.BE.contains(w)
          || w.equals("have")
          || w.equals("has")
          || w.equals("had")
          || w.equals("having")) {
        return false;
      }
      if (!v.tags[i].startsWith("RB") && !NEGATIONS.contains(w)) {
        break;
      }
    }
    return !isMistaggedPastTense(head);
  }

  /**
   * Whether a VBN is really the clause's past-tense verb: the tagger reads "warplanes bombed
   * targets" as a reduced relative. It is, when an object follows directly and no finite verb comes
   * later in the sentence to be the main verb instead ("troops deployed near the border fired
   * shots").
   */
  private boolean isMistaggedPastTense(int head) {
    int next = head + 1;
    // Right after its subject's head noun: "warplanes bombed", not "the return of displaced
    // civilians".
    if (next >= v.words.length || head == 0 || !v.tags[head - 1].startsWith("NN")) {
      return false;
    }
    // A phrasal particle may stand between the verb and its object ("the air force carried out
    // strikes", "the army rounded up protesters"): a reduced relative takes no particle there.
    if (next + 1 < v.words.length && isParticle(next)) {
      next++;
    }
    // A count may open the object ("the group released at least 19 hostages", "the government
    // provided around $400 million"): a reduced relative takes no amount there either.
    next = afterCountOpener(next);
    String t = v.tags[next];
    boolean object =
        t.equals("DT")
            || t.equals("$")
            || t.startsWith("NN")
            || t.startsWith("JJ")
            || t.equals("CD")
            || t.equals("PRP$");
    if (!object) {
      return false;
    }
    for (int i = next; i < v.words.length && i < next + 25; i++) {
      String w = v.words[i];
      if (w.equals(".") || w.equals(";") || w.equals("!") || w.equals("?")) {
        return true;
      }
      // A reporting tail ("..., a local official said") is not the main verb a reduced relative
      // would need.
      boolean finite =
          v.tags[i].equals("VBD") || v.tags[i].equals("VBZ") || v.tags[i].equals("VBP");
      if (finite && !DocView.SAY_VERBS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** Words that open an approximate count: "around 400", "nearly $2 million". */
  private static final Set<String> COUNT_OPENERS =
      Set.of("around", "about", "nearly", "almost", "roughly", "some", "over");

  /**
   * The token after a count opener at {@code i} when an amount (a number or a currency sign)
   * follows it, else {@code i}.
   */
  private int afterCountOpener(int i) {
    int n = v.words.length;
    int after = i;
    if (i + 1 < n && COUNT_OPENERS.contains(v.words[i])) {
      after = i + 1;
    } else if (i + 2 < n && DocView.COUNT_PAIRS.contains(v.words[i] + " " + v.words[i + 1])) {
      after = i + 2;
    }
    boolean amount = after < n && (v.tags[after].equals("CD") || v.tags[after].equals("$"));
    return amount ? after : i;
  }

  /** Particles of phrasal verbs, as tagged (RP) or as the tagger often reads them (IN). */
  private static final Set<String> PARTICLES = Set.of("out", "off", "up", "down", "back");

  private boolean isParticle(int i) {
    String t = v.tags[i];
    return (t.equals("RP") || t.equals("IN")) && PARTICLES.contains(v.words[i].toLowerCase());
  }

  /** Words that open a subordinate or relative clause, whose predicate is not the main one. */
  private static final Set<String> SUBORDINATE_OPENERS =
      Set.of(
          "that",
          "which",
          "who",
          "whom",
          "whose",
          "after",
          "before",
          "when",
          "while",
          "as",
          "since",
          "because",
          "although",
          "though",
          "until",
          "once",
          "where",
          "so");

  /** How far left of a predicate the word opening its clause is sought. */
  private static final int MAX_EMBEDDING_DISTANCE = 12;

  /**
   * Whether the predicate at {@code head} stands in an embedded clause rather than the sentence's
   * main one: an infinitive ("to encourage"), a participle adjunct ("..., raising fears"), a
   * participle right after a noun (a reduced relative: "a rally calling for"), or a clause opened
   * by "that", a relative pronoun or a subordinator ("after X shelled Y") with no other verb
   * between the opener and the predicate. "X said that Y attacked Z" is not embedded: what a verb
   * of saying reports is the statement CAMEO codes.
   */
  boolean isEmbedded(int head, int from) {
    String tag = v.tags[head];
    int prev = head - 1;
    if (tag.equals("VBG") && prev >= from && (v.words[prev].equals(",") || v.isPreposition(prev))) {
      return true;
    }
    if ((tag.equals("VBG") || tag.equals("VBN"))
        && prev > from
        && (v.tags[prev].equals("NN") || v.tags[prev].equals("NNS"))) {
      // A reduced relative clause: "a demonstration calling for his removal", "the curfew imposed
      // in July". The participle describes the noun before it; the sentence's own verb comes
      // elsewhere ("demonstrators rioted after a rally calling for ...").
      return true;
    }
    for (int i = prev; i >= from && i >= head - MAX_EMBEDDING_DISTANCE; i--) {
      String w = v.words[i];
      if (w.equals("to") && v.tags[i].equals("TO") && verbGroup(i + 1, head)) {
        return true;
      }
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
      if (SUBORDINATE_OPENERS.contains(w) || v.tags[i].equals("WDT") || v.tags[i].equals("WP")) {
        return !afterSaying(i, from);
      }
      if (v.isVerb(i) && !ClauseReader.AUXILIARIES.contains(w) && !POSSIBLE.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code [a, b)} holds only the auxiliaries, adverbs and negations of one verb group. */
  private boolean verbGroup(int a, int b) {
    for (int i = a; i < b; i++) {
      String w = v.words[i];
      if (!AUXILIARY_FILLER.contains(w) && !v.tags[i].startsWith("RB") && !w.equals("be")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the "that" at {@code that} follows a verb of saying ("said (on Tuesday) that"). */
  private boolean afterSaying(int that, int from) {
    if (!v.words[that].equals("that")) {
      return false;
    }
    for (int i = that - 1, n = 0; i >= from && n < 5; i--, n++) {
      if (DocView.SAY_VERBS.contains(v.words[i]) && !v.words[i].equals("that")) {
        return true;
      }
      if (!v.inTime[i] && !v.words[i].equals("on") && !v.tags[i].startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a negated act of cooperation at {@code head} is a refusal: a future or reported-future
   * modal before the negation ("will not accept refugees", "would not meet their demands", "won't
   * lift sanctions", "will no longer tolerate rallies"). CAMEO codes such a statement as a
   * rejection (12) of the act; a past or plain negation ("did not attend") is no event.
   */
  boolean refuses(String code, int head, int from) {
    if (CodeCombiner.root(code) > 8) {
      return false;
    }
    boolean negation = false;
    for (int i = head - 1; i >= from && i >= head - 5; i--) {
      String w = v.words[i];
      if (NEGATIONS.contains(w)) {
        negation = true;
      } else if (FUTURE.contains(w) || w.equals("would")) {
        return negation;
      } else if (!w.equals("longer") && !w.equals("be") && !v.tags[i].startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /**
   * How far after a predicate a condition on it is sought ("will withdraw its force ... unless").
   */
  private static final int MAX_CONDITION_AFTER = 14;

  /**
   * Whether a future or possible act is put as a threat: a condition follows it in its clause ("X
   * will withdraw its troops unless Y holds elections", "X may suspend aid if Y delays the vote").
   * CAMEO codes such a statement as a threat (13x) by the act threatened. "Unless" makes any act a
   * threat; "if" only an act of conflict (roots 10 and above) or a withdrawal, halt or suspension
   * (roots 08 and 16, retreats and cuts): "will provide aid if" stays a conditional intent.
   */
  boolean threatensOnCondition(String code, int end, int to) {
    int root = CodeCombiner.root(code);
    int stop = Math.min(to, end + MAX_CONDITION_AFTER);
    for (int i = end; i < stop; i++) {
      String w = v.words[i];
      if (w.equals(";") || w.equals(":") || w.equals(".")) {
        return false;
      }
      if (w.equals("unless")) {
        return true;
      }
      if (w.equals("if")) {
        boolean cut = root == 8 && code.length() > 2 && code.charAt(2) >= '4';
        return root >= 10 || cut;
      }
    }
    return false;
  }

  /**
   * Whether "if", "unless" or "whether" opens the sentence part before {@code head}. The look-back
   * is bounded so a run-away sentence of thousands of tokens stays linear; a condition governs a
   * predicate close after it.
   */
  boolean isConditional(int head, int from) {
    for (int i = head - 1; i >= from && i >= head - MAX_CONDITION_DISTANCE; i--) {
      String w = v.words[i];
      if (w.equals(";")) {
        return false;
      }
      if (CONDITIONALS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
