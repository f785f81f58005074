package org.readout.core.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * A surname after an honorific or a title that the entity recognizer did not make a mention: "Mr.
 * Hecht said", "said Dr. Amara", and the surname-and-title forms of translated news ("Minister Park
 * said", "Director Li told", "Chairman Kim added"). The words are the speaker's; the actor is the
 * person of the article whose name holds the surname, the latest one named before, when there is
 * one.
 *
 * <p>Design decision: the surname must be capitalized and tagged a proper noun, and at most two
 * such words follow the title, so "Minister of Trade" or "Director General" stay what the actor
 * stage made of them.
 */
final class TitledNames {
  /** Honorifics and titles that stand before a bare surname. */
  private static final Set<String> TITLES =
      Set.of(
          "mr.",
          "mr",
          "mrs.",
          "mrs",
          "ms.",
          "ms",
          "dr.",
          "dr",
          "prof.",
          "minister",
          "director",
          "chairman",
          "chairwoman",
          "chair",
          "secretary",
          "president",
          "premier",
          "ambassador",
          "mayor",
          "governor",
          "senator",
          "sen.",
          "rep.",
          "gov.",
          "commissioner",
          "spokesman",
          "spokeswoman",
          "general",
          "gen.",
          "judge",
          "justice",
          "chief",
          "inspector",
          "colonel",
          "col.",
          "captain",
          "capt.");

  private static final int MAX_NAME = 2;

  private TitledNames() {}

  /** The titled name whose last word is token {@code last} ("Mr. Hecht" before "said"), or null. */
  static @Nullable Subject endingAt(TextIndex ix, int last) {
    int lo = ix.sentenceStart(last);
    int k = last;
    while (k >= lo && last - k < MAX_NAME && surname(ix, k)) {
      k--;
    }
    if (k == last || k < lo || !TITLES.contains(ix.lower(k))) {
      return null;
    }
    return subject(ix, k, last);
  }

  /** The titled name that starts at token {@code title} ("said Minister Park"), or null. */
  static @Nullable Subject startingAt(TextIndex ix, int title) {
    if (title >= ix.size() || !TITLES.contains(ix.lower(title))) {
      return null;
    }
    int hi = ix.sentenceEnd(title);
    int k = title + 1;
    while (k < hi && k - title <= MAX_NAME && surname(ix, k)) {
      k++;
    }
    return k == title + 1 ? null : subject(ix, title, k - 1);
  }

  /**
   * For a one-word name after a title ("Minister Park", "Director Li") that the actor stage made an
   * actor of its own, whose full name the article never writes, the person named in full before it
   * whose name holds that word ("Park Jun-ho", "Li Wei"); null when there is none or the mention is
   * not of that shape.
   *
   * <p>Design decision: translated Korean, Chinese and Japanese news puts the surname first, so a
   * name matcher that links surnames by the last word misses these; the title and the article never
   * naming the other actor in full are what make the link safe.
   */
  static @Nullable MentionRef fullNameBefore(TextIndex ix, MentionRef r) {
    String surface = r.mention().span().of(ix.text);
    int before = ix.lastTokenEndingBy(r.mention().span().start());
    if (!r.isPerson()
        || r.mention().kind() != MentionKind.NAME
        || surface.isEmpty()
        || !surface.chars().allMatch(Character::isLetter)
        || before < 0
        || !TITLES.contains(ix.lower(before))
        || writtenInFull(ix, r.actor())) {
      return null;
    }
    String word = surface.toLowerCase(Locale.ROOT);
    MentionRef found = null;
    for (MentionRef o : ix.refs) {
      if (o.mention().span().start() >= r.mention().span().start()) {
        break;
      }
      String name = o.mention().span().of(ix.text).toLowerCase(Locale.ROOT);
      boolean holds =
          o.isPerson()
              && o.mention().kind() == MentionKind.NAME
              && !o.actor().id().equals(r.actor().id())
              && name.contains(" ")
              && Arrays.asList(name.split("[\\s\\-]+")).contains(word);
      if (holds) {
        found = o;
      }
    }
    return found;
  }

  /** Whether some mention of {@code a} in the text is more than one word. */
  private static boolean writtenInFull(TextIndex ix, Actor a) {
    for (Mention m : a.mentions()) {
      if (m.kind() == MentionKind.NAME && m.span().of(ix.text).trim().contains(" ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean surname(TextIndex ix, int k) {
    String w = ix.span(k).of(ix.text);
    return ix.mentionAt(k) == null
        && ix.tag(k).startsWith("NNP")
        && Character.isUpperCase(w.charAt(0))
        && !TITLES.contains(ix.lower(k));
  }

  private static Subject subject(TextIndex ix, int title, int last) {
    Span words = new Span(ix.span(title).start(), ix.span(last).end());
    String surname = ix.lower(last);
    MentionRef found = null;
    for (MentionRef r : ix.refs) {
      if (r.mention().span().start() >= words.start() && found != null) {
        break;
      }
      String name = r.actor().name().toLowerCase(Locale.ROOT);
      boolean holds =
          (" " + name.replace('-', ' ') + " ").contains(" " + surname + " ") && r.isPerson();
      if (holds) {
        found = r;
      }
    }
    return new Subject(found, words, null, false);
  }
}
