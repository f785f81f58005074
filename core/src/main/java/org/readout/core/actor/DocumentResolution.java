package org.readout.core.actor;

import static org.readout.core.actor.ActorResolver.slug;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.EntityType;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * The resolution of one document: dictionary hits, then names, unknown names and pronouns, left to
 * right. The look-ups behind them are their own classes: {@link DictionaryMatches} (which phrase
 * matches count), {@link UnknownNames}, {@link ShortNameBearers}, {@link Namesakes} and {@link
 * CompanyDescriptions}.
 */
final class DocumentResolution extends InstitutionMentions {
  /**
   * A named entity no dictionary phrase covers; {@code country} is the country its name contains
   * ("Kenya Anti-Corruption Commission"), or null.
   */
  record UnknownName(int firstToken, int endToken, EntityType type, @Nullable String country) {}

  DocumentResolution(ActorResolver resolver, AnnotatedArticle doc) {
    super(resolver, doc);
  }

  List<org.readout.core.model.Actor> resolve() {
    findHits();
    List<UnknownName> unknown = UnknownNames.unknownNames(this);
    int u = 0;
    for (int i = 0; i < tokens.size(); i++) {
      while (u < unknown.size() && unknown.get(u).firstToken < i) {
        u++;
      }
      Match<Hit> m = hitAt.get(i);
      if (m != null) {
        handle(m);
        i = m.endToken() - 1;
      } else if (u < unknown.size() && unknown.get(u).firstToken == i) {
        handleUnknown(unknown.get(u));
        i = unknown.get(u).endToken - 1;
      } else if (!handleSurname(i) && !handleCompanyDescription(i)) {
        handlePronoun(i);
      }
    }
    return actors.build();
  }

  /** The longest dictionary phrase at each token, left to right, without overlaps. */
  void findHits() {
    int[] ends = PhraseMatcher.tokenEndIndex(text, tokens);
    for (int i = 0; i < tokens.size(); i++) {
      hitAt.add(null);
    }
    for (int i = 0; i < tokens.size(); ) {
      List<Match<Hit>> ms = resolver.matcher.matchesAt(text, tokens, i, ends);
      Match<Hit> best = null;
      for (Match<Hit> m : ms) {
        if (!DictionaryMatches.acceptable(this, m)) {
          continue;
        }
        if (best == null
            || m.end() > best.end()
            || (m.end() == best.end() && m.value().priority() > best.value().priority())) {
          best = m;
        }
      }
      if (best != null) {
        hitAt.set(i, best);
        i = best.endToken();
      } else {
        i++;
      }
    }
    AmbiguousCountries.resolve(hitAt, text);
    AmbiguousCountries.resolveNorthAndSouth(dictionary, text, tokens, hitAt);
    new PlaceHits(this).find();
  }

  void handle(Match<Hit> m) {
    Span span = new Span(m.start(), m.end());
    Hit hit = m.value();
    if (hit instanceof Hit.CountryName c) {
      country(c.country(), span, MentionKind.NAME);
    } else if (hit instanceof Hit.PlaceName p) {
      if (!isModifierOfRole(m.endToken())) {
        place(p, span);
      }
    } else if (hit instanceof Hit.Demonym d) {
      if (!consumed[m.firstToken()]
          && !isModifierOfRole(m.endToken())
          && !isDescribedRoleAt(m.endToken())
          && !LedBy.leadsRole(this, m.endToken())) {
        if (isEthnic(m.firstToken())) {
          ethnicGroup(m);
        } else {
          country(d.country(), span, MentionKind.DEMONYM);
        }
      }
    } else if (hit instanceof Hit.Metonym mt) {
      boolean the = m.firstToken() > 0 && word(m.firstToken() - 1).equalsIgnoreCase("the");
      if (!isModifierOfRole(m.endToken())) {
        government(
            mt.country(), the ? withDeterminer(m.firstToken(), span) : span, MentionKind.METONYM);
      }
    } else if (hit instanceof Hit.GroupName g) {
      if (g.noun()
          && !consumed[m.firstToken()]
          && !isModifierOfRole(m.endToken())
          && !isDescribedRoleAt(m.endToken())) {
        groupNoun(m);
      }
    } else if (hit instanceof Hit.OrgName o) {
      organization(o.organization(), span);
    } else if (hit instanceof Hit.PersonName p) {
      personName(p, m);
    } else if (hit instanceof Hit.RoleWord r) {
      role(r, m);
    }
  }

