package org.readout.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds pattern matches in one sentence: a hash lookup per token on the first word, then a
 * left-to-right check of the remaining words that may skip a few modifiers ("held a bilateral video
 * conference"). Overlapping matches are resolved in favour of the more specific pattern. Linear in
 * the sentence's tokens times the few candidates per word.
 */
final class PatternMatcher {
  /**
   * One match.
   *
   * @param pattern the pattern
   * @param start first token
   * @param end token after the last
   * @param slotStart first token of the {@code %} or gap region holding the target, or -1
   * @param slotEnd token after that region, or -1
   */
  record Match(EventPattern pattern, int start, int end, int slotStart, int slotEnd) {
    int weight() {
      return pattern.weight();
    }
  }

  private static final int MAX_GAP = 4;

  /**
   * The gap of a transfer frame before its recipient ("{@code return * to %}", "{@code provide * to
   * %}"): the thing given is a whole noun phrase with amounts and "of" phrases ("handed over more
   * than $4 million worth of medical equipment and medicines to X"), so it may be longer than a
   * modifier gap, but never past a verb or a relative clause.
   */
  private static final int MAX_OBJECT_GAP = 12;

  /** Head nouns of the people who act for an actor named after "of" ("the leaders of X"). */
  private static final Set<String> MEMBER_NOUNS =
      Set.of(
          "leader",
          "leaders",
          "head",
          "heads",
          "members",
          "representatives",
          "officials",
          "delegation",
          "delegations",
          "delegates",
          "ministers",
          "envoys",
          "governments",
          "presidents",
          "citizens",
          "nationals");

  /** Title words that may stand before a person's name without being part of the mention. */
  private static final int MAX_TITLE = 4;

  private static final int MAX_SKIP = 3;
  private static final Set<String> SKIPPABLE_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "RB", "RBR", "PRP$", "CD", "POS", "HYPH", "PDT");

  /** Units of a "by" measure between verb and object ("shortened by one hour the curfew"). */
  private static final Set<String> MEASURE_UNITS =
      Set.of(
          "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
          "percent", "%", "third", "quarter", "fifth", "tenth");

  /** Amounts of such a measure that a tagger may not mark as numbers ("by one hour"). */
  private static final Set<String> AMOUNTS =
      Set.of(
          "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "several", "another");

  private static final Set<String> SKIPPABLE_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "its",
          "their",
          "his",
          "her",
          "our",
          "new",
          "fresh",
          "further",
          "more",
          "additional",
          "bilateral",
          "formal",
          "strategic",
          "official",
          "firmly",
          "strongly",
          "sharply",
          "first",
          "second",
          "-",
          "no",
          "not",
          "never",
          "long",
          "brief",
          "lengthy",
          "rare",
          "surprise",
          "high-level",
          "closer",
          "close",
          "economic",
          "broad",
          "sweeping",
          "tough",
          "harsh",
          "major",
          "large-scale",
          "several",
          "two",
          "three",
          "military",
          // quantities before a counted object: "signed about twenty agreements"
          "about",
          "some",
          "around",
          "nearly",
          "almost",
          "roughly");
  private static final Set<String> NOUN_CONTEXT =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
          "my", "your", "of", "for", "with", "and", "or", "in", "on", "at", "by", "from", "'s",
          "mutual", "such", "any", "no");

  /**
   * Words that open a short time adjunct between a governor and its "to" ("threatened on Monday to
   * ...").
   */
  private static final Set<String> ADJUNCT_OPENERS =
      Set.of(
          "on",
          "last",
          "this",
          "earlier",
          "late",
          "again",
          "publicly",
          "formally",
          "repeatedly",
          "also",
          "once");

  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "week",
          "month",
          "year",
          "weekend",
          "night",
          "morning",
          "evening",
          "afternoon",
          "day",
          "again",
          "publicly",
          "formally",
          "repeatedly",
          "also",
          "more",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final int MAX_ADJUNCT = 4;

  /**
   * Pattern words a noun cannot modify: a noun before "to" or "with" is an object ("offered its
   * troops to X"), not a modifier of the next pattern word.
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("to", "that", "with", "on", "for", "from", "against", "into", "of", "in", "at", "by");

  private final EventPatterns patterns;

  PatternMatcher(EventPatterns patterns) {
    this.patterns = patterns;
  }

  /** Non-overlapping matches in tokens {@code [from, to)}, sorted by start. */
  List<Match> find(DocView v, int from, int to) {
    List<Match> all = new ArrayList<>();
    for (int i = from; i < to; i++) {
      List<EventPattern> candidates = patterns.startingWith(v.words[i]);
      for (EventPattern p : candidates) {
        if (!p.nominal() && !verbHere(v, i, from)) {
          continue;
        }
        Match m = match(v, p, i, from, to);
        if (m != null) {
          all.add(m);
        }
      }
    }
    if (all.size() <= 1) {
      return all;
    }
    all.sort(
        Comparator.comparingInt(Match::weight)
            .reversed()
            .thenComparing(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed())
            .thenComparingInt(Match::start));
    List<Match> kept = new ArrayList<>();
    for (Match m : all) {
      boolean overlaps = false;
      for (Match k : kept) {
        if (m.start() < k.end() && k.start() < m.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return kept;
  }

  /**
   * Whether token {@code i} can be the verb of a verb pattern: not a proper noun, not a noun after
   * a determiner.
   */
  private static boolean verbHere(DocView v, int i, int sentenceStart) {
    String tag = v.tags[i];
    if (tag.startsWith("NNP") || v.mentionAt[i] != null) {
      return false;
    }
    if (i > sentenceStart && (v.words[i - 1].endsWith("'s") || v.tags[i - 1].equals("POS"))) {
      return false;
    }
    if (tag.startsWith("VB") || tag.equals("MD")) {
      return true;
    }
    if (tag.startsWith("JJ") || tag.equals("IN") || tag.equals("DT") || tag.startsWith("RB")) {
      return false;
    }
    if (i == sentenceStart) {
      return true;
    }
    String prev = v.words[i - 1];
    if (tag.startsWith("NN") && insideNounPhrase(v, i, sentenceStart)) {
      return false;
    }
    if (tag.startsWith("NN")
        && v.tags[i - 1].startsWith("VB")
        && !ClauseReader.AUXILIARIES.contains(v.words[i - 1])) {
      // A noun right after a lexical verb is its object, as the tagger says ("reports aid
      // agencies", "allowing aid convoys"); only an auxiliary can stand before a verb there.
      return false;
    }
    if (tag.equals("NN")
        && v.tags[i - 1].startsWith("NNP")
        && i + 1 < v.tags.length
        && v.tags[i + 1].startsWith("NNS")) {
      // "U.N. aid convoys": a singular noun between a name and a plural modifies the plural.
      return false;
    }
    // "Russia's talks": after a possessive the word is a noun, whatever the tagger said.
    return !NOUN_CONTEXT.contains(prev) && !prev.endsWith("'s") && !v.tags[i - 1].equals("POS");
  }

  /**
   * Whether the noun-tagged token {@code i} heads a noun phrase rather than standing where a verb
   * could: after an adjective, number, preposition or possessive ("Western sanctions", "a regular
   * briefing", "under sanctions"), a plural after a noun ("gunshot wounds", "emergency funds"), or
   * a noun run that a determiner opens ("a full trade embargo"). Taggers mark a finite verb VB*, so
   * a noun tag in such a place is trusted.
   */
  private static boolean insideNounPhrase(DocView v, int i, int sentenceStart) {
    String prevTag = v.tags[i - 1];
    if (prevTag.startsWith("JJ")
        || prevTag.equals("CD")
        || prevTag.equals("IN")
        || prevTag.equals("PRP$")) {
      return true;
    }
    if (v.tags[i].equals("NNS")
        && (prevTag.equals("NN") || prevTag.equals("NNS") || prevTag.equals("VBN"))) {
      return true;
    }
    for (int k = i - 1; k >= sentenceStart && k >= i - 4; k--) {
      String t = v.tags[k];
      if (t.equals("DT") || t.equals("PRP$")) {
        return true;
      }
      if (v.words[k].equals("of") && k < i - 1 && v.tags[i - 1].startsWith("NN")) {
        // "tons of food aid": a noun after a noun that "of" opens is the head of that phrase,
        // not a verb.
        return true;
      }
      if (!t.equals("NN") && !t.equals("NNS") && !t.startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  private static Match match(DocView v, EventPattern p, int start, int from, int to) {
    List<String> words = p.words();
    int pos = start + 1;
    int slotStart = -1;
    int slotEnd = -1;
    for (int k = 1; k < words.size(); k++) {
      String w = words.get(k);
      if (w.equals("*")) {
        String next = words.get(k + 1);
        int gapStart = pos;
        if (!next.equals("%")) {
          // Quantities and adjectives do not use up the gap: "provide nearly 25,000 tons of
          // emergency food aid".
          pos = skipModifiers(v, pos, to, next);
        }
        int found = -1;
        int maxGap = recipientGap(words, k) ? MAX_OBJECT_GAP : MAX_GAP;
        int at = pos;
        for (int g = 0; g <= maxGap && at < to && found < 0; g++) {
          if (isBoundary(v.words[at])) {
            break;
          }
          if (g > MAX_GAP && endsObjectPhrase(v, at)) {
            break;
          }
          if (next.equals("%") ? v.mentionAt[at] != null : same(next, v.words[at])) {
            found = at;
          } else if (!next.equals("%")
              && v.mentionAt[at] != null
              && !prepositionBetween(v, gapStart, at)) {
            // An actor's name is one word of the gap however long it is ("urged the United Nations
            // Security Council to"), unless it holds the wanted word ("expelled two Kestrian
            // diplomats"). A name after a preposition belongs to a noun phrase, not the object:
            // "demanded a meeting of the U.N. Security Council to", "welcomed the decision by X
            // to".
            int last = Math.min(v.mentionAt[at].last(), to - 1);
            for (int j = at + 1; j <= last && found < 0; j++) {
              found = same(next, v.words[j]) ? j : -1;
            }
            at = last + 1;
          } else {
            at++;
          }
        }
        if (found < 0) {
          return null;
        }
        if (found > gapStart && slotStart < 0) {
          // The words of the gap hold the target, unless a "%" slot before it already does
          // ("give % * grant": "gave Tanzania a grant").
          slotStart = gapStart;
          slotEnd = found;
        }
        pos = found;
      } else if (w.equals("%")) {
        pos = skipModifiers(v, pos, to, null);
        if (pos < to && v.mentionAt[pos] == null) {
          // "released at least 19 Christians", "freed dozens of activists": a count before the
          // actor is no part of it.
          pos = skipModifiers(v, skipCount(v, pos, to), to, null);
        }
        if (pos < to && v.mentionAt[pos] == null) {
          // "released former Vice President X", "pardoned ex-minister X": the person's title.
          pos = skipPersonTitle(v, pos, to);
        }
        if (pos < to && v.mentionAt[pos] == null) {
          // "discussed the crisis with the leaders of X": the people who act for the actor.
          pos = skipMembersOf(v, pos, to);
        }
        if ((pos >= to || v.mentionAt[pos] == null) && passiveObjectSlot(v, p, k, start, from)) {
          // "were released by rebel forces": the object of "release %" is the passive subject,
          // which the clause reader takes as the patient; the slot stays empty.
          return new Match(p, start, start + 1, -1, -1);
        }
        if (pos >= to || v.mentionAt[pos] == null) {
          return null;
        }
        slotStart = pos;
        slotEnd = v.mentionAt[pos].last() + 1;
        pos = slotEnd;
      } else {
        pos = skipModifiers(v, pos, to, w);
        if (w.equals("to") || w.equals("that")) {
          pos = skipAdjunct(v, pos, to, w);
        }
        while (p.nominal() && pos < to && same(w, v.words[pos]) && datePreposition(v, pos, to)) {
          // "a strike on Monday": a date is no object of a noun trigger, so its "on" is sought
          // after the date ("strikes on Monday on X"); before, a labour strike "on Monday" was read
          // as an attack (session 15). Verb patterns keep the date's "on": "agreed on Wednesday
          // that ..." is read by "agree on" as before.
          pos++;
          while (pos < to && v.inTime[pos]) {
            pos++;
          }
        }
        if (pos < to && !same(w, v.words[pos]) && v.mentionAt[pos] != null) {
          int[] head = mentionHead(v, pos, to, w);
          if (head == null) {
            return null;
          }
          if (slotStart < 0) {
            slotStart = pos;
            slotEnd = head[1];
          }
          pos = head[0];
        }
        if (pos >= to || !same(w, v.words[pos])) {
          return null;
        }
        pos++;
      }
    }
    if (modifiesActNoun(v, words, pos, to)) {
      return null;
    }
    return new Match(p, start, pos, slotStart, slotEnd);
  }

  /**
   * Act nouns that a weapon or means word before them only describes: "launched a cruise-missile
   * attack on X", "fired rocket strikes at" are attacks (the noun events or 19x patterns), not a
   * launch or test of the weapon (150).
   */
  private static final Set<String> ACT_HEADS =
      Set.of(
          "attack",
          "attacks",
          "strike",
          "strikes",
          "raid",
          "raids",
          "assault",
          "assaults",
          "bombardment",
          "bombardments",
          "offensive");

  /**
   * Whether the pattern's last word is a noun object that the next token, an act noun, heads: the
   * object is then a modifier of that act ("missile" in "missile attack"), and the pattern does not
   * hold.
   */
  private static boolean modifiesActNoun(DocView v, List<String> words, int pos, int to) {
    String last = words.get(words.size() - 1);
    if (last.equals("%") || last.equals("*") || pos >= to || pos == 0) {
      return false;
    }
    return v.tags[pos - 1].startsWith("NN")
        && v.tags[pos].startsWith("NN")
        && ACT_HEADS.contains(v.words[pos])
        && !ACT_HEADS.contains(v.words[pos - 1]);
  }

  /**
   * Object words that a name before them does not make the act's object: armed forces ("deployed
   * NATO troops" names the deployer's side) and complaints filed with a body ("files WTO complaint"
   * names the venue). Before other words the name says whose the object is ("Kestrian rebel
   * prisoners", "froze Kestrian assets") or whose act is accepted ("accepted Valdorian mediation").
   */
  private static final Set<String> NOT_OWNED =
      Set.of(
          "troops",
          "forces",
          "soldiers",
          "army",
          "military",
          "police",
          "warships",
          "jets",
          "bombers",
          "tanks",
          "missiles",
          "peacekeepers",
          "complaint",
          "complaints",
          "lawsuit",
          "lawsuits",
          "suit",
          "case",
          "petition");

  /** Determiners by word, for taggers that miss them. */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those");

  /**
   * Whether the {@code %} at {@code words[k]} is the direct object of a passive verb: the pattern
   * is just "verb %" ("release %", "pardon %", "return %"), its verb stands in the passive ("were
   * released", "has been pardoned"), and the code is cooperative (roots 04-08: releases, returns,
   * aid, praise). The conflict roots are left to their own frames and measurements.
   */
  private static boolean passiveObjectSlot(DocView v, EventPattern p, int k, int start, int from) {
    int root = CodeCombiner.root(p.code());
    return k == 1
        && p.words().size() == 2
        && root >= 4
        && root <= 8
        && !p.nominal()
        && PredicateReader.isPassive(v, start, from);
  }

  /** Whether the gap before {@code words[k+1]} is a transfer frame's object: {@code * to %}. */
  private static boolean recipientGap(List<String> words, int k) {
    return k + 2 < words.size() && words.get(k + 1).equals("to") && words.get(k + 2).equals("%");
  }

  /**
   * Whether token {@code at} ends an object noun phrase: a finite verb, a modal, a relative pronoun
   * or a comma-less clause opener, so a long gap never reaches into another clause.
   */
  private static boolean endsObjectPhrase(DocView v, int at) {
    String t = v.tags[at];
    return v.isFiniteOrModal(at)
        || t.equals("VB")
        || t.startsWith("W")
        || v.words[at].equals("that")
        || v.words[at].equals("and") && at + 1 < v.tags.length && v.tags[at + 1].startsWith("VB");
  }

  /**
   * The token after a person's title at {@code pos} ("former Vice President", "ex-minister",
   * "opposition leader") when a person's name follows it, else {@code pos}: a run of at most {@link
   * #MAX_TITLE} nouns outside any mention, ending right before a named person.
   */
  private static int skipPersonTitle(DocView v, int pos, int to) {
    int j = pos;
    while (j < to && j - pos < MAX_TITLE && v.mentionAt[j] == null) {
      String t = v.tags[j];
      boolean titleWord =
          (t.startsWith("NN") || t.equals("HYPH") || t.startsWith("JJ"))
              && !v.isPreposition(j)
              && !DETERMINERS.contains(v.words[j]);
      if (!titleWord || isBoundary(v.words[j])) {
        return pos;
      }
      j++;
    }
    if (j == pos || j >= to || v.mentionAt[j] == null) {
      return pos;
    }
    DocView.MentionRef m = v.mentionAt[j];
    boolean namedPerson =
        m.first() == j
            && m.kind() == org.readout.core.model.MentionKind.NAME
            && v.personIds.contains(m.actorId());
    return namedPerson ? j : pos;
  }

  /**
   * The token after "leaders of", "members of", "representatives of" at {@code pos} when an actor
   * mention follows, else {@code pos}.
   */
  private static int skipMembersOf(DocView v, int pos, int to) {
    if (pos + 2 < to
        && MEMBER_NOUNS.contains(v.words[pos])
        && v.words[pos + 1].equals("of")
        && v.mentionAt[pos + 2] != null) {
      return pos + 2;
    }
    return pos;
  }

  /** Nouns that open a count before an actor: "dozens of", "hundreds of". */
  private static final Set<String> COUNT_NOUNS =
      Set.of("dozens", "hundreds", "thousands", "scores", "millions", "tens");

  /**
   * The token after a count that opens an object at {@code pos} ("at least 19", "more than 300",
   * "dozens of", "hundreds of"), or {@code pos} when there is none.
   */
  private static int skipCount(DocView v, int pos, int to) {
    int at = pos;
    if (at + 2 < to && DocView.COUNT_PAIRS.contains(v.words[at] + " " + v.words[at + 1])) {
      at += 2;
      return at < to && v.tags[at].equals("CD") ? at + 1 : pos;
    }
    if (at + 1 < to && COUNT_NOUNS.contains(v.words[at]) && v.words[at + 1].equals("of")) {
      return at + 2;
    }
    return pos;
  }

  /**
   * Where a pattern's object word stands when an actor mention holds it or modifies it: the mention
   * ends in the word ("expelled two Kestrian diplomats", the actor "Kestrian diplomats") or stands
   * right before it ("released Kestrian rebel prisoners" with the actor "Kestrian rebel", "the
   * UNSCOM weapons inspectors"). Then the mention is the act's object, its target. Returns the
   * word's token and the end of the mention, or null when the mention is something else.
   */
  private static int @Nullable [] mentionHead(DocView v, int pos, int to, String wanted) {
    if (FUNCTION_WORDS.contains(wanted)) {
      return null; // "to", "with", "on": a preposition is no object noun
    }
    int last = v.mentionAt[pos].last();
    if (last < to && same(wanted, v.words[last]) && described(v, pos, last)) {
      return new int[] {last, last + 1};
    }
    int after = last + 1;
    if (NOT_OWNED.contains(wanted)) {
      return null;
    }
    if (after < to && v.mentionAt[after] == null && same(wanted, v.words[after])) {
      return new int[] {after, after};
    }
    if (after + 1 < to
        && v.mentionAt[after] == null
        && (v.tags[after].equals("NN") || v.tags[after].equals("NNS"))
        && same(wanted, v.words[after + 1])) {
      return new int[] {after + 1, after}; // "UNSCOM weapons inspectors"
    }
    return null;
  }

  /**
   * Whether words other than a determiner stand before the head of a mention: "two Kestrian
   * diplomats" names whose diplomats they are, while "the army" or "its troops" is the actor's own
   * force, an instrument of the act and never its target.
   */
  private static boolean described(DocView v, int first, int head) {
    for (int i = first; i < head; i++) {
      boolean determiner =
          v.tags[i].equals("DT")
              || v.tags[i].equals("PRP$")
              || v.tags[i].equals("CD")
              || DETERMINERS.contains(v.words[i]);
      if (!determiner) {
        return true;
      }
    }
    return false;
  }

  /**
   * Steps over a short time or manner adjunct that stands between a governor and its "to" or
   * "that": "threatened on Monday to", "refused last week to", "agreed again to". Only when the
   * adjunct ends right before {@code wanted}, so an ordinary object is never skipped; a few tokens
   * at most.
   */
  private static int skipAdjunct(DocView v, int pos, int to, String wanted) {
    if (pos + 2 < to && v.words[pos].equals("in") && v.words[pos + 1].equals("principle")) {
      // "agreed in principle (on Saturday) to": a hedge on the agreement, not its object.
      int after = skipAdjunct(v, pos + 2, to, wanted);
      return after < to && v.words[after].equals(wanted) ? after : pos;
    }
    if (pos >= to || !(ADJUNCT_OPENERS.contains(v.words[pos]) || v.inTime[pos])) {
      return pos;
    }
    int j = pos;
    boolean timeSeen = false;
    while (j < to && j - pos < MAX_ADJUNCT && !v.words[j].equals(wanted)) {
      String w = v.words[j];
      boolean time = v.inTime[j] || TIME_WORDS.contains(w);
      if (!time && !v.tags[j].equals("CD") && !(j == pos && ADJUNCT_OPENERS.contains(w))) {
        return pos;
      }
      timeSeen |= time;
      j++;
    }
    return timeSeen && j < to && v.words[j].equals(wanted) ? j : pos;
  }

  private static int skipModifiers(DocView v, int pos, int to, String wanted) {
    int skipped = 0;
    while (pos < to && skipped < MAX_SKIP && (wanted == null || !same(wanted, v.words[pos]))) {
      // A hyphenated modifier ("long-threatened", "day-old") counts as one word.
      boolean hyphen = pos + 2 < to && v.tags[pos + 1].equals("HYPH");
      boolean modifier =
          v.mentionAt[pos] == null
              && (hyphen
                  || SKIPPABLE_TAGS.contains(v.tags[pos])
                  || SKIPPABLE_WORDS.contains(v.words[pos])
                  || nounModifier(v, pos, to, wanted));
      if (!modifier
          && pos + 2 < to
          && v.words[pos].equals("up")
          && v.words[pos + 1].equals("to")
          && v.tags[pos + 2].equals("CD")) {
        pos += 2; // "allow up to 13,000 refugees to": an upper bound on the count that follows
        continue;
      }
      if (!modifier && wanted != null && datePreposition(v, pos, to)) {
        pos++; // "on" of "lifted on Sunday a curfew"
        continue;
      }
      int measured = modifier || wanted == null ? pos : measureEnd(v, pos, to);
      if (measured > pos) {
        // A measure between verb and object, as wire copy puts it: "shortened by one hour the
        // curfew", "cut by half its aid".
        pos = measured;
        continue;
      }
      if (!modifier && wanted != null && v.inTime[pos]) {
        // A date between verb and object, as wire and translated copy put it: "lifted Friday a
        // blockade", "held on the 3rd talks".
        pos++;
        continue;
      }
      if (!modifier) {
        break;
      }
      pos++;
      while (hyphen
          && pos + 1 < to
          && v.tags[pos].equals("HYPH")
          && (wanted == null || !same(wanted, v.words[pos + 1]))) {
        pos += 2; // "three-month-old": the whole chain, up to the wanted word ("cruise-missile")
      }
      skipped++;
    }
    return pos;
  }

  /**
   * The end of a "by" measure phrase at {@code pos} ("by one hour", "by 20 percent", "by half"), or
   * {@code pos} when there is none: a number or article, then a unit word.
   */
  private static int measureEnd(DocView v, int pos, int to) {
    if (pos + 2 >= to || !v.words[pos].equals("by")) {
      return pos;
    }
    if (v.words[pos + 1].equals("half")) {
      return pos + 2;
    }
    String amount = v.words[pos + 1];
    boolean number = v.tags[pos + 1].equals("CD") || AMOUNTS.contains(amount);
    return number && MEASURE_UNITS.contains(v.words[pos + 2].toLowerCase(Locale.ROOT))
        ? pos + 3
        : pos;
  }

  private static boolean datePreposition(DocView v, int pos, int to) {
    String w = v.words[pos];
    return (w.equals("on") || w.equals("in") || w.equals("at"))
        && pos + 1 < to
        && v.inTime[pos + 1];
  }

  /**
   * A common noun right before the wanted word modifies it: "a night curfew", "a naval blockade"
   * ("naval" is an adjective anyway), "shell bombs". Only one word ahead, so an object noun is
   * never skipped on the way to a later word.
   */
  private static boolean nounModifier(DocView v, int pos, int to, String wanted) {
    return wanted != null
        && !FUNCTION_WORDS.contains(wanted)
        && pos + 1 < to
        && (v.tags[pos].equals("NN") || v.tags[pos].equals("NNS"))
        && same(wanted, v.words[pos + 1]);
  }

  /** Pattern word and token are the same word, allowing a plural -s either way. */
  static boolean same(String w, String token) {
    if (w.equals(token)) {
      return true;
    }
    int lw = w.length();
    int lt = token.length();
    if (lt == lw + 1 && token.endsWith("s") && token.startsWith(w)) {
      return true;
    }
    if (lt == lw + 2 && token.endsWith("es") && token.startsWith(w)) {
      return true;
    }
    return lw == lt + 1 && w.endsWith("s") && w.startsWith(token);
  }

  private static boolean prepositionBetween(DocView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.tags[i].equals("IN") || v.tags[i].equals("TO")) {
        return true;
      }
    }
    return false;
  }

  static boolean isBoundary(String word) {
    return word.equals(";")
        || word.equals(":")
        || word.equals(".")
        || word.equals("\"")
        || word.equals("\u201c")
        || word.equals("\u201d")
        || word.equals("(")
        || word.equals(")");
  }
}
