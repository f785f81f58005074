package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.quote.QuoteMarkScanner.Passage;
import org.readout.core.quote.SpeakerFinder.Cue;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Finds the cue before a quote's opening mark, within its sentence: the nearest speech verb or
 * "according to" ({@code X said, "..."}), a speech noun ({@code in a statement, "..."}), a colon
 * after a name or a clause ({@code Lee: "..."}, {@code Lee resisted: "..."}), and the verb of
 * judging that a short quoted word completes ({@code called the plan "reckless"}). Every scan is
 * bounded.
 */
final class LeadingCueFinder {
  /**
   * Verbs of naming or judging whose object a quoted word can complete: "called the plan
   * "reckless"".
   */
  private static final Set<String> NAMING =
      Set.of(
          "call",
          "called",
          "calls",
          "calling",
          "label",
          "labeled",
          "labelled",
          "labels",
          "term",
          "termed",
          "terms",
          "brand",
          "branded",
          "brands",
          "dub",
          "dubbed",
          "dubs",
          "deem",
          "deemed",
          "deems");

  private final TextIndex ix;
  private final SpeakerFinder speech;
  private final SpeechLexicon lexicon;
  private final NounPhrases phrases;

  LeadingCueFinder(TextIndex ix, SpeakerFinder speech, SpeechLexicon lexicon) {
    this.ix = ix;
    this.speech = speech;
    this.lexicon = lexicon;
    this.phrases = new NounPhrases(ix, lexicon);
  }

  /** The cue to the left of the opening mark, within its sentence. */
  @Nullable Cue before(Passage q) {
    int t = ix.lastTokenEndingBy(q.open());
    int mark = t + 1;
    // A colon ending the previous paragraph introduces the quote below it ("X said in a
    // statement:").
    boolean colon = t >= 0 && ix.lower(t).equals(":");
    if (t >= 0 && ix.lower(t).equals(".") && !speech.lineBreakBetween(ix.span(t).end(), q.open())) {
      return introducedBefore(t);
    }
    if (t < 0
        || SpeakerFinder.isSentenceEnd(ix.lower(t))
        || (!colon && speech.lineBreakBetween(ix.span(t).end(), q.open()))
        || (!colon && mark < ix.size() && ix.sentenceStart(mark) != ix.sentenceStart(t))) {
      return null;
    }
    int lo = ix.sentenceStart(t);
    int noun = -1;
    int words = 0;
    for (int k = t; k >= lo && t - k < SpeakerFinder.MAX_SCAN; k--) {
      if (ix.quoted(k) || ix.isMark(k)) {
        continue;
      }
      String w = ix.lower(k);
      if (w.equals(";")) {
        break;
      }
      if (w.equals("to") && k > lo && ix.lower(k - 1).equals("according")) {
        return new Cue(speech.join(k - 1, k), speech.subjectStartingAt(k + 1), words <= 4);
      }
      if (speech.isSpeechVerb(k) || putsIt(k)) {
        Subject s = speech.subjectOf(k, 0);
        return new Cue(ix.span(k), s != null ? s : speech.invertedAfter(k), words <= 3);
      }
      if (noun < 0 && lexicon.isNoun(w)) {
        noun = k;
      }
      if (noun >= 0 && noun - k > 5) {
        // "Lee told the Post in a written statement, "..."": a speech verb further back is the
        // cue, the noun its adjunct.
        Cue verb = earlierVerb(k, lo);
        if (verb != null) {
          return verb;
        }
        break;
      }
      if (!ix.isPunct(k)) {
        words++;
      }
    }
    if (noun >= 0) {
      Subject owner = null;
      if (noun >= 2 && ix.lower(noun - 1).equals("'s") && ix.mentionAt(noun - 2) != null) {
        MentionRef r = ix.mentionAt(noun - 2);
        owner = new Subject(r, r.mention().span(), null, false);
      }
      if (owner == null) {
        // "In a televised interview, Lee went further: "..."": the clause's subject speaks.
        Subject subject = speech.sentenceSubject(lo, t);
        owner = subject != null && subject.ref() != null ? subject : null;
      }
      return new Cue(ix.span(noun), owner, t - noun <= 3);
    }
    // Headline style, "Lee: "We will rebuild"": the colon is the cue.
    MentionRef headline = ix.lower(t).equals(":") ? ix.mentionAt(t - 1) : null;
    if (headline != null && headline.isPerson()) {
      return new Cue(
          ix.span(t), new Subject(headline, headline.mention().span(), null, false), true);
    }
    // "Kasich resisted:": a colon after a clause introduces its subject's words.
    Subject subject = colon ? speech.sentenceSubject(lo, t) : null;
    if (subject == null && colon && t - 1 >= lo && ix.tag(t - 1).startsWith("VB")) {
      // "Ann Lee, an analyst at the bank, agreed:": the verb's subject, across its apposition.
      subject = speech.subjectOf(t - 1, 0);
    }
    if (subject != null && subject.ref() != null && subject.ref().isPerson()) {
      return new Cue(ix.span(t), new Subject(subject.ref(), subject.mention(), null, false), true);
    }
    return null;
  }

