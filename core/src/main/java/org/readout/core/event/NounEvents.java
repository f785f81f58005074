package org.readout.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.ClauseReader.Subject;
import org.readout.core.event.ClauseReader.SubjectKind;
import org.readout.core.event.DocView.MentionRef;

/**
 * Who did the act a noun trigger names ("attack on", "talks with") when no possessor or "by" agent
 * says so: the clause's subject, but only when the verb that governs the noun is a light verb
 * ("carried out strikes on", "launched an offensive against", "held talks with"). Under another
 * verb the subject did something else to the act ("condemned the attack on X", "denied talks with
 * X"), so the noun alone names no source.
 *
 * <p>Design decision: CAMEO codes "X carried out an attack on Y" exactly like "X attacked Y"; the
 * light verb adds no meaning of its own, so one list of light verbs composes with every noun
 * trigger in the pattern dictionary instead of one pattern per verb and noun.
 */
final class NounEvents {
  /** Verbs that only carry the event noun after them, as lemmas. */
  private static final List<String> LIGHT_LEMMAS =
      List.of(
          "carry",
          "launch",
          "conduct",
          "stage",
          "mount",
          "make",
          "hold",
          "have",
          "pay",
          "issue",
          "begin",
          "start",
          "continue",
          "resume",
          "step",
          "intensify",
          "wage",
          "lead",
          "unleash",
          "deliver",
          "undertake",
          "open",
          "commit",
          "perpetrate",
          "join",
          "attend",
          "escalate",
          "renew",
          "be",
          "engage",
          "take",
          "give",
          "order",
          "authorize",
          "approve",
          "announce",
          "prolong",
          "extend",
          "maintain",
          "expand",
          "keep",
          "impose",
          "tighten",
          // "expressed its strong condemnation of", "voiced criticism of", "offered scathing
          // criticism of": verbs of saying that only carry a disapproval noun.
          "express",
          "voice",
          "offer");

  /** Prepositions before what is spoken about: the noun after them is a topic, not an act. */
  private static final Set<String> TOPICAL = Set.of("over", "about", "regarding", "concerning");

  /** Particles of phrasal light verbs: "carried out", "stepped up". */
  private static final Set<String> PARTICLES = Set.of("out", "up");

  /** How far left of the noun the governing verb may stand (modifiers, numbers, determiners). */
  private static final int MAX_DISTANCE = 6;

  private static final Set<String> LIGHT_FORMS = forms();

  /** How far after the noun its "by" agent may stand ("the attack on the border town by X"). */
  private static final int MAX_AGENT_DISTANCE = 12;

  private final DocView v;
  private final ClauseReader clause;

  NounEvents(DocView v, ClauseReader clause) {
    this.v = v;
    this.clause = clause;
  }

  private static Set<String> forms() {
    Set<String> out = new HashSet<>();
    for (String lemma : LIGHT_LEMMAS) {
      out.addAll(Inflector.verbForms(lemma));
    }
    return Set.copyOf(out);
  }

