package org.readout.core.event;

import java.util.Set;

/**
 * Whether the second verb of "X said (that) S V1 ... and V2 ..." continues the reporting clause (X
 * V2) or the reported one (S V2), issue 8 (session 13). The nearest-subject scan of {@link
 * ClauseReader} gives V2 the reported clause's subject S; English marks the other reading by form,
 * and these marks are what a reader uses too:
 *
 * <ul>
 *   <li>a comma before the "and" ("said the men had been freed, and urged ...");
 *   <li>V2 a finite past or present form where V1's group starts with a modal, whose coordinated
 *       verbs are bare ("said Tokyo would support Seoul and thanked ..." is Tokyo's "would support"
 *       and X's "thanked");
 *   <li>V2 a finite verb after a copula with a predicate noun or adjective ("said the sailors were
 *       safe and thanked ...": the state is reported, the thanks are X's);
 *   <li>V2 past where V1 is present ("said the talks are making progress and thanked ...").
 * </ul>
 *
 * Two plain past verbs with no comma ("said Russia attacked the port and killed civilians") stay in
 * the reported clause. V2 must agree in tense with the verb of saying. Bounded scans over one
 * sentence.
 */
final class ReportingContinuation {
  /** Copulas after which a predicate noun or adjective, not a participle, makes a state. */
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "'s", "'re");

  /** How many tokens the reported clause between its subject and the "and" may hold. */
  private static final int MAX_REPORTED = 20;

  /** How many tokens of time or a listener ("on Tuesday", "reporters") may follow the cue. */
  private static final int MAX_CUE_GAP = 4;

  private final DocView v;

  ReportingContinuation(DocView v) {
    this.v = v;
  }

  /**
   * The verb of saying whose clause the predicate at {@code head} continues, when the subject in
   * tokens {@code [first, last]} (the nearest subject left of {@code head}) is the subject of that
   * verb's complement and {@code head} is coordinated with the reporting clause instead; else -1.
   */
  int cueContinuedBy(int first, int last, int head, int start) {
    int cue = cueBefore(first, start);
    if (cue < 0 || head - last > MAX_REPORTED) {
      return -1;
    }
    int and = andBefore(head, last);
    if (and < 0 || !agrees(cue, head)) {
      return -1;
    }
    if (v.words[and - 1].equals(",")) {
      return cue;
    }
    int verb = firstVerb(last + 1, and);
    if (verb < 0) {
      return -1;
    }
    String w = v.words[verb];
    String t = v.tags[verb];
    if (t.equals("MD")) {
      return cue; // bare verbs follow a modal: a finite V2 is not under it
    }
    if (COPULAS.contains(w) && verb + 1 < and && !predicateIsVerb(verb + 1, and)) {
      return cue;
    }
    boolean presentV1 = t.equals("VBZ") || t.equals("VBP");
    return presentV1 && isPast(head) ? cue : -1;
  }

  /**
   * The verb of saying before the reported subject starting at {@code first}: "said (on Tuesday)
   * (that) the sailors", or -1.
   */
  private int cueBefore(int first, int start) {
    int j = first - 1;
    while (j >= start
        && (v.tags[j].equals("DT") || v.words[j].equals("the"))
        && !v.words[j].equals("that")) {
      j--;
    }
    if (j >= start && v.words[j].equals("that")) {
      j--;
    }
    for (int n = 0;
        j >= start && n < MAX_CUE_GAP && (v.inTime[j] || v.words[j].equals("on"));
        n++) {
      j--;
    }
    if (j < start || v.words[j].equals("that") || !DocView.SAY_VERBS.contains(v.words[j])) {
      return -1;
    }
    return v.tags[j].startsWith("VB") ? j : -1;
  }

  /**
   * The "and" right before the verb group of {@code head} (over adverbs: "and also thanked"), after
   * {@code floor}; -1 when the verb is not coordinated.
   */
  private int andBefore(int head, int floor) {
    int j = head - 1;
    while (j > floor && v.tags[j].startsWith("RB")) {
      j--;
    }
    return j > floor + 1 && v.words[j].equals("and") ? j : -1;
  }

  /** The first verb or modal in {@code [a, b)}, or -1. */
  private int firstVerb(int a, int b) {
    for (int i = a; i < b; i++) {
      if (v.isVerb(i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the copula's complement starting at {@code i} is a verb (passive or progressive). */
  private boolean predicateIsVerb(int i, int end) {
    while (i < end && (v.tags[i].startsWith("RB") || v.words[i].equals("being"))) {
      i++;
    }
    return i < end && v.tags[i].startsWith("VB");
  }

  /** Whether the verb at {@code head} has the tense of the verb of saying at {@code cue}. */
  private boolean agrees(int cue, int head) {
    boolean pastCue = isPast(cue);
    String t = v.tags[head];
    return pastCue ? isPast(head) : t.equals("VBZ") || t.equals("VBP");
  }

  /**
   * A past finite verb: VBD, or a VBN the tagger gives a regular past ("thanked" after "and" is
   * often tagged VBN).
   */
  private boolean isPast(int i) {
    String t = v.tags[i];
    return t.equals("VBD") || (t.equals("VBN") && v.words[i].endsWith("ed"));
  }
}
