package org.readout.core.actor;

import static org.readout.core.actor.ActorResolver.genderOfRoleWord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * Mentions built around role words: descriptions ("the Chinese leader"), groups of people ("the two
 * leaders"), role groups ("Russian troops") and institutions ("the Chinese government"). The titles
 * before and after names ("Chinese President Xi Jinping") are {@link PersonTitles}; the modifiers
 * that say whose a role is, {@link RoleModifiers}; whom a description refers to, {@link
 * DescriptionReferents}.
 */
abstract class RoleMentions extends PersonTitles {
  RoleMentions(ActorResolver resolver, AnnotatedArticle doc) {
    super(resolver, doc);
  }

  /** Words that count a plural without naming whose it is: "several ministers". */
  private static final Set<String> QUANTIFIERS =
      Set.of("several", "many", "some", "other", "dozens", "hundreds", "thousands", "few");

  void role(Hit.RoleWord r, Match<Hit> m) {
    Role role = r.role();
    if (nextIsName(m.endToken())) {
      return; // a title: the name that follows takes it
    }
    if (m.endToken() < tokens.size()
        && hitAt.get(m.endToken()) != null
        && hitAt.get(m.endToken()).value() instanceof Hit.RoleWord) {
      return; // "government spokesman": the last role word is the head; this one only modifies it
    }
    switch (role.kind()) {
      case PERSON -> {
        if (r.plural()) {
          groupOfPeople(r, m);
        } else {
          description(r, m);
        }
      }
      case GROUP -> roleGroup(role, m);
      case INSTITUTION -> institution(role, m);
      default -> {}
    }
  }

  /**
   * "the Chinese leader", "the spokeswoman": the most recent compatible person, or the office
   * holder.
   */
  void description(Hit.RoleWord r, Match<Hit> m) {
    if (IndefiniteRoleHolders.introduce(this, r, m)) return; // "a spokesman": someone new
    String country = countryModifier(m.firstToken());
    int first = firstModifierToken(m.firstToken());
    boolean after = false;
    if (country == null && isDeterminer(m.firstToken() - 1)) {
      country = countryAfter(m.endToken()); // "the foreign minister of Chad"
      after = country != null;
    }
    if (first == m.firstToken() && !isDeterminer(m.firstToken() - 1)) {
      return; // a bare role word ("president of the club") is not a reference to someone
    }
    Span span = withDeterminer(first, new Span(tokens.get(first).span().start(), m.end()));
    Builder target =
        DescriptionReferents.recentPerson(
            this, country, r.role(), r.role().leader(), m.firstToken());
    if (target == null && country != null) {
      Person holder = DescriptionReferents.officeHolder(this, country, r.role());
      if (holder != null) {
        target = person(holder);
      }
    }
    if (target == null
        && country != null
        && (after || first < m.firstToken() || word(first - 1).equalsIgnoreCase("the"))) {
      // "the Russian ambassador", "Taiwan's vice foreign minister", "a senior British minister":
      // an unnamed office holder the country names.
      target = roleHolder(country, r, span, localPlace(first, m.endToken()));
    }
    if (target != null) {
      actors.mention(target, span, MentionKind.DESCRIPTION);
      notePerson(target, span, m.firstToken());
    }
  }

  /**
   * An unnamed holder of a national office, from a definite description ("the White House press
   * secretary", "the Russian ambassador"): one identifiable person whose name the article does not
   * give. Coded by country and role.
   */
  Builder roleHolder(String country, Hit.RoleWord r, Span span, @Nullable String local) {
    String surface = span.of(text);
    String name = surface.substring(surface.indexOf(' ') + 1);
    Builder b =
        actors.get(
            "person/"
                + country
                + "-"
                + ActorResolver.slug(r.role().role())
                + (local == null ? "" : "@" + local),
            name,
            ActorKind.PERSON);
    b.code = country + r.role().code();
    b.country = country;
    b.role = r.role().role();
    if (b.gender == null) {
      b.gender = genderOfRoleWord(r.phrase());
    }
    return b;
  }

  /** "the two leaders", "the Chinese and Russian leaders": a group of the persons it denotes. */
  void groupOfPeople(Hit.RoleWord r, Match<Hit> m) {
    int first = firstModifierToken(m.firstToken());
    List<String> countries = new ArrayList<>();
    int count = 0;
    for (int k = first; k < m.firstToken(); k++) {
      Match<Hit> h = hitAt.get(k);
      if (h != null && h.value() instanceof Hit.Demonym d) {
        if (!isEthnic(k)) {
          countries.add(d.country().code());
        }
        consumed[k] = true;
      }
      count = Math.max(count, COUNT_WORDS.getOrDefault(word(k), 0));
    }
    List<Builder> members = new ArrayList<>();
    if (!countries.isEmpty()) {
      for (String c : countries) {
        Builder b =
            DescriptionReferents.recentPerson(this, c, r.role(), r.role().leader(), m.firstToken());
        if (b != null && !DescriptionReferents.hasActor(members, b)) {
          members.add(b);
        }
      }
    } else if (count > 0 || isDeterminer(first - 1) || isDeterminer(first)) {
      members.addAll(
          DescriptionReferents.recentPeople(
              this, count == 0 ? 2 : count, m.firstToken(), r.role().leader()));
    }
    if (members.size() < 2) {
      boolean qualified =
          countries.size() == 1
              || count > 0
              || isDeterminer(first - 1)
              || (first > 0 && QUANTIFIERS.contains(word(first - 1).toLowerCase(Locale.ROOT)))
              || isSentenceStart(first)
              || countryAfter(m.endToken()) != null;
      if (members.isEmpty() && countries.size() <= 1 && qualified) {
        // "Moroccan diplomats", "Several ministers resigned", "the negotiators": unnamed
        // officials, coded by the role and the country that qualifies them, if any. A bare plural
        // inside a list ("judges, prison governors and ...") is left alone.
        roleGroup(r.role(), m);
      }
      return;
    }
    List<String> ids = members.stream().map(b -> b.id).sorted().toList();
    String id =
        "group/"
            + String.join("+", ids.stream().map(s -> s.substring(s.indexOf('/') + 1)).toList());
    String name = String.join(" and ", members.stream().map(b -> b.name).toList());
    Builder g = actors.get(id, name, ActorKind.GROUP);
    g.role = r.role().role();
    g.members.clear();
    g.members.addAll(ids);
    actors.mention(
        g,
        withDeterminer(first, new Span(tokens.get(first).span().start(), m.end())),
        MentionKind.GROUP);
  }

  /**
   * "ethnic Turks", "ethnic Albanians in Serbia": civilians of the country an "in X" or "of X"
   * after them names, else of no country yet (the events stage gives them the article's).
   */
  void ethnicGroup(Match<Hit> m) {
    String country = countryAfter(m.endToken());
    String code = (country == null ? "" : country) + "CVL";
    Span span = new Span(tokens.get(m.firstToken() - 1).span().start(), m.end());
    Builder b = actors.get("group/" + code, span.of(text), ActorKind.GROUP);
    b.code = code;
    b.country = country;
    b.role = "civilians";
    actors.mention(b, span, MentionKind.DESCRIPTION);
  }

  /** "Russian troops", "protesters", "police": a group coded by country and role. */
  void roleGroup(Role role, Match<Hit> m) {
    LedBy.Leader led = LedBy.before(this, m.firstToken());
    if (led != null) {
      ledGroup(role, m, led); // "Vietnamese-led forces", "Kurdish-led forces in Syria"
      return;
    }
    if (role.role().equals(Supporters.ROLE)) {
      String backed = Supporters.code(this, role, m);
      if (backed != null) {
        group(backed, role, m); // "supporters of Castillo": his country's opposition
      }
      return; // bare "supporters" are someone's, and the phrase does not say whose
    }
    if (groupRole(role, m, groupModifier(m.firstToken()))) {
      return; // "Kurdish rebels", "Turkish Kurd refugees": the group's country
    }
    String country = countryModifier(m.firstToken());
    if (country == null) {
      country = countryAfter(m.endToken()); // "riot police in Nairobi", "the people of Chad"
    }
    Organization owner = country == null ? orgModifier(m.firstToken()) : null;
    if (country == null && owner == null && !isPossessivePronoun(m.firstToken() - 1)) {
      // "withdraw its soldiers": the owner is in the sentence, not the article's country
      country = domesticDefault(role, ActorKind.GROUP);
    }
    int first = firstModifierToken(m.firstToken());
    if (coordinatedGroup(role, first, m)) {
      return;
    }
    String code = (country == null ? "" : country) + role.code();
    if (owner != null) {
      // "U.N. peacekeepers", "Hamas militants": members of the body act for it.
      code = owner.code();
      country = owner.country();
      first = orgModifierMatch(m.firstToken()).firstToken();
    }
    Span span = new Span(tokens.get(first).span().start(), m.end());
    // One group per CAMEO code, as event coders see them: "troops", "soldiers" and "forces" of one
    // country are one actor; the role is the first one named.
    Builder b = actors.get("group/" + code, span.of(text), ActorKind.GROUP);
    b.code = code;
    b.country = country;
    b.role = role.role();
    actors.mention(b, span, MentionKind.DESCRIPTION);
  }

  /** A role group of the given code, its span from the role word to the person it names. */
  private void group(String code, Role role, Match<Hit> m) {
    Span span = Supporters.span(this, m);
    Builder b = actors.get("group/" + code, span.of(text), ActorKind.GROUP);
    b.code = code;
    b.country = code.substring(0, 3);
    b.role = role.role();
    actors.mention(b, span, MentionKind.DESCRIPTION);
  }

  /**
   * "French and German students", "Senior Hungarian and Romanian officials": two or more
   * coordinated nationalities before one role make a group of one role group per country ({@code
   * FRAEDU}, {@code DEUEDU}), each with its nationality's mention, so that an event of the group is
   * an event of each. Returns false, doing nothing, unless two or more nationalities are
   * coordinated.
   */
  boolean coordinatedGroup(Role role, int first, Match<Hit> m) {
    List<Match<Hit>> demonyms = new ArrayList<>();
    int j = describedFrom(m.firstToken()) - 1;
    while (j >= first) {
      Match<Hit> h = hitStartingBefore(j);
      if (h == null || !(h.value() instanceof Hit.Demonym)) {
        break;
      }
      demonyms.add(0, h);
      j = h.firstToken() - 1;
      if (j >= first && (word(j).equals("and") || word(j).equals(",") || word(j).equals("or"))) {
        j--;
      } else {
        break;
      }
    }
    if (demonyms.size() < 2) {
      return false;
    }
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Match<Hit> d : demonyms) {
      String c = ((Hit.Demonym) d.value()).country().code();
      consumed[d.firstToken()] = true;
      Span at = new Span(d.start(), d.end());
      Builder b =
          actors.get("group/" + c + role.code(), at.of(text) + " " + role.role(), ActorKind.GROUP);
      b.code = c + role.code();
      b.country = c;
      b.role = role.role();
      actors.mention(b, at, MentionKind.DEMONYM);
      if (!ids.contains(b.id)) {
        ids.add(b.id);
        names.add(b.name);
      }
    }
    Span span = new Span(tokens.get(first).span().start(), m.end());
    Builder g =
        actors.get(
            "group/"
                + String.join("+", ids.stream().map(s -> s.substring(s.indexOf('/') + 1)).toList()),
            span.of(text),
            ActorKind.GROUP);
    g.role = role.role();
    g.members.clear();
    g.members.addAll(ids);
    actors.mention(g, span, MentionKind.GROUP);
    return true;
  }

  /** "the Chinese government", "a court in Peru", "the court": {@link InstitutionMentions}. */
  abstract void institution(Role role, Match<Hit> m);

  /**
   * The country an unqualified agent ("police", "the court", "the army") belongs to when nothing in
   * its phrase says: {@link HomeCountry}.
   */
  @Nullable String domesticDefault(Role role, ActorKind kind) {
    return homeCountry().of(role.code(), kind);
  }
}