  /**
   * A sentence of a subject and a verb of speech or agreement alone, right before the quote in its
   * paragraph, introduces it ({@code Ann Lee agreed. "..."}, {@code Lee explained. "..."}): a
   * person the actor stage names, the verb and at most two adverbs before the full stop at {@code
   * stop}. Null otherwise.
   */
  private @Nullable Cue introducedBefore(int stop) {
    int lo = ix.sentenceStart(stop);
    int v = stop - 1;
    while (v > lo && stop - v <= 3 && ix.tag(v).startsWith("RB")) {
      v--;
    }
    if (v <= lo) {
      // The full stop opens its sentence (or the text): no subject and verb stand before it.
      return null;
    }
    String w = ix.lower(v);
    boolean verb =
        (ix.tag(v).equals("VBD") || ix.tag(v).equals("VBZ"))
            && (speech.isSpeechVerb(v) || AGREEING.contains(w));
    Subject s = verb && v - lo <= 24 ? speech.subjectOf(v, 0) : null;
    if (s == null || s.ref() == null || !s.ref().isPerson()) {
      return null;
    }
    // The subject opens the sentence: nothing else is said there but who spoke.
    int first = ix.firstTokenEndingAfter(s.ref().mention().span().start());
    return first - lo <= 3 ? new Cue(ix.span(v), s, false) : null;
  }

  private static final Set<String> AGREEING =
      Set.of(
          "agreed",
          "agrees",
          "disagreed",
          "disagrees",
          "concurred",
          "concurs",
          "demurred",
          "objected",
          "objects");

  /** The nearest speech verb in {@code [lo, k]} outside quotes, as a cue, or null. */
  private @Nullable Cue earlierVerb(int k, int lo) {
    for (int j = k; j >= lo; j--) {
      if (ix.lower(j).equals(";")) {
        return null;
      }
      if (!ix.quoted(j) && speech.isSpeechVerb(j)) {
        Subject s = speech.subjectOf(j, 0);
        return s == null ? null : new Cue(ix.span(j), s, false);
      }
    }
    return null;
  }

  /** "as Lee put it", "as she puts it": the verb of a quote's introduction. */
  private boolean putsIt(int k) {
    String w = ix.lower(k);
    return (w.equals("put") || w.equals("puts"))
        && k + 1 < ix.size()
        && ix.lower(k + 1).equals("it")
        && !ix.quoted(k);
  }

  /**
   * The verb a short quoted passage completes as the speaker's own words for its object: "described
   * relations as "mature"", "called the plan "reckless"", "dismissed the report as "lies"". The
   * verb stands within a few words before the opening mark, with an object of at least one word
   * between (a passage right after "called" names something, and the caller turned it away before);
   * with {@code as} any speech verb qualifies, without it only a verb of naming or judging ({@link
   * #NAMING}). Null when there is no such verb.
   */
  @Nullable Cue evaluation(Passage q) {
    int t = ix.lastTokenEndingBy(q.open());
    if (t < 0 || speech.lineBreakBetween(ix.span(t).end(), q.open())) {
      return null;
    }
    int lo = ix.sentenceStart(t);
    boolean as = false;
    for (int k = t; k >= lo && t - k <= 7; k--) {
      String w = ix.lower(k);
      if (k == t && w.equals("as")) {
        as = true;
        continue;
      }
      if (k < t - (as ? 1 : 0)
          && ix.tag(k).startsWith("VB")
          && (speech.isSpeechVerb(k) || NAMING.contains(w))
          && (as || NAMING.contains(lexiconBase(w)))) {
        return new Cue(ix.span(k), speech.subjectOf(k, 0), false);
      }
      boolean object =
          ix.mentionAt(k) != null
              || SpeakerFinder.isDeterminer(w)
              || w.equals("it")
              || w.equals("them")
              || w.equals("with")
              || w.equals("of")
              || NounPhrases.BODIES.contains(w)
              || phrasesModifier(k);
      if (!object || ix.quoted(k) || ix.isMark(k)) {
        return null;
      }
    }
    return null;
  }

  private boolean phrasesModifier(int k) {
    return phrases.modifier(k) && !ix.isPunct(k);
  }

  private String lexiconBase(String w) {
    SpeechLexicon.VerbInfo v = lexicon.verb(w);
    return v == null ? w : v.base();
  }
}
