package org.readout.core.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.ClauseReader.Subject;
import org.readout.core.event.ClauseReader.SubjectKind;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.PatternMatcher.Match;
import org.readout.core.event.PredicateReader.Modality;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;

/**
 * Codes the events of one article sentence by sentence. Not thread-safe: one instance per {@code
 * apply}, because it remembers the last pair of actors that acted together ("the two leaders" in
 * the next sentence refers to them).
 */
final class SentenceCoder {
  /**
   * An event before dates and deduplication; {@code predicate} is the offset the governing date is
   * sought near.
   */
  record Raw(
      String source,
      @Nullable String target,
      String code,
      Span span,
      int predicate,
      double confidence) {}

  private static final int MAX_GOVERNED_DISTANCE = 12;

  /**
   * How many sentences after it was last named a pair may still be the subject "they" or "the two
   * leaders".
   */
  private static final int MAX_PAIR_AGE = 4;

  private final DocView v;
  private final ClauseReader clause;
  private final ObjectReader objects;
  private final NounEvents nouns;
  private final TargetFinder finder;
  private final PredicateReader predicates;
  private final Complements complements;

  /**
   * The events of the sentences before the current one, most recent first (at most {@link
   * TargetFinder#MAX_ANSWER_AGE}): what "criticized the decision" may answer.
   */
  private final ArrayDeque<List<Raw>> previousSentences = new ArrayDeque<>();

  private List<Raw> currentSentence = List.of();
  private final ActorSides sides;
  private final ReportedSpeech reported;
  private final PatternMatcher matcher;
  private final List<Quote> quotes;
  private List<String> lastPair = List.of();

  /**
   * Sentences coded since {@link #lastPair} was last set: "they" several paragraphs on means
   * someone else.
   */
  private int pairAge;

  private @Nullable Match previous;
  private Modality previousModality = Modality.PLAIN;

  /** The parser's reading of a predicate's arguments, asked only where the shallow one has none. */
  private final ParsedArguments parsed;

  SentenceCoder(DocView v, PatternMatcher matcher) {
    this(v, matcher, null);
  }

  SentenceCoder(DocView v, PatternMatcher matcher, ArgumentParser.@Nullable Session parse) {
    this.v = v;
    this.parsed = new ParsedArguments(v, parse);
    this.clause = new ClauseReader(v);
    this.objects = new ObjectReader(v);
    this.nouns = new NounEvents(v, clause);
    this.predicates = new PredicateReader(v, clause);
    this.complements = new Complements(v);
    this.sides = new ActorSides(v);
    this.reported = new ReportedSpeech(v, sides);
    this.finder = new TargetFinder(v, clause, sides, objects, complements);
    this.matcher = matcher;
    List<Quote> q = new ArrayList<>();
    for (Quote quote : v.doc.quotes()) {
      if (quote.kind() != QuoteKind.INDIRECT) {
        q.add(quote);
      }
    }
    q.sort((a, b) -> a.span().compareTo(b.span()));
    this.quotes = q;
  }

  List<Raw> code(Sentence s) {
    if (!currentSentence.isEmpty() || !previousSentences.isEmpty()) {
      previousSentences.addFirst(currentSentence);
      while (previousSentences.size() > TargetFinder.MAX_ANSWER_AGE) {
        previousSentences.removeLast();
      }
    }
    int from = s.firstToken();
    int to = Math.min(s.endToken(), v.tokens.size());
    if (predicates.isQuestion(from, to)) {
      // "Will Moscow strike back?": a question asserts no act.
      currentSentence = List.of();
      return currentSentence;
    }
    List<Raw> out = new ArrayList<>(reported.apply(codeSentence(s), from, to));
    out.addAll(reported.demands(from, to));
    out.addAll(reported.denials(from, to, out));
    currentSentence = out;
    return currentSentence;
  }

