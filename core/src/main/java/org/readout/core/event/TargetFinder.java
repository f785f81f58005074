package org.readout.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.PatternMatcher.Match;
import org.readout.core.event.SentenceCoder.Raw;

/**
 * Who an event is done to. The target is sought in a fixed order of sources, each tried only when
 * the ones before it give nothing, so that a new shape of sentence adds a source here instead of a
 * special case in the clause reader:
 *
 * <ol>
 *   <li>the pattern's own slot or gap ("urged <b>X</b> to"), or the addressee between a governor
 *       and what it governs ("demanded that <b>X</b> withdraw");
 *   <li>the first actor after the predicate in its clause ({@link ClauseReader#objects}), with a
 *       place after "in" for acts done in a territory; an object on the source's own side is what
 *       moves, so the actor after "from", "of" or "into" is the target instead;
 *   <li>for a reaction to an act (disapproval, rejection: roots 11 and 12) whose object is the act
 *       itself ("condemned the strikes"), the act's agent rather than the actor it was done to or a
 *       characterization after "as" ("... as a violation of Y's sovereignty"): a possessor or
 *       modifier before the act noun is found by step 2 already, then an agent after "by", then the
 *       actor who did such an act in this or the last few sentences;
 *   <li>inside the object phrase: a noun's "by" agent ("rejected calls by X"), a demand noun's
 *       "that" addressee, a threat's condition subject, else the place where the act is done
 *       ({@link #inObjectPhrase});
 *   <li>a nationality word in the object phrase that the actor stage left unmarked ({@link
 *       ObjectReader#demonymObject});
 *   <li>a crowd that a state represses at home is that country's ({@link HomeCrowds#crowdOf});
 *   <li>the actor who did the act an act noun in the object refers back to ("criticized the
 *       decision", "condemned what it called a terrorist attack"), in this or the last few
 *       sentences;
 *   <li>the article around the sentence ({@link DocumentTargets}): a pair addressee ("urged both
 *       sides"), a pronoun or definite country object, the act a bare response answers, else the
 *       other side of the article's dominant pair of countries.
 * </ol>
 *
 * <p>Reciprocal verbs ({@link #reciprocal}) make a subject of two countries each other's target.
 *
 * <p>Read-only over one article; the caller passes the events of the recent sentences.
 */
final class TargetFinder {
  /**
   * The targets chosen for one predicate.
   *
   * @param mentions target mentions found in the text (evidence and expansion of groups)
   * @param context actor ids taken from the article instead (an earlier event, the leading pair of
   *     countries), or empty
   */
  record Choice(List<MentionRef> mentions, List<String> context) {}

  /** How many sentences before the current one an act noun may refer back to. */
  static final int MAX_ANSWER_AGE = ActReferences.MAX_ANSWER_AGE;

  private final DocView v;
  private final ClauseReader clause;
  private final ActorSides sides;
  private final ObjectReader objects;
  private final Complements complements;
  private final DocumentTargets document;
  private final ActReferences acts;
  private final HomeCrowds crowds;

  TargetFinder(
      DocView v,
      ClauseReader clause,
      ActorSides sides,
      ObjectReader objects,
      Complements complements) {
    this.v = v;
    this.complements = complements;
    this.clause = clause;
    this.sides = sides;
    this.objects = objects;
    this.acts = new ActReferences(v);
    this.crowds = new HomeCrowds(v, sides);
    this.document = new DocumentTargets(v, this);
  }

