package org.readout.core.event;

import java.util.Set;

/**
 * Relative clauses inside a subject, issue 8 (session 13): "The envoy, who arrived in Kabul on
 * Monday, urged the Taliban to ...", "Protesters who gathered outside the embassy threw eggs", "The
 * president, whose party lost the vote, accused ...". The subject scan of {@link ClauseReader}
 * stops at the relative pronoun and would find only the relative clause's own actors (Kabul, the
 * party, or "Beijing" in "X, whom Beijing calls a separatist, condemned"); when the relative clause
 * is closed before the predicate, the predicate's subject is the noun the clause describes, before
 * the pronoun. Bounded scans over one sentence.
 */
final class RelativeClauses {
  /** Pronouns that open a relative clause ("that" only where the tagger marks it WDT). */
  static final Set<String> PRONOUNS = Set.of("who", "whom", "whose", "which");

  /** How many tokens a relative clause inside a subject may span. */
  private static final int MAX_RELATIVE = 20;

  private final DocView v;

  RelativeClauses(DocView v) {
    this.v = v;
  }

  /** Whether the token at {@code i} is a relative pronoun. */
  boolean isPronoun(int i) {
    return PRONOUNS.contains(v.words[i]) || v.tags[i].equals("WDT");
  }

  /**
   * The first token after the relative clause opened at {@code pronoun} when that clause has its
   * own verb and ends before {@code head}, whose verb then is the main one of the noun before the
   * pronoun; else -1. A clause set off by commas ("X, who ..., urged") ends at its closing comma,
   * which must stand right before {@code head}'s verb group. A clause with no commas ("protesters
   * who gathered outside threw") ends at its verb's phrase, so {@code head} must be a finite verb
   * not coordinated with it ("who gathered and threw" is one clause).
   */
  int closedBefore(int pronoun, int head) {
    if (head - pronoun > MAX_RELATIVE || head <= pronoun + 1) {
      return -1;
    }
    int group = groupStart(head, pronoun);
    boolean commaBefore = pronoun > 0 && v.words[pronoun - 1].equals(",");
    if (commaBefore) {
      int close = group - 1;
      if (close <= pronoun + 1 || !v.words[close].equals(",") || !hasVerb(pronoun + 1, close)) {
        return -1;
      }
      return close + 1;
    }
    if (!v.isFiniteOrModal(group) || group <= pronoun + 1) {
      return -1;
    }
    String before = v.words[group - 1];
    if (before.equals("and") || before.equals("or") || before.equals(",")) {
      return -1;
    }
    return hasFiniteVerb(pronoun + 1, group) ? group : -1;
  }

  /** The first token of the verb group ending at {@code head}: its modals, auxiliaries, adverbs. */
  private int groupStart(int head, int floor) {
    int j = head;
    while (j - 1 > floor
        && (v.tags[j - 1].equals("MD")
            || v.tags[j - 1].startsWith("RB")
            || ClauseReader.AUXILIARIES.contains(v.words[j - 1])
            || PredicateReader.NEGATIONS.contains(v.words[j - 1]))) {
      j--;
    }
    return j;
  }

  private boolean hasVerb(int a, int b) {
    for (int i = a; i < b; i++) {
      if (v.isVerb(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [a, b)} holds a finite verb, and no "that" opening a clause of its own. */
  private boolean hasFiniteVerb(int a, int b) {
    boolean found = false;
    for (int i = a; i < b; i++) {
      if (DocView.CONJUNCTIONS.contains(v.words[i]) || DocView.SAY_VERBS.contains(v.words[i])) {
        // "officials who said Iran attacked", "people who work there, after X announced": the
        // predicate is in a clause of its own.
        return false;
      }
      found |= v.isFiniteOrModal(i);
    }
    return found;
  }
}
