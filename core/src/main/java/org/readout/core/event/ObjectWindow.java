package org.readout.core.event;

import org.readout.core.event.DocumentTargets.Act;
import org.readout.core.event.PatternMatcher.Match;

/**
 * Where a predicate's object may stand, for the document-level target sources: from a governor's
 * slot or end ("urged <b>both sides</b> to show restraint", "demanded that <b>it</b> withdraw")
 * over the governed predicate to at most {@link ClauseReader#MAX_OBJECT_DISTANCE} tokens after it,
 * ending at a clause boundary.
 */
final class ObjectWindow {
  private final DocView v;

  ObjectWindow(DocView v) {
    this.v = v;
  }

  /** The first token of the window. */
  int start(Act act) {
    if (act.governor() == null) {
      // A pattern's own slot ("urge % to", "accuse % of") holds the object inside its words.
      int slot = act.predicate().slotStart();
      return slot >= 0 ? slot : act.predicate().end();
    }
    int slot = act.governor().slotStart();
    return slot >= 0 ? slot : act.governor().end();
  }

  /** The end of the window (exclusive): the sentence end or the object distance. */
  int end(Act act) {
    return Math.min(act.to(), act.predicate().end() + ClauseReader.MAX_OBJECT_DISTANCE);
  }

  /** Whether token {@code i} belongs to the coded predicate's own words. */
  boolean inPredicate(Act act, int i) {
    Match m = act.predicate();
    boolean slot = m.slotStart() >= 0 && i >= m.slotStart() && i < m.slotEnd();
    return i >= m.start() && i < m.end() && !slot;
  }

  /**
   * Whether nothing stands as the predicate's object: the sentence or clause ends, a comma, "and",
   * or a time or place adjunct follows ("Kestria protested on Monday", "Valdoria retaliated in
   * kind").
   */
  boolean objectless(Act act) {
    int i = act.predicate().end();
    if (i >= act.to()) {
      return true;
    }
    String w = v.words[i];
    return PatternMatcher.isBoundary(w)
        || w.equals(",")
        || w.equals("and")
        || w.equals("but")
        || v.inTime[i]
        || w.equals("on")
        || w.equals("in")
        || w.equals("at")
        || w.equals("after")
        || w.equals("late")
        || w.equals("swiftly")
        || w.equals("immediately")
        || w.equals("sharply")
        || w.equals("strongly")
        || w.equals("angrily")
        || w.equals("quickly");
  }
}
