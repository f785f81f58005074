package org.readout.core.actor;

import static org.readout.core.actor.ActorResolver.slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.EntityMention;
import org.readout.core.model.EntityType;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Span;
import org.readout.core.model.Token;

/**
 * The resolution of one document: dictionary hits, then names, unknown names and pronouns, left to
 * right.
 */
final class DocumentResolution extends InstitutionMentions {
  /**
   * A named entity no dictionary phrase covers; {@code country} is the country its name contains
   * ("Kenya Anti-Corruption Commission"), or null.
   */
  record UnknownName(int firstToken, int endToken, EntityType type, @Nullable String country) {}

  /** Nouns by which news refers back to a company it has named. */
  private static final Set<String> COMPANY_NOUNS =
      Set.of(
          "company",
          "firm",
          "carmaker",
          "automaker",
          "airline",
          "carrier",
          "manufacturer",
          "planemaker",
          "lender",
          "retailer",
          "insurer",
          "conglomerate",
          "group");

  DocumentResolution(ActorResolver resolver, AnnotatedArticle doc) {
    super(resolver, doc);
  }

  List<org.readout.core.model.Actor> resolve() {
    findHits();
    List<UnknownName> unknown = unknownNames();
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
        if (!acceptable(m)) {
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
    AmbiguousCountries.resolve(hitAt);
    AmbiguousCountries.resolveNorthAndSouth(dictionary, text, tokens, hitAt);
    new PlaceHits(this).find();
  }

  /** Rules out matches that are only accidentally a dictionary phrase. */
  boolean acceptable(Match<Hit> m) {
    if (m.value() instanceof Hit.PersonName p && p.shortName() && m.endToken() < tokens.size()) {
      // "Kim" in "Kim Yu-jung" is the start of another person's name, not Kim Jong Un.
      Token next = tokens.get(m.endToken());
      boolean adjacent = next.span().start() - m.end() <= 1;
      if (adjacent && next.ner().equals("PERSON") && !next.span().of(text).equals("'s")) {
        return false;
      }
    }
    if (m.value() instanceof Hit.PersonName p && p.shortName() && m.firstToken() > 0) {
      // "Fischer" in "Oskar Fischer" and "Hussein" in "Saddam Hussein" end another person's name:
      // a given name the dictionary does not know stands right before them.
      int k = m.firstToken() - 1;
      Token prev = tokens.get(k);
      String w = word(k);
      return !(prev.ner().equals("PERSON")
          && Character.isUpperCase(w.charAt(0))
          && !HONORIFIC_GENDER.containsKey(w)
          && !coveredByHit(k, k + 1)
          && m.start() - prev.span().end() <= 1);
    }
    if (m.value() instanceof Hit.GroupName && m.endToken() < tokens.size()) {
      // "Christian" in "Christian Lindner", "Catholic" in "Catholic University of Leuven": the
      // word begins a name the tagger marks, not a group.
      String ner = tokens.get(m.firstToken()).ner();
      Token next = tokens.get(m.endToken());
      if ((ner.equals("PERSON") || ner.equals("ORGANIZATION"))
          && next.ner().equals(ner)
          && !coveredByHit(m.endToken(), m.endToken() + 1)) {
        return false;
      }
    }
    if (m.value() instanceof Hit.RoleWord) {
      // A role word must be a noun: "general" in "general election" is an adjective.
      String tag = tokens.get(m.endToken() - 1).tag();
      return tag.startsWith("NN");
    }
    return true;
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

  /** True when the tokens from {@code k} continue with (more modifiers and) a role word. */
  boolean isModifierOfRole(int k) {
    while (k < tokens.size()) {
      Match<Hit> next = hitAt.get(k);
      String w = word(k);
      if (next != null && next.value() instanceof Hit.RoleWord) {
        return true;
      }
      if (next != null && next.value() instanceof Hit.GroupName g) {
        if (g.noun()) {
          return true; // "Iraqi Kurds", "Sunni Kurds": the group noun heads the phrase
        }
        k = next.endToken();
      } else if (next != null && next.value() instanceof Hit.Demonym) {
        k = next.endToken();
      } else if (w.equals("and") || w.equals(",")) {
        k++;
      } else {
        return false;
      }
    }
    return false;
  }

  /**
   * True when up to two descriptive words and a role word follow from {@code k}: "Kenyan riot
   * police", where the nationality qualifies the role.
   */
  boolean isDescribedRoleAt(int k) {
    return isDescriptiveModifier(k)
        && (isRoleAt(k + 1) || (isDescriptiveModifier(k + 1) && isRoleAt(k + 2)));
  }

  private boolean isRoleAt(int k) {
    return k < tokens.size()
        && hitAt.get(k) != null
        && hitAt.get(k).value() instanceof Hit.RoleWord;
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
      Builder namesake = surnameFirstNamesake(text.substring(m.start(), m.end()));
      if (namesake != null && mentionedAfterBearers(namesake, p.person())) {
        // "Li Wei ... Li said": the surname of the Chinese name just given, not Li Qiang's.
        Span span = new Span(m.start(), m.end());
        actors.mention(namesake, span, MentionKind.NAME);
        notePerson(namesake, span, m.firstToken());
        return;
      }
    }
    Person person = p.shortName() ? shortNameBearer(p.person(), m) : p.person();
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

  /**
   * Whether {@code namesake} was mentioned after every dictionary bearer of {@code matched}'s short
   * name that the article mentions (true when it mentions none).
   */
  private boolean mentionedAfterBearers(Builder namesake, Person matched) {
    int at = namesake.mentions.get(namesake.mentions.size() - 1).span().start();
    for (Person bearer :
        resolver.peopleByShortName.getOrDefault(matched.shortName(), List.of(matched))) {
      Builder b = actors.find("person/" + bearer.id());
      if (b != null && b != namesake && !b.mentions.isEmpty()) {
        if (b.mentions.get(b.mentions.size() - 1).span().start() > at) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Who a short name ("Lee") refers to: a bearer already mentioned in this document; else, when a
   * title precedes it or it stands alone, the only bearer in office on the document date; else
   * nobody.
   */
  @Nullable Person shortNameBearer(Person matched, Match<Hit> m) {
    List<Person> bearers =
        resolver.peopleByShortName.getOrDefault(matched.shortName(), List.of(matched));
    for (Person candidate : bearers) {
      if (actors.find("person/" + candidate.id()) != null) {
        return candidate;
      }
    }
    Person inOffice = null;
    for (Person candidate : bearers) {
      if (date != null && candidate.termOn(date) != null) {
        if (inOffice != null) {
          return null; // two office holders share the name: say nothing rather than guess
        }
        inOffice = candidate;
      }
    }
    boolean titled = titleBefore(m.firstToken()) != null;
    boolean named = tokens.get(m.firstToken()).ner().equals("PERSON");
    // A short name only one person in the dictionary bears ("Merz", "Xi") needs no title or NER
    // label to stand for its office holder; NER often misses short foreign names.
    boolean distinctive = bearers.size() == 1 && Character.isUpperCase(text.charAt(m.start()));
    if (date == null && bearers.size() == 1) {
      // Undated text (a quoted sentence, an archive snippet): the name's only bearer, whose office
      // cannot be checked, rather than nobody.
      inOffice = matched;
    } else if (date == null && oneCountry(bearers)) {
      // Bearers of one country ("Bush", "Clinton"): which one is unknown, but either's code on an
      // unknown date names the same state; the one in office last stands for them.
      inOffice = latestInOffice(bearers);
    }
    return inOffice != null && (titled || named || distinctive) ? inOffice : null;
  }

  private static boolean oneCountry(List<Person> people) {
    return people.stream().map(Person::country).distinct().count() == 1;
  }

  private static Person latestInOffice(List<Person> people) {
    Person latest = people.get(0);
    for (Person p : people) {
      if (!p.terms().isEmpty()
          && (latest.terms().isEmpty()
              || p.terms()
                  .get(p.terms().size() - 1)
                  .start()
                  .isAfter(latest.terms().get(latest.terms().size() - 1).start()))) {
        latest = p;
      }
    }
    return latest;
  }

  /**
   * True when tokens {@code [first, end)} hold a country name or demonym, no dictionary phrases but
   * those and role words, and a capitalized word no phrase covers: "Georgian Dream party", "Bank of
   * America" are names of their own.
   */
  boolean isNameAroundCountryWords(int first, int end) {
    boolean countryWord = false;
    boolean otherWord = false;
    for (int k = first; k < end; k++) {
      Match<Hit> h = hitAt.get(k);
      if (h != null) {
        boolean roleWord = h.value() instanceof Hit.RoleWord; // "party" in "Georgian Dream party"
        if (!(h.value() instanceof Hit.Demonym || h.value() instanceof Hit.CountryName || roleWord)
            || h.endToken() > end) {
          return false;
        }
        countryWord |= !roleWord;
        k = h.endToken() - 1;
      } else if (!coveredByHit(k, k + 1)
          && Character.isUpperCase(text.charAt(tokens.get(k).span().start()))) {
        otherWord = true;
      }
    }
    return countryWord && otherWord;
  }

  void handleUnknown(UnknownName u) {
    Span span =
        new Span(tokens.get(u.firstToken).span().start(), tokens.get(u.endToken - 1).span().end());
    String name = span.of(text);
    if (u.type == EntityType.ORGANIZATION) {
      Builder b = organizationNamed(name);
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
    Builder b = unknownPerson(span.of(text));
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

  /**
   * The organization a name refers to: one already met whose name ends or begins with it ("the
   * Commission" after "European Commission", "Georgian Dream" after "Georgian Dream party"), else a
   * new one.
   */
  Builder organizationNamed(String name) {
    for (Builder b : actors.all()) {
      boolean org = b.kind == ActorKind.ORGANIZATION || b.kind == ActorKind.INSTITUTION;
      if (org && (b.name.endsWith(" " + name) || b.name.startsWith(name + " "))) {
        return b;
      }
    }
    return actors.get("org/" + slug(name), name, ActorKind.ORGANIZATION);
  }

  /**
   * An earlier unknown person whose name this one repeats or shortens ("Maria Lopez" ... "Lopez"),
   * or a new one.
   */
  Builder unknownPerson(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    Builder namesake = surnameFirstNamesake(name);
    if (namesake != null) {
      return namesake; // "Park" after "Park Jun-ho"
    }
    String surname = SurnameFirstNames.surnameOf(name);
    for (Builder b : actors.all()) {
      if (b.kind == ActorKind.PERSON && b.id.startsWith("person/~")) {
        if (surname != null && b.name.equals(surname)) {
          b.name = name; // "Park" came first, then "Park Jun-ho"
          return b;
        }
        if (b.name.equals(name)
            || (b.name.endsWith(" " + last)
                && !name.contains(" ")
                && SurnameFirstNames.surnameOf(b.name) == null)) {
          return b;
        }
        if (name.endsWith(" " + b.name.substring(b.name.lastIndexOf(' ') + 1))
            && !b.name.contains(" ")) {
          b.name = name; // the surname came first; keep the full name
          return b;
        }
      }
    }
    return actors.get("person/~" + slug(name), name, ActorKind.PERSON);
  }

  /**
   * The person last mentioned before now whose surname-first name ("Park Jun-ho", "Li Wei") begins
   * with {@code surname}, a lone word: an unknown person, or a dictionary person whose full name
   * the article gave. Null when none, or when {@code surname} is not a lone word.
   */
  @Nullable Builder surnameFirstNamesake(String surname) {
    if (surname.contains(" ")) {
      return null;
    }
    Builder found = null;
    int latest = -1;
    for (Builder b : actors.all()) {
      if (b.kind != ActorKind.PERSON || !surname.equals(SurnameFirstNames.surnameOf(b.name))) {
        continue;
      }
      if (!b.id.startsWith("person/~") && !fullNameMentioned(b)) {
        continue;
      }
      int at = b.mentions.get(b.mentions.size() - 1).span().start();
      if (at > latest) {
        found = b;
        latest = at;
      }
    }
    return found;
  }

  /** Whether a mention of the actor spells its full name (not only a short name or a pronoun). */
  private boolean fullNameMentioned(Builder b) {
    for (Mention m : b.mentions) {
      if (m.span().of(text).contains(" ") && m.kind() == MentionKind.NAME) {
        return true;
      }
    }
    return false;
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
    Builder namesake = surnameFirstNamesake(w);
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

  /**
   * "the company", "the carmaker": the organization most recently named in this or the previous two
   * paragraphs. News refers back to a company this way as it refers back to a person with "he".
   */
  boolean handleCompanyDescription(int k) {
    if (k == 0
        || !COMPANY_NOUNS.contains(word(k))
        || !word(k - 1).equalsIgnoreCase("the")
        || !tokens.get(k).tag().startsWith("NN")) {
      return false;
    }
    int at = tokens.get(k).span().start();
    Builder latest = null;
    int latestStart = -1;
    for (Builder b : actors.all()) {
      // Companies only: international bodies, parties and armed groups are not "the company".
      boolean company = b.code == null || b.code.endsWith("BUS") || b.code.endsWith("MNC");
      if (b.kind != ActorKind.ORGANIZATION || !company) {
        continue;
      }
      for (Mention m : b.mentions) {
        int start = m.span().start();
        if (start < at && start > latestStart) {
          latest = b;
          latestStart = start;
        }
      }
    }
    if (latest == null
        || Paragraph.indexAt(doc.paragraphs(), at)
                - Paragraph.indexAt(doc.paragraphs(), latestStart)
            > 2) {
      return false;
    }
    actors.mention(
        latest,
        new Span(tokens.get(k - 1).span().start(), tokens.get(k).span().end()),
        MentionKind.DESCRIPTION);
    return true;
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

  /** The country of the first country name or demonym among tokens {@code [first, end)}. */
  private @Nullable String countryIn(int first, int end) {
    for (int k = first; k < end; k++) {
      Match<Hit> h = hitAt.get(k);
      if (h != null && h.value() instanceof Hit.CountryName c) {
        return c.country().code();
      }
      if (h != null && h.value() instanceof Hit.Demonym d) {
        return d.country().code();
      }
    }
    return null;
  }

  /** Named entities of type PERSON or ORGANIZATION that no dictionary phrase covers. */
  List<UnknownName> unknownNames() {
    List<UnknownName> out = new ArrayList<>();
    int t = 0;
    for (EntityMention e : doc.entities()) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      while (t < tokens.size() && tokens.get(t).span().start() < e.span().start()) {
        t++;
      }
      int first = t;
      int end = first;
      while (end < tokens.size() && tokens.get(end).span().end() <= e.span().end()) {
        end++;
      }
      if (TitledNamesInOrganizations.retype(this, e.type(), first, end, out)) continue;
      String country = null;
      if (e.type() == EntityType.ORGANIZATION && isNameAroundCountryWords(first, end)) {
        // A name the dictionary lacks that contains a country or nationality: it belongs to the
        // name, so the whole span is one organization, of that country.
        country = countryIn(first, end);
        for (int k = first; k < end; k++) {
          hitAt.set(k, null);
        }
      }
      // NER often takes the title with the name ("Foreign Minister Musalia Mudavadi"): keep what
      // follows it.
      while (first < end && coveredByHit(first, first + 1)) {
        first++;
      }
      if (end > first && !coveredByHit(first, end)) {
        while (end > first + 1 && word(end - 1).equals("'s")) {
          end--;
        }
        out.add(new UnknownName(first, end, e.type(), country));
      }
    }
    return out;
  }
}
