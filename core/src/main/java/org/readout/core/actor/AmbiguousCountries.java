package org.readout.core.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.Token;

/**
 * Names and nationality words that two countries share ("Korea", "Korean"), which {@code
 * countries.tsv} cannot hold because a name belongs to one country there. Each is matched as a
 * {@link Hit.SharedName} and, once a document's hits are known, replaced by the first candidate,
 * the one CAMEO coders take the bare word for (a bare "Korea" is South Korea in CAMEO's
 * dictionaries), unless the article never names that one by its names, nationalities or capital (in
 * any case: a "SEOUL -" dateline counts) and names another: "North Korea fired ... Korea said the
 * test succeeded" is the North's.
 *
 * <p>Design decision (session 14): the candidate named most often used to win, which made every
 * bare "Korea" of a South Korean story about the North the North's ("Korea and the United States
 * will hold drills" in copy that writes "the North" and "North Korea" far more often than its own
 * country's name): a Korean outlet does not name its own country, it is the default.
 *
 * <p>Design decision: the table is small and fixed, so it lives here rather than in a file; {@link
 * #register} checks that its countries exist, so a dictionary without them simply lacks the names.
 */
final class AmbiguousCountries {
  private AmbiguousCountries() {}

  /** A shared name: the words, whether they are nationality words, the candidates' codes. */
  private record Shared(List<String> words, boolean demonym, List<String> codes) {}

  private static final List<Shared> SHARED =
      List.of(
          new Shared(List.of("Korea"), false, List.of("KOR", "PRK")),
          new Shared(List.of("Korean", "Koreans"), true, List.of("KOR", "PRK")));

  /** Adds the shared names whose candidate countries all exist in the dictionary. */
  static void register(ActorDictionary dictionary, PhraseMatcher<Hit> matcher) {
    for (Shared s : SHARED) {
      List<Country> candidates = new ArrayList<>();
      for (String code : s.codes()) {
        Country c = dictionary.country(code);
        if (c != null) {
          candidates.add(c);
        }
      }
      if (candidates.size() == s.codes().size()) {
        Hit hit = new Hit.SharedName(List.copyOf(candidates), s.demonym());
        s.words().forEach(w -> matcher.add(w, hit, false));
      }
    }
  }

  /**
   * Replaces every shared name among {@code hits} by the country (or nationality) of its first
   * candidate, or of the candidate the other hits name most often when the first is never named.
   */
  static void resolve(List<@Nullable Match<Hit>> hits, String text) {
    Map<String, Integer> named = new HashMap<>();
    for (Match<Hit> m : hits) {
      String code = m == null ? null : countryOf(m.value());
      if (code != null) {
        named.merge(code, 1, Integer::sum);
      }
    }
    for (int i = 0; i < hits.size(); i++) {
      Match<Hit> m = hits.get(i);
      if (m != null && m.value() instanceof Hit.SharedName s) {
        Country best = s.candidates().get(0);
        if (named.getOrDefault(best.code(), 0) == 0 && !capitalInText(best, text)) {
          for (Country c : s.candidates()) {
            if (named.getOrDefault(c.code(), 0) > named.getOrDefault(best.code(), 0)) {
              best = c;
            }
          }
        }
        Hit resolved = s.demonym() ? new Hit.Demonym(best) : new Hit.CountryName(best);
        hits.set(i, new Match<>(m.firstToken(), m.endToken(), m.start(), m.end(), resolved));
      }
    }
  }

  /**
   * "the North" and "the South" in a story that names a Korea: North and South Korea, as Korean
   * news writes them ("South Korea's military said the North fired a cruise missile"). Only a
   * capitalized word after "the" that no phrase covers and that no noun follows ("the North
   * Atlantic", "the South China Sea" are other things), and only when the article names either
   * Korea and neither Sudan (where "the North" is Sudan).
   */
  static void resolveNorthAndSouth(
      ActorDictionary dictionary,
      String text,
      List<Token> tokens,
      List<@Nullable Match<Hit>> hits) {
    Country north = dictionary.country("PRK");
    Country south = dictionary.country("KOR");
    if (north == null || south == null) {
      return;
    }
    Map<String, Integer> named = new HashMap<>();
    for (Match<Hit> m : hits) {
      String code = m == null ? null : countryOf(m.value());
      if (code != null) {
        named.merge(code, 1, Integer::sum);
      }
    }
    boolean korea = named.containsKey("PRK") || named.containsKey("KOR");
    if (!korea || named.containsKey("SDN") || named.containsKey("SSD")) {
      return;
    }
    for (int k = 1; k < tokens.size(); k++) {
      String w = tokens.get(k).span().of(text);
      Country c = w.equals("North") ? north : w.equals("South") ? south : null;
      String before = tokens.get(k - 1).span().of(text);
      if (c == null || hits.get(k) != null || !(before.equals("the") || before.equals("The"))) {
        continue;
      }
      if (k + 1 < tokens.size()) {
        Token next = tokens.get(k + 1);
        boolean noun = next.tag().startsWith("NN") || next.tag().startsWith("JJ");
        if (noun && !next.span().of(text).equals("'s")) {
          continue;
        }
      }
      Token t = tokens.get(k);
      hits.set(k, new Match<>(k, k + 1, t.span().start(), t.span().end(), new Hit.CountryName(c)));
    }
  }

  /** Whether the text names the country's capital or seat in any case ("SEOUL, June 2 -"). */
  private static boolean capitalInText(Country c, String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String m : c.metonyms()) {
      if (lower.contains(m.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String countryOf(Hit h) {
    if (h instanceof Hit.CountryName c) {
      return c.country().code();
    }
    if (h instanceof Hit.Demonym d) {
      return d.country().code();
    }
    if (h instanceof Hit.Metonym mt) {
      return mt.country().code();
    }
    return null;
  }
}