  /**
   * The light verb that governs the noun trigger at {@code noun} ("will begin a military operation
   * against"), or -1: where the act's modal stands.
   */
  int lightVerb(int noun, int from) {
    for (int i = noun - 1; i >= from && i >= noun - MAX_DISTANCE; i--) {
      String w = v.words[i];
      if (v.mentionAt[i] != null || PatternMatcher.isBoundary(w) || w.equals(",")) {
        return -1;
      }
      if (PARTICLES.contains(w) && i > from && v.isVerb(i - 1)) {
        return LIGHT_FORMS.contains(v.words[i - 1]) ? i - 1 : -1;
      }
      if (v.isVerb(i) && !prenominal(i, noun)) {
        return LIGHT_FORMS.contains(w) ? i : -1;
      }
      if (v.isPreposition(i)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the subject of the clause may be the source of the noun trigger at {@code noun}: no
   * verb governs the noun phrase, or a light verb does.
   */
  private boolean subjectActs(int noun, int from) {
    for (int i = noun - 1; i >= from && i >= noun - MAX_DISTANCE; i--) {
      String w = v.words[i];
      if (v.mentionAt[i] != null || PatternMatcher.isBoundary(w) || w.equals(",")) {
        return true;
      }
      if (PARTICLES.contains(w) && i > from && v.isVerb(i - 1)) {
        return LIGHT_FORMS.contains(v.words[i - 1]);
      }
      if (v.isVerb(i) && !prenominal(i, noun)) {
        return LIGHT_FORMS.contains(w);
      }
      if (TOPICAL.contains(w)) {
        // "expressed concern over the attack on X": the subject speaks about the act, not does it.
        return false;
      }
      if (v.isPreposition(i) && !w.equals("of")) {
        // "in talks with", "after the attack on": the noun sits in an adjunct, not an object.
        return true;
      }
    }
    return true;
  }

  /**
   * Whether the participle at {@code i} modifies the noun rather than governing it: "coordinated
   * attacks", "renewed shelling of" (no determiner between it and the noun, as "launched an attack"
   * has).
   */
  private boolean prenominal(int i, int noun) {
    String t = v.tags[i];
    if (!t.equals("VBN") && !t.equals("VBG")) {
      return false;
    }
    String next = v.tags[i + 1];
    boolean beforeNoun =
        i + 1 == noun || next.startsWith("JJ") || next.startsWith("NN") || next.equals("VBN");
    // Only inside a noun phrase: "X renewed negotiations" (after its subject) is the verb.
    String prev = i > 0 ? v.tags[i - 1] : "";
    boolean inPhrase =
        prev.equals("DT")
            || prev.startsWith("JJ")
            || prev.startsWith("RB")
            || prev.equals("PRP$")
            || prev.equals("CD")
            || prev.equals("POS");
    return beforeNoun && inPhrase && (i == 0 || v.mentionAt[i - 1] == null);
  }

  /**
   * The actor who did the act the noun trigger {@code [start, end)} names: a possessor ("X's attack
   * on"), a "by" agent ("the attack on Y by X"), the subject of a light verb ("X carried out
   * strikes on"), or an actor in subject position after the noun ("after talks with Y, X said");
   * null when none.
   */
  @Nullable MentionRef source(int start, int end, int from, int to) {
    MentionRef src = possessor(start, from);
    if (src == null) {
      src = clause.agent(end, to, MAX_AGENT_DISTANCE);
    }
    if (src == null && subjectActs(start, from)) {
      Subject subj = clause.subject(start, from);
      src =
          subj.kind() == SubjectKind.MENTIONS
              ? subj.mentions().get(subj.mentions().size() - 1)
              : null;
    }
    return src != null ? src : subjectAfter(end, to);
  }

  /**
   * Whether the verb a noun trigger is the subject of is negated, conditional or merely possible:
   * "talks between X and Y could resume if ...", "talks with X did not take place". Scans the few
   * tokens after the trigger up to its first full verb, stepping over auxiliaries.
   */
  boolean undoneAfter(int after, int stop) {
    int end = Math.min(stop, after + ClauseReader.MAX_OBJECT_DISTANCE);
    for (int i = after; i < end; i++) {
      String w = v.words[i];
      if (ClauseReader.isClauseBoundary(w) || w.equals(",")) {
        return false;
      }
      if (PredicateReader.POSSIBLE.contains(w)
          || PredicateReader.NEGATIONS.contains(w)
          || PredicateReader.CONDITIONALS.contains(w)) {
        return true;
      }
      if (v.mentionAt[i] == null && v.isVerb(i) && !ClauseReader.AUXILIARIES.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** Words after a noun trigger that open the list of its participants. */
  private static final Set<String> PARTICIPANT_OPENERS =
      Set.of("between", "among", "amongst", "of");

  /**
   * The participants right after token {@code after}: "between X and Y", "among X, Y and Z", "of
   * (the foreign ministers of) X, Y and Z". Two or more mentions, or empty.
   */
  List<MentionRef> participants(int after, int stop) {
    if (after + 1 >= stop || !PARTICIPANT_OPENERS.contains(v.words[after])) {
      return List.of();
    }
    int i = after + 1;
    if (v.words[after].equals("of")) {
      // "a meeting of the foreign ministers of X, Y and Z": step over the office holders' noun.
      int j = i;
      while (j < stop && j - i < 4 && v.mentionAt[j] == null && isModifierOrNoun(j)) {
        j++;
      }
      if (j > i && j + 1 < stop && v.words[j].equals("of")) {
        i = j + 1;
      }
    }
    List<MentionRef> out = new ArrayList<>();
    while (i < stop) {
      while (i < stop && v.tags[i].equals("DT")) {
        i++;
      }
      MentionRef m = i < stop ? v.mentionAt[i] : null;
      if (m == null) {
        break;
      }
      out.add(m);
      i = m.last() + 1;
      if (i + 1 < stop && v.words[i].equals(",") && v.words[i + 1].equals("and")) {
        i++; // serial comma
      }
      if (i >= stop || !(v.words[i].equals("and") || v.words[i].equals(","))) {
        break;
      }
      i++;
    }
    return out.size() >= 2 ? out : List.of();
  }

  private boolean isModifierOrNoun(int i) {
    String t = v.tags[i];
    return t.equals("DT") || t.startsWith("JJ") || t.equals("NN") || t.equals("NNS");
  }

  /**
   * "X's talks": the possessor before a noun trigger at {@code head}, skipping a few modifiers, or
   * null.
   */
  private @Nullable MentionRef possessor(int head, int from) {
    int reach = head - 4;
    for (int i = head - 1; i >= from && i >= reach; i--) {
      MentionRef m = v.mentionAt[i];
      if (m != null) {
        return clause.isPossessive(m) ? m : null;
      }
      if (v.words[i].equals("-") || v.tags[i].equals("HYPH")) {
        // "Russia's full-scale invasion": a hyphenated modifier is one word split in three, so it
        // does not use up the reach.
        reach -= 2;
        continue;
      }
      if (!v.words[i].equals("'s")
          && !v.tags[i].equals("POS")
          && !v.tags[i].startsWith("JJ")
          && !v.tags[i].startsWith("VBN")
          && !v.tags[i].startsWith("NN")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The first actor mention after {@code after} that stands in subject position (after a comma or
   * clause start).
   */
  private @Nullable MentionRef subjectAfter(int after, int stop) {
    for (int i = after; i < stop; i++) {
      if (PatternMatcher.isBoundary(v.words[i])) {
        return null;
      }
      MentionRef m = v.mentionAt[i];
      if (m != null) {
        // The floor is the trigger's last word, not the token after it: in "invasion of Ukraine"
        // the pattern ends with its own preposition, whose actor is the object, never the source.
        if (!clause.isObject(m.first(), after - 1) && !clause.isPossessive(m)) {
          return m;
        }
        i = m.last();
      }
    }
    return null;
  }
}
