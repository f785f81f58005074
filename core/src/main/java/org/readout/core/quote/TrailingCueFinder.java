package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.QuoteMarkScanner.Passage;
import org.readout.core.quote.SpeakerFinder.Cue;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Finds the cue that follows a quote's closing mark: {@code "...," X said}, {@code "...," said X},
 * {@code "...," according to X}, a subject with a title, a possessive or an apposition before the
 * verb ({@code "...," House Speaker Ann Lee, the convention chair, told delegates}), a pull quote's
 * signature, and a speaker introduced by the next paragraph. Every scan is bounded.
 */
final class TrailingCueFinder {
  /** Most tokens between the closing mark and the speech verb of a trailing subject. */
  private static final int MAX_SUBJECT = 28;

  /** Prepositions after which a name is a complement, not the subject ("a spokesman for Lee"). */
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "for", "at", "in", "from", "with", "to", "on", "by", "under", "like");

  private final TextIndex ix;
  private final SpeakerFinder speech;

  TrailingCueFinder(TextIndex ix, SpeakerFinder speech) {
    this.ix = ix;
    this.speech = speech;
  }

  /**
   * The cue right after the closing mark, or null.
   *
   * @param endsSentence whether the quote ends with a full stop: a cue after it must not introduce
   *     the next quote
   */
  @Nullable Cue after(Passage q, boolean endsSentence) {
    if (!q.closed()) {
      return null;
    }
    int t = ix.firstTokenStartingFrom(q.close() + 1);
    while (t < ix.size()
        && (ix.lower(t).equals(",") || ix.lower(t).equals("\u2014") || ix.lower(t).equals("--"))) {
      t++;
    }
    Cue byline = byline(q);
    if (byline != null) {
      return byline;
    }
    if (t >= ix.size()
        || ix.quoted(t)
        || ix.isMark(t)
        || speech.lineBreakBetween(q.close(), ix.span(t).start())) {
      return null;
    }
    String w = ix.lower(t);
    Cue cue = null;
    if (w.equals("according") && t + 1 < ix.size() && ix.lower(t + 1).equals("to")) {
      cue = new Cue(speech.join(t, t + 1), speech.subjectStartingAt(t + 2), true);
    } else if (speech.isSpeechVerb(t)) {
      cue = new Cue(ix.span(t), speech.subjectStartingAt(t + 1), true);
    } else {
      cue = subjectThenVerb(t);
      if (cue == null && !endsSentence) {
        cue = personActing(t);
      }
      if (cue == null && !endsSentence) {
        cue = actingPerson(t);
      }
    }
    if (cue == null
        || (endsSentence && introducesQuote(ix.firstTokenStartingFrom(cue.span().end())))) {
      return null;
    }
    return cue;
  }

  /**
   * A subject, then its speech verb, starting at token {@code t}: a pronoun, a name, a description
   * ("another Iowa Democrat added"), a title before a name ("White House press secretary Ann Lee
   * told"), a possessive and an apposed name ("the mayor's spokesman, Ann Lee, said"), or a name
   * and an apposition or relative clause ("Ann Lee, the pollster who runs the survey, wrote").
   * Outside commas the stretch holds no verb but the speech verb; inside them anything but a quote
   * mark or a semicolon. Null when the tokens from {@code t} are no such phrase.
   */
  private @Nullable Cue subjectThenVerb(int t) {
    int hi = ix.sentenceEnd(t);
    int verb = -1;
    boolean inComma = false;
    for (int k = t; k < hi && k - t <= MAX_SUBJECT; k++) {
      String w = ix.lower(k);
      if (ix.quoted(k) || ix.isMark(k) || w.equals(";") || w.equals(":")) {
        return null;
      }
      if (w.equals(",")) {
        inComma = !inComma;
        continue;
      }
      int v = k > t && !inComma ? speech.skipForward(k) : k;
      if (k > t && !inComma && v < hi && speech.isSpeechVerb(v)) {
        verb = v;
        break;
      }
      String tag = ix.tag(k);
      boolean finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
      if (!inComma && finite && ix.mentionAt(k) == null) {
        return null;
      }
    }
    if (verb < 0) {
      return null;
    }
    Subject s = named(t, verb);
    if (s == null) {
      s = speech.subjectOf(verb, 0);
    }
    if (s == null) {
      s = speech.subjectStartingAt(t);
    }
    return s == null ? null : new Cue(ix.span(verb), s, true);
  }

  /**
   * The person named in {@code [t, verb)}: outside commas first, then inside them (an apposed name
   * after a role), never a possessive ("Lee's spokesman") nor a name after a preposition ("a
   * spokesman for Lee"). Null when no person is named there.
   */
  private @Nullable Subject named(int t, int verb) {
    MentionRef apposed = null;
    boolean inComma = false;
    for (int k = t; k < verb; k++) {
      if (ix.lower(k).equals(",")) {
        inComma = !inComma;
        continue;
      }
      MentionRef r = ix.mentionAt(k);
      if (r == null) {
        continue;
      }
      int e = ix.mentionEnd(k);
      int first = ix.firstTokenEndingAfter(r.mention().span().start());
      boolean possessive =
          e + 1 < ix.size() && (ix.lower(e + 1).equals("'s") || ix.lower(e + 1).equals("’s"));
      boolean complement = first > t && PREPOSITIONS.contains(ix.lower(first - 1));
      if (r.isPerson() && !possessive && !complement) {
        if (!inComma) {
          return new Subject(r, r.mention().span(), null, false);
        }
        if (apposed == null) {
          apposed = r;
        }
      }
      k = e;
    }
    return apposed == null ? null : new Subject(apposed, apposed.mention().span(), null, false);
  }

  /** Whether ", a|an|the" follows the closing mark: the passage is named, then described. */
  boolean apposedAfter(Passage q) {
    int t = ix.firstTokenStartingFrom(q.close() + 1);
    return t + 1 < ix.size()
        && ix.lower(t).equals(",")
        && (ix.lower(t + 1).equals("a")
            || ix.lower(t + 1).equals("an")
            || ix.lower(t + 1).equals("the"));
  }

  /**
   * A speaker introduced after a quote that fills its paragraph: the next paragraph opens with a
   * person and a verb whose object points back at the words ("Deputy Mayor Ines Falk made that
   * promise", "Lind said this on Friday"). Null otherwise.
   */
  @Nullable Cue introducedAfter(Passage q) {
    int t = ix.firstTokenStartingFrom(q.close() + 1);
    while (t < ix.size() && ix.isPunct(t) && !ix.isMark(t)) {
      t++;
    }
    if (t >= ix.size() || !speech.lineBreakBetween(q.close(), ix.span(t).start())) {
      return null;
    }
    int lo = t;
    while (t < ix.size() && t - lo < 3 && ix.mentionAt(t) == null && ix.tag(t).startsWith("NNP")) {
      t++;
    }
    MentionRef r = ix.mentionAt(t);
    if (r == null || !r.isPerson()) {
      return null;
    }
    int v = speech.skipForward(ix.mentionEnd(t) + 1);
    for (int k = v + 1; k < ix.size() && k <= v + 3; k++) {
      String w = ix.lower(k);
      if (ix.tag(v).startsWith("VB")
          && (w.equals("that") || w.equals("this") || w.equals("those") || w.equals("these"))) {
        return new Cue(ix.span(v), new Subject(r, r.mention().span(), null, false), false);
      }
    }
    return null;
  }

  /**
   * A pull quote's signature: a dash and a name after the closing mark, on the same line or the
   * next ("— Ines Falk, deputy mayor"). Null when there is none.
   */
  private @Nullable Cue byline(Passage q) {
    int t = ix.firstTokenStartingFrom(q.close() + 1);
    if (t + 1 >= ix.size() || ix.quoted(t)) {
      return null;
    }
    String w = ix.lower(t);
    // A quotation dash: hyphen, en and em dashes, and the horizontal bar of some house styles.
    boolean dash =
        w.equals("-") || w.equals("—") || w.equals("–") || w.equals("--") || w.equals("\u2015");
    String gap = ix.text.substring(q.close() + 1, ix.span(t).start());
    if (!dash || gap.chars().filter(c -> c == '\n').count() > 2) {
      return null;
    }
    MentionRef r = ix.mentionAt(t + 1);
    if (r != null && r.isPerson()) {
      return new Cue(ix.span(t), new Subject(r, r.mention().span(), null, false), true);
    }
    Span name = r == null ? unknownName(t + 1) : null;
    return name == null ? null : new Cue(ix.span(t), new Subject(null, name, null, false), true);
  }

  /**
   * Two to four capitalized words from token {@code t} to the end of their line, a comma or a full
   * stop: a signature's name the entity recognizer missed, kept as the speaker's words. Null when
   * the tokens are anything else.
   */
  private @Nullable Span unknownName(int t) {
    int k = t;
    while (k < ix.size()
        && k - t < 4
        && ix.tag(k).startsWith("NNP")
        && ix.mentionAt(k) == null
        && Character.isUpperCase(ix.span(k).of(ix.text).charAt(0))
        && (k == t || !speech.lineBreakBetween(ix.span(k - 1).end(), ix.span(k).start()))) {
      k++;
    }
    if (k - t < 2) {
      return null;
    }
    boolean ends =
        k >= ix.size()
            || ix.lower(k).equals(",")
            || ix.lower(k).equals(".")
            || speech.lineBreakBetween(ix.span(k - 1).end(), ix.span(k).start());
    return ends ? speech.join(t, k - 1) : null;
  }

  /**
   * "..., Lee shot back": a person named right after a quote that ends with a comma, a question or
   * an exclamation mark, and a verb after the name, is the speaker even when the verb is not in the
   * speech lexicon.
   */
  private @Nullable Cue personActing(int t) {
    MentionRef r = ix.mentionAt(t);
    if (r == null || !r.isPerson()) {
      return null;
    }
    int v = speech.skipForward(ix.mentionEnd(t) + 1);
    if (v >= ix.size() || !(ix.tag(v).equals("VBD") || ix.tag(v).equals("VBZ"))) {
      return null;
    }
    return new Cue(ix.span(v), new Subject(r, r.mention().span(), null, false), true);
  }

  /**
   * "...," scoffed Ann Lee: a past or present verb right after a quote that ends with a comma, a
   * question or an exclamation mark, and a person named right after the verb, is the inverted cue
   * of a verb the lexicon lacks ("scoffed", "beamed", "quipped").
   */
  private @Nullable Cue actingPerson(int t) {
    if (t + 1 >= ix.size() || !(ix.tag(t).equals("VBD") || ix.tag(t).equals("VBZ"))) {
      return null;
    }
    MentionRef r = speech.personAfter(t + 1);
    return r == null
        ? null
        : new Cue(ix.span(t), new Subject(r, r.mention().span(), null, false), true);
  }

  private boolean introducesQuote(int t) {
    int k = t;
    while (k < ix.size() && (ix.lower(k).equals(",") || ix.lower(k).equals(":"))) {
      k++;
    }
    return k > t && k < ix.size() && ix.isMark(k);
  }
}
