package org.readout.core.event;

import java.util.List;
import java.util.Set;
import org.readout.core.event.DocumentTargets.Act;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;

/**
 * A pronoun or definite description of a country as the object that the actor stage left unmarked:
 * "accused it of", "urged the government to", "warned the kingdom" refer to the last country named
 * before the predicate that is not the source's own. A pronoun followed by a verb is the subject of
 * a clause ("warned it would retaliate"), not an object.
 */
final class DefiniteCountryObject implements DocumentTargets.Source {
  /** "them" is left out: it is as often people ("ban them from travelling") as two states. */
  private static final Set<String> PRONOUNS = Set.of("it");

  /** Nouns after "the" that stand for a country or its state. */
  private static final Set<String> COUNTRY_NOUNS =
      Set.of("country", "government", "kingdom", "island", "regime", "republic", "nation");

  private final DocView v;
  private final ObjectWindow window;

  DefiniteCountryObject(DocView v, ObjectWindow window) {
    this.v = v;
    this.window = window;
  }

  @Override
  public List<String> targets(Act act) {
    // Only the first word of the object counts: "accused it", not "accused the rebels of it".
    int i = window.start(act);
    if (i >= window.end(act) || v.mentionAt[i] != null) {
      return List.of();
    }
    String w = v.words[i];
    boolean pronoun = PRONOUNS.contains(w) && !(i + 1 < act.to() && v.isVerb(i + 1));
    boolean definite =
        w.equals("the")
            && i + 1 < act.to()
            && COUNTRY_NOUNS.contains(v.words[i + 1])
            && !(i + 2 < act.to() && v.isVerb(i + 2));
    if (!pronoun && !definite) {
      return List.of();
    }
    String id =
        lastForeignCountry(act.source(), v.tokens.get(act.predicate().start()).span().start());
    return id == null ? List.of() : List.of(id);
  }

  /** The country actor named last before {@code offset} whose country is not the source's. */
  private @org.jspecify.annotations.Nullable String lastForeignCountry(String source, int offset) {
    String own = DocumentTargets.countryOf(v, source);
    String best = null;
    int bestAt = -1;
    for (Actor a : v.doc.actors()) {
      if (a.kind() != ActorKind.COUNTRY || a.country() == null || a.country().equals(own)) {
        continue;
      }
      for (Mention m : a.mentions()) {
        int at = m.span().start();
        if (at < offset && at > bestAt) {
          bestAt = at;
          best = a.id();
        }
      }
    }
    return best;
  }
}