  /**
   * The target mentions that syntax gives (sources 1 and 2, before the own-side rule): the
   * pattern's slot, a governor's addressee, else the object after the predicate {@code m} (governed
   * by {@code g} when not null) up to {@code to}.
   */
  List<MentionRef> direct(@Nullable Match g, Match m, int to, String code) {
    if (m.slotStart() >= 0) {
      List<MentionRef> slot = slotMentions(m);
      if (!slot.isEmpty() || m.pattern().role().governs() || m.pattern().words().contains("%")) {
        return slot;
      }
      // A gap of plain words ("imposed a coordinated package of sanctions on X"): the target
      // follows the pattern.
    }
    Role role = g != null ? g.pattern().role() : Role.NONE;
    if (g != null && m.pattern().role() == Role.CONSEQUENCE) {
      // "warned that X would pay dearly": the one who would suffer is the threat's target.
      List<MentionRef> sufferer = clause.objects(g.end(), m.start(), false);
      if (!sufferer.isEmpty()) {
        return sufferer;
      }
    }
    if (role == Role.APPEAL
        || role == Role.DEMAND
        || role == Role.ACCUSE
        || (role == Role.REFUSE && g.slotStart() >= 0)
        || (role == Role.INTENT
            && g.slotStart() > 0
            && v.words[g.slotStart() - 1].equals("with"))) {
      // "urged X to ...", "demanded that X ...", "agreed with X to ...": the addressee or partner
      // stands between the governor and the predicate.
      List<MentionRef> addressee =
          g.slotStart() >= 0 ? slotMentions(g) : clause.objects(g.end(), m.start(), false);
      if (!addressee.isEmpty()) {
        return addressee;
      }
    }
    boolean talks = code.equals(SentenceCoder.converse(code)); // consultations: 040, 041, 044, 046
    // "agreed to lay down their weapons in eastern Lebanon": an intent or threat acts where the
    // act it announces would.
    boolean place = placeIsTarget(code) || placeIsTarget(m.pattern().code());
    List<MentionRef> objects = clause.objects(m.end(), to, true, place, talks);
    if (objects.isEmpty() && CodeCombiner.root(code) == 13) {
      // A threat names its target in what it would do: "sanctions that would wipe out X's economy".
      MentionRef described = complements.relativeTarget(m.end(), to);
      return described != null ? List.of(described) : objects;
    }
    return objects;
  }

  /**
   * The targets once the sources are known (sources 2 to 7 of the class comment), from the direct
   * ones. {@code earlier} holds the events of this sentence so far, then those of the sentences
   * before it, most recent first; {@code discourse} is false inside a quote, where an answer to an
   * earlier act is not sought.
   */
  Choice refine(
      List<String> sources,
      List<MentionRef> direct,
      @Nullable Match g,
      Match m,
      int to,
      String code,
      boolean discourse,
      List<List<Raw>> earlier) {
    List<MentionRef> targets = awayFromOwnSide(sources, direct, to, code);
    boolean single = discourse && sources.size() == 1;
    int root = CodeCombiner.root(code);
    if (root == 11 && !targets.isEmpty()) {
      MentionRef author = complainedOf(targets.get(0), to);
      if (author != null) {
        return new Choice(List.of(author), List.of());
      }
    }
    int noun = acts.actNoun(m.end(), to);
    if ((root == 11 || root == 12) && noun >= 0) {
      boolean modifier = !targets.isEmpty() && targets.get(0).first() < noun;
      if (!modifier) {
        // "condemned the strikes (on Y) (as a violation of Z's sovereignty)": the act's agent.
        MentionRef agent = acts.byAgent(noun, to);
        if (agent != null && !acts.characterizes(noun, agent.first())) {
          return new Choice(List.of(agent), List.of());
        }
        String answered = single ? acts.respondedTo(sources.get(0), noun, earlier) : null;
        if (answered != null) {
          return new Choice(List.of(), List.of(answered));
        }
        if (!targets.isEmpty() && acts.characterizes(noun, targets.get(0).first())) {
          return new Choice(List.of(), List.of());
        }
      }
    }
    if (targets.isEmpty()) {
      targets = inObjectPhrase(m, to, root);
    }
    if (targets.isEmpty() && discourse) {
      MentionRef demonym = objects.demonymObject(m.end(), to);
      targets = demonym != null ? List.of(demonym) : targets;
    }
    if (targets.isEmpty() && single && root >= 17) {
      // From inside the pattern too: "dispersed the crowd" names its crowd itself.
      String home = crowds.crowdOf(sources.get(0), root, m.start() + 1, to);
      if (home != null) {
        return new Choice(List.of(), List.of(home));
      }
    }
    // "accepted the invitation": the answered noun may close the predicate itself.
    int answeredNoun = noun >= 0 ? noun : acts.answeredNounIn(m.start(), m.end());
    if (targets.isEmpty() && single && answeredNoun >= 0) {
      String answered = acts.respondedTo(sources.get(0), answeredNoun, earlier);
      if (answered != null) {
        return new Choice(List.of(), List.of(answered));
      }
    }
    if (targets.isEmpty()
        && single
        && (root != 14 || sides.isDomesticState(sources.get(0), false))) {
      // The article around the sentence (DocumentTargets); a crowd's protest keeps its own state.
      List<String> ids =
          document.targets(new DocumentTargets.Act(sources.get(0), g, m, to, code, earlier));
      if (!ids.isEmpty()) {
        return new Choice(List.of(), ids);
      }
    }
    return new Choice(targets, List.of());
  }

