package org.readout.core.actor;

import java.util.List;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.EntityType;

/**
 * A person's name the tagger took for the end of an organization's: "Chinese Foreign Ministry
 * Spokesperson Mao Ning" is tagged as one ORGANIZATION, which made the spokesperson an uncoded body
 * and left the later "Spokesperson Mao" without the full name to join (issue 8, session 13). When a
 * singular person's role word stands inside such a span and only capitalized words the dictionary
 * does not claim (or a short name it does) follow it, those words are a person's name and the rest
 * is the title: the name is read as an unknown PERSON, titled as any other. Kept apart from {@code
 * DocumentResolution}, which is over size.
 */
final class TitledNamesInOrganizations {
  /** The longest name read after a title inside an organization's span. */
  private static final int MAX_NAME_WORDS = 3;

  private TitledNamesInOrganizations() {}

  /**
   * Adds the name at the end of the ORGANIZATION span {@code [first, end)} to {@code out} as a
   * person and returns true when the span is a title and a name; false, changing nothing, when not.
   */
  static boolean retype(
      MentionContext c,
      EntityType type,
      int first,
      int end,
      List<DocumentResolution.UnknownName> out) {
    if (type != EntityType.ORGANIZATION) {
      return false;
    }
    int name = -1;
    for (int k = first; k < end; k++) {
      Match<Hit> h = c.hitAt.get(k);
      if (h != null
          && h.value() instanceof Hit.RoleWord r
          && r.role().kind() == ActorKind.PERSON
          && !r.plural()
          && h.endToken() < end) {
        name = h.endToken();
      }
    }
    if (name < 0 || end - name > MAX_NAME_WORDS) {
      return false;
    }
    for (int k = name; k < end; k++) {
      Match<Hit> h = c.hitAt.get(k);
      String w = c.word(k);
      if (!Character.isUpperCase(w.charAt(0))
          || (h != null && !(h.value() instanceof Hit.PersonName))
          || (h == null && c.coveredByHit(k, k + 1))) {
        return false;
      }
    }
    for (int k = name; k < end; k++) {
      c.hitAt.set(k, null);
    }
    c.personNames.set(name);
    out.add(new DocumentResolution.UnknownName(name, end, EntityType.PERSON, null));
    return true;
  }
}
