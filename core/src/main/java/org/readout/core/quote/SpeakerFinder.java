package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Tells speech verbs from other words and finds the grammatical subject of a speech verb (before
 * it: "Lee said", "Lee, the mayor, said", "a senior official said"; after it: "said Lee"), from
 * tokens, part-of-speech tags and the actor layer's mentions. {@link LeadingCueFinder} and {@link
 * TrailingCueFinder} find the cues around a quote with it. Every scan is bounded, so the cost per
 * verb is constant.
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
          "tonight",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our",
          "your", "my");

  /** Entity types of a word that may be part of a speaker's name the actor stage missed. */
  private static final Set<String> NAME_TYPES = Set.of("O", "PERSON", "ORGANIZATION", "MISC");

  private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");

  private static final Set<String> COORDINATORS =
      Set.of("and", "but", ",", "then", "before", "while", "by");

  private final TextIndex ix;
  private final SpeechLexicon lexicon;
  private final NounPhrases phrases;
  private final SourcePhrases sources;

  SpeakerFinder(TextIndex ix, SpeechLexicon lexicon) {
    this.ix = ix;
    this.lexicon = lexicon;
    this.phrases = new NounPhrases(ix, lexicon);
    this.sources = new SourcePhrases(ix, phrases);
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
    if (t > 0
        && lexicon.isVerb(ix.lower(t - 1))
        && ix.mentionAt(t - 1) == null
        && !ix.tag(t - 1).startsWith("NN")) {
      return false;
    }
    // A noun after a preposition is its object ("the secretary of state told"), not a verb.
    if (t > 0 && ix.tag(t).startsWith("NN") && ix.tag(t - 1).equals("IN")) {
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

  /** The subject of the speech verb at token {@code verb}, or null. */
  @Nullable Subject subjectOf(int verb, int depth) {
    int lo = ix.sentenceStart(verb);
    if (depth == 0 && ix.tag(verb).equals("VBG") && afterObject(verb, lo)) {
      // "Lee issued a statement Tuesday saying", "Lee emailed supporters saying": the phrase
      // before the participle is the object of the clause's verb; the clause's subject speaks.
      Subject s = sentenceSubject(lo, verb);
      if (s == null) {
        s = openingDescription(lo, verb);
      }
      if (s != null) {
        return new Subject(s.ref(), s.mention(), s.gender(), true);
      }
    }
    int t = verb - 1;
    while (t >= lo
        && (SKIP.contains(ix.lower(t)) || ix.tag(t).startsWith("RB") || ix.tag(t).equals("MD"))) {
      t--;
    }
    if (t < lo || ix.quoted(t) || ix.isMark(t)) {
      return continued(verb, lo, depth);
    }
    if (ix.lower(t).equals("to")) {
      return infinitive(t, lo, depth);
    }
    MentionRef r = ix.mentionAt(t);
    if (r != null) {
      Subject head = sources.headBefore(ix.firstTokenEndingAfter(r.mention().span().start()), lo);
      return head != null ? head : new Subject(r, r.mention().span(), null, false);
    }
    String w = ix.lower(t);
    if (Pronouns.isSubject(w)) {
      return new Subject(null, ix.span(t), Pronouns.gender(w), false);
    }
    Subject titled = TitledNames.endingAt(ix, t);
    if (titled != null) {
      return titled;
    }
    Span bare = bareName(t, lo);
    if (bare != null) {
      return new Subject(null, bare, null, false);
    }
    if ((w.equals("who") || w.equals("which")) && t - 2 >= lo && ix.lower(t - 1).equals(",")) {
      // "Lee, who said", "the AP report, which notes": the antecedent speaks, named or described.
      MentionRef who = ix.mentionAt(t - 2);
      if (who != null) {
        return new Subject(who, who.mention().span(), null, false);
      }
      Span antecedent = phrases.description(t - 2, lo);
      if (antecedent != null) {
        return new Subject(null, antecedent, null, false);
      }
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
      Subject head = sources.headBefore(ix.firstTokenEndingAfter(described.start()), lo);
      return head != null ? head : new Subject(null, described, null, false);
    }
    if (depth < 3 && COORDINATORS.contains(w)) {
      for (int j = t - 1; j >= lo && t - j < MAX_SCAN; j--) {
        // A participle is no earlier speech verb: "a weekly paper read in every village".
        if (!ix.quoted(j) && isSpeechVerb(j) && !ix.tag(j).equals("VBN")) {
          Subject s = subjectOf(j, depth + 1);
          if (s != null) {
            return new Subject(s.ref(), s.mention(), s.gender(), true);
          }
          break;
        }
      }
      Subject subject = sentenceSubject(lo, t);
      return subject != null ? subject : openingDescription(lo, t);
    }
    return null;
  }

  /**
   * Whether a noun phrase of at most five words stands right before the participle at {@code verb}
   * as the object of a finite verb or participle before it ("issued a statement Tuesday saying").
   */
  private boolean afterObject(int verb, int lo) {
    if (verb <= lo) {
      // The participle opens its sentence: nothing stands before it to be an object.
      return false;
    }
    int k = verb - 1;
    while (k > lo && SKIP.contains(ix.lower(k))) {
      // "on Tuesday": a day and its preposition stand between the object and the participle.
      k -= ix.tag(k - 1).equals("IN") && k - 1 > lo ? 2 : 1;
    }
    int words = 0;
    while (k > lo && words < 5) {
      String tag = ix.tag(k);
      boolean np =
          tag.startsWith("NN")
              || tag.startsWith("JJ")
              || tag.equals("DT")
              || tag.equals("PRP$")
              || tag.equals("CD")
              || tag.equals("POS")
              || ix.mentionAt(k) != null;
      if (!np || ix.quoted(k) || ix.isMark(k)) {
        break;
      }
      k--;
      words++;
    }
    String tag = ix.tag(k);
    return words > 0
        && !ix.quoted(k)
        && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBN"));
  }

  /**
   * The subject of a participle that continues a statement across its quote ({@code Lee said on
   * "Morning Joe," adding, "..."}, where the comma before "adding" is inside the marks), or that
   * opens a sentence after one ({@code Lee stated it was bad. Adding, "..."}): the subject of the
   * speech verb before it in the sentence, else in the previous sentence of the paragraph. Null for
   * any other verb.
   */
  private @Nullable Subject continued(int verb, int lo, int depth) {
    if (depth >= 3 || !ix.tag(verb).equals("VBG")) {
      return null;
    }
    int from = lo;
    if (verb == lo && lo > 0 && !lineBreakBetween(ix.span(lo - 1).end(), ix.span(lo).start())) {
      from = ix.sentenceStart(lo - 1);
    }
    for (int j = verb - 1; j >= from && verb - j < MAX_SCAN; j--) {
      if (!ix.quoted(j) && isSpeechVerb(j)) {
        Subject s = subjectOf(j, depth + 1);
        return s == null ? null : new Subject(s.ref(), s.mention(), s.gender(), true);
      }
    }
    return null;
  }

  /**
   * The subject of the verb an infinitive completes, for a speech verb after "to" ({@code went on
   * to say}, {@code was prompted to say}, {@code went so far as to say}): the finite verb a few
   * adverbs, particles or participles back, and its subject. Null when an object stands between
   * ({@code asked Lee to say}: Lee would speak, not the asker) or there is no such verb.
   */
  private @Nullable Subject infinitive(int to, int lo, int depth) {
    for (int j = to - 1; j >= lo && to - j <= 6 && depth < 3; j--) {
      String tag = ix.tag(j);
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
        return subjectOf(j, depth + 1);
      }
      boolean chain =
          tag.startsWith("RB") || tag.equals("RP") || tag.equals("VBN") || tag.equals("IN");
      if (!chain || ix.quoted(j) || ix.mentionAt(j) != null) {
        return null;
      }
    }
    return null;
  }

  /**
   * A run of one to four capitalized proper nouns ending at token {@code last} that the actor stage
   * made no mention of ("Smbatyan added", "Priebus told"), opening the sentence or following a
   * comma or a conjunction: a name the recognizer missed, kept as the speaker's words with no
   * actor. Null otherwise.
   */
  private @Nullable Span bareName(int last, int lo) {
    int k = last;
    while (k >= lo && last - k < 4 && properWord(k)) {
      k--;
    }
    boolean opens = k < lo || ix.lower(k).equals(",") || ix.tag(k).equals("CC");
    return k == last || !opens ? null : join(k + 1, last);
  }

  private boolean properWord(int k) {
    String w = ix.span(k).of(ix.text);
    // A place the recognizer tagged ("Brussels can ask") is a metonym or a setting, not a name.
    return ix.mentionAt(k) == null
        && NAME_TYPES.contains(ix.tokens.get(k).ner())
        && ix.tag(k).startsWith("NNP")
        && !ix.quoted(k)
        && Character.isUpperCase(w.charAt(0))
        && !SKIP.contains(ix.lower(k));
  }

  /**
   * The subject after a speech verb that has none before it, for an inverted cue: the verb opens
   * the sentence ({@code Said Ann Lee, who grew up there, "..."}, {@code Continued Stone: "..."})
   * or follows a quote ({@code "...," said an Iowa Democrat, "and ..."}). Null otherwise.
   */
  @Nullable Subject invertedAfter(int verb) {
    int before = verb - 1;
    if (before >= 0 && ix.lower(before).equals(",")) {
      before--;
    }
    boolean first = verb == ix.sentenceStart(verb);
    boolean opens = first || before >= 0 && (ix.quoted(before) || ix.isMark(before));
    Subject after = opens ? startingAt(verb + 1) : null;
    if (after == null && first && (ix.tag(verb).equals("VBN") || ix.tag(verb).equals("VBG"))) {
      // "Asked which county was his favorite, he demurred:": the participle's subject is the
      // clause's, after its comma.
      int hi = ix.sentenceEnd(verb);
      for (int k = verb + 1; k < hi && k - verb <= 20; k++) {
        if (ix.lower(k).equals(",") && !ix.quoted(k)) {
          return sentenceSubject(k + 1, hi);
        }
      }
    }
    return after;
  }

  /**
   * A description that opens the sentence before its verb, for a participle cue whose subject is
   * the clause's ("An early tweet praised the plan, saying", "The email went further, adding"), or
   * null. A pronoun or actor mention there is {@link #sentenceSubject}'s.
   */
  private @Nullable Subject openingDescription(int lo, int hi) {
    int head = -1;
    for (int k = lo; k < hi && k - lo < 7; k++) {
      String tag = ix.tag(k);
      if (tag.startsWith("VB") || tag.equals("MD")) {
        Span d = head < 0 ? null : phrases.description(head, lo);
        return d != null && d.start() == ix.span(lo).start() && k == head + 1
            ? new Subject(null, d, null, true)
            : null;
      }
      if (tag.startsWith("NN") && !tag.startsWith("NNP")) {
        head = k;
      }
    }
    return null;
  }

  /**
   * "Peskov, the Kremlin spokesman, said": the person named before the apposition; also an unnamed
   * source before it ("A Warren adviser, who spoke on condition of anonymity, said").
   */
  private @Nullable Subject appositive(int comma, int lo) {
    boolean nested = false;
    for (int k = comma - 1; k > lo && comma - k <= 24; k--) {
      if (ix.quoted(k) || ix.isMark(k)) {
        return null;
      }
      if (ix.lower(k).equals(",")) {
        MentionRef r = ix.mentionAt(k - 1);
        // A long gap is a relative clause, a participle phrase or an apposition with a clause in
        // it ("Ortiz, who had campaigned there all week, told", "Lee, speaking to reporters on her
        // plane, said"); it needs "who", a participle or a determiner to open it.
        String opener = ix.lower(k + 1);
        String tag = ix.tag(k + 1);
        boolean participle = tag.equals("VBG") || tag.equals("VBN");
        boolean opens =
            comma - k <= 10
                || nested
                || opener.equals("who")
                || participle
                || DETERMINERS.contains(opener);
        if (r != null && r.isPerson() && opens) {
          return new Subject(r, r.mention().span(), null, false);
        }
        Subject head =
            r != null && opens
                ? sources.headBefore(ix.firstTokenEndingAfter(r.mention().span().start()), lo)
                : null;
        if (head != null) {
          return head;
        }
        boolean clause = opener.equals("who") || participle;
        Span described = r == null && clause ? phrases.description(k - 1, lo) : null;
        if (described != null) {
          return new Subject(null, described, null, false);
        }
        if (r == null && prepositionObject(k - 1, lo)) {
          // "editor of the Island Courier, a weekly paper ..., wrote", the paper unrecognized.
          nested = true;
          continue;
        }
        int first = r == null ? -1 : ix.firstTokenEndingAfter(r.mention().span().start());
        int before = first > lo && ix.tag(first - 1).equals("DT") ? first - 2 : first - 1;
        if (r != null && before >= lo && PREPOSITION_TAGS.contains(ix.tag(before))) {
          // "J.J. Lee, editor of The Forward, a weekly read by ..., wrote": the paper closes the
          // first apposition, and the person is named before it.
          k = first;
          nested = true;
          continue;
        }
        boolean body =
            r != null
                && !r.isOutlet()
                && r.mention().kind() != MentionKind.PRONOUN
                && r.mention().kind() != MentionKind.DEMONYM
                && (DETERMINERS.contains(opener) || opener.equals("which"))
                && clauseOpens(first, lo);
        // "The Club for Growth, a conservative group, said": a body with an apposition speaks.
        return body ? new Subject(r, r.mention().span(), null, false) : null;
      }
    }
    return null;
  }

  /**
   * Whether the noun phrase ending at token {@code end} is the object of a preposition: a few
   * nouns, adjectives and determiners back to "of", "at", "for", ...
   */
  private boolean prepositionObject(int end, int lo) {
    for (int j = end; j > lo && end - j < 6; j--) {
      String tag = ix.tag(j);
      if (PREPOSITION_TAGS.contains(tag)) {
        return j < end;
      }
      boolean np =
          tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("POS");
      if (!np || ix.isPunct(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the phrase at token {@code first}, after an optional determiner, opens a clause: the
   * sentence's start, a comma or a conjunction before it.
   */
  private boolean clauseOpens(int first, int lo) {
    int open = first > lo && ix.tag(first - 1).equals("DT") ? first - 1 : first;
    return open == lo || ix.lower(open - 1).equals(",") || ix.tag(open - 1).equals("CC");
  }

  /**
   * The first actor mention in {@code [lo, hi)} that is followed by a verb, outside quotes, a party
   * and state in brackets between ("Ann Lee (D-Ore.) reacted"); or a subject pronoun opening the
   * sentence before a verb ("He explained the vote by saying").
   */
  @Nullable Subject sentenceSubject(int lo, int hi) {
    if (lo < hi && Pronouns.isSubject(ix.lower(lo)) && verbAt(skipForward(lo + 1), hi)) {
      return new Subject(null, ix.span(lo), Pronouns.gender(ix.lower(lo)), true);
    }
    for (int j = lo; j < hi && j - lo < MAX_SCAN; j++) {
      MentionRef r = ix.mentionAt(j);
      if (r == null || ix.quoted(j)) {
        continue;
      }
      int e = ix.mentionEnd(j);
      int next = skipForward(skipBrackets(e + 1, hi));
      if (!r.isOutlet() && verbAt(next, hi)) {
        return new Subject(r, r.mention().span(), null, true);
      }
      j = e;
    }
    return null;
  }

  private boolean verbAt(int t, int hi) {
    return t < ix.size() && t <= hi && (ix.tag(t).startsWith("VB") || lexicon.isVerb(ix.lower(t)));
  }

  /** The token after a short bracketed stretch that opens at {@code t}, else {@code t}. */
  private int skipBrackets(int t, int hi) {
    if (t >= hi || !ix.lower(t).equals("(")) {
      return t;
    }
    for (int k = t + 1; k < hi && k - t <= 6; k++) {
      if (ix.lower(k).equals(")")) {
        return k + 1;
      }
    }
    return t;
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
      // "said a spokesman for the association" introduces someone new, whoever the actor stage
      // linked the words to: the source stays unnamed, as before the verb.
      return new Subject(introduced(r) ? null : r, r.mention().span(), null, false);
    }
    String w = ix.lower(t);
    if (Pronouns.isSubject(w)) {
      return new Subject(null, ix.span(t), Pronouns.gender(w), false);
    }
    Subject titled = TitledNames.startingAt(ix, t);
    if (titled != null) {
      return titled;
    }
    Span described = sources.describedFrom(t);
    return described == null ? null : new Subject(null, described, null, false);
  }

  /**
   * The person named in the phrase that starts at token {@code t} ("Ann Lee", "Representative Ann
   * Lee of Ohio"), or null when the phrase names none.
   */
  @Nullable MentionRef personAfter(int t) {
    MentionRef r = t < ix.size() ? phrases.after(t) : null;
    return r != null && r.isPerson() ? r : null;
  }

  /** Whether {@code r} is a description that opens with "a", "an", "another" or "one". */
  private boolean introduced(MentionRef r) {
    if (r.mention().kind() != MentionKind.DESCRIPTION) {
      return false;
    }
    int first = ix.firstTokenEndingAfter(r.mention().span().start());
    return phrases.indefinite(first) || first > 0 && phrases.indefinite(first - 1);
  }

  int skipForward(int t) {
    int k = t;
    while (k < ix.size()
        && (SKIP.contains(ix.lower(k)) || ix.tag(k).startsWith("RB") || ix.tag(k).equals("MD"))) {
      k++;
    }
    return k;
  }

  static boolean isSentenceEnd(String w) {
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  boolean lineBreakBetween(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, ix.text.length()); i++) {
      if (ix.text.charAt(i) == '\n' || ix.text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  Span join(int a, int b) {
    return new Span(ix.span(a).start(), ix.span(b).end());
  }
}
