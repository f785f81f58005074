package org.readout.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;

/**
 * The two countries an article is about so far: the countries of the actor mentions before a point,
 * counted, the two most named first (the earlier named on a tie). "Urged both sides to show
 * restraint", "the two neighbours" and a bare "Tokyo protested" refer to this pair, which a human
 * coder reads from the whole article and the sentence alone does not name. Built once per article
 * in time linear in its mentions; each question scans the mentions before the point.
 */
final class DocumentDyad {
  /** One country side of the article: its representative actor and how often it is named. */
  record Side(String country, String actorId, int count, int firstAt) {}

  /** A country mention: where it starts and which country it names. */
  private record At(int offset, String country, String actorId) {}

  private final List<At> mentions = new ArrayList<>();
  private final Map<String, String> representative = new HashMap<>();

  DocumentDyad(DocView v) {
    Set<String> countries = new HashSet<>();
    for (Actor a : v.doc.actors()) {
      if (a.country() == null || !a.members().isEmpty()) {
        continue; // a group ("the two leaders") is counted through its members' own mentions
      }
      for (Mention m : a.mentions()) {
        mentions.add(new At(m.span().start(), a.country(), a.id()));
      }
      // The country itself speaks for its side; else its first-named actor.
      String old = representative.get(a.country());
      if (old == null || (a.kind() == ActorKind.COUNTRY && !countries.contains(old))) {
        representative.put(a.country(), a.id());
      }
      if (a.kind() == ActorKind.COUNTRY) {
        countries.add(a.id());
      }
    }
    mentions.sort(Comparator.comparingInt(At::offset));
  }

  /** The country sides named before character {@code offset}, most named first. */
  List<Side> sidesBefore(int offset) {
    Map<String, int[]> tally = new LinkedHashMap<>();
    for (At at : mentions) {
      if (at.offset() >= offset) {
        break;
      }
      int[] c = tally.computeIfAbsent(at.country(), k -> new int[] {0, at.offset()});
      c[0]++;
    }
    List<Side> out = new ArrayList<>();
    tally.forEach(
        (country, c) -> out.add(new Side(country, representative.get(country), c[0], c[1])));
    out.sort(Comparator.comparingInt(Side::count).reversed().thenComparingInt(Side::firstAt));
    return out;
  }

  /** The two most named sides before {@code offset}, or an empty list when fewer than two. */
  List<Side> pair(int offset) {
    List<Side> all = sidesBefore(offset);
    return all.size() < 2 ? List.of() : all.subList(0, 2);
  }

  /**
   * The pair when it dominates: no third country is named as often as the second side. "Seoul
   * lodged a protest" in an article about Seoul and Tokyo is a protest to Tokyo; in one that names
   * three countries alike it is unknown.
   */
  List<Side> dominantPair(int offset) {
    List<Side> all = sidesBefore(offset);
    if (all.size() < 2 || (all.size() > 2 && all.get(2).count() >= all.get(1).count())) {
      return List.of();
    }
    return all.subList(0, 2);
  }

  /** The side of {@code pair} other than {@code country}'s, or null when it is not in the pair. */
  static @Nullable Side otherOf(List<Side> pair, @Nullable String country) {
    if (pair.size() != 2 || country == null) {
      return null;
    }
    if (pair.get(0).country().equals(country)) {
      return pair.get(1);
    }
    return pair.get(1).country().equals(country) ? pair.get(0) : null;
  }
}
