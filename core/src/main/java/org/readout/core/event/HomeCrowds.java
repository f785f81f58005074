package org.readout.core.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A crowd that a state represses at home is that country's people, for {@link TargetFinder}: the
 * actor stage does not mark "the crowd" or "the marchers", so the target is the state's own
 * country.
 */
final class HomeCrowds {
  /**
   * Nouns for a gathering of a country's own people that the actor stage does not mark: "to break
   * up the crowd", "banned all demonstrations", "fired on the marchers".
   */
  private static final Set<String> CROWD_NOUNS =
      Set.of(
          "crowd",
          "crowds",
          "demonstration",
          "demonstrations",
          "rally",
          "rallies",
          "protest",
          "protests",
          "march",
          "marches",
          "marchers",
          "gathering",
          "gatherings",
          "mob",
          "villagers",
          "residents",
          "worshippers",
          "mourners",
          "strikers");

  private final DocView v;
  private final ActorSides sides;

  HomeCrowds(DocView v, ActorSides sides) {
    this.v = v;
    this.sides = sides;
  }

  /**
   * The country actor of the state agent {@code source} when the object of its act of repression or
   * force (roots 17–20; police, courts, a government, not an army abroad) is a crowd of people the
   * actor stage left unmarked: "police used pepper spray to break up the crowd" is done to that
   * country's civilians. Null when the article names no such country actor.
   */
  @Nullable String crowdOf(String source, int root, int after, int stop) {
    if (!sides.isDomesticState(source, root == 17)) {
      return null;
    }
    int end = Math.min(stop, after + ClauseReader.MAX_OBJECT_DISTANCE);
    for (int i = after; i < end; i++) {
      String w = v.words[i];
      if (ClauseReader.isClauseBoundary(w) || w.equals(",") || v.mentionAt[i] != null) {
        return null;
      }
      if (CROWD_NOUNS.contains(w) && v.tags[i].startsWith("NN")) {
        return sides.homeCountry(source);
      }
    }
    return null;
  }
}
