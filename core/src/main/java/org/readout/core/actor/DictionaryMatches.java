package org.readout.core.actor;

import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.Token;

/**
 * Which dictionary phrase matches stand for what they name: a short name that begins or ends
 * another person's name, a group word that begins a tagged name, or a role word that is no noun is
 * only accidentally a dictionary phrase.
 *
 * <p>Split out of {@link DocumentResolution}, whose {@code findHits} asks it of every match;
 * static, as {@link LedBy} and {@link Principals} are.
 */
final class DictionaryMatches {
  private DictionaryMatches() {}

  /** Rules out matches that are only accidentally a dictionary phrase. */
  static boolean acceptable(MentionContext c, Match<Hit> m) {
    if (m.value() instanceof Hit.PersonName p && p.shortName() && m.endToken() < c.tokens.size()) {
      // "Kim" in "Kim Yu-jung" is the start of another person's name, not Kim Jong Un.
      Token next = c.tokens.get(m.endToken());
      boolean adjacent = next.span().start() - m.end() <= 1;
      if (adjacent && next.ner().equals("PERSON") && !next.span().of(c.text).equals("'s")) {
        return false;
      }
    }
    if (m.value() instanceof Hit.PersonName p && p.shortName() && m.firstToken() > 0) {
      // "Fischer" in "Oskar Fischer" and "Hussein" in "Saddam Hussein" end another person's name:
      // a given name the dictionary does not know stands right before them.
      int k = m.firstToken() - 1;
      Token prev = c.tokens.get(k);
      String w = c.word(k);
      return !(prev.ner().equals("PERSON")
          && Character.isUpperCase(w.charAt(0))
          && !MentionContext.HONORIFIC_GENDER.containsKey(w)
          && !c.coveredByHit(k, k + 1)
          && m.start() - prev.span().end() <= 1);
    }
    if (m.value() instanceof Hit.GroupName && m.endToken() < c.tokens.size()) {
      // "Christian" in "Christian Lindner", "Catholic" in "Catholic University of Leuven": the
      // word begins a name the tagger marks, not a group.
      String ner = c.tokens.get(m.firstToken()).ner();
      Token next = c.tokens.get(m.endToken());
      if ((ner.equals("PERSON") || ner.equals("ORGANIZATION"))
          && next.ner().equals(ner)
          && !c.coveredByHit(m.endToken(), m.endToken() + 1)) {
        return false;
      }
    }
    if (m.value() instanceof Hit.RoleWord) {
      // A role word must be a noun: "general" in "general election" is an adjective.
      String tag = c.tokens.get(m.endToken() - 1).tag();
      return tag.startsWith("NN");
    }
    return true;
  }
}