  void country(Country c, Span span, MentionKind kind) {
    Builder b = actors.get("country/" + c.code(), c.name(), ActorKind.COUNTRY);
    b.code = c.code();
    b.country = c.code();
    actors.mention(b, span, kind);
  }

  /** A city, region or landmark: an actor of its own, coded as its country. */
  void place(Hit.PlaceName p, Span span) {
    String code = p.country().code();
    Builder b =
        actors.get(
            "place/" + code + "/" + slug(p.place().name()), p.place().name(), ActorKind.PLACE);
    b.code = code;
    b.country = code;
    actors.mention(b, span, MentionKind.NAME);
  }

  void organization(Organization o, Span span) {
    String prefix = o.kind() == ActorKind.AGENCY ? "agency/" : "org/";
    Builder b = actors.get(prefix + o.id(), o.name(), o.kind());
    b.code = o.code();
    b.country = o.country();
    actors.mention(b, span, MentionKind.NAME);
  }

  void personName(Hit.PersonName p, Match<Hit> m) {
    if (p.shortName()) {
      Builder namesake = Namesakes.surnameFirstNamesake(this, text.substring(m.start(), m.end()));
      if (namesake != null && ShortNameBearers.mentionedAfterBearers(this, namesake, p.person())) {
        // "Li Wei ... Li said": the surname of the Chinese name just given, not Li Qiang's.
        Span span = new Span(m.start(), m.end());
        actors.mention(namesake, span, MentionKind.NAME);
        notePerson(namesake, span, m.firstToken());
        return;
      }
    }
    Person person =
        p.shortName() ? ShortNameBearers.shortNameBearer(this, p.person(), m) : p.person();
    if (person == null) {
      unresolvedName(m);
      return;
    }
    Builder b = person(person);
    Title title = titleBefore(m.firstToken());
    Span span = new Span(m.start(), m.end());
    actors.mention(b, span, MentionKind.NAME);
    notePerson(b, span, m.firstToken());
    if (title != null && title.gender() != null && b.gender == null) {
      b.gender = title.gender();
    }
  }

  void handleUnknown(UnknownName u) {
    Span span =
        new Span(tokens.get(u.firstToken).span().start(), tokens.get(u.endToken - 1).span().end());
    String name = span.of(text);
    if (u.type == EntityType.ORGANIZATION) {
      Builder b = Namesakes.organizationNamed(this, name);
      if (b.code == null && b.country == null && u.country != null) {
        // Without a known head noun the code stays empty: a bare country code would make the
        // body stand for the state itself ("Philippine ... Group" acting on the Philippines).
        String role = OrganizationHeads.roleCode(tokens, u.firstToken, u.endToken, text);
        b.country = u.country;
        b.code = role.isEmpty() ? null : u.country + role;
      }
      actors.mention(b, span, MentionKind.NAME);
      return;
    }
    unknownPersonAt(u.firstToken, u.endToken, span);
  }

  /**
   * A short name whose dictionary bearer is not the one meant ("Hussein", "King" in "Defence
   * Secretary Tom King"): when the tagger reads it as a person's name, it is an unknown person with
   * the name's full span and the title before it, as any name the dictionary lacks.
   */
  private void unresolvedName(Match<Hit> m) {
    if (!tokens.get(m.firstToken()).ner().equals("PERSON")) {
      return;
    }
    int first = m.firstToken();
    while (first > 0
        && tokens.get(first - 1).ner().equals("PERSON")
        && !coveredByHit(first - 1, first)) {
      first--;
    }
    unknownPersonAt(first, m.endToken(), new Span(tokens.get(first).span().start(), m.end()));
  }