  private List<Raw> codeSentence(Sentence s) {
    pairAge++;
    parsed.sentence(s);
    int from = s.firstToken();
    int to = Math.min(s.endToken(), v.tokens.size());
    List<Match> matches = matcher.find(v, from, to);
    previous = null;
    List<Raw> out = new ArrayList<>();
    Match governor = null;
    boolean governed = false;
    int lastGovernedEnd = from;
    for (int k = 0; k < matches.size(); k++) {
      Match m = matches.get(k);
      if (governor != null
          && (m.start() - governor.end() > MAX_GOVERNED_DISTANCE
              || boundaryBetween(governor.end(), m.start())
              || (governed && mentionBetween(lastGovernedEnd, m.start())))) {
        // A new actor between two predicates opens a new clause: "..., and the Indian leader
        // invited ...".
        finishGovernor(governor, governed, from, to, out);
        governor = null;
      }
      if (m.pattern().role().governs()) {
        if (governor != null) {
          finishGovernor(governor, governed, from, to, out);
        }
        governor = m;
        governed = false;
        continue;
      }
      if (governor != null && m.pattern().nominal() && verbBetween(governor.end(), m.start())) {
        // "wanted to increase its leverage before the summit": the noun belongs to another verb,
        // not the governor.
        continue;
      }
      if (governor != null
          && governor.pattern().role() == Role.GERUND
          && !complements.gerundRightAfter(governor.end(), m.start())) {
        // "denied that X had shelled Y": the clause is reported speech (ReportedSpeech), not a
        // denied gerund.
        finishGovernor(governor, governed, from, to, out);
        governor = null;
      }
      if (governor != null && complements.conditionBetween(governor.end(), m.start())) {
        // "warned that X would face a response if it attacked": the attack is the condition of
        // what is warned of, not the act governed (and, conditional, no event of its own).
        continue;
      }
      if (governor != null && governed && complements.relativeOn(lastGovernedEnd, m.start())) {
        // "threatened to impose sanctions that would destroy its economy": the relative clause
        // describes the governed act; its verb is no act of its own.
        continue;
      }
      if (governor != null) {
        governed = true;
        lastGovernedEnd = m.end();
        String code =
            CodeCombiner.combine(
                governor.pattern().role(), governor.pattern().code(), m.pattern().code());
        if (code != null && predicates.isNegated(m.start(), m.start(), governor.end())) {
          // "warned that police will no longer tolerate rallies": a refusal under the governor.
          code =
              predicates.refuses(m.pattern().code(), m.start(), governor.end())
                  ? CodeCombiner.combine(
                      governor.pattern().role(),
                      governor.pattern().code(),
                      CodeCombiner.refusal(m.pattern().code()))
                  : null;
        }
        if (code != null) {
          emit(governor, m, code, from, to, out);
        }
      } else {
        emit(null, m, m.pattern().code(), from, to, out);
      }
    }
    if (governor != null) {
      finishGovernor(governor, governed, from, to, out);
    }
    return out;
  }

  private void finishGovernor(Match g, boolean governed, int from, int to, List<Raw> out) {
    // A plan or wish to do something the dictionary does not know ("wish to respond") is not an
    // event of its own; an agreement, pledge or offer to do it is (030).
    Role role = g.pattern().role();
    if (!governed && role != Role.NEGATE && role != Role.PLAN && role != Role.GERUND) {
      emit(null, g, g.pattern().code(), from, to, out);
    }
  }

  /**
   * Whether a new subject (an actor after "and", a comma or a conjunction, not an object) stands in
   * {@code [a, b)}.
   */
  private boolean mentionBetween(int a, int b) {
    for (int i = a; i < b; i++) {
      DocView.MentionRef m = v.mentionAt[i];
      if (m == null) {
        continue;
      }
      int j = m.first() - 1;
      while (j >= a && v.tags[j].equals("DT")) {
        j--;
      }
      if (j >= 0
          && (v.words[j].equals("and")
              || v.words[j].equals(",")
              || DocView.CONJUNCTIONS.contains(v.words[j]))) {
        return true;
      }
      i = m.last();
    }
    return false;
  }

