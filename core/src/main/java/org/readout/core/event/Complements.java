package org.readout.core.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;

/**
 * What the complement of a governing predicate holds besides the act it governs (issue 8, session
 * 12): a condition ("warned that X would face ... if it attacked": the attack is the condition, not
 * what is threatened) and a relative clause that describes the governed act ("threatened to impose
 * sanctions that would destroy Turkey's economy": its actor is what the threat targets, its verb no
 * act of its own). Bounded scans over one sentence's tokens.
 */
final class Complements {
  private static final Set<String> CONDITIONS = Set.of("if", "unless");
  private static final Set<String> RELATIVES = Set.of("that", "which");

  /** The most tokens between a governed act's end and the relative pronoun describing it. */
  private static final int MAX_OBJECT = 4;

  /** How far into a relative clause its actor is sought. */
  private static final int MAX_RELATIVE = 8;

  private final DocView v;

  Complements(DocView v) {
    this.v = v;
  }

  /**
   * Whether a condition opens in {@code [a, b)} and is still open at {@code b}: the predicate at
   * {@code b} is what the condition requires, not what the governor before {@code a} governs. A
   * comma closes the condition ("if X attacks, Y will respond").
   */
  boolean conditionBetween(int a, int b) {
    boolean open = false;
    for (int i = a; i < b; i++) {
      String w = v.words[i];
      if (CONDITIONS.contains(w)) {
        open = true;
      } else if (w.equals(",")) {
        open = false;
      }
    }
    return open;
  }

  /**
   * Whether the predicate at {@code b} opens a relative clause on the object of the act that ended
   * at {@code a}: a short object, "that"/"which", then only modals, auxiliaries and adverbs
   * ("sanctions that would destroy").
   */
  boolean relativeOn(int a, int b) {
    for (int i = a; i < b && i <= a + MAX_OBJECT; i++) {
      if (PatternMatcher.isBoundary(v.words[i]) || v.words[i].equals(",")) {
        return false;
      }
      if (RELATIVES.contains(v.words[i])) {
        for (int k = i + 1; k < b; k++) {
          if (!v.tags[k].equals("MD")
              && !v.tags[k].startsWith("RB")
              && !ClauseReader.AUXILIARIES.contains(v.words[k])) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The actor a relative clause after the act ending at {@code end} acts on ("sanctions that would
   * wipe out Turkey's economy" → Turkey), or null: where a threat names what it would do to whom.
   */
  @Nullable MentionRef relativeTarget(int end, int to) {
    int rel = -1;
    for (int i = end; i < to && i <= end + MAX_OBJECT; i++) {
      if (PatternMatcher.isBoundary(v.words[i]) || v.words[i].equals(",")) {
        return null;
      }
      if (v.mentionAt[i] != null) {
        return null; // an actor in the object itself is the ordinary target, not this one
      }
      if (RELATIVES.contains(v.words[i])) {
        rel = i;
        break;
      }
    }
    if (rel < 0) {
      return null;
    }
    for (int i = rel + 1; i < to && i <= rel + MAX_RELATIVE; i++) {
      if (PatternMatcher.isBoundary(v.words[i]) || v.words[i].equals(",")) {
        return null;
      }
      if (v.mentionAt[i] != null) {
        return v.mentionAt[i];
      }
    }
    return null;
  }

  /**
   * Whether the predicate at {@code b} is a gerund right after the governor ending at {@code a}:
   * "denied shelling", "denied ever attacking", "denied having fired".
   */
  boolean gerundRightAfter(int a, int b) {
    if (b < a || b - a > 2 || b >= v.tags.length) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (!v.tags[i].startsWith("RB") && !v.words[i].equals("having")) {
        return false;
      }
    }
    return v.tags[b].equals("VBG") || (b > a && v.words[b - 1].equals("having"));
  }
}
