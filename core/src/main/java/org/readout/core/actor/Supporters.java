package org.readout.core.actor;

import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * "Supporters of Castillo", "Lula's supporters", "Khan loyalists", "his supporters": the followers
 * of a person take that person's country. They are the opposition (OPP) when the person holds no
 * office on the document date (a former leader, an opposition figure), else civilians (CVL): a
 * sitting leader's supporters are not the state.
 */
final class Supporters {
  /** The role (roles.tsv) of followers of a person. */
  static final String ROLE = "supporters";

  private Supporters() {}

  /**
   * The code of the supporters' role word {@code m} when a dictionary person it follows is named
   * right after it ("of X") or right before it ("X supporters", "X's supporters"); null otherwise.
   */
  static @Nullable String code(MentionContext c, Role role, Match<Hit> m) {
    if (!role.role().equals(ROLE)) {
      return null;
    }
    Match<Hit> p = leader(c, m);
    if (p == null) {
      return pronounLeader(c, m);
    }
    Person person = ((Hit.PersonName) p.value()).person();
    return person.country() + (person.termOn(c.date) == null ? "OPP" : "CVL");
  }

  /**
   * "His supporters": the person the possessive pronoun right before the role word was resolved to,
   * when that person has a country; OPP unless the person's code is a government's.
   */
  private static @Nullable String pronounLeader(MentionContext c, Match<Hit> m) {
    int j = m.firstToken() - 1;
    if (j < 0) {
      return null;
    }
    Span at = c.tokens.get(j).span();
    for (Builder b : c.actors.all()) {
      if (b.kind != ActorKind.PERSON || b.country == null) {
        continue;
      }
      for (Mention mention : b.mentions) {
        if (mention.span().equals(at) && mention.kind() == MentionKind.PRONOUN) {
          boolean governs = b.code != null && b.code.endsWith("GOV");
          return b.country + (governs ? "CVL" : "OPP");
        }
      }
    }
    return null;
  }

  /** The span from the role word to the name, or from the name to the role word. */
  static Span span(MentionContext c, Match<Hit> m) {
    Match<Hit> p = leader(c, m);
    if (p == null) {
      return new Span(m.start(), m.end());
    }
    return new Span(Math.min(p.start(), m.start()), Math.max(p.end(), m.end()));
  }

  private static @Nullable Match<Hit> leader(MentionContext c, Match<Hit> m) {
    int k = m.endToken();
    if (k + 1 < c.tokens.size() && c.word(k).equals("of")) {
      Match<Hit> after = c.hitAt.get(k + 1);
      if (isPerson(after)) {
        return after;
      }
    }
    int j = m.firstToken() - 1;
    if (j >= 0 && c.word(j).equals("'s")) {
      j--;
    }
    Match<Hit> before = j >= 0 ? c.hitStartingBefore(j) : null;
    return isPerson(before) ? before : null;
  }

  private static boolean isPerson(@Nullable Match<Hit> h) {
    return h != null && h.value() instanceof Hit.PersonName;
  }
}
