package org.readout.core.actor;

import static org.readout.core.actor.ActorResolver.slug;

import org.jspecify.annotations.Nullable;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;

/**
 * The actor a name the dictionary lacks refers to when the article met it before under a longer or
 * shorter form: "the Commission" after "European Commission", "Lopez" after "Maria Lopez", "Park"
 * after "Park Jun-ho" (surname first); else a new actor of that name.
 *
 * <p>Split out of {@link DocumentResolution}, which calls it for unknown names and lone surnames;
 * static, as {@link LedBy} and {@link Principals} are.
 */
final class Namesakes {
  private Namesakes() {}

  /**
   * The organization a name refers to: one already met whose name ends or begins with it ("the
   * Commission" after "European Commission", "Georgian Dream" after "Georgian Dream party"), else a
   * new one.
   */
  static Builder organizationNamed(MentionContext c, String name) {
    for (Builder b : c.actors.all()) {
      boolean org = b.kind == ActorKind.ORGANIZATION || b.kind == ActorKind.INSTITUTION;
      if (org && (b.name.endsWith(" " + name) || b.name.startsWith(name + " "))) {
        return b;
      }
    }
    return c.actors.get("org/" + slug(name), name, ActorKind.ORGANIZATION);
  }

  /**
   * An earlier unknown person whose name this one repeats or shortens ("Maria Lopez" ... "Lopez"),
   * or a new one.
   */
  static Builder unknownPerson(MentionContext c, String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    Builder namesake = surnameFirstNamesake(c, name);
    if (namesake != null) {
      return namesake; // "Park" after "Park Jun-ho"
    }
    String surname = SurnameFirstNames.surnameOf(name);
    for (Builder b : c.actors.all()) {
      if (b.kind == ActorKind.PERSON && b.id.startsWith("person/~")) {
        if (surname != null && b.name.equals(surname)) {
          b.name = name; // "Park" came first, then "Park Jun-ho"
          return b;
        }
        if (b.name.equals(name)
            || (b.name.endsWith(" " + last)
                && !name.contains(" ")
                && SurnameFirstNames.surnameOf(b.name) == null)) {
          return b;
        }
        if (name.endsWith(" " + b.name.substring(b.name.lastIndexOf(' ') + 1))
            && !b.name.contains(" ")) {
          b.name = name; // the surname came first; keep the full name
          return b;
        }
      }
    }
    return c.actors.get("person/~" + slug(name), name, ActorKind.PERSON);
  }

  /**
   * The person last mentioned before now whose surname-first name ("Park Jun-ho", "Li Wei") begins
   * with {@code surname}, a lone word: an unknown person, or a dictionary person whose full name
   * the article gave. Null when none, or when {@code surname} is not a lone word.
   */
  static @Nullable Builder surnameFirstNamesake(MentionContext c, String surname) {
    if (surname.contains(" ")) {
      return null;
    }
    Builder found = null;
    int latest = -1;
    for (Builder b : c.actors.all()) {
      if (b.kind != ActorKind.PERSON || !surname.equals(SurnameFirstNames.surnameOf(b.name))) {
        continue;
      }
      if (!b.id.startsWith("person/~") && !fullNameMentioned(c, b)) {
        continue;
      }
      int at = b.mentions.get(b.mentions.size() - 1).span().start();
      if (at > latest) {
        found = b;
        latest = at;
      }
    }
    return found;
  }

  /** Whether a mention of the actor spells its full name (not only a short name or a pronoun). */
  private static boolean fullNameMentioned(MentionContext c, Builder b) {
    for (Mention m : b.mentions) {
      if (m.span().of(c.text).contains(" ") && m.kind() == MentionKind.NAME) {
        return true;
      }
    }
    return false;
  }
}
