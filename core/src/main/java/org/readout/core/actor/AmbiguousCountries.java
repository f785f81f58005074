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
 * {@link Hit.SharedName} and, once a document's hits are known, replaced by the candidate the
 * article names most often by its own names, nationalities and capitals ("North Korea fired ...
 * Korea's missile" is the North's); without such a mention, or on a tie, by the first candidate,
 * the one CAMEO coders take the bare word for (a bare "Korea" is South Korea in CAMEO's
 * dictionaries).
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
   * Replaces every shared name among {@code hits} by the country (or nationality) of the candidate
   * the other hits name most often.
   */
  static void resolve(List<@Nullable Match<Hit>> hits) {
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
        for (Country c : s.candidates()) {
          if (named.getOrDefault(c.code(), 0) > named.getOrDefault(best.code(), 0)) {
            best = c;
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
