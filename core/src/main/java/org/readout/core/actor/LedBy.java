package org.readout.core.actor;

import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Group;
import org.readout.core.actor.PhraseMatcher.Match;

/**
 * "Vietnamese-led forces", "Kurdish-led forces in northeastern Syria": a role group led by a nation
 * or a people. Forces a nation leads are its own (VNMMIL); forces a people leads are an armed
 * group, not a state's military, of the country they are in.
 */
final class LedBy {
  private LedBy() {}

  /**
   * The leader before a role word: a country ({@code country}) or an ethnic or religious group
   * ({@code group}), and the phrase's first token.
   */
  record Leader(@Nullable String country, @Nullable Group group, int firstToken) {}

  /**
   * The leader of the role word at {@code roleFirst}: "X - led", "X -led" or one token "X-led"
   * right before it, X a nationality, country name or group adjective; null otherwise.
   */
  static @Nullable Leader before(MentionContext c, int roleFirst) {
    int j = roleFirst - 1;
    if (j < 0) {
      return null;
    }
    String w = c.word(j);
    if (w.endsWith("-led") && w.length() > 4 && !w.equals("-led")) {
      Hit h = c.resolver.leaderWords.get(w.substring(0, w.length() - 4));
      return h == null ? null : leader(h, j);
    }
    if (w.equals("-led")) {
      j--;
    } else if (w.equals("led") && j > 0 && c.word(j - 1).equals("-")) {
      j -= 2;
    } else {
      return null;
    }
    Match<Hit> h = j >= 0 ? c.hitStartingBefore(j) : null;
    return h == null ? null : leader(h.value(), h.firstToken());
  }

  /** Whether "- led" (or "-led") and a role word follow token {@code end}'s predecessor. */
  static boolean leadsRole(MentionContext c, int end) {
    int k = end;
    if (k < c.tokens.size() && c.word(k).equals("-led")) {
      k++;
    } else if (k + 1 < c.tokens.size() && c.word(k).equals("-") && c.word(k + 1).equals("led")) {
      k += 2;
    } else {
      return false;
    }
    Match<Hit> next = k < c.tokens.size() ? c.hitAt.get(k) : null;
    return next != null && next.value() instanceof Hit.RoleWord;
  }

  private static @Nullable Leader leader(Hit h, int first) {
    if (h instanceof Hit.Demonym d) {
      return new Leader(d.country().code(), null, first);
    }
    if (h instanceof Hit.CountryName cn) {
      return new Leader(cn.country().code(), null, first);
    }
    if (h instanceof Hit.GroupName g) {
      return new Leader(null, g.group(), first);
    }
    return null;
  }
}
