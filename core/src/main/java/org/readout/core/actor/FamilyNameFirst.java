package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readout.core.actor.ActorDictionary.Person;

/**
 * Japanese names in family-name-first order. The dictionary writes Japanese people given name
 * first, as Western wires do ("Shigeru Ishiba"), but Japanese media and translations from Japanese
 * write the family name first ("Prime Minister Ishiba Shigeru", "Kamikawa Yoko"), the order the
 * Japanese government adopted for romanized names in 2019. Both orders are the same person, so the
 * resolver indexes the reversed name too (issue 8, session 13: "Ishiba Shigeru" had been an unknown
 * person, apart from the "Ishiba" that followed). The dictionary's short name is the family name
 * either way, so a later bare "Ishiba" joins the same actor.
 *
 * <p>Chinese and Korean entries are already written surname first (see {@link SurnameFirstNames});
 * only the countries listed here are reversed.
 */
final class FamilyNameFirst {
  /** Countries whose dictionary names are given-family but whose own press writes family-given. */
  private static final Set<String> COUNTRIES = Set.of("JPN");

  private FamilyNameFirst() {}

  /**
   * The family-name-first forms of {@code p}'s two-word name and aliases ("Ishiba Shigeru" for
   * "Shigeru Ishiba"), or none when the person is of another country or the name is not two words
   * ending in the short name (an emperor's single name, a name with a middle part).
   */
  static List<String> reordered(Person p) {
    if (!COUNTRIES.contains(p.country())) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<String> names = new ArrayList<>(p.aliases());
    names.add(0, p.name());
    for (String name : names) {
      String[] w = name.strip().split("\\s+");
      if (w.length == 2 && w[1].equals(p.shortName())) {
        String reversed = w[1] + " " + w[0];
        if (!out.contains(reversed)) {
          out.add(reversed);
        }
      }
    }
    return out;
  }
}