  /**
   * Targets inside the object phrase when no actor follows the predicate as its object: the agent
   * of the noun it governs ("rejected calls by Belarus's rulers for aid", "demanded an admission by
   * Moscow"), the addressee of a demand noun's "that" clause ("reiterated its demand that Israel
   * ease ..."), the subject of a threat's condition ("threatened to walk out unless Kestria
   * withdraws"), the subject of a refusal's "until" ("will not end the strike until the government
   * ..."), else the place where the act is done ("agreed to set up a research centre in Tokyo",
   * "threatened to resume attacks in Israel", "suspended aid deliveries in Baghdad"). A place is
   * not the target of statements, talks, praise, criticism or rejection (roots 01, 04, 05, 11, 12):
   * "praised the ministers in a speech in Paris", "criticized the plan in Kestria".
   */
  private List<MentionRef> inObjectPhrase(Match m, int to, int root) {
    int end = Math.min(to, m.end() + ClauseReader.MAX_OBJECT_DISTANCE);
    for (int i = m.end(); i + 1 < end; i++) {
      String w = v.words[i];
      if (ClauseReader.isClauseBoundary(w) || w.equals(",") || v.mentionAt[i] != null) {
        break;
      }
      // The noun may be the pattern's own last word: "reiterated its demand that X ...".
      boolean afterNoun = v.tags[i - 1].startsWith("NN");
      if (afterNoun && w.equals("by")) {
        MentionRef agent = mentionAfterDeterminers(i + 1, end);
        if (agent != null) {
          return List.of(agent);
        }
      }
      if (afterNoun && root == 10 && w.equals("that")) {
        MentionRef addressee = mentionAfterDeterminers(i + 1, end);
        if (addressee != null) {
          return List.of(addressee);
        }
      }
      if (root == 13 && (w.equals("if") || w.equals("unless"))) {
        // "threatened to strike unless X withdraws": the condition names who is threatened.
        MentionRef threatened = mentionAfterDeterminers(i + 1, end);
        if (threatened != null) {
          return List.of(threatened);
        }
      }
      if (root == 12 && w.equals("until")) {
        // "will not end the strike until the government raises pay", "will not lift the embargo
        // until X holds elections": a refusal kept until another acts is aimed at that actor.
        MentionRef awaited = mentionAfterDeterminers(i + 1, end);
        if (awaited != null) {
          return List.of(awaited);
        }
      }
      if (w.equals("that") || DocView.CONJUNCTIONS.contains(w) && !w.equals("as")) {
        break; // "will not accept refugees if war starts in X": another clause's place
      }
    }
    if (root == 1 || root == 4 || root == 5 || root == 11 || root == 12) {
      return List.of();
    }
    List<MentionRef> place = clause.objects(m.end(), to, true, true, false);
    return place;
  }

  /** Prepositions that name what a complaint is about after its addressee. */
  private static final Set<String> ABOUT = Set.of("over", "about", "against", "regarding");

  /** How many words (a date, "formally") may stand between the addressee and "over". */
  private static final int MAX_ADDRESSEE_GAP = 4;

  /**
   * The author of the act a complaint is about when the object after the predicate is only its
   * addressee: "complained to the United Nations on Tuesday over two Kestrian air raids", "lodged a
   * protest with the Security Council about Valdoria's shelling" disapprove of Kestria and
   * Valdoria, not of the body they turned to (issue 8, session 15). The author is the actor that
   * modifies or owns the act noun after "over"/"about", or its "by" agent; null when there is no
   * such act or no such author.
   */
  private @Nullable MentionRef complainedOf(MentionRef addressee, int to) {
    int before = addressee.first() - 1;
    while (before > 0 && (v.tags[before].equals("DT") || v.words[before].equals("the"))) {
      before--;
    }
    if (before < 0 || !(v.words[before].equals("to") || v.words[before].equals("with"))) {
      return null;
    }
    int end = Math.min(to, addressee.last() + 1 + MAX_ADDRESSEE_GAP);
    for (int i = addressee.last() + 1; i < end; i++) {
      String w = v.words[i];
      if (ClauseReader.isClauseBoundary(w) || w.equals(",") || v.mentionAt[i] != null) {
        return null;
      }
      if (ABOUT.contains(w)) {
        int noun = acts.actNoun(i + 1, to);
        if (noun < 0) {
          return null;
        }
        for (int k = i + 1; k < noun; k++) {
          if (v.mentionAt[k] != null && !v.mentionAt[k].actorId().equals(addressee.actorId())) {
            return v.mentionAt[k];
          }
        }
        return acts.byAgent(noun, to);
      }
    }
    return null;
  }

