package org.readout.core.actor;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;

/**
 * The words around a role word that say whose role it is: the nationality, country, place or
 * organization before it ("Chinese President", "China's foreign minister", "U.N. peacekeepers"),
 * the "in X" or "of X" after it, the ranks and descriptive words between, and whether a word
 * modifies a role that follows.
 *
 * <p>Design decision: a layer of the resolution's class chain (between {@link GroupMentions} and
 * {@link PersonTitles}) rather than a helper taking the context, because titles, role groups,
 * institutions and the document's left-to-right pass all read these modifiers and the demonym they
 * use is marked consumed on the shared state. Split out of {@link RoleMentions} to keep that class
 * to the mentions it builds.
 */
abstract class RoleModifiers extends GroupMentions {
  RoleModifiers(ActorResolver resolver, AnnotatedArticle doc) {
    super(resolver, doc);
  }

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

  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");

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

  /**
   * Whether the demonym at token {@code k} follows "ethnic": "ethnic Albanians in Serbia" names a
   * people, not Albania's citizens, and takes the country where they live.
   */
  boolean isEthnic(int k) {
    return k > 0 && word(k - 1).equalsIgnoreCase("ethnic");
  }

  /** Whether token {@code k} is "its", "their", "his", "her" or "our". */
  boolean isPossessivePronoun(int k) {
    return k >= 0 && POSSESSIVES.contains(word(k).toLowerCase(Locale.ROOT));
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
}
