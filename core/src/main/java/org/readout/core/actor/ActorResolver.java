package org.readout.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.ActorDictionary.Term;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.EntityMention;
import org.readout.core.model.EntityType;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.model.Token;
import org.readout.core.pipeline.Stage;

/**
 * Finds every actor an article mentions and resolves each to one identity: dictionary names and short names, titles
 * ("Chinese President Xi Jinping"), descriptions ("the Chinese leader"), metonyms ("the Kremlin"), nationality
 * adjectives, role groups ("Russian troops"), groups of actors ("the two leaders"), people the NER finds that the
 * dictionary lacks, and personal pronouns, each resolved to the most salient compatible person.
 *
 * <p>Codes depend on the document date: a person's code is that of the term in office on that date.
 *
 * <p>Thread-safe: the phrase index is built once in the constructor and only read afterwards.
 */
public final class ActorResolver implements Stage {
  private static final Set<String> DETERMINERS = Set.of("the", "The", "a", "an", "A", "An");
  private static final Map<String, Integer> COUNT_WORDS =
      Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5, "Two", 2, "Both", 2, "Three", 3);
  private static final Map<String, String> PRONOUN_GENDER =
      Map.of(
          "he", "m", "him", "m", "his", "m", "himself", "m", "she", "f", "her", "f", "hers", "f", "herself", "f");
  private static final Map<String, String> HONORIFIC_GENDER =
      Map.of("Mr", "m", "Mr.", "m", "Mrs", "f", "Mrs.", "f", "Ms", "f", "Ms.", "f");

  private final ActorDictionary dictionary;
  private final PhraseMatcher<Hit> matcher = new PhraseMatcher<>();
  private final PronounResolver pronouns = new PronounResolver();
  /** Everyone bearing a short name: "Lee" is Lee Jae-myung in one story and Lee Hsien Loong in another. */
  private final Map<String, List<Person>> peopleByShortName = new java.util.HashMap<>();

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    for (Country c : dictionary.countries()) {
      Hit name = new Hit.CountryName(c);
      matcher.add(c.name(), name, false);
      c.aliases().forEach(a -> matcher.add(a, name, false));
      Hit demonym = new Hit.Demonym(c);
      c.demonyms().forEach(d -> matcher.add(d, demonym, false));
      Hit metonym = new Hit.Metonym(c);
      c.metonyms().forEach(m -> matcher.add(m, metonym, false));
    }
    for (Person p : dictionary.people()) {
      Hit full = new Hit.PersonName(p, false);
      matcher.add(p.name(), full, false);
      p.aliases().forEach(a -> matcher.add(a, full, false));
      matcher.add(p.shortName(), new Hit.PersonName(p, true), false);
      peopleByShortName.computeIfAbsent(p.shortName(), k -> new ArrayList<>()).add(p);
    }
    for (Organization o : dictionary.organizations()) {
      Hit org = new Hit.OrgName(o);
      matcher.add(o.name(), org, false);
      o.aliases().forEach(a -> matcher.add(a, org, false));
    }
    for (Role r : dictionary.roles()) {
      for (String phrase : r.phrases()) {
        boolean plural = phrase.endsWith("s") && !phrase.endsWith("ss") && r.kind() == ActorKind.PERSON;
        matcher.add(phrase, new Hit.RoleWord(r, plural, phrase), true);
      }
    }
    matcher.freeze();
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle in) {
    if (in.tokens().isEmpty()) {
      return in.withActors(List.of());
    }
    return in.withActors(new Run(in).resolve());
  }

  /** The resolution of one document. */
  private final class Run {
    final AnnotatedArticle doc;
    final String text;
    final List<Token> tokens;
    final @Nullable LocalDate date;
    final DocumentActors actors = new DocumentActors();
    final int[] sentenceOfToken;
    final int[] paragraphOfToken;
    final QuotedRegions quoted;
    /** Token index → the hit covering it (set at the hit's first token only), or null. */
    final List<@Nullable Match<Hit>> hitAt;
    /** Tokens already used as part of another mention (a title's demonym, a group's modifiers). */
    final boolean[] consumed;

    Run(AnnotatedArticle doc) {
      this.doc = doc;
      this.text = doc.text();
      this.tokens = doc.tokens();
      this.date = doc.article().date();
      this.sentenceOfToken = new int[tokens.size()];
      for (int s = 0; s < doc.sentences().size(); s++) {
        var sent = doc.sentences().get(s);
        for (int k = sent.firstToken(); k < sent.endToken(); k++) {
          sentenceOfToken[k] = s;
        }
      }
      this.paragraphOfToken = new int[tokens.size()];
      int p = 0;
      for (int k = 0; k < tokens.size(); k++) {
        int off = tokens.get(k).span().start();
        while (p + 1 < doc.paragraphs().size() && doc.paragraphs().get(p).span().end() <= off) {
          p++;
        }
        paragraphOfToken[k] = p;
      }
      this.quoted = QuotedRegions.of(text);
      this.hitAt = new ArrayList<>(tokens.size());
      this.consumed = new boolean[tokens.size()];
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
        } else if (!handleSurname(i)) {
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
        List<Match<Hit>> ms = matcher.matchesAt(text, tokens, i, ends);
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
    }

    /** Rules out matches that are only accidentally a dictionary phrase. */
    boolean acceptable(Match<Hit> m) {
      if (m.value() instanceof Hit.PersonName p && p.shortName() && m.endToken() < tokens.size()) {
        // "Kim" in "Kim Yu-jung" is the start of another person's name, not Kim Jong Un.
        Token next = tokens.get(m.endToken());
        boolean adjacent = next.span().start() - m.end() <= 1;
        return !(adjacent && next.ner().equals("PERSON") && !next.span().of(text).equals("'s"));
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
      } else if (hit instanceof Hit.Demonym d) {
        if (!consumed[m.firstToken()] && !isModifierOfRole(m.endToken())) {
          country(d.country(), span, MentionKind.DEMONYM);
        }
      } else if (hit instanceof Hit.Metonym mt) {
        boolean the = m.firstToken() > 0 && word(m.firstToken() - 1).equalsIgnoreCase("the");
        government(mt.country(), the ? withDeterminer(m.firstToken(), span) : span, MentionKind.METONYM);
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
        if (next != null && next.value() instanceof Hit.Demonym) {
          k = next.endToken();
        } else if (w.equals("and") || w.equals(",")) {
          k++;
        } else {
          return false;
        }
      }
      return false;
    }

    void country(Country c, Span span, MentionKind kind) {
      Builder b = actors.get("country/" + c.code(), c.name(), ActorKind.COUNTRY);
      b.code = c.code();
      b.country = c.code();
      actors.mention(b, span, kind);
    }

    void government(Country c, Span span, MentionKind kind) {
      Builder b = actors.get("government/" + c.code(), "Government of " + c.name(), ActorKind.INSTITUTION);
      b.code = c.code() + "GOV";
      b.country = c.code();
      b.role = "government";
      actors.mention(b, span, kind);
    }

    void organization(Organization o, Span span) {
      String prefix = o.kind() == ActorKind.AGENCY ? "agency/" : "org/";
      Builder b = actors.get(prefix + o.id(), o.name(), o.kind());
      b.code = o.code();
      b.country = o.country();
      actors.mention(b, span, MentionKind.NAME);
    }

    void personName(Hit.PersonName p, Match<Hit> m) {
      Person person = p.shortName() ? shortNameBearer(p.person(), m) : p.person();
      if (person == null) {
        return;
      }
      Builder b = person(person);
      Title title = titleBefore(m.firstToken());
      Span span = new Span(m.start(), m.end());
      actors.mention(b, span, MentionKind.NAME);
      notePerson(b, span, m.firstToken());
      if (title != null && title.gender != null && b.gender == null) {
        b.gender = title.gender;
      }
    }

    /**
     * Who a short name ("Lee") refers to: a bearer already mentioned in this document; else, when a title precedes
     * it or it stands alone, the only bearer in office on the document date; else nobody.
     */
    @Nullable Person shortNameBearer(Person matched, Match<Hit> m) {
      List<Person> bearers = peopleByShortName.getOrDefault(matched.shortName(), List.of(matched));
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
      return inOffice != null && (titled || named) ? inOffice : null;
    }

    Builder person(Person person) {
      Builder b = actors.get("person/" + person.id(), person.name(), ActorKind.PERSON);
      Term term = person.termOn(date);
      b.code = person.codeOn(date);
      b.country = person.country();
      b.role = term == null ? null : term.role();
      b.gender = person.gender();
      return b;
    }

    /** Records a person mention for later pronoun and description resolution. */
    void notePerson(Builder b, Span span, int token) {
      actors.personMentions.add(
          new DocumentActors.PersonMention(
              span, b.id, sentenceOfToken[token], paragraphOfToken[token], quoted.contains(span.start())));
    }

    /** The title (role words, honorifics, nationality) right before token {@code k}, or null. */
    @Nullable Title titleBefore(int k) {
      int j = k - 1;
      String gender = null;
      if (j >= 0 && HONORIFIC_GENDER.containsKey(word(j))) {
        gender = HONORIFIC_GENDER.get(word(j));
        j--;
        if (j < 0 || hitStartingBefore(j) == null) {
          return new Title(null, null, gender, k - 1);
        }
      }
      Match<Hit> role = j >= 0 ? hitStartingBefore(j) : null;
      if (role == null || !(role.value() instanceof Hit.RoleWord r) || r.plural()) {
        return gender == null ? null : new Title(null, null, gender, k - 1);
      }
      if (gender == null) {
        gender = genderOfRoleWord(r.phrase());
      }
      String country = countryModifier(role.firstToken());
      return new Title(r.role(), country, gender, role.firstToken());
    }

    /** The hit whose last token is {@code j}, or null. */
    @Nullable Match<Hit> hitStartingBefore(int j) {
      for (int k = j; k >= 0 && k >= j - 6; k--) {
        Match<Hit> m = hitAt.get(k);
        if (m != null) {
          return m.endToken() == j + 1 ? m : null;
        }
      }
      return null;
    }

    /**
     * The country a role word's modifiers name: a demonym right before it ("Chinese President") or a country with
     * a possessive ("China's foreign minister"); marks the demonym consumed.
     */
    @Nullable String countryModifier(int roleFirstToken) {
      int j = roleFirstToken - 1;
      // Skip further role words: "Russian Deputy Foreign Minister".
      while (j >= 0) {
        Match<Hit> prev = hitStartingBefore(j);
        if (prev != null && prev.value() instanceof Hit.RoleWord) {
          j = prev.firstToken() - 1;
        } else {
          break;
        }
      }
      if (j >= 0 && word(j).equals("'s")) {
        Match<Hit> owner = hitStartingBefore(j - 1);
        if (owner != null && owner.value() instanceof Hit.CountryName c) {
          return c.country().code();
        }
        return null;
      }
      Match<Hit> prev = j >= 0 ? hitStartingBefore(j) : null;
      if (prev != null && prev.value() instanceof Hit.Demonym d) {
        consumed[prev.firstToken()] = true;
        return d.country().code();
      }
      if (prev != null && prev.value() instanceof Hit.CountryName c && !tokens.get(j).tag().equals("POS")) {
        return c.country().code();
      }
      return null;
    }

    void role(Hit.RoleWord r, Match<Hit> m) {
      Role role = r.role();
      if (nextIsName(m.endToken())) {
        return; // a title: the name that follows takes it
      }
      if (m.endToken() < tokens.size() && hitAt.get(m.endToken()) != null
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

    /** True when a person's name (dictionary or NER) starts at token {@code k}, perhaps after a honorific. */
    boolean nextIsName(int k) {
      if (k < tokens.size() && HONORIFIC_GENDER.containsKey(word(k))) {
        k++;
      }
      if (k >= tokens.size()) {
        return false;
      }
      Match<Hit> next = hitAt.get(k);
      if (next != null) {
        return next.value() instanceof Hit.PersonName;
      }
      return tokens.get(k).ner().equals("PERSON");
    }

    /** "the Chinese leader", "the spokeswoman": the most recent compatible person, or the office holder. */
    void description(Hit.RoleWord r, Match<Hit> m) {
      String country = countryModifier(m.firstToken());
      int first = firstModifierToken(m.firstToken());
      if (first == m.firstToken() && !isDeterminer(m.firstToken() - 1)) {
        return; // a bare role word ("president of the club") is not a reference to someone
      }
      Span span = withDeterminer(first, new Span(tokens.get(first).span().start(), m.end()));
      Builder target = recentPerson(country, r.role(), r.role().leader(), m.firstToken());
      if (target == null && country != null) {
        Person holder = officeHolder(country, r.role());
        if (holder != null) {
          target = person(holder);
        }
      }
      if (target != null) {
        actors.mention(target, span, MentionKind.DESCRIPTION);
        notePerson(target, span, m.firstToken());
      }
    }

    /** "the two leaders", "the Chinese and Russian leaders": a group of the persons it denotes. */
    void groupOfPeople(Hit.RoleWord r, Match<Hit> m) {
      int first = firstModifierToken(m.firstToken());
      List<String> countries = new ArrayList<>();
      int count = 0;
      for (int k = first; k < m.firstToken(); k++) {
        Match<Hit> h = hitAt.get(k);
        if (h != null && h.value() instanceof Hit.Demonym d) {
          countries.add(d.country().code());
          consumed[k] = true;
        }
        count = Math.max(count, COUNT_WORDS.getOrDefault(word(k), 0));
      }
      List<Builder> members = new ArrayList<>();
      if (!countries.isEmpty()) {
        for (String c : countries) {
          Builder b = recentPerson(c, r.role(), r.role().leader(), m.firstToken());
          if (b != null && !members.contains(b)) {
            members.add(b);
          }
        }
      } else if (count > 0 || isDeterminer(first - 1) || isDeterminer(first)) {
        members.addAll(recentPeople(count == 0 ? 2 : count, m.firstToken(), r.role().leader()));
      }
      if (members.size() < 2) {
        return;
      }
      List<String> ids = members.stream().map(b -> b.id).sorted().toList();
      String id = "group/" + String.join("+", ids.stream().map(s -> s.substring(s.indexOf('/') + 1)).toList());
      String name = String.join(" and ", members.stream().map(b -> b.name).toList());
      Builder g = actors.get(id, name, ActorKind.GROUP);
      g.role = r.role().role();
      g.members.clear();
      g.members.addAll(ids);
      actors.mention(g, withDeterminer(first, new Span(tokens.get(first).span().start(), m.end())), MentionKind.GROUP);
    }

    /** "Russian troops", "protesters", "police": a group coded by country and role. */
    void roleGroup(Role role, Match<Hit> m) {
      String country = countryModifier(m.firstToken());
      int first = firstModifierToken(m.firstToken());
      String code = (country == null ? "" : country) + role.code();
      Span span = new Span(tokens.get(first).span().start(), m.end());
      // One group per CAMEO code, as event coders see them: "troops", "soldiers" and "forces" of one country are
      // one actor; the role is the first one named.
      Builder b = actors.get("group/" + code, span.of(text), ActorKind.GROUP);
      b.code = code;
      b.country = country;
      b.role = role.role();
      actors.mention(b, span, MentionKind.DESCRIPTION);
    }

    /** "the Chinese government", "Russia's defence ministry": an institution, coded when a country is named. */
    void institution(Role role, Match<Hit> m) {
      String country = countryModifier(m.firstToken());
      if (country == null) {
        return;
      }
      int first = firstModifierToken(m.firstToken());
      Span span = withDeterminer(first, new Span(tokens.get(first).span().start(), m.end()));
      if (role.code().equals("GOV")) {
        government(dictionary.country(country), span, MentionKind.DESCRIPTION);
        return;
      }
      String name = isDeterminer(first - 1) || span.start() < tokens.get(first).span().start() ? span.of(text).substring(span.of(text).indexOf(' ') + 1) : span.of(text);
      Builder b = actors.get("institution/" + country + role.code(), name, ActorKind.INSTITUTION);
      b.code = country + role.code();
      b.country = country;
      b.role = role.role();
      actors.mention(b, span, MentionKind.DESCRIPTION);
    }

    /** The first token of the modifiers before a role word: demonyms, "and", commas, count words, possessives. */
    int firstModifierToken(int roleFirst) {
      int k = roleFirst;
      while (k > 0) {
        int j = k - 1;
        Match<Hit> prev = hitStartingBefore(j);
        String w = word(j);
        if (prev != null && (prev.value() instanceof Hit.Demonym || prev.value() instanceof Hit.RoleWord)) {
          k = prev.firstToken();
        } else if (prev != null && prev.value() instanceof Hit.CountryName && !w.equals("'s")) {
          k = prev.firstToken();
        } else if (w.equals("'s") && j > 0 && hitStartingBefore(j - 1) != null
            && hitStartingBefore(j - 1).value() instanceof Hit.CountryName) {
          k = hitStartingBefore(j - 1).firstToken();
        } else if ((w.equals("and") || w.equals(",")) && j > 0 && hitStartingBefore(j - 1) != null
            && hitStartingBefore(j - 1).value() instanceof Hit.Demonym) {
          k = j;
        } else if (COUNT_WORDS.containsKey(w)) {
          k = j;
        } else {
          break;
        }
      }
      return k;
    }

    void handleUnknown(UnknownName u) {
      Span span = new Span(tokens.get(u.firstToken).span().start(), tokens.get(u.endToken - 1).span().end());
      String name = span.of(text);
      if (u.type == EntityType.ORGANIZATION) {
        Builder b = actors.get("org/" + slug(name), name, ActorKind.ORGANIZATION);
        actors.mention(b, span, MentionKind.NAME);
        return;
      }
      Builder b = unknownPerson(name);
      Title title = titleBefore(u.firstToken);
      if (title != null) {
        if (b.role == null && title.role != null) {
          b.role = title.role.role();
        }
        if (b.country == null) {
          b.country = title.country;
        }
        if (b.gender == null) {
          b.gender = title.gender;
        }
      }
      actors.mention(b, span, MentionKind.NAME);
      notePerson(b, span, u.firstToken);
    }

    /** An earlier unknown person whose name this one repeats or shortens ("Maria Lopez" ... "Lopez"), or a new one. */
    Builder unknownPerson(String name) {
      String last = name.substring(name.lastIndexOf(' ') + 1);
      for (Builder b : actors.all()) {
        if (b.kind == ActorKind.PERSON && b.code == null && b.id.startsWith("person/~")) {
          if (b.name.equals(name) || b.name.endsWith(" " + last) && !name.contains(" ")) {
            return b;
          }
          if (name.endsWith(" " + b.name.substring(b.name.lastIndexOf(' ') + 1)) && !b.name.contains(" ")) {
            b.name = name; // the surname came first; keep the full name
            return b;
          }
        }
      }
      return actors.get("person/~" + slug(name), name, ActorKind.PERSON);
    }

    /** A lone proper noun repeating the surname of an unknown person met before ("Mudavadi"), which NER missed. */
    boolean handleSurname(int k) {
      if (!tokens.get(k).tag().startsWith("NNP")) {
        return false;
      }
      String w = word(k);
      for (Builder b : actors.all()) {
        if (b.kind == ActorKind.PERSON && b.id.startsWith("person/~") && b.name.endsWith(" " + w)) {
          Span span = tokens.get(k).span();
          actors.mention(b, span, MentionKind.NAME);
          notePerson(b, span, k);
          return true;
        }
      }
      return false;
    }

    void handlePronoun(int k) {
      String gender = PRONOUN_GENDER.get(word(k).toLowerCase(Locale.ROOT));
      if (gender == null || !tokens.get(k).tag().startsWith("PRP")) {
        return;
      }
      Span span = tokens.get(k).span();
      String id =
          pronouns.antecedent(
              actors, gender, span.start(), sentenceOfToken[k], paragraphOfToken[k], quoted.contains(span.start()));
      if (id == null) {
        return;
      }
      Builder b = actors.find(id);
      actors.mention(b, span, MentionKind.PRONOUN);
      notePerson(b, span, k);
    }

    /** The most recently mentioned person of {@code country} (if given) with a fitting role, or null. */
    @Nullable Builder recentPerson(@Nullable String country, Role role, boolean leader, int beforeToken) {
      int before = tokens.get(beforeToken).span().start();
      List<DocumentActors.PersonMention> pm = actors.personMentions;
      for (int i = pm.size() - 1; i >= 0; i--) {
        if (pm.get(i).span().start() >= before) {
          continue;
        }
        Builder b = actors.find(pm.get(i).actorId());
        if (b == null || (country != null && !country.equals(b.country))) {
          continue;
        }
        if (b.role == null || b.role.equals(role.role()) || (leader && isLeaderRole(b.role))) {
          return b;
        }
      }
      return null;
    }

    /** The {@code n} most recently mentioned distinct people before the token. */
    List<Builder> recentPeople(int n, int beforeToken, boolean leaders) {
      int before = tokens.get(beforeToken).span().start();
      List<Builder> out = new ArrayList<>();
      List<DocumentActors.PersonMention> pm = actors.personMentions;
      // "the two leaders" means the leaders in the story, not a bystander quoted since: take people in leading
      // roles first, then anyone.
      for (int pass = leaders ? 0 : 1; pass < 2; pass++) {
        for (int i = pm.size() - 1; i >= 0 && out.size() < n; i--) {
          Builder b = actors.find(pm.get(i).actorId());
          if (pm.get(i).span().start() < before && b != null && !out.contains(b)
              && (pass == 1 || (b.role != null && isLeaderRole(b.role)))) {
            out.add(b);
          }
        }
      }
      return out;
    }

    boolean isLeaderRole(String roleName) {
      for (Role r : dictionary.roles()) {
        if (r.role().equals(roleName)) {
          return r.leader();
        }
      }
      return false;
    }

    /** The one person who held {@code role} for {@code country} on the document date, or null. */
    @Nullable Person officeHolder(String country, Role role) {
      if (date == null) {
        return null;
      }
      Person found = null;
      for (Person p : dictionary.people()) {
        if (!p.country().equals(country)) {
          continue;
        }
        Term t = p.termOn(date);
        if (t != null && (t.role().equals(role.role()) || (role.leader() && role.role().equals("leader") && isLeaderRole(t.role())))) {
          if (found != null && found != p) {
            return null;
          }
          found = p;
        }
      }
      return found;
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
        // NER often takes the title with the name ("Foreign Minister Musalia Mudavadi"): keep what follows it.
        while (first < end && coveredByHit(first, first + 1)) {
          first++;
        }
        if (end > first && !coveredByHit(first, end)) {
          while (end > first + 1 && word(end - 1).equals("'s")) {
            end--;
          }
          out.add(new UnknownName(first, end, e.type()));
        }
      }
      return out;
    }

    boolean coveredByHit(int first, int end) {
      for (int k = Math.max(0, first - 8); k < end; k++) {
        Match<Hit> m = hitAt.get(k);
        if (m != null && m.endToken() > first && m.firstToken() < end) {
          return true;
        }
      }
      return false;
    }

    Span withDeterminer(int firstToken, Span span) {
      if (isDeterminer(firstToken - 1)) {
        return new Span(tokens.get(firstToken - 1).span().start(), span.end());
      }
      return span;
    }

    boolean isDeterminer(int k) {
      return k >= 0 && k < tokens.size() && DETERMINERS.contains(word(k));
    }

    String word(int k) {
      return tokens.get(k).span().of(text);
    }

    String countryName(String code) {
      Country c = dictionary.country(code);
      return c == null ? code : c.name();
    }
  }

  /** A title before a name. {@code role} and {@code country} may be null (a bare "Mr."). */
  private record Title(@Nullable Role role, @Nullable String country, @Nullable String gender, int firstToken) {}

  private record UnknownName(int firstToken, int endToken, EntityType type) {}

  static @Nullable String genderOfRoleWord(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (p.contains("woman") || p.equals("queen") || p.equals("princess") || p.contains("wife")) {
      return "f";
    }
    if (p.endsWith("man") || p.equals("king") || p.equals("prince") || p.equals("emir")) {
      return "m";
    }
    return null;
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
