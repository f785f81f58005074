package org.readout.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.model.Actor;

/**
 * Shallow syntax over one sentence's tokens: the subject left of a predicate, the object after it,
 * negation, modality, conditionals and passive voice. No parser: a few token tests per step, each
 * scan bounded.
 *
 * <p>Design decision: a dependency parse would find subjects more reliably but costs about half a
 * second per article here (issue 5); news sentences that carry events are mostly "SUBJECT (modal)
 * VERB OBJECT", which these scans read correctly, and the patterns already pin the verb.
 */
final class ClauseReader {
  /** What stands in subject position. */
  enum SubjectKind {
    MENTIONS,
    FIRST_PERSON,
    PAIR,
    NONE
  }

  /**
   * The subject of a predicate.
   *
   * @param kind what was found
   * @param mentions the subject mentions (several for "X and Y"), empty unless {@code kind} is
   *     MENTIONS
   */
  record Subject(SubjectKind kind, List<MentionRef> mentions) {}

  private static final int MAX_SUBJECT_DISTANCE = 25;
  static final int MAX_OBJECT_DISTANCE = 15;
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "but",
          "while",
          "whereas",
          "although",
          "though",
          "which",
          "who",
          "whom",
          "whose",
          "because",
          "since");
  static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets");
  private static final Set<String> SUBORDINATORS =
      Set.of("as", "when", "once", "until", "so", "while", "because", "although", "though");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
  static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
          "will", "shall");
  static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /** Third-person pronouns that, right after a verb of saying, stand for the speaker. */
  private static final Set<String> REPORTED_PRONOUNS = Set.of("it", "they", "he", "she");

  /**
   * Prepositions before a place, whose actor ("in Tokyo") is where something happened, not its
   * target.
   */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "inside",
          "outside",
          "during",
          "throughout",
          "around",
          "across",
          "within");

  /** Prepositions before what talks are about. */
  private static final Set<String> TOPICAL =
      Set.of("on", "about", "over", "regarding", "concerning");

  private static final Set<String> PAIR_NOUNS =
      Set.of(
          "leaders",
          "countries",
          "sides",
          "nations",
          "presidents",
          "governments",
          "states",
          "heads",
          "parties",
          "neighbors",
          "neighbours",
          "allies",
          "capitals");

  private final DocView v;
  private final ReportingContinuation continuation;
  private final RelativeClauses relatives;

  ClauseReader(DocView v) {
    this.v = v;
    this.continuation = new ReportingContinuation(v);
    this.relatives = new RelativeClauses(v);
  }

  /** How many tokens a parenthesis inside a subject may span. */
  private static final int MAX_PARENTHESIS = 8;

  /** Nouns of quantity or membership whose "of" phrase names the subject. */
  private static final Set<String> PARTITIVE_HEADS =
      Set.of(
          "thousands",
          "hundreds",
          "dozens",
          "tens",
          "millions",
          "scores",
          "members",
          "member",
          "group",
          "groups",
          "some",
          "many",
          "most",
          "several",
          "all",
          "majority",
          "delegation",
          "contingent",
          "supporters",
          "leaders",
          "representatives",
          "units",
          "third",
          "half",
          "one",
          "two",
          "three",
          "crowds",
          "crowd",
          "band",
          "hundred",
          "thousand");

  static boolean isClauseBoundary(String word) {
    return PatternMatcher.isBoundary(word) || CLAUSE_WORDS.contains(word);
  }

  /** The first token of the clause holding token {@code i}, at or after {@code from}. */
  int clauseStart(int i, int from) {
    int k = i - 1;
    // A relative pronoun (tagged WDT: "states that backed the tariffs") opens a clause whose
    // subject is the noun before it, which is not an actor mention here; "said that ..." (tagged
    // IN) does not.
    while (k >= from && !v.tags[k].equals("WDT")) {
      if (v.words[k].equals(")")) {
        // A parenthesis inside the subject ("Hizbollah (Party of God) group declared", "the
        // Libyan National Army (LNA) agreed") is stepped over, not a clause boundary.
        int open = openingParenthesis(k, from);
        if (open < 0) {
          break;
        }
        k = open - 1;
        continue;
      }
      if (isClauseBoundary(v.words[k])) {
        break;
      }
      k--;
    }
    return k + 1;
  }

  /** The "(" that the ")" at {@code close} closes, within a few tokens and no other boundary. */
  private int openingParenthesis(int close, int from) {
    for (int k = close - 1; k >= from && close - k <= MAX_PARENTHESIS; k--) {
      if (v.words[k].equals("(")) {
        return k;
      }
      if (isClauseBoundary(v.words[k])) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The nearest subject left of token {@code head}: an actor mention not in object position,
   * "I"/"we", a pair.
   */
  Subject subject(int head, int from) {
    int first = clauseStart(head, from);
    int pronoun = first - 1;
    boolean closed =
        pronoun > from
            && relatives.isPronoun(pronoun)
            && relatives.closedBefore(pronoun, head) >= 0;
    boolean commas = closed && v.words[pronoun - 1].equals(",");
    if (commas) {
      // "The envoy, who arrived in Kabul, urged ...": the relative clause describes the subject,
      // named before its pronoun (RelativeClauses); its own actors are not the subject.
      return subject(pronoun - 1, from);
    }
    Subject found = scanSubject(head, from, first);
    if (closed && found.kind() == SubjectKind.NONE) {
      // "Rebels who seized the town attacked ...": no subject after the pronoun, so the noun
      // before it.
      return subject(pronoun, from);
    }
    return found;
  }

  /** The nearest subject left of {@code head} back to {@code first}, its clause's first token. */
  private Subject scanSubject(int head, int from, int first) {
    int start = Math.max(first, head - MAX_SUBJECT_DISTANCE);
    for (int i = head - 1; i >= start; i--) {
      MentionRef m = v.mentionAt[i];
      if (m != null) {
        i = Math.max(m.first(), start);
        if ((isPossessive(m) && !ownsAgent(m, head))
            || isObject(m.first(), start)
            || inExampleList(m.first(), start)) {
          continue;
        }
        List<MentionRef> all = new ArrayList<>();
        all.add(m);
        int k = skipTitles(m.first() - 1, start);
        boolean list = false; // an "and" seen: "X, Y and Z" is one list, not a fronted phrase
        while (k - 1 >= start
            && (v.words[k].equals("and") || v.words[k].equals(","))
            && v.mentionAt[k - 1] != null) {
          MentionRef other = v.mentionAt[k - 1];
          list |= v.words[k].equals("and");
          if (v.words[k].equals(",")
              && isObject(other.first(), start)
              && !afterOf(other)
              && !(list && afterFrom(other))) {
            break; // "According to Kyodo, Takaichi invited ...": a fronted phrase, not a second
            // subject
          }
          all.add(0, other);
          k = skipTitles(other.first() - 1, start);
        }
        MentionRef head0 = all.get(0);
        if (all.size() > 1
            && isObject(head0.first(), start)
            && !afterOf(head0)
            && !afterFrom(head0)
            && coordinatedAfter(head)) {
          // "condemned X and Y for ... and agreed to ...", "a warning to X and Y, and threatened":
          // a list after a verb or preposition is that verb's object, not the subject of the
          // coordinated verb, whose subject stands further left.
          i = Math.max(head0.first(), start);
          continue;
        }
        int cue = continuation.cueContinuedBy(all.get(0).first(), m.last(), head, start);
        if (cue >= 0) {
          // "X said the sailors were safe and thanked Y": the thanks are X's.
          return subject(cue, from);
        }
        return new Subject(SubjectKind.MENTIONS, all);
      }
      String w = v.words[i];
      if (w.equals(",") && plainNounPhrase(i + 1, head)) {
        // "..., a human rights group protested": the unmarked noun phrase after the comma is the
        // subject; the actor before the comma belongs to the clause it reports (session 15).
        return new Subject(SubjectKind.NONE, List.of());
      }
      int cue = sayVerbBefore(i, start);
      if (cue >= 0 && REPORTED_PRONOUNS.contains(w)) {
        // "Syria says it is willing to withdraw", "the rebels said they will release": the
        // pronoun is the speaker, named before the verb of saying.
        Subject speaker = subject(cue, from);
        if (speaker.kind() == SubjectKind.MENTIONS) {
          return speaker;
        }
      }
      if (FIRST_PERSON.contains(w)) {
        return new Subject(SubjectKind.FIRST_PERSON, List.of());
      }
      if (w.equals("they") || (PAIR_NOUNS.contains(w) && i > start && isPairWord(v.words[i - 1]))) {
        return new Subject(SubjectKind.PAIR, List.of());
      }
    }
    return new Subject(SubjectKind.NONE, List.of());
  }

  /**
   * Whether the tokens {@code [from, head)} are one noun phrase that no actor mention covers,
   * ending in a noun: "a human rights group" in "..., a human rights group protested". An
   * apposition closed by its own comma ("X, the country's largest union, said") ends in that comma
   * and is none.
   */
  private boolean plainNounPhrase(int from, int head) {
    if (from >= head || !v.tags[head - 1].startsWith("NN")) {
      return false;
    }
    for (int k = from; k < head; k++) {
      String t = v.tags[k];
      boolean phrase = t.startsWith("NN") || t.startsWith("JJ") || t.equals("DT") || t.equals("CD");
      if (v.mentionAt[k] != null || !phrase) {
        return false;
      }
    }
    return true;
  }

  /**
   * The verb of saying right before the pronoun at {@code pronoun} ("said it", "announced that
   * they", "said on Tuesday it"), or -1.
   */
  private int sayVerbBefore(int pronoun, int start) {
    int j = pronoun - 1;
    if (j >= start && v.words[j].equals("that")) {
      j--;
    }
    for (int n = 0; j >= start && n < 4 && v.inTime[j]; n++) {
      j--; // "said on Tuesday it": step over the date
    }
    if (j >= start && v.words[j].equals("on")) {
      j--;
    }
    return j >= start && DocView.SAY_VERBS.contains(v.words[j]) && !v.words[j].equals("that")
        ? j
        : -1;
  }

  /**
   * Steps left over a title before a name ("Russian President" in "and Russian President Vladimir
   * Putin").
   */
  private int skipTitles(int k, int start) {
    int limit = k - 3;
    while (k >= start
        && k > limit
        && !v.words[k].equals("and")
        && !v.words[k].equals(",")
        && (v.tags[k].startsWith("NNP") || v.tags[k].startsWith("JJ") || v.tags[k].equals("DT"))) {
      k--;
    }
    return k;
  }

  /**
   * "The foreign ministers of X, Y and Z met": the first conjunct of a list after "of" belongs to
   * the subject like the others, unlike a fronted phrase ("According to X, Y invited ...").
   */
  private boolean afterOf(MentionRef m) {
    int j = m.first() - 1;
    while (j > 0 && v.tags[j].equals("DT")) {
      j--;
    }
    return j >= 0 && v.words[j].equals("of");
  }

  /**
   * "Rescue teams from X, Y and Z arrived": the first of a listed origin, whose others stand in
   * subject position, is one of the senders too (issue 8, session 13: X had been dropped).
   */
  private boolean afterFrom(MentionRef m) {
    int j = m.first() - 1;
    return j >= 0 && v.words[j].equals("from");
  }

  private static boolean isPairWord(String w) {
    return w.equals("two") || w.equals("both");
  }

  boolean isPossessive(MentionRef m) {
    int next = m.last() + 1;
    if (m.first() == m.last() && POSSESSIVE_PRONOUNS.contains(v.words[m.first()])) {
      return true; // "His supporters clashed ...": the owner is not the subject
    }
    return (next < v.words.length && (v.words[next].equals("'s") || v.tags[next].equals("POS")))
        || v.words[m.last()].endsWith("'s");
  }

  /** A mention is an object when a preposition or a (non-speech) verb stands right before it. */
  boolean isObject(int first, int start) {
    int j = first - 1;
    // "withdraw its troops": a possessive determiner opens the object as an article does.
    while (j >= start
        && (v.tags[j].equals("DT") || v.tags[j].equals("PRP$") || v.words[j].equals("the"))) {
      j--;
    }
    // "met with Malaysian Foreign Minister X ... and invited him": title words between a name and
    // "with" or a verb still leave it an object. Other prepositions before a title ("After Chinese
    // President X visited ...") are not followed: measured, that lost events-test2.
    int titled = j;
    for (int n = 0;
        titled > start
            && n < MAX_TITLE_WORDS
            && isTitleWord(titled)
            && !v.words[titled].equals(",");
        n++) {
      titled--;
    }
    if (titled < j && titled >= start && (v.words[titled].equals("with") || isObjectVerb(titled))) {
      return true;
    }
    if (j < start) {
      return false;
    }
    if (v.isPreposition(j)) {
      return !isPartitive(j, start);
    }
    return isObjectVerb(j);
  }

  /** A verb that takes an object: not one of saying, not a copula. */
  private boolean isObjectVerb(int j) {
    return v.isVerb(j) && !DocView.SAY_VERBS.contains(v.words[j]) && !BE.contains(v.words[j]);
  }

  /** At most this many title words stand between a name and the word that makes it an object. */
  private static final int MAX_TITLE_WORDS = 4;

  /**
   * A capitalized proper noun or adjective inside a title: "Foreign", "Minister", "Malaysian" (a
   * nationality word may be a mention of its own).
   */
  private boolean isTitleWord(int k) {
    String tag = v.tags[k];
    return (tag.startsWith("NNP") || tag.startsWith("JJ"))
        && Character.isUpperCase(v.text.charAt(v.tokens.get(k).span().start()));
  }

  /**
   * Nouns for the body that acts for its possessor: "X's office condemned", "Y's foreign ministry
   * said", "Z's army shelled" are acts of X, Y and Z.
   */
  private static final Set<String> AGENT_HEADS =
      Set.of(
          "office",
          "government",
          "ministry",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "military",
          "army",
          "forces",
          "troops",
          "navy",
          "police",
          "embassy",
          "cabinet",
          "administration",
          "parliament",
          "leadership",
          "delegation",
          "envoy",
          "regime",
          "authorities",
          "officials",
          "prosecutors",
          "court");

  /**
   * Whether the possessive mention {@code m} owns an acting body that is the subject of the
   * predicate at {@code head}: "the Greek foreign ministry's office condemned ...". The body's noun
   * phrase (a few adjectives and nouns) must end right before the predicate's verb group.
   */
  private boolean ownsAgent(MentionRef m, int head) {
    int j = m.last() + 1;
    if (j < head && (v.words[j].equals("'s") || v.tags[j].equals("POS"))) {
      j++;
    }
    int noun = -1;
    while (j < head && j - m.last() <= 5 && v.mentionAt[j] == null) {
      String t = v.tags[j];
      if (t.startsWith("NN")) {
        noun = j;
      } else if (!t.startsWith("JJ")) {
        break;
      }
      j++;
    }
    if (noun < 0 || !AGENT_HEADS.contains(v.words[noun])) {
      return false;
    }
    for (int k = j; k < head; k++) {
      if (!v.tags[k].startsWith("RB")
          && !v.tags[k].equals("MD")
          && !AUXILIARIES.contains(v.words[k])) {
        return false;
      }
    }
    return j <= head;
  }

  /** Words that open a list of examples or members of the noun before them. */
  private static final Set<String> EXAMPLE_OPENERS =
      Set.of("including", "includes", "include", "notably", "especially", "particularly", "like");

  /** How far left over a list of plain nouns an example opener is sought. */
  private static final int MAX_EXAMPLE_REACH = 8;

  /**
   * "sanctions on 26 people, including judges and prosecutors": a mention inside a list after
   * "including", "such as", "among them" is a member of the noun before it, so an object, never the
   * subject of a later predicate. Steps left over the list's plain nouns, adjectives, numbers,
   * determiners, "and"/"or" and commas.
   */
  private boolean inExampleList(int first, int start) {
    for (int j = first - 1; j >= start && j >= first - MAX_EXAMPLE_REACH; j--) {
      String w = v.words[j];
      if (EXAMPLE_OPENERS.contains(w)
          || (w.equals("as") && j > start && v.words[j - 1].equals("such"))
          || (w.equals("them") && j > start && v.words[j - 1].equals("among"))) {
        return true;
      }
      String t = v.tags[j];
      boolean listWord =
          t.equals("NN")
              || t.equals("NNS")
              || t.startsWith("JJ")
              || t.equals("CD")
              || t.equals("DT")
              || t.equals("CC")
              || w.equals(",")
              || v.mentionAt[j] != null;
      if (!listWord) {
        return false;
      }
    }
    return false;
  }

  /**
   * "thousands of Iraqi Kurds", "members of the opposition", "500 of the rebels": the "of" at
   * {@code of} names who the quantity or group before it is, so the mention after it is the
   * subject, not an object.
   */
  private boolean isPartitive(int of, int start) {
    if (!v.words[of].equals("of") || of - 1 < start) {
      return false;
    }
    int j = of - 1;
    return PARTITIVE_HEADS.contains(v.words[j]) || v.tags[j].equals("CD");
  }

  /**
   * Actor mentions after token {@code after} up to a clause boundary or {@code stop}: the first
   * one, plus any coordinated with it ("with X and Y"). Mentions after "by" are skipped when {@code
   * skipAgent}.
   */
  List<MentionRef> objects(int after, int stop, boolean skipAgent) {
    return objects(after, stop, skipAgent, false);
  }

  /**
   * As {@link #objects(int, int, boolean)}; with {@code places}, a place after "in", "near" ... is
   * a target too: what is bombed "in southern Lebanon" is struck in that country's territory.
   */
  List<MentionRef> objects(int after, int stop, boolean skipAgent, boolean places) {
    return objects(after, stop, skipAgent, places, false);
  }

  /**
   * As {@link #objects(int, int, boolean, boolean)}; with {@code skipTopics}, an actor after "on",
   * "about", "over" ... is what is talked about, not a party to the talks ("exchanged views on the
   * Morvath issue").
   */
  List<MentionRef> objects(
      int after, int stop, boolean skipAgent, boolean places, boolean skipTopics) {
    int end = Math.min(stop, after + MAX_OBJECT_DISTANCE);
    for (int i = after; i < end; i++) {
      if (isClauseBoundary(v.words[i])
          || v.words[i].equals("that")
          || v.words[i].equals("if")
          || v.words[i].equals("unless")
          || (SUBORDINATORS.contains(v.words[i]) && i + 1 < end && v.mentionAt[i + 1] != null)) {
        // "... extend the truce as Qatar presses ...", "will not accept refugees if war starts in
        // X": a new clause with its own subject.
        return List.of();
      }
      if (coordinatedVerb(i, end)) {
        // "condemned the decision and said X would pay": the verb after "and" has an object of
        // its own; the first verb's object phrase ended before it.
        return List.of();
      }
      if (v.words[i].equals(",")) {
        // No object actor has been seen yet, so the comma closes the object phrase ("shelled border
        // positions, two soldiers killed", "..., officials said"); lists of actors after the first
        // one are read below.
        return List.of();
      }
      MentionRef m = v.mentionAt[i];
      if (m == null) {
        continue;
      }
      boolean agent = skipAgent && i > 0 && v.words[i - 1].equals("by");
      String before = i > after ? v.words[skipModifiers(i - 1, after)] : "";
      boolean place = !places && LOCATIVE.contains(before);
      boolean topic = skipTopics && TOPICAL.contains(before);
      if (agent
          || place
          || topic
          || (isPossessive(m) && m.last() + 2 < end && v.mentionAt[m.last() + 2] != null)
          || possessorOfNamed(m, end)) {
        i = m.last();
        continue;
      }
      return conjuncts(m, end);
    }
    return List.of();
  }

  /**
   * "met his Indonesian counterpart X", "thanked her Japanese host Y": a possessive pronoun whose
   * noun phrase (adjectives and nouns only) ends in a named actor, who is the object.
   */
  private boolean possessorOfNamed(MentionRef m, int end) {
    if (m.first() != m.last() || !POSSESSIVE_PRONOUNS.contains(v.words[m.first()])) {
      return false;
    }
    for (int k = m.last() + 1; k < end && k <= m.last() + MAX_TITLE_WORDS; k++) {
      if (v.mentionAt[k] != null) {
        return true;
      }
      String t = v.tags[k];
      if (!(t.startsWith("JJ") || t.startsWith("NN"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code head} takes a subject of its own left of an object list, so that the
   * list is an earlier verb's object: "criticized X and Y ... and agreed", "a warning to X and Y,
   * and threatened". Not a gerund: "criticized X and Y for staging drills" leaves the drills to X
   * and Y. (Requiring an "and" before the verb as well was measured: it lost the gain on
   * events-test3.)
   */
  private boolean coordinatedAfter(int head) {
    return !v.tags[head].equals("VBG");
  }

  /**
   * Whether token {@code i} is "and" or "or" before a finite verb or a modal ("and said", "and
   * urged", "and will"): a second predicate coordinated with the one whose object is read.
   */
  private boolean coordinatedVerb(int i, int end) {
    if (i + 1 >= end || !(v.words[i].equals("and") || v.words[i].equals("or"))) {
      return false;
    }
    return v.mentionAt[i + 1] == null && v.isFiniteOrModal(i + 1);
  }

  /**
   * The mention {@code m} with the mentions coordinated with it before {@code end} ("X, Y and Z"),
   * and the members of a list after "of" that it heads: "the leaders of France, Germany and Italy"
   * are one act on each country, as CAMEO coders split a compound object into dyads.
   */
  List<MentionRef> conjuncts(MentionRef m, int end) {
    List<MentionRef> out = new ArrayList<>();
    out.add(m);
    int k = m.last() + 1;
    if (k + 1 < end && v.words[k].equals("of") && v.mentionAt[k + 1] != null) {
      // "leaders of France, Germany and Italy": the head's own country is usually the first
      // member, so only the others join it, and a single "of X" adds nothing; a first member of
      // another country than the head's joins too.
      MentionRef first = v.mentionAt[k + 1];
      int before = out.size();
      k = listAfter(first.last() + 1, end, out);
      if (out.size() > before && !sameCountry(m, first)) {
        out.add(before, first);
      }
    }
    listAfter(k, end, out);
    return out;
  }

  private boolean sameCountry(MentionRef a, MentionRef b) {
    Actor x = v.doc.actor(a.actorId());
    Actor y = v.doc.actor(b.actorId());
    return x != null && y != null && x.country() != null && x.country().equals(y.country());
  }

  /**
   * Adds the mentions after ", " or "and" from {@code k}; returns the token after the list. Members
   * joined by commas alone count only when an "and" closes the list: "the President of France,
   * Emmanuel Macron, by video" is one person named twice (an apposition), not two participants.
   */
  private int listAfter(int k, int end, List<MentionRef> out) {
    List<MentionRef> pending = new ArrayList<>();
    int afterClosed = k;
    while (k + 1 < end
        && (v.words[k].equals("and") || v.words[k].equals(","))
        && v.mentionAt[k + 1] != null) {
      MentionRef other = v.mentionAt[k + 1];
      pending.add(other);
      boolean closes = v.words[k].equals("and");
      k = other.last() + 1;
      if (closes) {
        out.addAll(pending);
        pending.clear();
        afterClosed = k;
      }
    }
    return pending.isEmpty() ? k : afterClosed;
  }

  /**
   * Steps left from {@code k} over determiners and adjectives ("in a federal court", "at the World
   * Trade Organization"), not before {@code floor}.
   */
  private int skipModifiers(int k, int floor) {
    while (k > floor
        && (v.tags[k].equals("DT") || v.words[k].equals("the") || v.tags[k].startsWith("JJ"))) {
      k--;
    }
    return k;
  }

  /**
   * Steps left from {@code k} over determiners ("at the World Trade Organization"), not before
   * {@code floor}.
   */
  private int skipDeterminers(int k, int floor) {
    while (k > floor && (v.tags[k].equals("DT") || v.words[k].equals("the"))) {
      k--;
    }
    return k;
  }

  /** Whether "each other" or "one another" follows within the clause. */
  boolean eachOtherAfter(int after, int stop) {
    int end = Math.min(stop, after + MAX_OBJECT_DISTANCE);
    for (int i = after; i + 1 < end; i++) {
      if (isClauseBoundary(v.words[i])) {
        return false;
      }
      String w = v.words[i];
      String n = v.words[i + 1];
      if ((w.equals("each") && n.equals("other")) || (w.equals("one") && n.equals("another"))) {
        return true;
      }
    }
    return false;
  }

  /** The mention after "by" following a passive predicate: its agent, or null. */
  @Nullable MentionRef agent(int after, int stop) {
    return agent(after, stop, 6);
  }

  /** As {@link #agent(int, int)}, with "by" at most {@code within} tokens after {@code after}. */
  @Nullable MentionRef agent(int after, int stop, int within) {
    int end = Math.min(stop, after + within);
    for (int i = after; i + 1 < end; i++) {
      if (isClauseBoundary(v.words[i])) {
        return null;
      }
      if (v.words[i].equals("by") && v.mentionAt[i + 1] != null) {
        return v.mentionAt[i + 1];
      }
    }
    return null;
  }

  /** The actor right after "in" or "at" within a few tokens of {@code after}, or null. */
  @Nullable MentionRef placeAfter(int after, int stop) {
    int end = Math.min(stop, after + 4);
    for (int i = after; i + 1 < end; i++) {
      if (isClauseBoundary(v.words[i]) || v.words[i].equals(",")) {
        return null;
      }
      if ((v.words[i].equals("in") || v.words[i].equals("at")) && v.mentionAt[i + 1] != null) {
        return v.mentionAt[i + 1];
      }
    }
    return null;
  }

  /** How far after a passive predicate the place of an agentless act is sought. */
  private static final int MAX_PLACE_DISTANCE = 10;

  /**
   * The place that stands for the missing agent of a passive act, or null. An arrest, expulsion or
   * ban (root 17) or an investigation (09) without an agent is the act of the state where it
   * happened ("was arrested in Kestria", "has been put under investigation in Italy"); an
   * unattributed attack or killing (18–20: "were killed by a roadside bomb outside the Iraqi city
   * of Mosul") is coded, as CAMEO coders do, with the country where it happened as the source,
   * beyond an instrument phrase ("by a roadside bomb").
   */
  @Nullable MentionRef agentlessPlace(int root, int after, int stop) {
    if (root == 17 || root == 9) {
      return placeAfter(after, stop);
    }
    if (root < 18) {
      return null;
    }
    int end = Math.min(stop, after + MAX_PLACE_DISTANCE);
    for (int i = after; i + 1 < end; i++) {
      if (isClauseBoundary(v.words[i]) || v.words[i].equals(",") || v.mentionAt[i] != null) {
        return null;
      }
      if (LOCATIVE.contains(v.words[i])) {
        int j = i + 1;
        while (j < end && (v.words[j].equals("of") || v.tags[j].equals("DT"))) {
          j++; // "outside of the", "near the"
        }
        if (j < end && v.mentionAt[j] != null) {
          return v.mentionAt[j];
        }
      }
    }
    return null;
  }

  /** Nouns for a bomb or blast that can be the subject of a killing in place of an attacker. */
  private static final Set<String> EXPLOSIVES =
      Set.of("bomb", "bombing", "blast", "explosion", "ied", "bombs", "bombings", "blasts");

  /**
   * The explosive noun heading the subject of the predicate at {@code head} when no actor is the
   * subject ("A car bomb near the market killed ...", "A roadside bombing on Sunday killed ..."),
   * or -1: the clause opens with a noun phrase of determiners, adjectives and nouns ending in one
   * of {@link #EXPLOSIVES}.
   */
  int explosiveSubject(int head, int from) {
    int start = clauseStart(head, from);
    for (int i = start; i < head && i < start + 5; i++) {
      String t = v.tags[i];
      if (v.mentionAt[i] != null) {
        return -1;
      }
      if (EXPLOSIVES.contains(v.words[i].toLowerCase(java.util.Locale.ROOT))
          && t.startsWith("NN")) {
        return i;
      }
      if (!(t.equals("DT") || t.startsWith("JJ") || t.startsWith("NN") || t.equals("CD"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The patient of a passive predicate at {@code head}: its subject, or, when no subject mention
   * stands before it, the actor inside the subject's noun phrase after "of" or "for" ("a camp for
   * Congolese refugees was attacked", "a convoy of Red Cross workers was attacked").
   */
  Subject patient(int head, int from) {
    Subject subject = subject(head, from);
    if (subject.kind() != SubjectKind.NONE) {
      return subject;
    }
    int start = Math.max(clauseStart(head, from), head - MAX_SUBJECT_DISTANCE);
    for (int i = head - 1; i > start; i--) {
      MentionRef m = v.mentionAt[i];
      if (m == null) {
        if (v.isVerb(i) && !BE.contains(v.words[i]) && !AUXILIARIES.contains(v.words[i])) {
          return subject; // another verb: the mention belongs to another clause
        }
        continue;
      }
      String before = v.words[skipModifiers(m.first() - 1, start)];
      if ((before.equals("of") || before.equals("for")) && !isPossessive(m)) {
        return new Subject(SubjectKind.MENTIONS, List.of(m));
      }
      return subject;
    }
    return subject;
  }
}
