package org.readout.core.actor;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.DocumentActors.PersonMention;

/**
 * Resolves a personal pronoun to the most salient compatible person: walking back sentence by sentence (at most
 * {@value #MAX_SENTENCES_BACK} sentences and {@value #MAX_PARAGRAPHS_BACK} paragraph breaks), the leftmost
 * gender-compatible person mentioned in that sentence outside quotation marks. Leftmost approximates the subject,
 * which in news prose is who the next "He said" continues with.
 */
final class PronounResolver {
  static final int MAX_SENTENCES_BACK = 6;
  static final int MAX_PARAGRAPHS_BACK = 2;

  @Nullable String antecedent(
      DocumentActors actors, String gender, int offset, int sentence, int paragraph, boolean pronounQuoted) {
    List<PersonMention> pm = actors.personMentions;
    int i = pm.size() - 1;
    while (i >= 0 && pm.get(i).span().start() >= offset) {
      i--;
    }
    int currentSentence = -1;
    String best = null;
    for (; i >= 0; i--) {
      PersonMention m = pm.get(i);
      if (sentence - m.sentence() > MAX_SENTENCES_BACK || paragraph - m.paragraph() > MAX_PARAGRAPHS_BACK) {
        break;
      }
      if (m.sentence() != currentSentence) {
        if (best != null) {
          return best;
        }
        currentSentence = m.sentence();
      }
      if (m.quoted() && !pronounQuoted) {
        continue;
      }
      Builder b = actors.find(m.actorId());
      if (b != null && (b.gender == null || b.gender.equals(gender))) {
        best = b.id; // keep walking left within this sentence: the leftmost wins
      }
    }
    return best;
  }
}
