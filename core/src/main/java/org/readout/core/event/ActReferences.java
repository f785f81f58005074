package org.readout.core.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.SentenceCoder.Raw;
import org.readout.core.model.Actor;

/**
 * Act nouns in an object phrase and what they refer to, for {@link TargetFinder}: "condemned the
 * strikes by X" names the act's agent after "by"; "Kestria expelled two diplomats. Valdoria
 * criticized the decision." refers back to the actor who did such an act in this or the last few
 * sentences. Read-only over one article.
 */
final class ActReferences {
  /** How many sentences before the current one an act noun may refer back to. */
  static final int MAX_ANSWER_AGE = 3;

  /** Which roots an act noun may refer to: arms, coercion, shows of force, or any act. */
  private static final int[] FORCE = {18, 20};

  private static final int[] COERCION = {16, 20};
  private static final int[] POSTURE = {13, 20};
  private static final int[] ANY = {1, 20};

  /**
   * Speech acts a later answer names by their noun: "rejected the accusation" answers whoever
   * accused the source's country (root 11), "accepted the invitation" whoever invited it (03),
   * "turned down the request" whoever asked (02 or 10 for a demand), "dismissed the warning"
   * whoever threatened (13). A protest (114) may also be a street protest (14).
   */
  private static final int[] DISAPPROVAL = {11, 11};

  private static final int[] PROTEST = {11, 14};
  private static final int[] PROPOSAL = {3, 3};
  private static final int[] REQUEST = {2, 2};
  private static final int[] DEMAND = {10, 10};
  private static final int[] THREAT = {13, 13};

  /**
   * Nouns that refer back to an act, with the roots of the acts they can name: "the strikes" names
   * an armed attack, "the arrests" or "the sentence" a court's or police's act, "the decision" any.
   */
  private static final Map<String, int[]> ACT_NOUNS =
      Map.ofEntries(
          Map.entry("decision", ANY),
          Map.entry("decisions", ANY),
          Map.entry("move", ANY),
          Map.entry("moves", ANY),
          Map.entry("step", ANY),
          Map.entry("steps", ANY),
          Map.entry("measure", ANY),
          Map.entry("measures", ANY),
          Map.entry("action", ANY),
          Map.entry("actions", ANY),
          Map.entry("sanctions", COERCION),
          Map.entry("ban", COERCION),
          Map.entry("bans", COERCION),
          Map.entry("expulsion", COERCION),
          Map.entry("expulsions", COERCION),
          Map.entry("arrest", COERCION),
          Map.entry("arrests", COERCION),
          Map.entry("detention", COERCION),
          Map.entry("detentions", COERCION),
          Map.entry("sentence", COERCION),
          Map.entry("sentencing", COERCION),
          Map.entry("verdict", COERCION),
          Map.entry("conviction", COERCION),
          Map.entry("jailing", COERCION),
          Map.entry("crackdown", COERCION),
          Map.entry("execution", COERCION),
          Map.entry("executions", COERCION),
          Map.entry("blockade", COERCION),
          Map.entry("launch", POSTURE),
          Map.entry("launches", POSTURE),
          Map.entry("test", POSTURE),
          Map.entry("tests", POSTURE),
          Map.entry("attack", FORCE),
          Map.entry("attacks", FORCE),
          Map.entry("strike", FORCE),
          Map.entry("strikes", FORCE),
          Map.entry("airstrike", FORCE),
          Map.entry("airstrikes", FORCE),
          Map.entry("shelling", FORCE),
          Map.entry("bombing", FORCE),
          Map.entry("bombings", FORCE),
          Map.entry("killing", FORCE),
          Map.entry("killings", FORCE),
          Map.entry("invasion", FORCE),
          Map.entry("incursion", FORCE),
          Map.entry("incursions", FORCE),
          Map.entry("offensive", FORCE),
          Map.entry("assault", FORCE),
          Map.entry("raid", FORCE),
          Map.entry("raids", FORCE),
          Map.entry("accusation", DISAPPROVAL),
          Map.entry("accusations", DISAPPROVAL),
          Map.entry("allegation", DISAPPROVAL),
          Map.entry("allegations", DISAPPROVAL),
          Map.entry("criticism", DISAPPROVAL),
          Map.entry("condemnation", DISAPPROVAL),
          Map.entry("protest", PROTEST),
          Map.entry("invitation", PROPOSAL),
          Map.entry("offer", PROPOSAL),
          Map.entry("proposal", PROPOSAL),
          Map.entry("request", REQUEST),
          Map.entry("appeal", REQUEST),
          Map.entry("demand", DEMAND),
          Map.entry("demands", DEMAND),
          Map.entry("warning", THREAT),
          Map.entry("threat", THREAT),
          Map.entry("threats", THREAT),
          Map.entry("ultimatum", THREAT));

