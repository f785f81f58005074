package org.readout.core.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Place;

/**
 * The CAMEO codes an event gives its participants. An actor's own code comes first; an actor
 * without a country borrows one, as a coder would: from the domestic actor it deals with ("Kenyan
 * police arrested demonstrators" → KENCOP → KENOPP), else from the country the article is about
 * (the country its actors name most often). Read-only over one article.
 */
final class ParticipantCodes {
  /**
   * Domestic actors whose country a countryless group shares: police, courts, a government, its
   * people.
   */
  private static final Set<String> DOMESTIC_ROLES = Set.of("GOV", "COP", "JUD", "LEG", "");

  /**
   * Agents that act at home only: a countryless judge or police acting on the article's state is
   * that state's own ("Judge X opened an investigation into Chilean officials"), not a foreigner.
   */
  private static final Set<String> DOMESTIC_AGENTS = Set.of("JUD", "COP", "LEG");

  /** Fighters who are no state's forces: without a country, they are of the place they fight in. */
  private static final Set<String> IRREGULAR_ROLES =
      Set.of("REB", "CRM", "INS", "UAF", "SEP", "RAD");

  /** Role codes that stand for an agent of some country, never a country of their own. */
  private static final Set<String> AGENT_ROLES =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "MED", "BUS", "CVL", "EDU", "HLH",
          "REF", "LAB", "REL", "SPY", "AGR", "CRM", "ELI", "INS", "SEP", "MOD", "RAD", "UAF");

  private final AnnotatedArticle doc;
  private final @Nullable String articleCountry;

  ParticipantCodes(AnnotatedArticle doc) {
    this.doc = doc;
    this.articleCountry = articleCountry(doc);
  }

  /**
   * The code of {@code id} in an event with {@code other}. A group with a role but no country
   * ("demonstrators", OPP) takes the country of the other side when that side is a domestic actor
   * of one country — its government, police, courts or the country itself — and the act is not
   * armed conflict (roots 18–20 often cross borders). A titled person without a country that such a
   * state actor represses, frees or concedes to is that country's too ("banned the opposition
   * leader X": KENOPP), and so is an untitled one as the target ({@code target}) of such an act
   * ("police arrested X"). Otherwise a countryless agent or person takes the article's country,
   * unless the other side is that country's state (a countryless "President X" acting on the
   * country the article is about is more likely a foreigner; judges, police and legislators are
   * not) or the act is armed force. A person with neither country nor title is anyone's, and one
   * dealing with an international body may speak for it: no country.
   *
   * <p>{@code location} is where the event happened (null when the sentence names no place). The
   * victims of armed force and the irregular fighters who use it, when the actor stage gave them no
   * country ("killed four villagers in southern Kestria", "gunmen attacked a bus near X"), are of
   * the country where it happened, as CAMEO coders read them; before, they kept a bare role code
   * (CVL) and no country (issue 8, session 15).
   */
  @Nullable String code(
      @Nullable String id,
      @Nullable String other,
      CameoCodebook.Code c,
      boolean target,
      @Nullable Place location) {
    Actor a = doc.actor(id);
    String code = actorCode(a);
    if (a == null || a.country() != null || a.kind() == ActorKind.COUNTRY) {
      return code;
    }
    boolean agent = code == null || AGENT_ROLES.contains(code);
    if (!agent) {
      return code; // international bodies (IGO...), armed groups (IMG...) have no country
    }
    if (location != null
        && CodeCombiner.root(c.code()) >= 18
        && a.kind() == ActorKind.GROUP
        && code != null
        && (target || IRREGULAR_ROLES.contains(code))) {
      return location.country() + code;
    }
    String roleCode = code != null ? code : personAgent(a);
    Actor o = doc.actor(other);
    if (o != null
        && o.country() != null
        && o.kind() != ActorKind.ORGANIZATION
        && CodeCombiner.root(c.code()) < 18
        && isDomestic(o)) {
      if (a.kind() == ActorKind.GROUP && code != null) {
        return o.country() + code;
      }
      if (a.kind() == ActorKind.PERSON
          && (target
              || (a.role() != null
                  && (o.kind() != ActorKind.COUNTRY || !personRole(a.role()).isEmpty())))
          && ActorSides.isDomesticAct(c.code())) {
        // As the source, a titled person borrows the country of a city or body it acts on
        // ("President X threatened a curfew in Algiers") and an opposition figure that of the
        // state it opposes; a countryless foreign minister who criticizes the country North Korea
        // is no North Korean (issue 8, session 13: PRK -> PRK).

        // "the government banned the opposition leader X", "police arrested X, the leader of a
        // small party": a state's own repression, release or concession, done to one of its
        // people (issue 8: KENGOV → KENOPP, never a null code), titled or not.
        return o.country() + (a.role() == null ? "" : personRole(a.role()));
      }
    }
    if (articleCountry == null
        || (a.kind() == ActorKind.PERSON && (a.role() == null || international(o)))
        || CodeCombiner.root(c.code()) >= 18
        || (o != null
            && isStateOf(o, articleCountry)
            && (roleCode == null || !DOMESTIC_AGENTS.contains(roleCode)))) {
      return code; // armed force often crosses borders: a countryless fighter may be foreign
    }
    return code == null ? articleCountry : articleCountry + code;
  }

  /**
   * The agent code a person's role implies when the actor stage gave none: opposition figures
   * (OPP); any other role is the country's alone.
   */
  private static String personRole(String role) {
    String r = role.toLowerCase(Locale.ROOT);
    return r.contains("opposition") || r.contains("dissident") ? "OPP" : "";
  }

  /**
   * The domestic agent a countryless person's title names: a judge or prosecutor is a court's
   * (JUD), a police chief the police's (COP); null for any other title. "Judge X opened an inquiry
   * into Chilean officials" is then read as a judge of the country the article is about, as a
   * countryless court already was.
   */
  private static @Nullable String personAgent(Actor a) {
    if (a.kind() != ActorKind.PERSON || a.role() == null) {
      return null;
    }
    String r = a.role().toLowerCase(Locale.ROOT);
    if (r.contains("judge") || r.contains("prosecutor") || r.contains("magistrate")) {
      return "JUD";
    }
    return r.contains("police") ? "COP" : null;
  }

  /** An international body: a person dealing with one may well speak for it. */
  private static boolean international(@Nullable Actor o) {
    String code = actorCode(o);
    return code != null && code.startsWith("IGO");
  }

  private static boolean isDomestic(Actor o) {
    String role = roleOf(o);
    return role != null && DOMESTIC_ROLES.contains(role);
  }

  /** Whether {@code a} is the country {@code country} or its government. */
  private static boolean isStateOf(Actor a, String country) {
    return country.equals(a.country())
        && (a.kind() == ActorKind.COUNTRY || "GOV".equals(roleOf(a)));
  }

  /** The role part of an actor's code ("" for the country itself), or null without one. */
  private static @Nullable String roleOf(Actor a) {
    String code = actorCode(a);
    return code != null && a.country() != null && code.startsWith(a.country())
        ? code.substring(a.country().length())
        : null;
  }

  /** The actor's CAMEO code, or its country code when it has none. */
  static @Nullable String actorCode(@Nullable Actor a) {
    if (a == null) {
      return null;
    }
    return a.code() != null ? a.code() : a.country();
  }

  /**
   * The country the article's actors name most often (every mention of an actor of that country
   * counts), the first named on a tie; null without any.
   */
  private static @Nullable String articleCountry(AnnotatedArticle doc) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (Actor a : doc.actors()) {
      if (a.country() == null) {
        continue;
      }
      count.merge(a.country(), a.mentions().size(), Integer::sum);
      first.merge(a.country(), a.firstMention().span().start(), Math::min);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (best == null
          || e.getValue() > count.get(best)
          || (e.getValue().equals(count.get(best)) && first.get(e.getKey()) < first.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }
}
