package org.readout.core.actor;

import org.jspecify.annotations.Nullable;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.Mention;

/**
 * Whom a spokesperson speaks for. CAMEO codes a spokesperson's words as the principal's: "A
 * spokesman for the Taliban government, X, rejected ..." and "The junta's spokesman, Colonel X,
 * denied ..." are acts of the Taliban and of the junta. A named spokesperson whose title gives no
 * country or organization of its own takes the principal's code and country, from the phrase before
 * the name ({@link #before}) or the apposition after it ({@link #after}).
 */
final class Principals {
  /** The role (roles.tsv) of those who speak for someone else. */
  static final String SPOKESPERSON = "spokesperson";

  private Principals() {}

  /** What a principal gives its spokesperson. */
  record Principal(@Nullable String code, @Nullable String country) {}

  /**
   * The principal of a name starting at token {@code name} that follows a comma: the actor whose
   * mention ends right before "'s spokesman ," or "spokesman ," ("The junta's spokesman, X"), or
   * one named after "spokesman for/of" and before the comma ("A spokesman for the Taliban
   * government, X"). Null when the phrase is not of these shapes or the actor has no code.
   */
  static @Nullable Principal before(MentionContext c, int name) {
    int j = name - 1;
    if (j < 1 || !c.word(j).equals(",")) {
      return null;
    }
    j--;
    Match<Hit> role = c.hitStartingBefore(j);
    if (isSpokesperson(role)) {
      int k = role.firstToken() - 1;
      if (k >= 0 && c.word(k).equals("'s")) {
        k--;
      }
      return k >= 0 ? principalEndingAt(c, k) : null;
    }
    // "spokesman for the Taliban government ,": the principal, perhaps with a trailing role word.
    int end = j;
    if (role != null && role.value() instanceof Hit.RoleWord) {
      end = role.firstToken() - 1;
    }
    for (int k = end; k >= Math.max(1, end - 7); k--) {
      String w = c.word(k - 1);
      if ((w.equals("for") || w.equals("of"))
          && k >= 2
          && isSpokesperson(c.hitStartingBefore(k - 2))) {
        Principal p = principalEndingAt(c, end);
        return p != null ? p : principalEndingAt(c, j);
      }
    }
    return null;
  }

  /**
   * The principal an apposition after a name gives: ", a spokesman for X" or ", the spokeswoman of
   * X", where X is a coded organization, a country or a seat of government (a government's
   * spokesperson). Null otherwise.
   */
  static @Nullable Principal after(MentionContext c, int endToken) {
    int k = endToken;
    if (k >= c.tokens.size() || !c.word(k).equals(",")) {
      return null;
    }
    k++;
    if (c.isDeterminer(k)) {
      k++;
    }
    Match<Hit> role = k < c.tokens.size() ? c.hitAt.get(k) : null;
    if (!isSpokesperson(role)) {
      return null;
    }
    Match<Hit> body = bodyAfterForOf(c, role.endToken());
    return body == null ? null : ofBody(body);
  }

  /**
   * The dictionary phrase X in "for (the) X" or "of (the) X" starting at token {@code k}, or null:
   * the body a role is held for ("a spokesman for the ministry").
   */
  static @Nullable Match<Hit> bodyAfterForOf(MentionContext c, int k) {
    if (k + 1 >= c.tokens.size() || !(c.word(k).equals("for") || c.word(k).equals("of"))) {
      return null;
    }
    k++;
    if (c.word(k).equalsIgnoreCase("the") && k + 1 < c.tokens.size()) {
      k++;
    }
    return c.hitAt.get(k);
  }

  /**
   * The principal a body gives: a coded organization, or a country or seat of government (its
   * government). Null for anything else.
   */
  static @Nullable Principal ofBody(Match<Hit> h) {
    if (h.value() instanceof Hit.OrgName o && o.organization().code() != null) {
      return new Principal(o.organization().code(), o.organization().country());
    }
    if (h.value() instanceof Hit.CountryName cn) {
      return new Principal(cn.country().code() + "GOV", cn.country().code());
    }
    if (h.value() instanceof Hit.Metonym mt) {
      return new Principal(mt.country().code() + "GOV", mt.country().code());
    }
    return null;
  }

  private static boolean isSpokesperson(@Nullable Match<Hit> h) {
    return h != null
        && h.value() instanceof Hit.RoleWord r
        && r.role().role().equals(SPOKESPERSON)
        && !r.plural();
  }

  /** The coded actor with a mention whose last token is {@code k}, or null. */
  private static @Nullable Principal principalEndingAt(MentionContext c, int k) {
    int end = c.tokens.get(k).span().end();
    for (Builder b : c.actors.all()) {
      if (b.code == null && b.country == null) {
        continue;
      }
      for (Mention m : b.mentions) {
        if (m.span().end() == end) {
          return new Principal(b.code, b.country);
        }
      }
    }
    return null;
  }
}
