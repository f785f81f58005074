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
import org.readout.core.actor.ActorDictionary.Term;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * Mentions built around role words: titles before names ("Chinese President Xi Jinping"),
 * descriptions ("the Chinese leader"), groups of people ("the two leaders"), role groups ("Russian
 * troops") and institutions ("the Chinese government").
 */
abstract class RoleMentions extends GroupMentions {
  RoleMentions(ActorResolver resolver, AnnotatedArticle doc) {
    super(resolver, doc);
  }

  /**
   * A title before a name. {@code role} and {@code country} may be null (a bare "Mr."); {@code
   * owner} is the organization the title names ("Arab League Secretary General"), or null.
   */
  record Title(
      @Nullable Role role,
      @Nullable String country,
      @Nullable String gender,
      int firstToken,
      @Nullable Organization owner) {
    Title(@Nullable Role role, @Nullable String country, @Nullable String gender, int firstToken) {
      this(role, country, gender, firstToken, null);
    }

    /**
     * The CAMEO code the title implies: the owning organization's, else the country's with the
     * role's ("Israeli Prime Minister" → ISRGOV); null when neither is named.
     */
    @Nullable String code() {
      if (owner != null) {
        return owner.code();
      }
      return role == null || country == null ? null : country + role.code();
    }
  }

  /** Words that count a plural without naming whose it is: "several ministers". */
  private static final Set<String> QUANTIFIERS =
      Set.of("several", "many", "some", "other", "dozens", "hundreds", "thousands", "few");

  /** Directions before a country in "in X" ("in northern Kenya"): the country is still X. */
  private static final Set<String> COMPASS =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western");

  /** Words that grade a role without changing whose it is. */
  private static final Set<String> RANKS =
      Set.of("vice", "senior", "acting", "top", "junior", "interim", "new", "outgoing");

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
    Organization owner = country == null ? orgModifier(role.firstToken()) : null;
    if (owner != null) {
      country = owner.country();
    }
    return new Title(r.role(), country, gender, role.firstToken(), owner);
  }

  /**
   * What follows a name that {@code before} (a title without a country, or null) leaves open: "King
   * Hassan of Morocco" (the title's country after the name), "Kofi Annan, UN secretary-general" and
   * "Kenzo Oshima, the United Nations relief coordinator" (an apposition: comma, perhaps a
   * determiner, then a country, nationality or organization and a role, or a role and "of X":
   * "Amara Diallo, the foreign minister of Chad"). Null when neither.
   */
  @Nullable Title titleAfter(int endToken, @Nullable Title before) {
    if (before != null && before.role() != null) {
      String country = countryAfter(endToken);
      if (country != null) {
        return new Title(before.role(), country, before.gender(), before.firstToken());
      }
    }
    if (endToken >= tokens.size() || !word(endToken).equals(",")) {
      return null;
    }
    int start = endToken + 1;
    if (isDeterminer(start)) {
      start++;
    }
    for (int r = start; r < Math.min(tokens.size(), start + 6); r++) {
      Match<Hit> h = hitAt.get(r);
      if (h == null) {
        continue;
      }
      if (!(h.value() instanceof Hit.RoleWord rw)) {
        continue; // the country, nationality or organization before the role
      }
      while (h.endToken() < tokens.size()
          && hitAt.get(h.endToken()) != null
          && hitAt.get(h.endToken()).value() instanceof Hit.RoleWord next) {
        h = hitAt.get(h.endToken()); // "UN deputy secretary-general": the last role word heads
        rw = next;
      }
      if (rw.plural() || rw.role().kind() != ActorKind.PERSON) {
        return null;
      }
      String country = countryModifier(r);
      Organization owner = country == null ? orgModifier(r) : null;
      if (country == null && owner == null) {
        country = countryAfter(h.endToken()); // "Amara Diallo, the foreign minister of Chad"
      }
      if (country == null && owner == null) {
        return null;
      }
      String gender = before != null ? before.gender() : genderOfRoleWord(rw.phrase());
      return new Title(rw.role(), owner == null ? country : owner.country(), gender, r, owner);
    }
    return null;
  }

  /**
   * The organization named right before a role word, perhaps with a possessive: "Arab League
   * Secretary General", "NATO's secretary-general", "U.N. peacekeepers". The role is one of its
   * officers or members. News outlets are left out ("Reuters correspondent" reports, not acts for
   * Reuters), and so are organizations without a code.
   */
  @Nullable Organization orgModifier(int roleFirstToken) {
    Match<Hit> m = orgModifierMatch(roleFirstToken);
    return m == null ? null : ((Hit.OrgName) m.value()).organization();
  }

  /** The organization's name before a role word, as {@link #orgModifier} finds it, or null. */
  @Nullable Match<Hit> orgModifierMatch(int roleFirstToken) {
    int j = roleFirstToken - 1;
    while (j >= 0) {
      Match<Hit> prev = hitStartingBefore(j);
      if (prev != null && prev.value() instanceof Hit.RoleWord) {
        j = prev.firstToken() - 1;
      } else if (RANKS.contains(word(j).toLowerCase(Locale.ROOT))) {
        j--;
      } else {
        break;
      }
    }
    if (j >= 0 && word(j).equals("'s")) {
      j--;
    }
    Match<Hit> prev = j >= 0 ? hitStartingBefore(j) : null;
    if (prev != null
        && prev.value() instanceof Hit.OrgName o
        && o.organization().kind() != ActorKind.AGENCY
        && o.organization().code() != null) {
      return prev;
    }
    return null;
  }

  /**
   * The country a role word's modifiers name: a demonym right before it ("Chinese President") or a
   * country with a possessive ("China's foreign minister"); marks the demonym consumed.
   */
  @Nullable String countryModifier(int roleFirstToken) {
    int j = roleFirstToken - 1;
    // Skip further role words and ranks: "Russian Deputy Foreign Minister", "Taiwan's Vice
    // Foreign Minister", "a senior British minister"; and up to two descriptive words ("Kenyan
    // riot police", "Irish nationalist guerrillas").
    int described = 0;
    while (j >= 0) {
      Match<Hit> prev = hitStartingBefore(j);
      if (prev != null && prev.value() instanceof Hit.RoleWord) {
        j = prev.firstToken() - 1;
      } else if (RANKS.contains(word(j).toLowerCase(Locale.ROOT))) {
        j--;
      } else if (described < 2 && isDescriptiveModifier(j)) {
        j--;
        described++;
      } else {
        break;
      }
    }
    if (described > 0 && !(j >= 0 && word(j).equals("'s")) && !isDemonymEndingAt(j)) {
      return null; // after a descriptive word only a nationality or a possessive qualifies
    }
    if (j >= 0 && word(j).equals("'s")) {
      Match<Hit> owner = hitStartingBefore(j - 1);
      if (owner != null && owner.value() instanceof Hit.CountryName c) {
        return c.country().code();
      }
      if (owner != null && owner.value() instanceof Hit.PlaceName pl) {
        return pl.country().code(); // "Istanbul's governor"
      }
      return null;
    }
    Match<Hit> prev = j >= 0 ? hitStartingBefore(j) : null;
    if (prev != null && prev.value() instanceof Hit.Demonym d) {
      consumed[prev.firstToken()] = true;
      return isEthnic(prev.firstToken()) ? null : d.country().code();
    }
    if (prev != null
        && prev.value() instanceof Hit.CountryName c
        && !tokens.get(j).tag().equals("POS")) {
      return c.country().code();
    }
    if (prev != null && prev.value() instanceof Hit.PlaceName pl) {
      consumed[prev.firstToken()] = true; // "an Istanbul court": the place qualifies the role
      return pl.country().code();
    }
    if (prev != null && prev.value() instanceof Hit.Metonym mt) {
      consumed[prev.firstToken()] =
          true; // "Kremlin spokesman": the seat of government qualifies the role
      return mt.country().code();
    }
    return null;
  }

  /**
   * Whether a nationality adjective ends at token {@code j}: a demonym, or a country name written
   * as one of its demonyms ("U.S." in "a U.S. federal judge").
   */
  boolean isDemonymEndingAt(int j) {
    Match<Hit> h = j >= 0 ? hitStartingBefore(j) : null;
    if (h != null && h.value() instanceof Hit.CountryName c) {
      return c.country().demonyms().contains(text.substring(h.start(), h.end()));
    }
    return h != null && h.value() instanceof Hit.Demonym;
  }

  /**
   * The first of up to two descriptive words right before token {@code k} when a nationality or a
   * country's possessive precedes them ("Kenyan riot police"); {@code k} when none does.
   */
  int describedFrom(int k) {
    int j = k - 1;
    int n = 0;
    while (n < 2 && isDescriptiveModifier(j)) {
      j--;
      n++;
    }
    if (n == 0) {
      return k;
    }
    boolean owner = j >= 0 && word(j).equals("'s");
    return owner || isDemonymEndingAt(j) ? j + 1 : k;
  }

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
   * True when a person's name (dictionary or NER) starts at token {@code k}, perhaps after a
   * honorific.
   */
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
    return tokens.get(k).ner().equals("PERSON") || personNames.get(k);
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
    Builder target = recentPerson(country, r.role(), r.role().leader(), m.firstToken());
    if (target == null && country != null) {
      Person holder = officeHolder(country, r.role());
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
        Builder b = recentPerson(c, r.role(), r.role().leader(), m.firstToken());
        if (b != null && !hasActor(members, b)) {
          members.add(b);
        }
      }
    } else if (count > 0 || isDeterminer(first - 1) || isDeterminer(first)) {
      members.addAll(recentPeople(count == 0 ? 2 : count, m.firstToken(), r.role().leader()));
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
   * Whether the demonym at token {@code k} follows "ethnic": "ethnic Albanians in Serbia" names a
   * people, not Albania's citizens, and takes the country where they live.
   */
  boolean isEthnic(int k) {
    return k > 0 && word(k - 1).equalsIgnoreCase("ethnic");
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

  /** Whether token {@code k} is "its", "their", "his", "her" or "our". */
  boolean isPossessivePronoun(int k) {
    return k >= 0 && POSSESSIVES.contains(word(k).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");

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

  /** Whether token {@code k} begins its sentence, perhaps after a dateline's dash. */
  boolean isSentenceStart(int k) {
    int s = sentenceOfToken[k];
    int firstOfSentence = doc.sentences().get(s).firstToken();
    if (k == firstOfSentence) {
      return true;
    }
    String prev = word(k - 1);
    return prev.equals("-") || prev.equals("—") || prev.equals("–") || prev.equals("--");
  }

  /**
   * The slug of the city or region that qualifies a role ("the Uttar Pradesh government", "an
   * Istanbul court", "the mayor of Kharkiv"): a place among the modifiers from {@code first} or in
   * an "of/in X" right after the role ending at {@code roleEnd}; null when none. Such a body is
   * local: its actor id carries {@code @place}, and the events stage does not take it for the
   * national state.
   */
  @Nullable String localPlace(int first, int roleEnd) {
    for (int k = first; k < roleEnd; k++) {
      Match<Hit> h = hitAt.get(k);
      if (h != null && h.value() instanceof Hit.PlaceName p) {
        return ActorResolver.slug(p.place().name());
      }
    }
    int k = roleEnd;
    if (k + 1 < tokens.size() && (word(k).equals("of") || word(k).equals("in"))) {
      k++;
      if (word(k).equalsIgnoreCase("the") && k + 1 < tokens.size()) {
        k++;
      }
      Match<Hit> h = hitAt.get(k);
      if (h != null && h.value() instanceof Hit.PlaceName p) {
        return ActorResolver.slug(p.place().name());
      }
    }
    return null;
  }

  /**
   * The country an "in X", "of X" or "from X" right after a role word names ("police in Nairobi",
   * "a court in Peru", "the people of Chad"): a country name or a seat of government, perhaps after
   * "the"; null otherwise.
   */
  @Override
  @Nullable String countryAfter(int roleEnd) {
    int k = roleEnd;
    if (k >= tokens.size()) {
      return null;
    }
    String w = word(k);
    if (!w.equals("in") && !w.equals("of") && !w.equals("from")) {
      return null;
    }
    k++;
    if (k < tokens.size() && word(k).equalsIgnoreCase("the")) {
      k++;
    }
    if (k + 1 < tokens.size() && COMPASS.contains(word(k).toLowerCase(Locale.ROOT))) {
      k++; // "police in northern Kenya", "forces in northeastern Syria"
    }
    Match<Hit> h = k < tokens.size() ? hitAt.get(k) : null;
    if (h != null && h.value() instanceof Hit.CountryName c) {
      return c.country().code();
    }
    if (h != null && h.value() instanceof Hit.Metonym mt) {
      return mt.country().code();
    }
    if (h != null && h.value() instanceof Hit.PlaceName pl) {
      return pl.country().code(); // "riot police in Mombasa"
    }
    return null;
  }

  /**
   * The first token of the modifiers before a role word: demonyms, "and", commas, count words,
   * possessives.
   */
  int firstModifierToken(int roleFirst) {
    int k = roleFirst;
    while (k > 0) {
      int j = k - 1;
      Match<Hit> prev = hitStartingBefore(j);
      String w = word(j);
      if (prev != null
          && (prev.value() instanceof Hit.Demonym
              || prev.value() instanceof Hit.GroupName
              || prev.value() instanceof Hit.RoleWord
              || prev.value() instanceof Hit.Metonym
              || prev.value() instanceof Hit.PlaceName)) {
        k = prev.firstToken();
      } else if (prev != null && prev.value() instanceof Hit.CountryName && !w.equals("'s")) {
        k = prev.firstToken();
      } else if (w.equals("'s")
          && j > 0
          && hitStartingBefore(j - 1) != null
          && hitStartingBefore(j - 1).value() instanceof Hit.CountryName) {
        k = hitStartingBefore(j - 1).firstToken();
      } else if ((w.equals("and") || w.equals(","))
          && j > 0
          && hitStartingBefore(j - 1) != null
          && hitStartingBefore(j - 1).value() instanceof Hit.Demonym) {
        k = j;
      } else if (COUNT_WORDS.containsKey(w) || RANKS.contains(w.toLowerCase(Locale.ROOT))) {
        k = j;
      } else if (describedFrom(k) < k) {
        k = describedFrom(k);
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * The most recently mentioned person of {@code country} (if given) with a fitting role, or null.
   */
  @Nullable Builder recentPerson(
      @Nullable String country, Role role, boolean leader, int beforeToken) {
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

  /** Whether the list holds the actor; builders are one per id, so the id says it. */
  private static boolean hasActor(List<Builder> builders, Builder b) {
    for (Builder x : builders) {
      if (x.id.equals(b.id)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code n} most recently mentioned distinct people before the token. */
  List<Builder> recentPeople(int n, int beforeToken, boolean leaders) {
    int before = tokens.get(beforeToken).span().start();
    List<Builder> out = new ArrayList<>();
    List<DocumentActors.PersonMention> pm = actors.personMentions;
    // "the two leaders" means the leaders in the story, not a bystander quoted since: take people
    // in leading roles first, then anyone.
    for (int pass = leaders ? 0 : 1; pass < 2; pass++) {
      for (int i = pm.size() - 1; i >= 0 && out.size() < n; i--) {
        Builder b = actors.find(pm.get(i).actorId());
        if (pm.get(i).span().start() < before
            && b != null
            && !hasActor(out, b)
            && (pass == 1 || (b.role != null && isLeaderRole(b.role)))) {
          out.add(b);
        }
      }
    }
    return out;
  }

  boolean isLeaderRole(String roleName) {
    return resolver.leaderRoles.contains(roleName);
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
      if (t != null
          && (t.role().equals(role.role())
              || (role.leader() && role.role().equals("leader") && isLeaderRole(t.role())))) {
        if (found != null && !found.equals(p)) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }
}
