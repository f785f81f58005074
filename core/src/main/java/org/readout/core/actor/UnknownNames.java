package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.EntityMention;
import org.readout.core.model.EntityType;

/**
 * The tagger's person and organization names that no dictionary phrase covers, trimmed of the
 * titles and possessives the tagger takes with them; a name built around a country word ("Georgian
 * Dream party", "Bank of America") is one organization of that country.
 *
 * <p>Split out of {@link DocumentResolution}, which resolves the names it finds; static, as {@link
 * LedBy} and {@link Principals} are. Clears the dictionary hits inside a name around a country
 * word.
 */
final class UnknownNames {
  private UnknownNames() {}

  /** Named entities of type PERSON or ORGANIZATION that no dictionary phrase covers. */
  static List<DocumentResolution.UnknownName> unknownNames(MentionContext c) {
    List<DocumentResolution.UnknownName> out = new ArrayList<>();
    int t = 0;
    for (EntityMention e : c.doc.entities()) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      while (t < c.tokens.size() && c.tokens.get(t).span().start() < e.span().start()) {
        t++;
      }
      int first = t;
      int end = first;
      while (end < c.tokens.size() && c.tokens.get(end).span().end() <= e.span().end()) {
        end++;
      }
      if (TitledNamesInOrganizations.retype(c, e.type(), first, end, out)) continue;
      String country = null;
      if (e.type() == EntityType.ORGANIZATION && isNameAroundCountryWords(c, first, end)) {
        // A name the dictionary lacks that contains a country or nationality: it belongs to the
        // name, so the whole span is one organization, of that country.
        country = countryIn(c, first, end);
        for (int k = first; k < end; k++) {
          c.hitAt.set(k, null);
        }
      }
      // NER often takes the title with the name ("Foreign Minister Musalia Mudavadi"): keep what
      // follows it.
      while (first < end && c.coveredByHit(first, first + 1)) {
        first++;
      }
      if (end > first && !c.coveredByHit(first, end)) {
        while (end > first + 1 && c.word(end - 1).equals("'s")) {
          end--;
        }
        out.add(new DocumentResolution.UnknownName(first, end, e.type(), country));
      }
    }
    return out;
  }

  /**
   * True when tokens {@code [first, end)} hold a country name or demonym, no dictionary phrases but
   * those and role words, and a capitalized word no phrase covers: "Georgian Dream party", "Bank of
   * America" are names of their own.
   */
  private static boolean isNameAroundCountryWords(MentionContext c, int first, int end) {
    boolean countryWord = false;
    boolean otherWord = false;
    for (int k = first; k < end; k++) {
      Match<Hit> h = c.hitAt.get(k);
      if (h != null) {
        boolean roleWord = h.value() instanceof Hit.RoleWord; // "party" in "Georgian Dream party"
        if (!(h.value() instanceof Hit.Demonym || h.value() instanceof Hit.CountryName || roleWord)
            || h.endToken() > end) {
          return false;
        }
        countryWord |= !roleWord;
        k = h.endToken() - 1;
      } else if (!c.coveredByHit(k, k + 1)
          && Character.isUpperCase(c.text.charAt(c.tokens.get(k).span().start()))) {
        otherWord = true;
      }
    }
    return countryWord && otherWord;
  }

  /** The country of the first country name or demonym among tokens {@code [first, end)}. */
  private static @Nullable String countryIn(MentionContext c, int first, int end) {
    for (int k = first; k < end; k++) {
      Match<Hit> h = c.hitAt.get(k);
      if (h != null && h.value() instanceof Hit.CountryName name) {
        return name.country().code();
      }
      if (h != null && h.value() instanceof Hit.Demonym d) {
        return d.country().code();
      }
    }
    return null;
  }
}
