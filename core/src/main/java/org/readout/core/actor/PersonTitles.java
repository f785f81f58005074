package org.readout.core.actor;

import static org.readout.core.actor.ActorResolver.genderOfRoleWord;

import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;

/**
 * Titles around a person's name: the role words, honorific and nationality before it ("Chinese
 * President Xi Jinping", "Mr."), the country or apposition after it ("King Hassan of Morocco",
 * "Kofi Annan, UN secretary-general"), and whether a name follows a role word at all.
 *
 * <p>Design decision: a layer of the resolution's class chain, split out of {@link RoleMentions} so
 * that class keeps to the mentions it builds; names ({@link DocumentResolution}) and role words
 * ({@link RoleMentions}) both ask for titles, and titles read {@link RoleModifiers}.
 */
abstract class PersonTitles extends RoleModifiers {
  PersonTitles(ActorResolver resolver, AnnotatedArticle doc) {
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
}
