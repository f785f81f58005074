package org.readout.core.actor;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.ActorKind;

/**
 * The country a generic agent belongs to when nothing in its phrase says ("The army said ...",
 * "Police raided ...", "the court"): the dateline's, the place the story is filed from; else the
 * country the article is about, when one country leads the article's country names (its names,
 * nationalities, capitals and places) with more mentions than any other.
 *
 * <p>Which agents take it: a state's own bodies and officers at home (police, courts, legislators;
 * the government only from a dateline) and its armed institutions named in the singular ("the
 * army", "the military", "the navy"), which a story rarely leaves unqualified when they are a
 * foreign state's. Armed groups ("troops", "helicopters") take the country only of a story about
 * one country, named at least twice as often as any other. Fighters, protesters or civilians can
 * come from anywhere and stay countryless here; the events stage may still give them the country of
 * the side they deal with.
 *
 * <p>Design decision: a CAMEO coder reads "the army" in a Myanmar story as Myanmar's army; the
 * article's leading country is that reading made mechanical. A tie between two countries (a story
 * of a war between two) gives none, rather than a guess.
 */
final class HomeCountry {
  /** Domestic agents: their phrase is often bare because the story's country is understood. */
  private static final Set<String> DOMESTIC = Set.of("COP", "JUD", "LEG", "GOV");

  /** Armed and intelligence bodies, taken only as institutions ("the army", not "troops"). */
  private static final Set<String> ARMED_BODIES = Set.of("MIL", "SPY");

  private final @Nullable String dateline;
  private final @Nullable String leading;
  private final @Nullable String dominant;

  /**
   * @param dateline the dateline's country code, or null without a dateline
   * @param named how often the article names each country code
   */
  HomeCountry(@Nullable String dateline, Map<String, Integer> named) {
    this.dateline = dateline;
    this.leading = leadingCountry(named);
    this.dominant = dominantCountry(named);
  }

  /**
   * The country of an unqualified agent of role code {@code code} and actor kind {@code kind}, or
   * null when it takes none.
   */
  @Nullable String of(String code, ActorKind kind) {
    boolean takes =
        DOMESTIC.contains(code) || (kind == ActorKind.INSTITUTION && ARMED_BODIES.contains(code));
    if (!takes) {
      // "Helicopters fired on ...", "troops": a foreign army is usually named as such, but a
      // dateline does not say whose troops they are; only a story about one country does.
      return kind == ActorKind.GROUP && ARMED_BODIES.contains(code) ? dominant : null;
    }
    if (dateline != null) {
      return dateline;
    }
    // "the regime", "the government" without a dateline is as often a foreign state the speaker
    // denounces ("the Zionist regime") as the story's own: only the dateline says.
    return code.equals("GOV") ? null : leading;
  }

  /** The code named at least twice as often as every other, or null. */
  static @Nullable String dominantCountry(Map<String, Integer> named) {
    String best = leadingCountry(named);
    if (best == null) {
      return null;
    }
    int n = named.get(best);
    for (Map.Entry<String, Integer> e : named.entrySet()) {
      if (!e.getKey().equals(best) && 2 * e.getValue() > n) {
        return null;
      }
    }
    return best;
  }

  /** The code named more often than every other, or null on a tie or without any. */
  static @Nullable String leadingCountry(Map<String, Integer> named) {
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : named.entrySet()) {
      int n = e.getValue();
      if (n > bestCount) {
        second = bestCount;
        best = e.getKey();
        bestCount = n;
      } else if (n > second) {
        second = n;
      }
    }
    return bestCount > second ? best : null;
  }
}