  private @Nullable MentionRef mentionAfterDeterminers(int i, int end) {
    while (i < end && (v.tags[i].equals("DT") || v.words[i].equals("the"))) {
      i++;
    }
    return i < end ? v.mentionAt[i] : null;
  }

  /**
   * Verbs whose plural subject does the act to itself: "Indian and Chinese soldiers fought", "rival
   * militias clashed". Each side is the other's target, as for talks.
   */
  private static final Set<String> RECIPROCAL = reciprocalForms();

  private static Set<String> reciprocalForms() {
    Set<String> out = new HashSet<>();
    for (String lemma : List.of("fight", "clash", "battle", "skirmish", "scuffle", "brawl")) {
      out.addAll(Inflector.verbForms(lemma));
    }
    return Set.copyOf(out);
  }

  /**
   * The act noun heading the object phrase after {@code after}; see {@link ActReferences#actNoun}.
   */
  int actNoun(int after, int stop) {
    return acts.actNoun(after, stop);
  }

  /**
   * Whether the verb predicate {@code m} is reciprocal and {@code sources} are sides of more than
   * one country, so that "X and Y fought" is X against Y and Y against X when no object follows.
   */
  boolean reciprocal(Match m, List<String> sources) {
    if (m.pattern().nominal() || sources.size() < 2 || !RECIPROCAL.contains(v.words[m.start()])) {
      return false;
    }
    for (String s : sources) {
      if (!sides.sameCountry(s, sources.get(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "refused to withdraw Russian troops from Ukraine": an object on the source's own side is what
   * moves, not the target; the actor after "from", "out of", "into", or "against", "to", "toward"
   * it is moved at, is. Other own-side objects stay ("Kenyan police arrested Kenyan students").
   */
  /** Prepositions after an own-side object that name where it moves from. */
  private static final Set<String> AWAY = Set.of("from", "of", "into");

  /**
   * Prepositions after an own-side force that name whom it is moved or turned against, for shows of
   * force (root 15: "mobilized its troops for a war against X", "moved the army to X"; issue 8,
   * h-force). Not for other codes: "freed a Turkish employee accused of a plot against Erdogan".
   */
  private static final Set<String> TOWARD = Set.of("against", "to", "toward", "towards");

  private List<MentionRef> awayFromOwnSide(
      List<String> sources, List<MentionRef> targets, int to, String code) {
    if (targets.isEmpty() || sources.isEmpty()) {
      return targets;
    }
    for (String t : sides.expand(targets)) {
      for (String s : sources) {
        if (!sides.sameCountry(s, t)) {
          return targets;
        }
      }
    }
    MentionRef last = targets.get(targets.size() - 1);
    List<MentionRef> next = clause.objects(last.last() + 1, to, true);
    if (next.isEmpty()) {
      return targets;
    }
    String before = v.words[Math.max(0, next.get(0).first() - 1)];
    boolean posture = Character.isDigit(code.charAt(0)) && CodeCombiner.root(code) == 15;
    return AWAY.contains(before) || (posture && TOWARD.contains(before)) ? next : targets;
  }

  /**
   * Whether a place after "in", "near" ... is the target: where aid is given, restrictions eased, a
   * protest held, forces moved, people detained or a town struck, that country is acted on. Not for
   * talks, statements or praise ("met X in Geneva").
   */
  private static boolean placeIsTarget(String code) {
    if (code.length() < 2 || !Character.isDigit(code.charAt(0))) {
      return false;
    }
    int root = CodeCombiner.root(code);
    return root == 7 || root == 8 || root == 14 || root == 15 || root >= 17;
  }

  private List<MentionRef> slotMentions(Match m) {
    for (int i = m.slotStart(); i < m.slotEnd(); i++) {
      if (v.mentionAt[i] != null) {
        return clause.conjuncts(v.mentionAt[i], m.slotEnd()); // "urged X and Y to"
      }
    }
    return List.of();
  }
}