  private static final Set<String> DETERMINERS =
      Set.of("the", "this", "that", "these", "those", "its", "their");

  /** Verbs of naming in "what it called a terrorist attack", "what they described as". */
  private static final Set<String> NAMING_VERBS =
      Set.of("called", "calls", "termed", "terms", "described", "describes", "labelled", "labeled");

  private final DocView v;

  ActReferences(DocView v) {
    this.v = v;
  }

  /**
   * The agent after "by" (past determiners) within the object phrase after the act noun at {@code
   * noun}: "the strikes by the United States"; null when another clause or a comma comes first.
   */
  @Nullable MentionRef byAgent(int noun, int stop) {
    int end = Math.min(stop, noun + ClauseReader.MAX_OBJECT_DISTANCE);
    for (int i = noun + 1; i + 1 < end; i++) {
      if (ClauseReader.isClauseBoundary(v.words[i]) || v.words[i].equals(",")) {
        return null;
      }
      if (v.words[i].equals("by")) {
        int j = i + 1;
        while (j < end && (v.tags[j].equals("DT") || v.words[j].equals("the"))) {
          j++;
        }
        return j < end ? v.mentionAt[j] : null;
      }
    }
    return null;
  }

  /** Whether "as" stands between the act noun and token {@code i}: "X as a violation of Y". */
  boolean characterizes(int noun, int i) {
    for (int k = noun + 1; k < i; k++) {
      if (v.words[k].equals("as")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The act noun heading the object phrase after {@code after} ("the strikes", "the recent U.S.
   * move", "what it called a terrorist attack"), or -1. Steps over determiners, adjectives, a few
   * plain nouns and actor modifiers, at most three words before the noun.
   */
  int actNoun(int after, int stop) {
    int i = after;
    if (i + 2 < stop && v.words[i].equals("what")) {
      // "what it called a terrorist attack", "what Kestria described as an act of aggression".
      int k = i + 1;
      while (k < stop && k < i + 5 && !NAMING_VERBS.contains(v.words[k])) {
        k++;
      }
      if (k >= stop || !NAMING_VERBS.contains(v.words[k])) {
        return -1;
      }
      i = k + 1;
      if (i < stop && v.words[i].equals("as")) {
        i++;
      }
    }
    int first = i;
    int words = 0;
    while (i < stop && words < 4) {
      String w = v.words[i];
      if (ACT_NOUNS.containsKey(w) && (i + 1 >= stop || !ACT_NOUNS.containsKey(v.words[i + 1]))) {
        return i; // "the launch as a violation": the act noun itself, not a modifier
      }
      MentionRef ref = v.mentionAt[i];
      if (ref != null) {
        i = ref.last() + 1; // "the Kestrian strikes", "the U.S.-led strikes"
        if (i < stop && (v.words[i].equals("'s") || v.tags[i].equals("POS"))) {
          i++;
        }
        words++;
        continue;
      }
      boolean modifier =
          DETERMINERS.contains(w)
              || v.tags[i].equals("DT")
              || v.tags[i].equals("PRP$")
              || v.tags[i].startsWith("JJ")
              || v.tags[i].equals("CD")
              || v.tags[i].equals("HYPH")
              || w.equals("-")
              || (v.tags[i].startsWith("VBN") && i > first)
              || (v.tags[i].startsWith("NN") && i + 1 < stop);
      if (!modifier) {
        return -1;
      }
      if (!DETERMINERS.contains(w) && !v.tags[i].equals("DT")) {
        words++;
      }
      i++;
    }
    return -1;
  }

  /**
   * "Kestria expelled two diplomats. Valdoria criticized the decision.": the act noun at {@code
   * noun} answers an earlier event of the kind it names. In each of the recent sentences, most
   * recent first, the one actor that did such an act to the source's country, else the one foreign
   * actor that did such an act of threat or force (roots 13 and above); null when none or when a
   * sentence names two (the target stays unknown rather than guessed). A bare plural without a
   * determiner ("condemned attacks on civilians") is generic and answers nothing.
   */
  @Nullable String respondedTo(String source, int noun, List<List<Raw>> earlier) {
    int[] roots = ACT_NOUNS.get(v.words[noun]);
    if (roots == null || !determined(noun)) {
      return null;
    }
    Actor self = v.doc.actor(source);
    if (self == null) {
      return null;
    }
    String country = self.country();
    int floor = Math.max(roots[0], 13);
    Predicate<Raw> kind =
        r ->
            (CodeCombiner.root(r.code()) >= roots[0] && CodeCombiner.root(r.code()) <= roots[1])
                || (roots == COERCION && r.code().startsWith("116")); // a verdict
    for (int age = 0; age < earlier.size() && age <= MAX_ANSWER_AGE; age++) {
      // The generic "the decision" answers only the sentence just before.
      if (roots == ANY && age > 1) {
        break;
      }
      List<Raw> events = earlier.get(age);
      if (country != null) {
        String onSelf = uniqueSource(events, source, kind.and(r -> acted(r, country)));
        if (onSelf != null) {
          return onSelf;
        }
      }
      String foreign =
          uniqueSource(
              events,
              source,
              kind.and(
                  r ->
                      CodeCombiner.root(r.code()) >= floor
                          && (country == null || !country.equals(countryOf(r.source())))));
      if (foreign != null) {
        return foreign;
      }
      if (ambiguous(events, source, kind, country)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The speech-act noun a multi-word predicate ends in ("accepted the invitation", "rejected the
   * proposal", "turned down the request"), whose author the answer addresses; or -1. Acts of force
   * and coercion named inside a predicate ("imposed sanctions") are the act itself, not an answer.
   */
  int answeredNounIn(int start, int end) {
    int last = end - 1;
    if (last <= start) {
      return -1;
    }
    int[] roots = ACT_NOUNS.get(v.words[last]);
    boolean speech =
        roots == DISAPPROVAL || roots == PROPOSAL || roots == REQUEST || roots == DEMAND;
    return speech ? last : -1;
  }

  /** Whether a determiner, possessive or adjective opens the phrase the act noun heads. */
  private boolean determined(int noun) {
    int j = noun - 1;
    return j >= 0
        && (v.tags[j].equals("DT")
            || v.tags[j].equals("PRP$")
            || v.tags[j].startsWith("JJ")
            || v.tags[j].startsWith("NN")
            || v.mentionAt[j] != null
            || DETERMINERS.contains(v.words[j]))
        && !v.isVerb(j);
  }

  /**
   * Whether {@code events} hold acts of the noun's kind by two different foreign actors: an older
   * sentence must not answer when the nearer one is already unclear.
   */
  private boolean ambiguous(
      List<Raw> events, String self, Predicate<Raw> kind, @Nullable String country) {
    String found = null;
    for (Raw r : events) {
      if (r.source().equals(self)
          || !kind.test(r)
          || (country != null && country.equals(countryOf(r.source())))) {
        continue;
      }
      if (found != null && !found.equals(r.source())) {
        return true;
      }
      found = r.source();
    }
    return false;
  }

  private boolean acted(Raw r, String country) {
    return r.target() != null && country.equals(countryOf(r.target()));
  }

  private @Nullable String countryOf(String actorId) {
    Actor a = v.doc.actor(actorId);
    return a == null ? null : a.country();
  }

  /** The one source (other than {@code self}) of the events {@code keep} accepts, or null. */
  private static @Nullable String uniqueSource(List<Raw> events, String self, Predicate<Raw> keep) {
    String found = null;
    for (Raw r : events) {
      if (r.source().equals(self) || !keep.test(r)) {
        continue;
      }
      if (found != null && !found.equals(r.source())) {
        return null;
      }
      found = r.source();
    }
    return found;
  }
}
