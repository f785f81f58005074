package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Speaker noun phrases that are more than one actor mention: a body or a document of an actor ("A
 * Kremlin readout said", "OSCE observers said", "Russia's FSB security service said"), an
 * apposition or abbreviation after the name ("Ryanair, the Irish airline" inverted: "Irish airline,
 * Ryanair, announced"; "General Motors (GM) announced"), and a title before a name after the verb
 * ("said the firm's chief executive, Alan Mulally"). Every scan is bounded.
 *
 * <p>Design decision: a body's statement is credited to the actor that owns it only when the head
 * noun names a body, a group acting for it, or a document ({@link #BODIES} and the speech nouns),
 * never a single person's role: "the Kremlin spokesman said" is a person the actor layer has not
 * named, so the speaker stays null rather than becoming the Russian government.
 */
final class NounPhrases {
  /** Head nouns of a body or group that speaks for the actor named before it. */
  static final Set<String> BODIES =
      Set.of(
          "service",
          "services",
          "ministry",
          "ministries",
          "office",
          "department",
          "agency",
          "observers",
          "monitors",
          "inspectors",
          "investigators",
          "mission",
          "delegation",
          "team",
          "committee",
          "commission",
          "council",
          "board",
          "secretariat",
          "embassy",
          "headquarters",
          "command",
          "management",
          "leadership",
          "government",
          "administration",
          "authorities",
          "cabinet",
          "presidency",
          "prosecutors",
          "regulator",
          "regulators",
          "website",
          "account");

  private static final int MAX_NP = 4;

  private final TextIndex ix;
  private final SpeechLexicon lexicon;

  NounPhrases(TextIndex ix, SpeechLexicon lexicon) {
    this.ix = ix;
    this.lexicon = lexicon;
  }

  /**
   * Whether token {@code t} can stand inside a noun phrase before its head ("security", "press",
   * "'s").
   */
  boolean modifier(int t) {
    String tag = ix.tag(t);
    return !ix.quoted(t)
        && !ix.isMark(t)
        && (tag.startsWith("NN")
            || tag.startsWith("JJ")
            || tag.equals("POS")
            || ix.lower(t).equals("'s")
            || participleModifier(t));
  }

  /**
   * A participle inside a determiner phrase, used as an adjective: "a leading advocate", "the
   * retired neurosurgeon", "the printed card".
   */
  private boolean participleModifier(int t) {
    String tag = ix.tag(t);
    if (t == 0 || !(tag.equals("VBG") || tag.equals("VBN"))) {
      return false;
    }
    String before = ix.tag(t - 1);
    return before.equals("DT")
        || before.equals("PRP$")
        || before.equals("CD")
        || before.startsWith("JJ");
  }

  /** "the 46-year-old": an age used as a noun, tagged as an adjective. */
  boolean ageNoun(int t) {
    return ix.tag(t).startsWith("JJ") && ix.lower(t).matches("\\d+-year-old");
  }

  /**
   * The owner of a body or document that ends at token {@code head} ("A Kremlin readout", "FSB
   * security service"): the nearest actor mention within a few modifiers before the head, when that
   * mention is not a person, a pronoun or a bare nationality word, and does not itself follow a
   * preposition ("the minister for Gaza affairs"). Null otherwise.
   */
  @Nullable MentionRef owner(int head, int lo) {
    String w = ix.lower(head);
    if (!(BODIES.contains(w) || lexicon.isNoun(w)) || ix.mentionAt(head) != null) {
      return null;
    }
    for (int k = head - 1; k >= lo && head - k <= MAX_NP; k--) {
      MentionRef r = ix.mentionAt(k);
      if (r != null) {
        MentionKind mk = r.mention().kind();
        int first = ix.firstTokenEndingAfter(r.mention().span().start());
        boolean afterPreposition =
            first > lo && (ix.tag(first - 1).equals("IN") || ix.tag(first - 1).equals("TO"));
        return r.isPerson()
                || mk == MentionKind.PRONOUN
                || mk == MentionKind.DEMONYM
                || afterPreposition
            ? null
            : r;
      }
      if (!modifier(k)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The actor before an apposition or abbreviation that ends at token {@code t} just before the
   * verb: "Irish airline, Ryanair, announced" (t is the second comma), "General Motors (GM)
   * announced" or "General Motors (GM), announced" (t is the closing bracket or the comma after
   * it). Null when the tokens there are no such phrase.
   */
  @Nullable MentionRef apposed(int t, int lo) {
    int k = t;
    if (ix.lower(k).equals(",")) {
      k--;
    }
    if (k >= lo && ix.lower(k).equals(")")) {
      int open = k - 1;
      while (open >= lo && k - open <= MAX_NP && !ix.lower(open).equals("(")) {
        open--;
      }
      if (open < lo || !ix.lower(open).equals("(")) {
        return null;
      }
      if (ix.mentionAt(open + 1) == null) {
        // "Chuck Schumer (D-N.Y.) said": a party and state after a person's name.
        MentionRef before = ix.mentionAt(open - 1);
        return before != null && before.isPerson() ? before : null;
      }
      MentionRef before = ix.mentionAt(open - 1);
      return before != null ? before : ix.mentionAt(open + 1);
    }
    MentionRef r = ix.mentionAt(k);
    if (k == t || r == null || r.mention().kind() == MentionKind.PRONOUN) {
      return null;
    }
    int first = ix.firstTokenEndingAfter(r.mention().span().start());
    return first - 1 >= lo && ix.lower(first - 1).equals(",") ? r : null;
  }

  /**
   * The speaker named in the phrase that starts at token {@code t} after a verb ("said Putin",
   * "said the firm's chief executive, Alan Mulally", "said Uralsib analyst Chris Weafer", "said
   * OSCE observers"): a person mention within the phrase wins; else the phrase's first mention when
   * nothing follows it or it owns the phrase's head (a body); else null ("said the Kremlin
   * spokesman" names nobody).
   */
  @Nullable MentionRef after(int t) {
    MentionRef first = null;
    int lastNoun = -1;
    for (int k = t; k < ix.size() && k - t <= 2 * MAX_NP; k++) {
      if (k > t && ix.text.substring(ix.span(k - 1).end(), ix.span(k).start()).indexOf('\n') >= 0) {
        // A phrase ends with its line: a headline's "says senator" is not the next line's name.
        break;
      }
      MentionRef r = ix.mentionAt(k);
      if (r != null && !ix.quoted(k)) {
        int e = ix.mentionEnd(k);
        boolean modifies =
            e + 1 < ix.size()
                && ix.tag(e + 1).startsWith("NN")
                && !ix.tag(e + 1).startsWith("NNP")
                && ix.mentionAt(e + 1) == null;
        if (r.isPerson() && modifies) {
          // "said a 2008 Lee veteran": the name modifies the head noun; the veteran spoke.
          return null;
        }
        if (r.isPerson()) {
          return r;
        }
        if (first == null) {
          first = r;
        }
        k = ix.mentionEnd(k);
        continue;
      }
      String w = ix.lower(k);
      boolean joins =
          w.equals(",")
              || w.equals("of")
              || ix.tag(k).equals("DT")
              || w.equals("the")
              || (k == t && ix.tag(k).equals("VBN"));
      if (!modifier(k) && !joins) {
        break;
      }
      if (ix.tag(k).startsWith("NN") && !ix.isPunct(k)) {
        lastNoun = k;
      }
      if (w.equals(",") && first != null) {
        break;
      }
    }
    if (first == null) {
      return null;
    }
    int firstEnd = ix.mentionEnd(ix.firstTokenEndingAfter(first.mention().span().start()));
    if (lastNoun < firstEnd) {
      return first;
    }
    return first.equals(owner(lastNoun, ix.sentenceStart(lastNoun))) ? first : null;
  }

  /**
   * A source described but not named, ending at the common noun {@code head}: "the moderator", "one
   * Lee aide", "a senior Democratic official", "many speakers", "Analysts", or at a proper noun
   * after an indefinite determiner ("an Iowa Democrat"). It starts at a determiner, a number or a
   * possessive, or is a bare plural; its words are modifiers (nouns, adjectives, names) and it
   * spans at most six tokens. Null when the words there are no such phrase, or the head is a time
   * word ("last week").
   */
  @Nullable Span description(int head, int lo) {
    if (head < lo
        || !(ix.tag(head).startsWith("NN") || ageNoun(head))
        || ix.quoted(head)
        || ix.isPunct(head)
        || ix.mentionAt(head) != null
        || TIME_HEADS.contains(ix.lower(head))) {
      return null;
    }
    int start = head;
    for (int k = head - 1; k >= lo && head - k < 6; k--) {
      String tag = ix.tag(k);
      if (tag.equals("DT") || tag.equals("PRP$") || tag.equals("CD")) {
        start = k;
        // "a 2013 article", "the two aides": a determiner before the number opens the phrase.
        if (tag.equals("CD")
            && k - 1 >= lo
            && (ix.tag(k - 1).equals("DT") || ix.tag(k - 1).equals("PRP$"))) {
          start = k - 1;
        }
        break;
      }
      if (!(modifier(k) || ix.mentionAt(k) != null) || ix.isPunct(k) && !ix.lower(k).equals("'s")) {
        break;
      }
      start = k;
    }
    String first = ix.tag(start);
    boolean bounded =
        first.equals("DT") || first.equals("PRP$") || first.equals("CD") || start == lo;
    if (!bounded && !ix.tag(head).equals("NNS")) {
      return null;
    }
    if (ix.tag(head).startsWith("NNP") && !indefinite(start)) {
      // A proper noun heads a description only after "a", "an", "another" or "one" ("an Iowa
      // Democrat"): without one it is a name the actor stage did not resolve.
      return null;
    }
    if (first.equals("DT") && DEMONSTRATIVE.contains(ix.lower(start)) && start == head - 1) {
      return null;
    }
    return new Span(ix.span(start).start(), ix.span(head).end());
  }

  /** Whether token {@code t} is "a", "an", "another" or "one": a description follows, no name. */
  boolean indefinite(int t) {
    return INDEFINITE.contains(ix.lower(t));
  }

  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");

  private static final Set<String> TIME_HEADS =
      Set.of(
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "day",
          "days",
          "time",
          "times",
          "night",
          "morning",
          "afternoon",
          "evening",
          "weekend",
          "hour",
          "hours",
          "minute",
          "minutes",
          "decade",
          "decades",
          "ago",
          "way",
          "point",
          "moment");
  private static final Set<String> DEMONSTRATIVE = Set.of("this", "that", "these", "those");
}
