package org.readout.core.actor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Group;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * Mentions of ethnic and religious groups ({@code groups.tsv}): a group noun standing alone ("Iraqi
 * Kurds", "the Rohingya", "Shiites in Bahrain") is its civilians; a group word before a role word
 * ("Kurdish rebels", "Sunni militants", "Hutu rebel group") qualifies the role. Either is coded by
 * country and role ({@code IRQCVL}, {@code TURREB}).
 *
 * <p>The country, in this order: a nationality, country name or country's possessive right before
 * the group word ("Iraqi Kurds", "Turkish Kurd refugees"); an "in X", "of X" or "from X" after the
 * phrase ("Kurds in Syria"); the group's home country that the article names most often; its first
 * home country. A faith without homes ("Christians", "Sunni militants") keeps the role alone, and
 * the events stage gives it the article's country.
 *
 * <p>Design decision: the code is country + role, as the rest of the pipeline reads codes (the role
 * is the last three letters); the group's CAMEO tag goes into the actor id after an {@code @}
 * ({@code group/IRQCVL@kurds}), which also marks it as no part of the state: "Kurdish forces" are
 * not Turkey's military, though their code names Turkey.
 */
abstract class GroupMentions extends MentionContext {
  GroupMentions(ActorResolver resolver, AnnotatedArticle doc) {
    super(resolver, doc);
  }

  /** A group word (or a run of them: "Sunni Muslim") at tokens {@code [firstToken, endToken)}. */
  record GroupRef(Group group, int firstToken, int endToken) {}

  /**
   * Words that grade a role without changing whose it is ("main" in "the main Hutu rebel group").
   */
  private static final Set<String> GRADES = Set.of("armed", "main", "radical", "hardline");

  /** The country an "in X", "of X" or "from X" right after {@code roleEnd} names, or null. */
  abstract @Nullable String countryAfter(int roleEnd);

  /** Per country code, how often the article names it; built on first use. */
  private @Nullable Map<String, Integer> namedCountries;

  /**
   * The group words right before the role word at {@code roleFirstToken}, perhaps with further role
   * words or a grading word between ("Hutu rebel group", "Kurdish armed groups"); null when none.
   * Of a run of group words the one with home countries names the group ("Muslim Uighur students"
   * are Uighurs), else the first ("Sunni Muslim militants" are Sunnis).
   */
  @Nullable GroupRef groupModifier(int roleFirstToken) {
    int j = roleFirstToken - 1;
    while (j >= 0) {
      Match<Hit> prev = hitStartingBefore(j);
      if (prev != null && prev.value() instanceof Hit.RoleWord) {
        j = prev.firstToken() - 1;
      } else if (GRADES.contains(word(j).toLowerCase(Locale.ROOT))) {
        j--;
      } else {
        break;
      }
    }
    return groupEndingAt(j);
  }

  /** The run of group words whose last token is {@code j}, or null. */
  @Nullable GroupRef groupEndingAt(int j) {
    Match<Hit> h = j >= 0 ? hitStartingBefore(j) : null;
    if (h == null || !(h.value() instanceof Hit.GroupName)) {
      return null;
    }
    Group chosen = null;
    int first = h.firstToken();
    while (h != null && h.value() instanceof Hit.GroupName g) {
      if (chosen == null || (chosen.countries().isEmpty() && !g.group().countries().isEmpty())) {
        chosen = g.group();
      }
      first = h.firstToken();
      h = first > 0 ? hitStartingBefore(first - 1) : null;
    }
    return new GroupRef(chosen, first, j + 1);
  }

  /**
   * The country of a group's members, as the class comment orders the evidence; {@code phraseEnd}
   * is the token after the whole phrase, where an "in X" may follow. Marks a nationality it uses as
   * consumed.
   */
  @Nullable String groupCountry(GroupRef g, int phraseEnd) {
    int j = g.firstToken() - 1;
    Match<Hit> prev = j >= 0 ? hitStartingBefore(j) : null;
    if (prev != null && prev.value() instanceof Hit.Demonym d && !isEthnicWord(prev.firstToken())) {
      consumed[prev.firstToken()] = true;
      return d.country().code();
    }
    if (prev != null && prev.value() instanceof Hit.CountryName c) {
      return c.country().code(); // "Iraq Kurds" in headlines
    }
    if (j > 0 && word(j).equals("'s")) {
      Match<Hit> owner = hitStartingBefore(j - 1);
      if (owner != null && owner.value() instanceof Hit.CountryName c) {
        return c.country().code(); // "Iraq's Kurds"
      }
    }
    String after = countryAfter(phraseEnd);
    if (after != null) {
      return after;
    }
    String best = null;
    int bestCount = 0;
    for (String home : g.group().countries()) {
      int n = namedCountries().getOrDefault(home, 0);
      if (n > bestCount) {
        best = home;
        bestCount = n;
      }
    }
    if (best != null) {
      return best;
    }
    return g.group().countries().isEmpty() ? null : g.group().countries().get(0);
  }

  /** The first token of the phrase: the nationality or country before the group words, if any. */
  int groupPhraseStart(GroupRef g) {
    int j = g.firstToken() - 1;
    Match<Hit> prev = j >= 0 ? hitStartingBefore(j) : null;
    if (prev != null
        && (prev.value() instanceof Hit.Demonym || prev.value() instanceof Hit.CountryName)) {
      return prev.firstToken();
    }
    if (j > 0 && word(j).equals("'s")) {
      Match<Hit> owner = hitStartingBefore(j - 1);
      if (owner != null && owner.value() instanceof Hit.CountryName) {
        return owner.firstToken();
      }
    }
    return g.firstToken();
  }

  private boolean isEthnicWord(int k) {
    return k > 0 && word(k - 1).equalsIgnoreCase("ethnic");
  }

  private @Nullable HomeCountry homeCountry;

  /** The home country of unqualified agents, from the dateline and the country names; lazily. */
  HomeCountry homeCountry() {
    if (homeCountry == null) {
      homeCountry = new HomeCountry(datelineCountry(), namedCountries());
    }
    return homeCountry;
  }

  /** How often the article names each country: its names, nationalities, capitals and places. */
  private Map<String, Integer> namedCountries() {
    if (namedCountries == null) {
      Map<String, Integer> named = new HashMap<>();
      for (Match<Hit> m : hitAt) {
        String code = m == null ? null : countryOf(m.value());
        if (code != null) {
          named.merge(code, 1, Integer::sum);
        }
      }
      namedCountries = named;
    }
    return namedCountries;
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
    if (h instanceof Hit.PlaceName p) {
      return p.country().code();
    }
    return null;
  }

  /**
   * A group noun heading its phrase ("Iraqi Kurds", "the Rohingya", "Christians"): the group's
   * civilians, of the country {@link #groupCountry} finds.
   */
  void groupNoun(Match<Hit> m) {
    GroupRef g = groupEndingAt(m.endToken() - 1);
    if (g == null) {
      return;
    }
    String country = groupCountry(g, m.endToken());
    int first = groupPhraseStart(g);
    Span span = withDeterminer(first, new Span(tokens.get(first).span().start(), m.end()));
    Builder b = groupActor(g.group(), country, "CVL", span.of(text));
    b.role = "civilians";
    actors.mention(b, span, MentionKind.DESCRIPTION);
  }

  /**
   * A role word that group words qualify ("Kurdish rebels", "Turkish Kurd refugees"): the role
   * group of the group's country. Null-safe on {@code g}: returns false, doing nothing, without it.
   */
  boolean groupRole(Role role, Match<Hit> m, @Nullable GroupRef g) {
    if (g == null) {
      return false;
    }
    String country = groupCountry(g, m.endToken());
    int first = groupPhraseStart(g);
    Span span = new Span(tokens.get(first).span().start(), m.end());
    // "Christian leaders", "Shiite officials": a faith's leaders are its clergy, not a state's.
    String code = g.group().religious() && role.code().equals("GOV") ? "REL" : role.code();
    Builder b = groupActor(g.group(), country, code, span.of(text));
    b.role = role.role();
    actors.mention(b, span, MentionKind.DESCRIPTION);
    return true;
  }

  /**
   * A role group with a leader ({@link LedBy}): a nation's forces are its own ("Vietnamese-led
   * forces": VNMMIL); a people's are an armed group (REB for a military role) of the country an "in
   * X" names, else of the people's home.
   */
  void ledGroup(Role role, Match<Hit> m, LedBy.Leader led) {
    Span span = new Span(tokens.get(led.firstToken()).span().start(), m.end());
    if (led.group() == null) {
      String code = led.country() + role.code();
      Builder b = actors.get("group/" + code, span.of(text), ActorKind.GROUP);
      b.code = code;
      b.country = led.country();
      b.role = role.role();
      actors.mention(b, span, MentionKind.DESCRIPTION);
      return;
    }
    GroupRef g = new GroupRef(led.group(), led.firstToken(), led.firstToken() + 1);
    String country = groupCountry(g, m.endToken());
    String code = role.code().equals("MIL") ? "REB" : role.code();
    Builder b = groupActor(led.group(), country, code, span.of(text));
    b.role = role.role();
    actors.mention(b, span, MentionKind.DESCRIPTION);
  }

  private Builder groupActor(Group group, @Nullable String country, String role, String name) {
    String code = (country == null ? "" : country) + role;
    Builder b = actors.get("group/" + code + "@" + group.id(), name, ActorKind.GROUP);
    b.code = code;
    b.country = country;
    return b;
  }
}
