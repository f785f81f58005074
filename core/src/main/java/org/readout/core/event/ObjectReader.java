package org.readout.core.event;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;

/**
 * Targets that hide inside an object noun phrase, when no actor mention follows the predicate: a
 * nationality word the actor stage did not mark ("expelled two Kestrian diplomats"), and police as
 * the other side of a clash (a riot, not a battle). Bounded scans only. An act noun answered in the
 * next sentence ("criticized the decision") is {@link TargetFinder}'s.
 */
final class ObjectReader {
  private static final int MAX_NOUN_PHRASE = 6;

  /** Endings that turn a country name, less up to two final letters, into its nationality word. */
  private static final List<String> DEMONYM_ENDINGS =
      List.of("", "n", "an", "ian", "ese", "i", "ish", "ic", "ean");

  private final DocView v;

  ObjectReader(DocView v) {
    this.v = v;
  }

  /**
   * A capitalized nationality adjective in the object noun phrase after {@code after}, matched
   * against the names of the article's country actors ("two Kestrian diplomats" with Kestria
   * named): that country is the target. Only a word the actor stage left unmarked, before the first
   * preposition, verb or comma.
   */
  @Nullable MentionRef demonymObject(int after, int stop) {
    int end = Math.min(stop, after + MAX_NOUN_PHRASE);
    for (int i = after; i < end; i++) {
      String tag = v.tags[i];
      if (v.mentionAt[i] != null
          || v.isPreposition(i)
          || v.isVerb(i)
          || v.words[i].equals(",")
          || ClauseReader.isClauseBoundary(v.words[i])) {
        return null;
      }
      boolean capitalized = Character.isUpperCase(v.text.charAt(v.tokens.get(i).span().start()));
      if (capitalized
          && (tag.startsWith("JJ") || tag.startsWith("NNP"))
          && i + 1 < stop
          && v.tags[i + 1].startsWith("NN")) {
        String country = countryActorFor(v.words[i]);
        if (country != null) {
          return new MentionRef(country, i, i, MentionKind.DEMONYM);
        }
      }
    }
    return null;
  }

  private @Nullable String countryActorFor(String word) {
    for (Actor a : v.doc.actors()) {
      if (a.kind() != ActorKind.COUNTRY) {
        continue;
      }
      if (isDemonymOf(word, a.name())) {
        return a.id();
      }
      for (Mention m : a.mentions()) {
        if (m.kind() == MentionKind.NAME && isDemonymOf(word, m.span().of(v.text))) {
          return a.id();
        }
      }
    }
    return null;
  }

  static boolean isDemonymOf(String word, String countryName) {
    String name = countryName.toLowerCase(Locale.ROOT);
    if (name.length() < 4 || name.indexOf(' ') >= 0 || word.equals(name)) {
      return false;
    }
    for (int cut = 0; cut <= 2; cut++) {
      String base = name.substring(0, name.length() - cut);
      if (word.startsWith(base) && DEMONYM_ENDINGS.contains(word.substring(base.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clash with police is rioting (145), not a battle between armed forces (190): CAMEO codes
   * civilians fighting the police as violent protest.
   */
  String clashWithPolice(String code, List<MentionRef> targets) {
    if (!code.equals("190") || targets.isEmpty()) {
      return code;
    }
    for (MentionRef t : targets) {
      Actor a = v.doc.actor(t.actorId());
      if (a == null || a.code() == null || !a.code().endsWith("COP")) {
        return code;
      }
    }
    return "145";
  }
}
