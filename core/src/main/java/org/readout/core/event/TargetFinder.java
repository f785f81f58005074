package org.readout.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.PatternMatcher.Match;
import org.readout.core.event.SentenceCoder.Raw;
import org.readout.core.model.Actor;

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
 *   <li>a crowd that a state represses at home is that country's ({@link #crowdOf});
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
  static final int MAX_ANSWER_AGE = 3;

  /** Which roots an act noun may refer to: arms, coercion, shows of force, or any act. */
  private static final int[] FORCE = {18, 20};

  private static final int[] COERCION = {16, 20};
  private static final int[] POSTURE = {13, 20};
  private static final int[] ANY = {1, 20};

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
          Map.entry("raids", FORCE));

  private static final Set<String> DETERMINERS =
      Set.of("the", "this", "that", "these", "those", "its", "their");

  /** Verbs of naming in "what it called a terrorist attack", "what they described as". */
  private static final Set<String> NAMING_VERBS =
      Set.of("called", "calls", "termed", "terms", "described", "describes", "labelled", "labeled");

  private final DocView v;
  private final ClauseReader clause;
  private final ActorSides sides;
  private final ObjectReader objects;
  private final Complements complements;
  private final DocumentTargets document;

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
    int noun = actNoun(m.end(), to);
    if ((root == 11 || root == 12) && noun >= 0) {
      boolean modifier = !targets.isEmpty() && targets.get(0).first() < noun;
      if (!modifier) {
        // "condemned the strikes (on Y) (as a violation of Z's sovereignty)": the act's agent.
        MentionRef agent = byAgent(noun, to);
        if (agent != null && !characterizes(noun, agent.first())) {
          return new Choice(List.of(agent), List.of());
        }
        String answered = single ? respondedTo(sources.get(0), noun, earlier) : null;
        if (answered != null) {
          return new Choice(List.of(), List.of(answered));
        }
        if (!targets.isEmpty() && characterizes(noun, targets.get(0).first())) {
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
      String home = crowdOf(sources.get(0), root, m.start() + 1, to);
      if (home != null) {
        return new Choice(List.of(), List.of(home));
      }
    }
    if (targets.isEmpty() && single && noun >= 0) {
      String answered = respondedTo(sources.get(0), noun, earlier);
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
   * withdraws"), else the place where the act is done ("agreed to set up a research centre in
   * Tokyo", "threatened to resume attacks in Israel", "suspended aid deliveries in Baghdad"). A
   * place is not the target of statements, talks, praise, criticism or rejection (roots 01, 04, 05,
   * 11, 12): "praised the ministers in a speech in Paris", "criticized the plan in Kestria".
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
   * The agent after "by" (past determiners) within the object phrase after the act noun at {@code
   * noun}: "the strikes by the United States"; null when another clause or a comma comes first.
   */
  private @Nullable MentionRef byAgent(int noun, int stop) {
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

  /**
   * Nouns for a gathering of a country's own people that the actor stage does not mark: "to break
   * up the crowd", "banned all demonstrations", "fired on the marchers".
   */
  private static final Set<String> CROWD_NOUNS =
      Set.of(
          "crowd",
          "crowds",
          "demonstration",
          "demonstrations",
          "rally",
          "rallies",
          "protest",
          "protests",
          "march",
          "marches",
          "marchers",
          "gathering",
          "gatherings",
          "mob",
          "villagers",
          "residents",
          "worshippers",
          "mourners",
          "strikers");

  /**
   * The country actor of the state agent {@code source} when the object of its act of repression or
   * force (roots 17–20; police, courts, a government, not an army abroad) is a crowd of people the
   * actor stage left unmarked: "police used pepper spray to break up the crowd" is done to that
   * country's civilians. Null when the article names no such country actor.
   */
  private @Nullable String crowdOf(String source, int root, int after, int stop) {
    if (!sides.isDomesticState(source, root == 17)) {
      return null;
    }
    int end = Math.min(stop, after + ClauseReader.MAX_OBJECT_DISTANCE);
    for (int i = after; i < end; i++) {
      String w = v.words[i];
      if (ClauseReader.isClauseBoundary(w) || w.equals(",") || v.mentionAt[i] != null) {
        return null;
      }
      if (CROWD_NOUNS.contains(w) && v.tags[i].startsWith("NN")) {
        return sides.homeCountry(source);
      }
    }
    return null;
  }

  /** Whether "as" stands between the act noun and token {@code i}: "X as a violation of Y". */
  private boolean characterizes(int noun, int i) {
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
