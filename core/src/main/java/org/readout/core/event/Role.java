package org.readout.core.event;

/**
 * What a pattern does besides naming an event: whether it governs a following predicate, and how.
 */
enum Role {
  /** An ordinary predicate. */
  NONE,
  /**
   * "agreed to", "pledged to", "is ready to": the following cooperative predicate becomes an intent
   * (03x); alone ("agreed to undertake ...", a predicate the dictionary does not know) the
   * pattern's own code (030).
   */
  INTENT,
  /**
   * "plans to", "wants to", "is due to": like {@link #INTENT} over a known predicate, but no event
   * alone; a plan or a wish to do something unknown commits to nothing.
   */
  PLAN,
  /** "threatened to": the following predicate becomes a threat (13x). */
  THREAT,
  /** "refused to": the following predicate becomes a rejection (12x). */
  REFUSE,
  /** "urged X to": the following predicate becomes an appeal (02x) to X. */
  APPEAL,
  /** "demanded that X": the following predicate becomes a demand (10x) on X. */
  DEMAND,
  /** "accused X of": the following predicate refines the accusation (112x) against X. */
  ACCUSE,
  /** "failed to": the following predicate did not happen. */
  NEGATE,
  /**
   * "denied shelling the village", "admitted firing first": a gerund right after it is the
   * speaker's own act, coded as the pattern's code (a denial 016, an admission 015) on that act's
   * target; alone, or over a clause ("denied that ..."), no event of its own (the clause is
   * reported speech).
   */
  GERUND,
  /** An ordinary predicate that two subjects do to each other ("X and Y exchanged fire"). */
  MUTUAL,
  /**
   * "would pay dearly", "will face the consequences": what a threat says its target will suffer.
   * Under a governor of threat or intent ("warned that X would pay dearly") a threat by the
   * governor's subject against the predicate's own subject; alone no event.
   */
  CONSEQUENCE;

  boolean governs() {
    return this != NONE && this != MUTUAL && this != CONSEQUENCE;
  }
}
