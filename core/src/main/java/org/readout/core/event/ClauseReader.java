package org.readout.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;

/**
 * Shallow syntax over one sentence's tokens: the subject left of a predicate, the object after it,
 * negation, modality, conditionals and passive voice. No parser: a few token tests per step, each
 * scan bounded.
 *
 * <p>Design decision: a dependency parse would find subjects more reliably but costs about half a
 * second per article here (issue 5); news sentences that carry events are mostly "SUBJECT (modal)
 * VERB OBJECT", which these scans read correctly, and the patterns already pin the verb.
 */
final class ClauseReader {
  /** What stands in subject position. */
  enum SubjectKind {
    MENTIONS,
    FIRST_PERSON,
    PAIR,
    NONE
  }

  /**
   * The subject of a predicate.
   *
   * @param kind what was found
   * @param mentions the subject mentions (several for "X and Y"), empty unless {@code kind} is
   *     MENTIONS
   */
  record Subject(SubjectKind kind, List<MentionRef> mentions) {}

  /** How sure the clause is about the predicate happening. */
  enum Modality {
    PLAIN,
    FUTURE,
    OBLIGATION,
    POSSIBLE
  }

  private static final int MAX_SUBJECT_DISTANCE = 25;
  private static final int MAX_OBJECT_DISTANCE = 15;
  private static final int MAX_CONDITION_DISTANCE = 40;
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "but",
          "while",
          "whereas",
          "although",
          "though",
          "which",
          "who",
          "whom",
          "because",
          "since");
  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "never", "no", "nor", "neither");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
  private static final Set<String> POSSIBLE = Set.of("may", "might", "could", "would", "can", "'d");
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
  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets");
  private static final Set<String> SUBORDINATORS =
      Set.of("as", "when", "once", "until", "so", "while", "because", "although", "though");
  private static final Set<String> DEADLINE_NOUNS =
      Set.of(
          "days", "weeks", "months", "hours", "years", "deadline", "time", "chance", "opportunity");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
          "will", "shall");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /**
   * Prepositions before a place, whose actor ("in Tokyo") is where something happened, not its
   * target.
   */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "inside",
          "outside",
          "during",
          "throughout",
          "around",
          "across",
          "within");

  private static final Set<String> PAIR_NOUNS =
      Set.of(
          "leaders",
          "countries",
          "sides",
          "nations",
          "presidents",
          "governments",
          "states",
          "heads",
          "parties",
          "neighbors",
          "neighbours",
          "allies",
          "capitals");

  private final DocView v;

  ClauseReader(DocView v) {
    this.v = v;
  }

  /** How many tokens a parenthesis inside a subject may span. */
  private static final int MAX_PARENTHESIS = 8;

  /** Nouns of quantity or membership whose "of" phrase names the subject. */
  private static final Set<String> PARTITIVE_HEADS =
      Set.of(
          "thousands",
          "hundreds",
          "dozens",
          "tens",
          "millions",
          "scores",
          "members",
          "member",
          "group",
          "groups",
          "some",
          "many",
          "most",
          "several",
          "all",
          "majority",
          "delegation",
          "contingent",
          "supporters",
          "leaders",
          "representatives",
          "units",
          "third",
          "half",
          "one",
          "two",
          "three",
          "crowds",
          "crowd",
          "band",
          "hundred",
          "thousand");

  static boolean isClauseBoundary(String word) {
    return PatternMatcher.isBoundary(word) || CLAUSE_WORDS.contains(word);
  }

  /** The first token of the clause holding token {@code i}, at or after {@code from}. */
  int clauseStart(int i, int from) {
    int k = i - 1;
    // A relative pronoun (tagged WDT: "states that backed the tariffs") opens a clause whose
    // subject is the noun before it, which is not an actor mention here; "said that ..." (tagged
    // IN) does not.
    while (k >= from && !v.tags[k].equals("WDT")) {
      if (v.words[k].equals(")")) {
        // A parenthesis inside the subject ("Hizbollah (Party of God) group declared", "the
        // Libyan National Army (LNA) agreed") is stepped over, not a clause boundary.
        int open = openingParenthesis(k, from);
        if (open < 0) {
          break;
        }
        k = open - 1;
        continue;
      }
      if (isClauseBoundary(v.words[k])) {
        break;
      }
      k--;
    }
    return k + 1;
  }

  /** The "(" that the ")" at {@code close} closes, within a few tokens and no other boundary. */
  private int openingParenthesis(int close, int from) {
    for (int k = close - 1; k >= from && close - k <= MAX_PARENTHESIS; k--) {
      if (v.words[k].equals("(")) {
        return k;
      }
      if (isClauseBoundary(v.words[k])) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The nearest subject left of token {@code head}: an actor mention not in object position,
   * "I"/"we", a pair.
   */
  Subject subject(int head, int from) {
    int start = Math.max(clauseStart(head, from), head - MAX_SUBJECT_DISTANCE);
    for (int i = head - 1; i >= start; i--) {
      MentionRef m = v.mentionAt[i];
      if (m != null) {
        i = Math.max(m.first(), start);
        if (isPossessive(m) || isObject(m.first(), start)) {
          continue;
        }
        List<MentionRef> all = new ArrayList<>();
        all.add(m);
        int k = skipTitles(m.first() - 1, start);
        while (k - 1 >= start
            && (v.words[k].equals("and") || v.words[k].equals(","))
            && v.mentionAt[k - 1] != null) {
          MentionRef other = v.mentionAt[k - 1];
          if (v.words[k].equals(",") && isObject(other.first(), start)) {
            break; // "According to Kyodo, Takaichi invited ...": a fronted phrase, not a second
            // subject
          }
          all.add(0, other);
          k = skipTitles(other.first() - 1, start);
        }
        return new Subject(SubjectKind.MENTIONS, all);
      }
      String w = v.words[i];
      if (FIRST_PERSON.contains(w)) {
        return new Subject(SubjectKind.FIRST_PERSON, List.of());
      }
      if (w.equals("they") || (PAIR_NOUNS.contains(w) && i > start && isPairWord(v.words[i - 1]))) {
        return new Subject(SubjectKind.PAIR, List.of());
      }
    }
    return new Subject(SubjectKind.NONE, List.of());
  }

  /**
   * Steps left over a title before a name ("Russian President" in "and Russian President Vladimir
   * Putin").
   */
  private int skipTitles(int k, int start) {
    int limit = k - 3;
    while (k >= start
        && k > limit
        && !v.words[k].equals("and")
        && !v.words[k].equals(",")
        && (v.tags[k].startsWith("NNP") || v.tags[k].startsWith("JJ") || v.tags[k].equals("DT"))) {
      k--;
    }
    return k;
  }

  private static boolean isPairWord(String w) {
    return w.equals("two") || w.equals("both");
  }

  boolean isPossessive(MentionRef m) {
    int next = m.last() + 1;
    if (m.first() == m.last() && POSSESSIVE_PRONOUNS.contains(v.words[m.first()])) {
      return true; // "His supporters clashed ...": the owner is not the subject
    }
    return (next < v.words.length && (v.words[next].equals("'s") || v.tags[next].equals("POS")))
        || v.words[m.last()].endsWith("'s");
  }

  /** A mention is an object when a preposition or a (non-speech) verb stands right before it. */
  private boolean isObject(int first, int start) {
    int j = first - 1;
    while (j >= start && (v.tags[j].equals("DT") || v.words[j].equals("the"))) {
      j--;
    }
    if (j < start) {
      return false;
    }
    if (v.isPreposition(j)) {
      return !isPartitive(j, start);
    }
    return v.isVerb(j) && !DocView.SAY_VERBS.contains(v.words[j]) && !BE.contains(v.words[j]);
  }

  /**
   * "thousands of Iraqi Kurds", "members of the opposition", "500 of the rebels": the "of" at
   * {@code of} names who the quantity or group before it is, so the mention after it is the
   * subject, not an object.
   */
  private boolean isPartitive(int of, int start) {
    if (!v.words[of].equals("of") || of - 1 < start) {
      return false;
    }
    int j = of - 1;
    return PARTITIVE_HEADS.contains(v.words[j]) || v.tags[j].equals("CD");
  }

  /**
   * Actor mentions after token {@code after} up to a clause boundary or {@code stop}: the first
   * one, plus any coordinated with it ("with X and Y"). Mentions after "by" are skipped when {@code
   * skipAgent}.
   */
  List<MentionRef> objects(int after, int stop, boolean skipAgent) {
    return objects(after, stop, skipAgent, false);
  }

  /**
   * As {@link #objects(int, int, boolean)}; with {@code places}, a place after "in", "near" ... is
   * a target too: what is bombed "in southern Lebanon" is struck in that country's territory.
   */
  List<MentionRef> objects(int after, int stop, boolean skipAgent, boolean places) {
    int end = Math.min(stop, after + MAX_OBJECT_DISTANCE);
    for (int i = after; i < end; i++) {
      if (isClauseBoundary(v.words[i])
          || v.words[i].equals("that")
          || (SUBORDINATORS.contains(v.words[i]) && i + 1 < end && v.mentionAt[i + 1] != null)) {
        return List
            .of(); // "... extend the truce as Qatar presses ...": a new clause with its own subject
      }
      if (v.words[i].equals(",")) {
        // No object actor has been seen yet, so the comma closes the object phrase ("shelled border
        // positions, two soldiers killed", "..., officials said"); lists of actors after the first
        // one are read below.
        return List.of();
      }
      MentionRef m = v.mentionAt[i];
      if (m == null) {
        continue;
      }
      boolean agent = skipAgent && i > 0 && v.words[i - 1].equals("by");
      boolean place =
          !places && i > after && LOCATIVE.contains(v.words[skipDeterminers(i - 1, after)]);
      if (agent
          || place
          || (isPossessive(m) && m.last() + 2 < end && v.mentionAt[m.last() + 2] != null)) {
        i = m.last();
        continue;
      }
      List<MentionRef> out = new ArrayList<>();
      out.add(m);
      int k = m.last() + 1;
      while (k + 1 < end
          && (v.words[k].equals("and") || v.words[k].equals(","))
          && v.mentionAt[k + 1] != null) {
        MentionRef other = v.mentionAt[k + 1];
        out.add(other);
        k = other.last() + 1;
      }
      return out;
    }
    return List.of();
  }

  /**
   * Steps left from {@code k} over determiners ("at the World Trade Organization"), not before
   * {@code floor}.
   */
  private int skipDeterminers(int k, int floor) {
    while (k > floor && (v.tags[k].equals("DT") || v.words[k].equals("the"))) {
      k--;
    }
    return k;
  }

  /**
   * Whether the verb a noun trigger is the subject of is negated, conditional or merely possible:
   * "talks between X and Y could resume if ...", "talks with X did not take place". Scans the few
   * tokens after the trigger up to its first full verb, stepping over auxiliaries.
   */
  boolean undoneAfter(int after, int stop) {
    int end = Math.min(stop, after + MAX_OBJECT_DISTANCE);
    for (int i = after; i < end; i++) {
      String w = v.words[i];
      if (isClauseBoundary(w) || w.equals(",")) {
        return false;
      }
      if (POSSIBLE.contains(w) || NEGATIONS.contains(w) || CONDITIONALS.contains(w)) {
        return true;
      }
      if (v.mentionAt[i] == null && v.isVerb(i) && !AUXILIARIES.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether "each other" or "one another" follows within the clause. */
  boolean eachOtherAfter(int after, int stop) {
    int end = Math.min(stop, after + MAX_OBJECT_DISTANCE);
    for (int i = after; i + 1 < end; i++) {
      if (isClauseBoundary(v.words[i])) {
        return false;
      }
      String w = v.words[i];
      String n = v.words[i + 1];
      if ((w.equals("each") && n.equals("other")) || (w.equals("one") && n.equals("another"))) {
        return true;
      }
    }
    return false;
  }

  /** The mention after "by" following a passive predicate: its agent, or null. */
  @Nullable MentionRef agent(int after, int stop) {
    int end = Math.min(stop, after + 6);
    for (int i = after; i + 1 < end; i++) {
      if (isClauseBoundary(v.words[i])) {
        return null;
      }
      if (v.words[i].equals("by") && v.mentionAt[i + 1] != null) {
        return v.mentionAt[i + 1];
      }
    }
    return null;
  }

  /** Whether the predicate at {@code head} is passive: a form of "be" before a past participle. */
  boolean isPassive(int head, int from) {
    String tag = v.tags[head];
    if (!tag.equals("VBN") && !(tag.equals("VBD") && v.words[head].endsWith("ed"))) {
      return false;
    }
    for (int i = head - 1; i >= from && i >= head - 3; i--) {
      String w = v.words[i];
      if (BE.contains(w)) {
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
    int start = clauseStart(head, from);
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
      if (!AUXILIARY_FILLER.contains(w) && !v.tags[i].startsWith("RB")) {
        break;
      }
    }
    return Modality.PLAIN;
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
      if (isClauseBoundary(v.words[i])
          || v.mentionAt[i] != null
          || FIRST_PERSON.contains(v.words[i])) {
        return false;
      }
      and |= v.words[i].equals("and");
    }
    return and;
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
      if (BE.contains(w)
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
    String t = v.tags[next];
    boolean object =
        t.equals("DT")
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

  /** "between X and Y" right after token {@code after}: both mentions, or empty. */
  List<MentionRef> between(int after, int stop) {
    if (after >= stop || !v.words[after].equals("between") || after + 1 >= stop) {
      return List.of();
    }
    MentionRef a = v.mentionAt[after + 1];
    if (a == null) {
      return List.of();
    }
    int k = a.last() + 1;
    if (k + 1 < stop && v.words[k].equals("and") && v.mentionAt[k + 1] != null) {
      return List.of(a, v.mentionAt[k + 1]);
    }
    return List.of();
  }

  /**
   * "X's talks": the possessor before a noun trigger at {@code head}, skipping a few modifiers, or
   * null.
   */
  @Nullable MentionRef possessor(int head, int from) {
    for (int i = head - 1; i >= from && i >= head - 4; i--) {
      MentionRef m = v.mentionAt[i];
      if (m != null) {
        return isPossessive(m) ? m : null;
      }
      if (!v.words[i].equals("'s")
          && !v.tags[i].equals("POS")
          && !v.tags[i].startsWith("JJ")
          && !v.tags[i].startsWith("NN")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The first actor mention after {@code after} that stands in subject position (after a comma or
   * clause start).
   */
  @Nullable MentionRef subjectAfter(int after, int stop) {
    for (int i = after; i < stop; i++) {
      if (PatternMatcher.isBoundary(v.words[i])) {
        return null;
      }
      MentionRef m = v.mentionAt[i];
      if (m != null) {
        if (!isObject(m.first(), after) && !isPossessive(m)) {
          return m;
        }
        i = m.last();
      }
    }
    return null;
  }
}