  private boolean verbBetween(int a, int b) {
    for (int i = a; i < b; i++) {
      if (v.tags[i].startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  private boolean boundaryBetween(int a, int b) {
    for (int i = a; i < b; i++) {
      if (PatternMatcher.isBoundary(v.words[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves source and target of {@code m} (governed by {@code g} when not null) and adds the
   * events.
   */
  private void emit(@Nullable Match g, Match m, String code, int from, int to, List<Raw> out) {
    if (g == null && m.pattern().role() == Role.CONSEQUENCE) {
      return; // "civilians paid a heavy price": a fate, threatened only under a governor
    }
    Match head = g != null ? g : m;
    boolean refused = false;
    if (predicates.isNegated(head.start(), head.end(), from)) {
      // "will not accept refugees": a future refusal is a rejection (12); other negations no event.
      if (g != null || !predicates.refuses(code, head.start(), from)) {
        return;
      }
      refused = true;
      code = CodeCombiner.refusal(code);
    }
    if (predicates.isConditional(head.start(), from)
        || predicates.isHedged(head.start(), from)
        || (g != null && predicates.isHedged(m.start(), g.start()))) {
      return;
    }
    if (addressesOwnPeople(head)) {
      return;
    }
    Quote quote = quoteAt(v.tokens.get(head.start()).span().start());
    // "will begin a military operation against X": the modal of the light verb that carries an
    // armed act (roots 15-20) is the act's, a threat; talks and aid keep their own reading.
    int light =
        g == null && m.pattern().nominal() && CodeCombiner.root(code) >= 15
            ? nouns.lightVerb(m.start(), from)
            : -1;
    Modality modality = predicates.modality(light >= 0 ? light : head.start(), from);
    if (modality == Modality.PLAIN
        && previous != null
        && predicates.coordinated(previous.end(), head.start())
        && !predicates.isFinite(head.start())) {
      // "should deepen cooperation and firmly support each other": the modal governs both verbs;
      // a finite verb after the "and" ("could lose support and thanked ...") is not under it.
      modality = previousModality;
    }
    previous = head;
    previousModality = modality;
    boolean threat =
        !refused
            && (modality == Modality.FUTURE || modality == Modality.POSSIBLE)
            && predicates.threatensOnCondition(code, m.end(), to);
    if (!threat
        && (modality == Modality.POSSIBLE || (modality == Modality.OBLIGATION && quote == null))) {
      return;
    }
    String finalCode =
        threat
            ? CodeCombiner.threatOf(code)
            : modality == Modality.PLAIN ? code : CodeCombiner.intent(code);
    boolean passive = g == null && !m.pattern().nominal() && predicates.isPassive(m.start(), from);
    if (!passive && !m.pattern().nominal() && predicates.isParticipleModifier(head.start(), from)) {
      return;
    }
    List<MentionRef> targets = finder.direct(g, m, to, finalCode);
    boolean eachOther = clause.eachOtherAfter(m.end(), to);
    EventConfidence how =
        EventConfidence.found(g != null, m.pattern().nominal(), modality, quote != null)
            .inEmbeddedClause(predicates.isEmbedded(head.start(), from));
    List<String> sources;
    List<MentionRef> sourceMentions = new ArrayList<>();
    if (m.pattern().nominal() && g == null) {
      if (nouns.undoneAfter(m.end(), to)) {
        return; // "talks between X and Y could resume if ...": the noun's own verb is not a fact
      }
      List<MentionRef> pair = nouns.participants(m.end(), to);
      if (!pair.isEmpty() && !finalCode.startsWith("045")) {
        addAll(
            out, sides.expand(pair), List.of(), finalCode, m, pair, how.resolved(pair, pair), true);
        return;
      }
      if (!pair.isEmpty()) {
        targets = pair; // "mediation between X and Y": the mediator acts on both
      }
      MentionRef src = nouns.source(m.start(), m.end(), from, to);
      if (quote == null && (src == null || targets.isEmpty())) {
        // The parse, where the shallow reader found no possessor, agent or object.
        src = src != null ? src : first(parsed.agents(m));
        targets = !targets.isEmpty() ? targets : parsed.patients(m);
      }
      if (src == null || quote != null || targets.isEmpty()) {
        // A bare "the talks" names an event already coded elsewhere, or none: only a dyad makes it
        // one.
        return;
      }
      sourceMentions.add(src);
      sources = sides.expand(List.of(src));
      if (isMutualCode(finalCode) && targets.size() == 1) {
        // "X's talks with Y": a consultation goes both ways.
        List<MentionRef> both = List.of(src, targets.get(0));
        addAll(
            out, sides.expand(both), List.of(), finalCode, m, both, how.resolved(both, both), true);
        return;
      }
    } else if (passive) {
      MentionRef agent = clause.agent(m.end(), to);
      if (agent == null) {
        // "was arrested in Kestria": an arrest, expulsion or ban without an agent is the act of
        // the state where it happened, as CAMEO coders read it (ClauseReader.agentlessPlace).
        agent = clause.agentlessPlace(CodeCombiner.root(finalCode), m.end(), to);
      }
      agent = agent != null || quote != null ? agent : first(parsed.agents(m));
      Subject patient = clause.patient(m.start(), from);
      List<MentionRef> patients =
          patient.kind() == SubjectKind.MENTIONS
              ? patient.mentions()
              : quote != null ? List.of() : parsed.patients(m);
      if (agent == null || patients.isEmpty() || quote != null) {
        return;
      }
      sourceMentions.add(agent);
      sources = sides.expand(List.of(agent));
      targets = patients;
    } else {
      Subject subj = clause.subject(head.start(), from);
      if (quote != null) {
        sources = sides.committedSpeaker(quote, subj, lastPair);
        if (sources.isEmpty()) {
          return;
        }
        if (targets.isEmpty() && (eachOther || subj.kind() != SubjectKind.FIRST_PERSON)) {
          targets = List.of();
          List<String> others = sides.othersOf(quote.speaker(), subj, lastPair);
          addAll(
              out,
              sources,
              others,
              finalCode,
              m,
              List.of(),
              how.withSource(EventConfidence.Resolution.CONTEXT)
                  .withTarget(EventConfidence.Resolution.FALLBACK),
              false);
          return;
        }
        how = how.withSource(EventConfidence.Resolution.CONTEXT); // the speaker who commits
      } else if (subj.kind() == SubjectKind.MENTIONS) {
        sourceMentions.addAll(subj.mentions());
        sources = sides.expand(subj.mentions());
        int bomb =
            CodeCombiner.root(finalCode) >= 18 ? clause.explosiveSubject(head.start(), from) : -1;
        if (bomb >= 0) {
          // "A roadside bombing near X killed ...": the place read as the subject is the source,
          // and the act a bombing.
          finalCode = bombingCode(bomb);
        }
      } else if (subj.kind() == SubjectKind.PAIR
          && lastPair.size() == 2
          && pairAge <= MAX_PAIR_AGE) {
        sources = lastPair;
        how = how.withSource(EventConfidence.Resolution.CONTEXT);
      } else if (subj.kind() == SubjectKind.NONE && !parsed.agents(m).isEmpty()) {
        // No subject in reach of the shallow reader ("X, which ..., on Monday shelled"): the parse.
        sourceMentions.addAll(parsed.agents(m));
        sources = sides.expand(sourceMentions);
      } else if (subj.kind() == SubjectKind.NONE && CodeCombiner.root(finalCode) >= 18) {
        // "A car bomb near Mosul killed three soldiers": a bombing, whose source is the country
        // where it happened, as for "were killed by a roadside bomb in X" (session 15).
        int noun = clause.explosiveSubject(head.start(), from);
        MentionRef place = noun >= 0 ? bombingPlace(noun, head.start(), to) : null;
        if (place == null) {
          return;
        }
        finalCode = bombingCode(noun);
        sourceMentions.add(place);
        sources = sides.expand(List.of(place));
        how = how.withSource(EventConfidence.Resolution.FALLBACK);
      } else {
        return;
      }
    }
    List<List<Raw>> earlier = new ArrayList<>();
    earlier.add(out);
    earlier.addAll(previousSentences);
    TargetFinder.Choice choice =
        finder.refine(sources, targets, g, m, to, finalCode, quote == null, earlier);
    if (choice.mentions().isEmpty() && choice.context().isEmpty() && quote == null) {
      // The parse's object or prepositional object, where the shallow reader found none.
      List<MentionRef> patients = awayFromSources(sources, parsed.patients(m, sources));
      choice = patients.isEmpty() ? choice : new TargetFinder.Choice(patients, List.of());
    }
    targets = choice.mentions();
    if (!armed(sources)) {
      // Rioters clash with police; militants who storm a police post attack it.
      finalCode = objects.clashWithPolice(finalCode, targets);
    }
    boolean mutual =
        m.pattern().role() == Role.MUTUAL
            || eachOther
            || (isMutualCode(finalCode) && !m.pattern().nominal())
            || finder.reciprocal(m, sources);
    List<String> targetIds = !choice.context().isEmpty() ? choice.context() : sides.expand(targets);
    how = !choice.context().isEmpty() ? how.withTarget(EventConfidence.Resolution.CONTEXT) : how;
    if (targetIds.isEmpty() && sources.size() == 1 && quote == null && isMutualCode(finalCode)) {
      // "X held talks with Y and agreed to restore flights": the second predicate of the
      // sentence shares the first one's partner.
      String partner = partnerInSentence(sources.get(0), out);
      if (partner != null) {
        List<String> both = List.of(sources.get(0), partner);
        addAll(
            out,
            both,
            List.of(),
            finalCode,
            m,
            sourceMentions,
            how.resolved(sourceMentions, sourceMentions)
                .withTarget(EventConfidence.Resolution.CONTEXT),
            true);
        return;
      }
    }
    if (targetIds.isEmpty() && sources.size() == 1 && CodeCombiner.root(finalCode) == 14) {
      // A protest without a named target is directed at the protesters' own country's state.
      String home = sides.homeCountry(sources.get(0));
      targetIds = home != null ? List.of(home) : targetIds;
      how = home != null ? how.withTarget(EventConfidence.Resolution.FALLBACK) : how;
    }
    if (targetIds.isEmpty() && sources.size() >= 2 && mutual) {
      addAll(
          out,
          sources,
          List.of(),
          finalCode,
          m,
          sourceMentions,
          how.resolved(sourceMentions, sourceMentions),
          true);
      return;
    }
    List<MentionRef> evidence = new ArrayList<>(sourceMentions);
    evidence.addAll(targets);
    how = targetIds.isEmpty() ? how.withTarget(EventConfidence.Resolution.NONE) : how;
    addAll(
        out,
        sources,
        targetIds,
        finalCode,
        m,
        evidence,
        how.resolved(sourceMentions, targets),
        false);
    if (targetIds.size() == 1 && sources.size() == 1 && isMutualCode(finalCode)) {
      lastPair = List.of(sources.get(0), targetIds.get(0));
      pairAge = 0;
    }
  }

  /** Prepositions before the place where a bomb went off. */
  private static final Set<String> BOMB_PLACE = Set.of("in", "near", "outside", "at");

  /**
   * The place named after the bomb noun at {@code noun} ("A car bomb near Mosul killed") or after
   * the act at {@code head}, beyond its victims ("killed three soldiers in Mosul"), within its
   * clause; null when none.
   */
  private @Nullable MentionRef bombingPlace(int noun, int head, int to) {
    MentionRef before = clause.agentlessPlace(18, noun + 1, head);
    if (before != null) {
      return before;
    }
    int end = Math.min(to, head + 12);
    for (int i = head + 1; i + 1 < end; i++) {
      if (ClauseReader.isClauseBoundary(v.words[i]) || v.words[i].equals(",")) {
        return null;
      }
      if (BOMB_PLACE.contains(v.words[i])) {
        int j = i + 1;
        while (j < end && (v.words[j].equals("of") || v.tags[j].equals("DT"))) {
          j++;
        }
        if (j < end && v.mentionAt[j] != null) {
          return v.mentionAt[j];
        }
      }
    }
    return null;
  }

  /** The bombing code the bomb's modifiers name: roadside (1833), car or truck (1832), else 183. */
  private String bombingCode(int noun) {
    for (int i = Math.max(0, noun - 2); i < noun; i++) {
      String w = v.words[i].toLowerCase(java.util.Locale.ROOT);
      if (w.equals("roadside")) {
        return "1833";
      }
      if (w.equals("car") || w.equals("truck")) {
        return "1832";
      }
      if (w.equals("suicide")) {
        return "1831";
      }
    }
    return "183";
  }

  private static @Nullable MentionRef first(List<MentionRef> refs) {
    return refs.isEmpty() ? null : refs.get(0);
  }

  /** The parsed patients that are not the source itself (a parse error, or "each other"). */
  private static List<MentionRef> awayFromSources(List<String> sources, List<MentionRef> refs) {
    List<MentionRef> out = new ArrayList<>();
    for (MentionRef r : refs) {
      if (!sources.contains(r.actorId())) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Whether one of the sources is an armed group, insurgents or a state's forces (not protesters,
   * civilians or the opposition, who riot).
   */
  private boolean armed(List<String> sources) {
    for (String id : sources) {
      org.readout.core.model.Actor a = v.doc.actor(id);
      String code = a == null ? null : a.code();
      if (code != null
          && (code.startsWith("IMG")
              || code.endsWith("MIL")
              || code.endsWith("REB")
              || code.endsWith("INS"))) {
        return true;
      }
    }
    return false;
  }

  /** The one partner {@code source} already acted with in this sentence's cooperation, or null. */
  private static @Nullable String partnerInSentence(String source, List<Raw> sentence) {
    String found = null;
    for (Raw r : sentence) {
      int root = CodeCombiner.root(r.code());
      if (r.source().equals(source) && r.target() != null && root >= 3 && root <= 6) {
        if (found != null && !found.equals(r.target())) {
          return null;
        }
        found = r.target();
      }
    }
    return found;
  }

  /**
   * "We have asked our teams to ...", "I told my ministers to ...": an appeal or demand addressed
   * to the speaker's own staff is an internal instruction, not an event between actors.
   */
  private boolean addressesOwnPeople(Match head) {
    Role role = head.pattern().role();
    if ((role != Role.APPEAL && role != Role.DEMAND) || head.slotStart() < 0) {
      return false;
    }
    String first = v.words[head.slotStart()];
    return first.equals("our") || first.equals("my");
  }

  /** Sources and targets as events; with {@code pairs}, every ordered pair of distinct sources. */
  private void addAll(
      List<Raw> out,
      List<String> sources,
      List<String> targets,
      String code,
      Match m,
      List<MentionRef> evidence,
      EventConfidence how,
      boolean pairs) {
    Span span = evidenceSpan(m, evidence);
    double confidence = how.near(m.start(), Math.max(m.start(), m.end() - 1), evidence).value();
    int predicate = v.tokens.get(m.start()).span().start();
    if (pairs) {
      for (String a : sources) {
        for (String b : sources) {
          if (!a.equals(b)) {
            out.add(new Raw(a, b, code, span, predicate, confidence));
          }
        }
      }
      if (sources.size() >= 2) {
        lastPair = List.of(sources.get(0), sources.get(1));
        pairAge = 0;
      }
      return;
    }
    String plain = code;
    for (String a : sources) {
      code = sides.irregular(a) && plain.equals("190") ? "180" : plain;
      String act = code;
      if (CodeCombiner.root(code) != 14
          && targets.stream().allMatch(b -> b.equals(a) || sides.ownCountry(a, b, act))) {
        // A place read as its own government ("extended the curfew in the capital") is no second
        // side: the act stays, without a target.
        out.add(new Raw(a, null, code, span, predicate, confidence));
      }
      for (String b : targets) {
        // People protest against their own state: "Kenyans marched ..." is KEN -> KEN.
        boolean protest = CodeCombiner.root(code) == 14;
        if ((!a.equals(b) || protest) && (protest || !sides.ownCountry(a, b, code))) {
          out.add(new Raw(a, b, code, span, predicate, confidence));
          String back = converse(code);
          if (back != null) {
            out.add(new Raw(b, a, back, span, predicate, confidence));
          }
        }
      }
    }
  }

  private Span evidenceSpan(Match m, List<MentionRef> evidence) {
    int first = m.start();
    int last = m.end() - 1;
    for (MentionRef r : evidence) {
      first = Math.min(first, r.first());
      last = Math.max(last, r.last());
    }
    return v.span(first, last);
  }

  /**
   * The event the target takes part in by the same act: consulting, meeting and negotiating are
   * reciprocal (CAMEO coders code both directions), a visit is hosted and a host is visited. Null
   * for one-sided acts.
   */
  static @Nullable String converse(String code) {
    return switch (code) {
      case "040", "041", "044", "046" -> code;
      case "042" -> "043";
      case "043" -> "042";
      default -> null;
    };
  }

  private static boolean isMutualCode(String code) {
    int r = CodeCombiner.root(code);
    return r == 3
        || (r == 4 && !code.startsWith("042") && !code.startsWith("043"))
        || r == 6
        || code.equals("057");
  }

  private @Nullable Quote quoteAt(int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    Quote best = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quote q = quotes.get(mid);
      if (q.span().start() <= offset) {
        best = q;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (best != null && best.span().contains(offset)) {
      return best;
    }
    // Nested or overlapping quotes are rare; look back a few for one that still covers the offset.
    int i = lo - 2;
    for (int n = 0; i >= 0 && n < 4; i--, n++) {
      if (quotes.get(i).span().contains(offset)) {
        return quotes.get(i);
      }
    }
    return null;
  }
}
