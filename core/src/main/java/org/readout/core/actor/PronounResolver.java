package org.readout.core.actor;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.DocumentActors.PersonMention;

/**
 * Resolves a personal pronoun to the most salient compatible person: walking back sentence by
 * sentence (at most {@value #MAX_SENTENCES_BACK} sentences and {@value #MAX_PARAGRAPHS_BACK}
 * paragraph breaks), the leftmost gender-compatible person mentioned in that sentence outside
 * quotation marks. Leftmost approximates the subject, which in news prose is who the next "He said"
 * continues with.
 */
final class PronounResolver {
  static final int MAX_SENTENCES_BACK = 6;
  static final int MAX_PARAGRAPHS_BACK = 2;

  /**
   * The antecedent's actor id, or null.
   *
   * @param objectCase true for an object pronoun ("him"): it cannot refer to the subject of its own
   *     clause ("Putin called Erdogan to congratulate him"), so in its own sentence the nearest
   *     other person is taken
   */
  @Nullable String antecedent(
      DocumentActors actors,
      String gender,
      int offset,
      int sentence,
      int paragraph,
      boolean pronounQuoted,
      boolean objectCase) {
    List<PersonMention> pm = actors.personMentions;
    int i = pm.size() - 1;
    while (i >= 0 && pm.get(i).span().start() >= offset) {
      i--;
    }
    // The pronoun's own sentence: people mentioned before it, left to right.
    List<PersonMention> own = new java.util.ArrayList<>();
    while (i >= 0 && pm.get(i).sentence() == sentence) {
      own.add(0, pm.get(i));
      i--;
    }
    if (objectCase) {
      // Not the subject (the sentence's first person), so the nearest other compatible person.
      for (int k = own.size() - 1; k >= 1; k--) {
        String id = compatible(actors, own.get(k), gender, pronounQuoted);
        if (id != null && !id.equals(own.get(0).actorId())) {
          return id;
        }
      }
    } else {
      String id = leftmost(actors, own, gender, pronounQuoted);
      if (id != null) {
        return id;
      }
    }
    // Earlier sentences, nearest first: the leftmost compatible person in each.
    while (i >= 0) {
      PersonMention m = pm.get(i);
      if (sentence - m.sentence() > MAX_SENTENCES_BACK
          || paragraph - m.paragraph() > MAX_PARAGRAPHS_BACK) {
        return null;
      }
      List<PersonMention> those = new java.util.ArrayList<>();
      int s = m.sentence();
      while (i >= 0 && pm.get(i).sentence() == s) {
        those.add(0, pm.get(i));
        i--;
      }
      String id = leftmost(actors, those, gender, pronounQuoted);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private static @Nullable String leftmost(
      DocumentActors actors, List<PersonMention> mentions, String gender, boolean pronounQuoted) {
    for (PersonMention m : mentions) {
      String id = compatible(actors, m, gender, pronounQuoted);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /**
   * The mention's actor when it agrees in gender and is not inside a quotation the pronoun is
   * outside of.
   */
  private static @Nullable String compatible(
      DocumentActors actors, PersonMention m, String gender, boolean pronounQuoted) {
    if (m.quoted() && !pronounQuoted) {
      return null;
    }
    Builder b = actors.find(m.actorId());
    return b != null && (b.gender == null || b.gender.equals(gender)) ? b.id : null;
  }
}
