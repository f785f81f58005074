package org.readout.core.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.actor.Principals.Principal;
import org.readout.core.model.ActorKind;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * An unnamed office holder introduced with "a" or "an": "a spokesman for the ministry", "a foreign
 * ministry spokeswoman", "a senior Russian diplomat". Such a phrase brings in someone new; it never
 * refers back to a person named earlier, as "the spokesman" may (issue 8, session 13: "A spokesman
 * for the ministry accused ..." had been read as the president named a paragraph before). The
 * person is coded by the role and the country the phrase names: a nationality or possessive before
 * the role ({@link RoleMentions#countryModifier}), an "of/in/from X" after it, or the principal of
 * "for/of (the) X" (a country, a seat of government, a coded organization, or a nationality before
 * an institution: "for the Russian defence ministry"). Without any, the code is the role's alone
 * ("GOV") and the events stage gives it the article's country, as a coder reads an unnamed ministry
 * spokesman in a story from one capital. Kept out of {@code RoleMentions}, which is over size.
 */
final class IndefiniteRoleHolders {
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another");

  private IndefiniteRoleHolders() {}

  /**
   * Records the person a singular role description at {@code m} introduces when an indefinite
   * article opens it; false (nothing done) otherwise.
   */
  static boolean introduce(RoleMentions c, Hit.RoleWord r, Match<Hit> m) {
    int first = c.firstModifierToken(m.firstToken());
    int det = first - 1;
    while (det >= 0 && isRank(c, det)) {
      det--; // "a senior official": ranks are skipped by countryModifier, not by the modifiers
    }
    if (det < 0 || !INDEFINITE.contains(c.word(det).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (det >= 2 && c.word(det - 1).equals(",") && endsPersonMention(c, det - 2)) {
      return false; // "Park Jun-ho, a lawmaker from Busan,": the apposition describes Park
    }
    if (namedInApposition(c, m.endToken())) {
      return false; // "A police spokeswoman, Resila Onyango, said": the name that follows is her
    }
    String country = c.countryModifier(m.firstToken());
    String code = null;
    if (country == null) {
      country = c.countryAfter(m.endToken());
    }
    if (country == null) {
      Principal p = principalAfter(c, m.endToken());
      if (p != null) {
        country = p.country();
        code = p.code();
      } else if (opensPhrase(c, m.endToken()) && !institutionAfter(c, m.endToken())) {
        return false; // "a spokesman for the mission", "for the rebel alliance": whose, unknown
      }
    }
    Span span = new Span(c.tokens.get(det).span().start(), m.end());
    if (country == null && code == null) {
      country = c.domesticDefault(r.role(), ActorKind.PERSON); // the dateline's country
    }
    if (country == null && code == null && r.role().code().equals("GOV")) {
      country = lastState(c, span.start()); // "Seoul summoned ... A spokesman for the ministry"
    }
    if (code == null) {
      code = (country == null ? "" : country) + r.role().code();
    }
    Builder b =
        c.actors.get(
            "person/"
                + (country == null ? "~" : country + "-")
                + ActorResolver.slug(r.role().role())
                + "-"
                + span.start(),
            span.of(c.text),
            ActorKind.PERSON);
    b.code = code;
    b.country = country;
    b.role = r.role().role();
    if (b.gender == null) {
      b.gender = ActorResolver.genderOfRoleWord(r.phrase());
    }
    c.actors.mention(b, span, MentionKind.DESCRIPTION);
    c.notePerson(b, span, m.firstToken());
    return true;
  }

  /**
   * The country of the state (a country or its government) mentioned last before {@code before}:
   * the ministry an unnamed official speaks for is most often the one the story has just named.
   */
  private static @Nullable String lastState(RoleMentions c, int before) {
    String found = null;
    int at = -1;
    for (Builder b : c.actors.all()) {
      boolean state =
          b.kind == ActorKind.COUNTRY
              || (b.kind == ActorKind.INSTITUTION && b.code != null && b.code.endsWith("GOV"));
      if (!state || b.country == null) {
        continue;
      }
      for (org.readout.core.model.Mention mention : b.mentions) {
        int start = mention.span().start();
        if (start < before && start > at) {
          at = start;
          found = b.country;
        }
      }
    }
    return found;
  }

  /** Whether the last person mention so far ends with token {@code k}. */
  private static boolean endsPersonMention(RoleMentions c, int k) {
    List<DocumentActors.PersonMention> pm = c.actors.personMentions;
    return !pm.isEmpty() && pm.get(pm.size() - 1).span().end() == c.tokens.get(k).span().end();
  }

  /** Whether a comma and a person's name follow the role phrase ending at {@code k}. */
  private static boolean namedInApposition(RoleMentions c, int k) {
    for (int j = k; j < Math.min(c.tokens.size() - 1, k + 8); j++) {
      String w = c.word(j);
      if (w.equals(",")) {
        return c.nextIsName(j + 1);
      }
      if (w.equals(".") || c.tokens.get(j).tag().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  /** Whether "for" or "of" follows the role word. */
  private static boolean opensPhrase(RoleMentions c, int k) {
    return k < c.tokens.size() && (c.word(k).equals("for") || c.word(k).equals("of"));
  }

  /**
   * Whether the "for/of (the) X" after the role names a state institution ("the ministry", "the
   * foreign ministry"): a body of the story's state, not a mission or an alliance.
   */
  private static boolean institutionAfter(RoleMentions c, int k) {
    for (int j = k + 1; j < Math.min(c.tokens.size(), k + 4); j++) {
      Match<Hit> h = c.hitAt.get(j);
      if (h != null
          && h.value() instanceof Hit.RoleWord rw
          && rw.role().kind() == ActorKind.INSTITUTION
          && rw.role().code().equals("GOV")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRank(RoleMentions c, int k) {
    String w = c.word(k).toLowerCase(Locale.ROOT);
    return w.equals("senior") || w.equals("top") || w.equals("junior");
  }

  /**
   * The body named in "for (the) X" or "of (the) X" right after the role: what {@link
   * Principals#ofBody} gives (a coded organization, a country or seat of government), or a
   * nationality before an institution word ("the Russian defence ministry": that country with the
   * institution's role code).
   */
  private static @Nullable Principal principalAfter(RoleMentions c, int k) {
    Match<Hit> h = Principals.bodyAfterForOf(c, k);
    if (h == null) {
      return null;
    }
    Principal body = Principals.ofBody(h);
    if (body != null) {
      return body;
    }
    if (h.value() instanceof Hit.Demonym d) {
      for (int j = h.endToken(); j < Math.min(c.tokens.size(), h.endToken() + 3); j++) {
        Match<Hit> next = c.hitAt.get(j);
        if (next != null
            && next.value() instanceof Hit.RoleWord rw
            && rw.role().kind() == ActorKind.INSTITUTION) {
          String country = d.country().code();
          return new Principal(country + rw.role().code(), country);
        }
      }
    }
    return null;
  }
}
