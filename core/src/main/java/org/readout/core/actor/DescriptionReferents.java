package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.ActorDictionary.Term;
import org.readout.core.actor.DocumentActors.Builder;

/**
 * Whom a description of a person refers to ("the Chinese leader", "the two leaders"): the people
 * mentioned before it with a fitting country and role, most recent first, or the one holder of the
 * office on the document date. Reads the resolution's state and changes none of it.
 *
 * <p>Split out of {@link RoleMentions}, which builds the mentions, so that the look-ups behind them
 * read on their own; static, as {@link LedBy} and {@link Principals} are.
 */
final class DescriptionReferents {
  private DescriptionReferents() {}

  /**
   * The most recently mentioned person of {@code country} (if given) with a fitting role, or null.
   */
  static @Nullable Builder recentPerson(
      MentionContext c, @Nullable String country, Role role, boolean leader, int beforeToken) {
    int before = c.tokens.get(beforeToken).span().start();
    List<DocumentActors.PersonMention> pm = c.actors.personMentions;
    for (int i = pm.size() - 1; i >= 0; i--) {
      if (pm.get(i).span().start() >= before) {
        continue;
      }
      Builder b = c.actors.find(pm.get(i).actorId());
      if (b == null || (country != null && !country.equals(b.country))) {
        continue;
      }
      if (b.role == null || b.role.equals(role.role()) || (leader && isLeaderRole(c, b.role))) {
        return b;
      }
    }
    return null;
  }

  /** Whether the list holds the actor; builders are one per id, so the id says it. */
  static boolean hasActor(List<Builder> builders, Builder b) {
    for (Builder x : builders) {
      if (x.id.equals(b.id)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code n} most recently mentioned distinct people before the token. */
  static List<Builder> recentPeople(MentionContext c, int n, int beforeToken, boolean leaders) {
    int before = c.tokens.get(beforeToken).span().start();
    List<Builder> out = new ArrayList<>();
    List<DocumentActors.PersonMention> pm = c.actors.personMentions;
    // "the two leaders" means the leaders in the story, not a bystander quoted since: take people
    // in leading roles first, then anyone.
    for (int pass = leaders ? 0 : 1; pass < 2; pass++) {
      for (int i = pm.size() - 1; i >= 0 && out.size() < n; i--) {
        Builder b = c.actors.find(pm.get(i).actorId());
        if (pm.get(i).span().start() < before
            && b != null
            && !hasActor(out, b)
            && (pass == 1 || (b.role != null && isLeaderRole(c, b.role)))) {
          out.add(b);
        }
      }
    }
    return out;
  }

  private static boolean isLeaderRole(MentionContext c, String roleName) {
    return c.resolver.leaderRoles.contains(roleName);
  }

  /** The one person who held {@code role} for {@code country} on the document date, or null. */
  static @Nullable Person officeHolder(MentionContext c, String country, Role role) {
    if (c.date == null) {
      return null;
    }
    Person found = null;
    for (Person p : c.dictionary.people()) {
      if (!p.country().equals(country)) {
        continue;
      }
      Term t = p.termOn(c.date);
      if (t != null
          && (t.role().equals(role.role())
              || (role.leader() && role.role().equals("leader") && isLeaderRole(c, t.role())))) {
        if (found != null && !found.equals(p)) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }
}
