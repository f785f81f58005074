package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.QuoteMarkScanner.Passage;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Finds the speech cue of a quoted passage (before, after, or between the halves of an interrupted
 * quote) and the grammatical subject of a speech verb, from tokens, part-of-speech tags and the
 * actor layer's mentions. Every scan is bounded, so the cost per passage is constant.
 */
final class SpeakerFinder {
  /**
   * Who a speech verb's subject is.
   *
   * @param ref the actor mention, or null when the subject is a pronoun the actor stage did not
   *     resolve
   * @param mention the local words the attribution rests on
   * @param gender for an unresolved pronoun, {@code m}, {@code f}, or null when it does not say
   * @param coordinated whether the subject was borrowed from an earlier verb ("X stated ... and
   *     added")
   */
  record Subject(
      @Nullable MentionRef ref, Span mention, @Nullable String gender, boolean coordinated) {}

  /**
   * A speech cue.
   *
   * @param span the cue words
   * @param subject the speaker's words, or null when none could be found
   * @param adjacent whether the cue stands right next to the quote marks
   */
  record Cue(Span span, @Nullable Subject subject, boolean adjacent) {}

  static final int MAX_SCAN = 60;
  private static final Set<String> SKIP =
      Set.of(
          "also",
          "then",
          "later",
          "again",
          "further",
          "has",
          "have",
          "had",
          "was",
          "is",
          "were",
          "would",
          "will",
          "did",
          "does",
          "once",
          "previously",
          "recently",
          "repeatedly",
          "reportedly",
          "publicly",
          "just",
          "earlier",
          "separately",
          "firmly",
          "clearly",
          "n't",
          "not",
          "today",
          "yesterday",
          "tonight");
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our",
          "your", "my");

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

  private static final Set<String> COORDINATORS =
      Set.of("and", "but", ",", "then", "before", "while");

  private final TextIndex ix;
  private final SpeechLexicon lexicon;
  private final NounPhrases phrases;

  SpeakerFinder(TextIndex ix, SpeechLexicon lexicon) {
    this.ix = ix;
    this.lexicon = lexicon;
    this.phrases = new NounPhrases(ix, lexicon);
  }

  /**
   * Whether token {@code t} is a speech verb used as a verb: not "the report", "a comment", nor a
   * word of an actor's name ("state" in "Russian state media"), nor the object of another speech
   * verb ("told state media").
   */
  boolean isSpeechVerb(int t) {
    if (!lexicon.isVerb(ix.lower(t)) || ix.mentionAt(t) != null) {
      return false;
    }
    if (t > 0 && lexicon.isVerb(ix.lower(t - 1)) && ix.mentionAt(t - 1) == null) {
      return false;
    }
    // A singular noun after a name is a compound ("a Twitter comment"), not a verb.
    if (t > 0 && ix.tag(t).equals("NN") && ix.mentionAt(t - 1) != null) {
      return false;
    }
    // A noun after a common noun is a compound ("the budget talks"), not a verb.
    if (t > 0
        && ix.tag(t).startsWith("NN")
        && ix.mentionAt(t - 1) == null
        && (ix.tag(t - 1).equals("NN")
            || ix.tag(t - 1).equals("NNS")
            || ix.tag(t - 1).startsWith("JJ"))) {
      return false;
    }
    return t == 0 || !DETERMINERS.contains(ix.lower(t - 1));
  }

  static boolean isDeterminer(String lowerWord) {
    return DETERMINERS.contains(lowerWord);
  }

  /** The cue to the left of the opening mark, within its sentence. */
  @Nullable Cue before(Passage q) {
    int t = ix.lastTokenEndingBy(q.open());
    int mark = t + 1;
    // A colon ending the previous paragraph introduces the quote below it ("X said in a
    // statement:").
    boolean colon = t >= 0 && ix.lower(t).equals(":");
    if (t < 0
        || isSentenceEnd(ix.lower(t))
        || (!colon && lineBreakBetween(ix.span(t).end(), q.open()))
        || (!colon && mark < ix.size() && ix.sentenceStart(mark) != ix.sentenceStart(t))) {
      return null;
    }
    int lo = ix.sentenceStart(t);
    int noun = -1;
    int words = 0;
    for (int k = t; k >= lo && t - k < MAX_SCAN; k--) {
      if (ix.quoted(k) || ix.isMark(k)) {
        continue;
      }
      String w = ix.lower(k);
      if (w.equals(";")) {
        break;
      }
      if (w.equals("to") && k > lo && ix.lower(k - 1).equals("according")) {
        return new Cue(join(k - 1, k), startingAt(k + 1), words <= 4);
      }
      if (isSpeechVerb(k) || putsIt(k)) {
        return new Cue(ix.span(k), subjectOf(k, 0), words <= 3);
      }
      if (noun < 0 && lexicon.isNoun(w)) {
        noun = k;
      }
      if (noun >= 0 && noun - k > 5) {
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
      return new Cue(ix.span(noun), owner, t - noun <= 3);
    }
    // Headline style, "Lee: "We will rebuild"": the colon is the cue.
    MentionRef headline = ix.lower(t).equals(":") ? ix.mentionAt(t - 1) : null;
    if (headline != null && headline.isPerson()) {
      return new Cue(
          ix.span(t), new Subject(headline, headline.mention().span(), null, false), true);
    }
    // "Kasich resisted:": a colon after a clause introduces its subject's words.
    Subject subject = colon ? sentenceSubject(lo, t) : null;
    if (subject != null && subject.ref() != null && subject.ref().isPerson()) {
      return new Cue(ix.span(t), new Subject(subject.ref(), subject.mention(), null, false), true);
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
    if (t < 0 || lineBreakBetween(ix.span(t).end(), q.open())) {
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
          && (isSpeechVerb(k) || NAMING.contains(w))
          && (as || NAMING.contains(lexiconBase(w)))) {
        return new Cue(ix.span(k), subjectOf(k, 0), false);
      }
      boolean object =
          ix.mentionAt(k) != null
              || DETERMINERS.contains(w)
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

  /**
   * The cue right after the closing mark: {@code , X said}, {@code said X}, {@code according to X}.
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
        || lineBreakBetween(q.close(), ix.span(t).start())) {
      return null;
    }
    String w = ix.lower(t);
    Cue cue = null;
    if (w.equals("according") && t + 1 < ix.size() && ix.lower(t + 1).equals("to")) {
      cue = new Cue(join(t, t + 1), startingAt(t + 2), true);
    } else if (isSpeechVerb(t)) {
      cue = new Cue(ix.span(t), startingAt(t + 1), true);
    } else {
      int end = subjectEnd(t);
      if (end >= 0) {
        int k = skipForward(end + 1);
        if (k < ix.size() && isSpeechVerb(k)) {
          cue = new Cue(ix.span(k), subjectOf(k, 0), true);
        }
      } else {
        cue = afterApposition(t);
      }
      if (cue == null && !endsSentence) {
        cue = personActing(t);
      }
    }
    if (cue == null
        || (endsSentence && introducesQuote(ix.firstTokenStartingFrom(cue.span().end())))) {
      return null;
    }
    return cue;
  }

  /**
   * The last token of a subject starting at {@code t} before a speech verb (a mention, a pronoun,
   * or a short noun phrase: "the spokeswoman", "the Kremlin spokesman", "OSCE observers"), or -1.
   */
  private int subjectEnd(int t) {
    if (Pronouns.isSubject(ix.lower(t))) {
      return t;
    }
    MentionRef r = ix.mentionAt(t);
    if (r == null
        && !DETERMINERS.contains(ix.lower(t))
        && !ix.tag(t).startsWith("NN")
        && !ix.tag(t).equals("CD")) {
      return -1;
    }
    int from = r != null ? ix.mentionEnd(t) : t;
    for (int k = from; k < Math.min(ix.size(), from + 5); k++) {
      if (k > from && !phrases.modifier(k) && ix.mentionAt(k) == null) {
        return -1;
      }
      int v = skipForward(k + 1);
      if (v < ix.size() && isSpeechVerb(v)) {
        return k;
      }
    }
    return -1;
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
    if (t >= ix.size() || !lineBreakBetween(q.close(), ix.span(t).start())) {
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
    int v = skipForward(ix.mentionEnd(t) + 1);
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
    boolean dash = w.equals("-") || w.equals("—") || w.equals("–") || w.equals("--");
    MentionRef r = dash ? ix.mentionAt(t + 1) : null;
    String gap = ix.text.substring(q.close() + 1, ix.span(t).start());
    if (r == null || !r.isPerson() || gap.chars().filter(c -> c == '\n').count() > 2) {
      return null;
    }
    return new Cue(ix.span(t), new Subject(r, r.mention().span(), null, false), true);
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
    int v = skipForward(ix.mentionEnd(t) + 1);
    if (v >= ix.size() || !(ix.tag(v).equals("VBD") || ix.tag(v).equals("VBZ"))) {
      return null;
    }
    return new Cue(ix.span(v), new Subject(r, r.mention().span(), null, false), true);
  }

  /**
   * "Nate Lee, the pollster who runs the survey, wrote": a name, then an apposition or relative
   * clause between commas, then the speech verb. The name is the subject. Null when the tokens from
   * {@code t} are no such phrase.
   */
  private @Nullable Cue afterApposition(int t) {
    MentionRef r = ix.mentionAt(t);
    int e = r == null ? -1 : ix.mentionEnd(t);
    if (e < 0 || e + 1 >= ix.size() || !ix.lower(e + 1).equals(",") || r.isOutlet()) {
      return null;
    }
    int hi = ix.sentenceEnd(t);
    for (int k = e + 2; k < hi && k - e <= 24; k++) {
      if (ix.quoted(k) || ix.isMark(k) || ix.lower(k).equals(";")) {
        return null;
      }
      if (ix.lower(k).equals(",")) {
        int v = skipForward(k + 1);
        if (v < hi && isSpeechVerb(v)) {
          return new Cue(ix.span(v), new Subject(r, r.mention().span(), null, false), true);
        }
      }
    }
    return null;
  }

  private boolean introducesQuote(int t) {
    int k = t;
    while (k < ix.size() && (ix.lower(k).equals(",") || ix.lower(k).equals(":"))) {
      k++;
    }
    return k > t && k < ix.size() && ix.isMark(k);
  }

  /** The subject of the speech verb at token {@code verb}, or null. */
  @Nullable Subject subjectOf(int verb, int depth) {
    int lo = ix.sentenceStart(verb);
    int t = verb - 1;
    while (t >= lo
        && (SKIP.contains(ix.lower(t)) || ix.tag(t).startsWith("RB") || ix.tag(t).equals("MD"))) {
      t--;
    }
    if (t < lo || ix.quoted(t) || ix.isMark(t)) {
      return null;
    }
    MentionRef r = ix.mentionAt(t);
    if (r != null) {
      return new Subject(r, r.mention().span(), null, false);
    }
    String w = ix.lower(t);
    if (Pronouns.isSubject(w)) {
      return new Subject(null, ix.span(t), Pronouns.gender(w), false);
    }
    if (w.equals("who")
        && t - 2 >= lo
        && ix.lower(t - 1).equals(",")
        && ix.mentionAt(t - 2) != null) {
      MentionRef who = ix.mentionAt(t - 2);
      return new Subject(who, who.mention().span(), null, false);
    }
    if (w.equals(",")
        && t - 2 >= lo
        && ix.tag(t - 1).startsWith("RB")
        && ix.lower(t - 2).equals(",")) {
      // "Executives, however, said": the interjected adverb is no subject.
      return depth < 3 ? subjectOf(t - 2, depth + 1) : null;
    }
    if (w.equals(",")) {
      Subject apposed = appositive(t, lo);
      if (apposed != null) {
        return apposed;
      }
    }
    MentionRef owner =
        w.equals(",") || w.equals(")") ? phrases.apposed(t, lo) : phrases.owner(t, lo);
    if (owner != null) {
      return new Subject(owner, owner.mention().span(), null, false);
    }
    Span described = phrases.description(t, lo);
    if (described != null) {
      return new Subject(null, described, null, false);
    }
    if (depth < 3 && COORDINATORS.contains(w)) {
      for (int j = t - 1; j >= lo && t - j < MAX_SCAN; j--) {
        if (!ix.quoted(j) && isSpeechVerb(j)) {
          Subject s = subjectOf(j, depth + 1);
          if (s != null) {
            return new Subject(s.ref(), s.mention(), s.gender(), true);
          }
          break;
        }
      }
      return sentenceSubject(lo, t);
    }
    return null;
  }

  /** "Peskov, the Kremlin spokesman, said": the person named before the apposition. */
  private @Nullable Subject appositive(int comma, int lo) {
    for (int k = comma - 1; k > lo && comma - k <= 24; k--) {
      if (ix.quoted(k) || ix.isMark(k)) {
        return null;
      }
      if (ix.lower(k).equals(",")) {
        MentionRef r = ix.mentionAt(k - 1);
        // A long gap is a relative clause or an apposition with a clause in it ("Ortiz, who had
        // campaigned there all week, told"); it needs "who" or a determiner to open it.
        String opener = ix.lower(k + 1);
        boolean opens = comma - k <= 10 || opener.equals("who") || DETERMINERS.contains(opener);
        return r != null && r.isPerson() && opens
            ? new Subject(r, r.mention().span(), null, false)
            : null;
      }
    }
    return null;
  }

  /** The first actor mention in {@code [lo, hi)} that is followed by a verb, outside quotes. */
  @Nullable Subject sentenceSubject(int lo, int hi) {
    for (int j = lo; j < hi && j - lo < MAX_SCAN; j++) {
      MentionRef r = ix.mentionAt(j);
      if (r == null || ix.quoted(j)) {
        continue;
      }
      int e = ix.mentionEnd(j);
      int next = skipForward(e + 1);
      if (!r.isOutlet()
          && next < ix.size()
          && next <= hi
          && (ix.tag(next).startsWith("VB") || lexicon.isVerb(ix.lower(next)))) {
        return new Subject(r, r.mention().span(), null, true);
      }
      j = e;
    }
    return null;
  }

  /** As {@link #startingAt}: the subject after a cue ("said Putin", "according to officials"). */
  @Nullable Subject subjectStartingAt(int t) {
    return startingAt(t);
  }

  /**
   * The subject that starts at token {@code t} ("said Putin", "according to the spokesman"), or
   * null.
   */
  private @Nullable Subject startingAt(int t) {
    if (t >= ix.size()) {
      return null;
    }
    MentionRef r = phrases.after(t);
    if (r != null) {
      return new Subject(r, r.mention().span(), null, false);
    }
    String w = ix.lower(t);
    if (Pronouns.isSubject(w)) {
      return new Subject(null, ix.span(t), Pronouns.gender(w), false);
    }
    Span described = describedFrom(t);
    return described == null ? null : new Subject(null, described, null, false);
  }

  /** An unnamed source that starts at token {@code t} ("said a senior official"), or null. */
  private @Nullable Span describedFrom(int t) {
    int head = -1;
    for (int k = t; k < ix.size() && k - t < 6; k++) {
      String tag = ix.tag(k);
      boolean starts = k == t && (tag.equals("DT") || tag.equals("CD") || tag.equals("PRP$"));
      if (!starts && !phrases.modifier(k) && ix.mentionAt(k) == null) {
        break;
      }
      if (tag.startsWith("NN") && !tag.startsWith("NNP") && ix.mentionAt(k) == null) {
        head = k;
      }
    }
    Span d = head < 0 ? null : phrases.description(head, t);
    return d != null && d.start() == ix.span(t).start() ? d : null;
  }

  private int skipForward(int t) {
    int k = t;
    while (k < ix.size()
        && (SKIP.contains(ix.lower(k)) || ix.tag(k).startsWith("RB") || ix.tag(k).equals("MD"))) {
      k++;
    }
    return k;
  }

  private static boolean isSentenceEnd(String w) {
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  private boolean lineBreakBetween(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, ix.text.length()); i++) {
      if (ix.text.charAt(i) == '\n' || ix.text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  private Span join(int a, int b) {
    return new Span(ix.span(a).start(), ix.span(b).end());
  }
}
