package org.readout.core.event;

import java.util.List;
import java.util.Set;
import org.readout.core.event.DocumentDyad.Side;
import org.readout.core.event.DocumentTargets.Act;

/**
 * Addressee phrases for a pair the article named earlier: "urged both sides to show restraint",
 * "offered to mediate between the two neighbours", "called on the two countries" are both sides of
 * the article's leading pair ({@link DocumentDyad}) for a third party, and the other side for one
 * of the pair itself; "warned its neighbour", "accused the other side" are the other side only.
 */
final class PairAddressee implements DocumentTargets.Source {
  /** Nouns for the members of a pair after "both" or "the two". */
  private static final Set<String> PAIR_NOUNS =
      Set.of(
          "sides",
          "countries",
          "nations",
          "neighbours",
          "neighbors",
          "governments",
          "parties",
          "leaders",
          "capitals",
          "rivals",
          "states",
          "adversaries",
          "foes",
          "camps");

  /** Nouns for the other member of a pair after "its" (or "the other" for "side"). */
  private static final Set<String> OTHER_NOUNS =
      Set.of(
          "neighbour", "neighbor", "neighbours", "neighbors", "rival", "adversary", "foe", "enemy");

  /** Words allowed between "the two" and the pair noun: "the two nuclear-armed neighbours". */
  private static final int MAX_MODIFIERS = 3;

  private final DocView v;
  private final ObjectWindow window;
  private final DocumentDyad dyad;

  PairAddressee(DocView v, ObjectWindow window, DocumentDyad dyad) {
    this.v = v;
    this.window = window;
    this.dyad = dyad;
  }

  @Override
  public List<String> targets(Act act) {
    int end = window.end(act);
    for (int i = window.start(act); i < end; i++) {
      if (window.inPredicate(act, i)) {
        continue;
      }
      String w = v.words[i];
      if (v.mentionAt[i] != null || ClauseReader.isClauseBoundary(w)) {
        return List.of();
      }
      boolean both = isPair(i, end);
      boolean other = !both && isOther(i, end);
      if (both || other) {
        return resolve(act, both);
      }
    }
    return List.of();
  }

  private List<String> resolve(Act act, boolean both) {
    List<Side> pair = dyad.pair(v.tokens.get(act.predicate().start()).span().start());
    if (pair.isEmpty()) {
      return List.of();
    }
    String country = DocumentTargets.countryOf(v, act.source());
    Side other = DocumentDyad.otherOf(pair, country);
    if (other != null) {
      return List.of(other.actorId());
    }
    if (!both || pair.get(0).actorId().equals(act.source())) {
      return List.of();
    }
    return List.of(pair.get(0).actorId(), pair.get(1).actorId());
  }

  /**
   * "both sides", "the two (nuclear-armed) neighbours", "each other", "one another" at {@code i}.
   */
  private boolean isPair(int i, int end) {
    String w = v.words[i];
    if (i + 1 >= end) {
      return false;
    }
    String n = v.words[i + 1];
    if ((w.equals("each") && n.equals("other")) || (w.equals("one") && n.equals("another"))) {
      return true;
    }
    if (w.equals("both")) {
      return PAIR_NOUNS.contains(n);
    }
    if (w.equals("the") && n.equals("two")) {
      for (int k = i + 2; k < end && k <= i + 2 + MAX_MODIFIERS; k++) {
        if (PAIR_NOUNS.contains(v.words[k])) {
          return true;
        }
        if (v.mentionAt[k] != null || !(v.tags[k].startsWith("JJ") || v.words[k].equals("-"))) {
          return false;
        }
      }
    }
    return false;
  }

  /** "its neighbour", "its rival", "the other side" at {@code i}. */
  private boolean isOther(int i, int end) {
    if (i + 1 >= end) {
      return false;
    }
    String w = v.words[i];
    String n = v.words[i + 1];
    if (w.equals("its") || w.equals("their")) {
      return OTHER_NOUNS.contains(n);
    }
    return w.equals("the") && n.equals("other") && i + 2 < end && v.words[i + 2].equals("side");
  }
}
