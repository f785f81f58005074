package org.readout.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.ClauseReader.Subject;
import org.readout.core.event.ClauseReader.SubjectKind;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Quote;

/**
 * Which actors stand on whose side: groups expanded to their members, a person and their own
 * country, and whether a quoted speaker commits to a statement. Read-only over one article.
 */
final class ActorSides {
  private final DocView v;

  ActorSides(DocView v) {
    this.v = v;
  }

  /**
   * In a direct quote the speaker is the source only when the speaker commits: "I"/"we", a group
   * the speaker belongs to ("the two countries"), or the speaker's own country or government as
   * subject.
   */
  List<String> committedSpeaker(Quote q, Subject subj, List<String> lastPair) {
    String speaker = q.speaker();
    if (speaker == null) {
      return List.of();
    }
    return switch (subj.kind()) {
      case FIRST_PERSON -> List.of(speaker);
      case PAIR -> sameSide(speaker, lastPair) ? List.of(speaker) : List.of();
      case MENTIONS -> sameSide(speaker, expand(subj.mentions())) ? List.of(speaker) : List.of();
      case NONE -> List.of();
    };
  }

  /** The actors of the subject (or the last pair) that are not on the speaker's side. */
  List<String> othersOf(@Nullable String speaker, Subject subj, List<String> lastPair) {
    List<String> group = subj.kind() == SubjectKind.MENTIONS ? expand(subj.mentions()) : lastPair;
    List<String> out = new ArrayList<>();
    for (String id : group) {
      if (!sameSide(speaker, List.of(id))) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * Whether {@code b} is the country actor of {@code a}'s own country and {@code a} speaks for its
   * state ("Xi ... China"), or the converse: not a target of Xi's in what {@code code} says. A
   * domestic agent acting on its own country is an event between two agents of one country
   * ("Algerian farmers ... Algeria"): the target stays. So is what a state does to its own people
   * ({@link #isDomesticAct}): "the Iranian authorities freed 11 of Iran's prisoners", "Venezuela
   * banned a former mayor" are IRNGOV → IRN and VEN → VEN, never a null target (issue 8).
   */
  boolean ownCountry(String a, String b, String code) {
    Actor x = v.doc.actor(a);
    Actor y = v.doc.actor(b);
    if (x == null || y == null || x.country() == null || !x.country().equals(y.country())) {
      return false;
    }
    if (isDomesticAct(code) && !(x.kind() == ActorKind.COUNTRY && y.kind() == ActorKind.COUNTRY)) {
      return false;
    }
    return (y.kind() == ActorKind.COUNTRY && isState(x))
        || (x.kind() == ActorKind.COUNTRY && isState(y));
  }

  /**
   * Acts a state does to its own people as much as to others, which CAMEO codes between two agents
   * of one country: aid, release and concessions (07, 08), accusations, rejections and bans (11,
   * 12, 16), threats, force posture, repression and force (13, 15, 17–20). Talks, statements and
   * praise (01–06) of a leader about the leader's own country are no event between two sides.
   */
  static boolean isDomesticAct(String code) {
    int r = CodeCombiner.root(code);
    return r == 7 || r == 8 || r == 11 || r == 12 || r == 13 || r >= 15;
  }

  /** Whether the actor is a city, region or landmark. */
  boolean isPlace(@Nullable String id) {
    Actor a = v.doc.actor(id);
    return a != null && a.kind() == ActorKind.PLACE;
  }

  /** State roles: the country itself, its government, forces, police, courts, parliament. */
  private static final Set<String> STATE_ROLES =
      Set.of("", "GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  private static boolean isState(Actor a) {
    if (a.kind() == ActorKind.COUNTRY) {
      return true;
    }
    if (a.kind() == ActorKind.PLACE || a.id().contains("@")) {
      return false; // a city or a local body ("the Dubai ruler", "an Istanbul court") is no state
    }
    String code = a.code();
    if (code == null) {
      return a.kind() == ActorKind.PERSON;
    }
    return code.startsWith(a.country()) && STATE_ROLES.contains(code.substring(3));
  }

  /** Roles of a state's agents at home: government, police, courts, parliament, the country. */
  private static final Set<String> HOME_ROLES = Set.of("", "GOV", "COP", "JUD", "LEG");

  /**
   * Whether {@code id} is a state's agent that acts on its own people: the country, its government,
   * police, courts or parliament, and with {@code army} its armed forces too.
   */
  boolean isDomesticState(String id, boolean army) {
    Actor a = v.doc.actor(id);
    if (a == null || a.country() == null || !isState(a)) {
      return false;
    }
    String code = a.code();
    String role = code == null || !code.startsWith(a.country()) ? "" : code.substring(3);
    return HOME_ROLES.contains(role) || (army && role.equals("MIL"));
  }

  /**
   * The id of the country actor of {@code id}'s country when the article names it ({@code id}
   * itself for a country: "Kenyans"); else null.
   */
  @Nullable String homeCountry(String id) {
    Actor a = v.doc.actor(id);
    if (a == null || a.country() == null) {
      return null;
    }
    if (a.kind() == ActorKind.COUNTRY) {
      return id;
    }
    for (Actor c : v.doc.actors()) {
      if (c.kind() == ActorKind.COUNTRY && a.country().equals(c.country())) {
        return c.id();
      }
    }
    return null;
  }

  /** Role codes of armed actors that are no state's forces. */
  private static final Set<String> IRREGULAR_ROLES = Set.of("REB", "CRM", "OPP", "CVL", "RAD");

  /**
   * Whether the actor is an irregular fighter (rebels, militants, gangs, an armed group): an attack
   * or killing by one is unconventional violence (18), not a state's military force (19).
   */
  boolean irregular(String id) {
    Actor a = v.doc.actor(id);
    String code = a == null ? null : a.code();
    if (code == null || code.length() < 3) {
      return false;
    }
    return code.startsWith("IMG") || IRREGULAR_ROLES.contains(code.substring(code.length() - 3));
  }

  /** Whether both actors belong to one known country. */
  boolean sameCountry(String a, String b) {
    Actor x = v.doc.actor(a);
    Actor y = v.doc.actor(b);
    return x != null && y != null && x.country() != null && x.country().equals(y.country());
  }

  boolean sameSide(@Nullable String speaker, List<String> ids) {
    Actor s = v.doc.actor(speaker);
    if (s == null) {
      return false;
    }
    for (String id : ids) {
      Actor a = v.doc.actor(id);
      if (id.equals(speaker)
          || (a != null && s.country() != null && s.country().equals(a.country()))) {
        return true;
      }
    }
    return false;
  }

  /** Actor ids of mentions, a group expanded to its members. */
  List<String> expand(List<MentionRef> mentions) {
    List<String> out = new ArrayList<>();
    for (MentionRef r : mentions) {
      Actor a = v.doc.actor(r.actorId());
      List<String> ids = a != null && !a.members().isEmpty() ? a.members() : List.of(r.actorId());
      for (String id : ids) {
        if (!out.contains(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }
}