  private void unknownPersonAt(int firstToken, int endToken, Span span) {
    Builder b = Namesakes.unknownPerson(this, span.of(text));
    Title title = titleBefore(firstToken);
    if (title == null || (title.country() == null && title.owner() == null)) {
      Title after = titleAfter(endToken, title);
      title = after == null ? title : after;
    }
    if (title != null) {
      if (b.role == null && title.role() != null) {
        b.role = title.role().role();
      }
      if (b.country == null) {
        b.country = title.country();
      }
      if (b.code == null) {
        b.code = title.code(); // "Israeli Prime Minister Ehud Barak": ISRGOV
      }
      if (b.gender == null) {
        b.gender = title.gender();
      }
    }
    if (b.code == null && b.country == null) {
      // "A spokesman for the Taliban, X," and "X, a spokesman for the Taliban": X speaks for them.
      Principals.Principal p = Principals.before(this, firstToken);
      if (p == null) {
        p = Principals.after(this, endToken);
      }
      if (p != null) {
        b.code = p.code();
        b.country = p.country();
        b.role = b.role == null ? Principals.SPOKESPERSON : b.role;
      }
    }
    actors.mention(b, span, MentionKind.NAME);
    notePerson(b, span, firstToken);
  }

  /** "him", or "her" not followed by a noun phrase ("her government" is possessive). */
  boolean isObjectPronoun(int k) {
    String w = word(k).toLowerCase(Locale.ROOT);
    if (w.equals("him")) {
      return true;
    }
    if (!w.equals("her")) {
      return false;
    }
    return k + 1 >= tokens.size()
        || !(tokens.get(k + 1).tag().startsWith("NN") || tokens.get(k + 1).tag().startsWith("JJ"));
  }

  /**
   * A lone proper noun repeating the surname of an unknown person met before ("Mudavadi"), which
   * NER missed.
   */
  boolean handleSurname(int k) {
    if (!tokens.get(k).tag().startsWith("NNP")) {
      return false;
    }
    String w = word(k);
    Builder namesake = Namesakes.surnameFirstNamesake(this, w);
    if (namesake != null) {
      Span span = tokens.get(k).span();
      actors.mention(namesake, span, MentionKind.NAME);
      notePerson(namesake, span, k);
      return true;
    }
    for (Builder b : actors.all()) {
      if (b.kind == ActorKind.PERSON
          && b.id.startsWith("person/~")
          && b.name.endsWith(" " + w)
          && SurnameFirstNames.surnameOf(b.name) == null) {
        Span span = tokens.get(k).span();
        actors.mention(b, span, MentionKind.NAME);
        notePerson(b, span, k);
        return true;
      }
    }
    return false;
  }

  /** "the company", "the carmaker": {@link CompanyDescriptions}. */
  boolean handleCompanyDescription(int k) {
    return CompanyDescriptions.handle(this, k);
  }

  void handlePronoun(int k) {
    String gender = PRONOUN_GENDER.get(word(k).toLowerCase(Locale.ROOT));
    if (gender == null || !tokens.get(k).tag().startsWith("PRP")) {
      return;
    }
    Span span = tokens.get(k).span();
    String id =
        resolver.pronouns.antecedent(
            actors,
            gender,
            span.start(),
            sentenceOfToken[k],
            paragraphOfToken[k],
            quoted.contains(span.start()),
            isObjectPronoun(k));
    if (id == null) {
      return;
    }
    Builder b = actors.find(id);
    actors.mention(b, span, MentionKind.PRONOUN);
    notePerson(b, span, k);
  }
}
