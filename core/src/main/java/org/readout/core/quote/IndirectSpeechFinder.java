package org.readout.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * Finds reported speech without quote marks: a speech verb with a subject, then a clause ("Xi noted
 * that the holiday was near", "Putin said relations were at their best"). The clause runs to the
 * end of the sentence, or to a coordinated speech verb ("... and added"), a semicolon, or a quote
 * introduced by a comma or colon.
 */
final class IndirectSpeechFinder {
  /** A reported clause, its speech verb and the verb's subject (null when it names no actor). */
  record Clause(Span span, int verb, @Nullable Subject subject) {}

  private static final Set<String> PARTICLES = Set.of("out", "on", "up", "back");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in",
          "on",
          "at",
          "during",
          "after",
          "before",
          "to",
          "with",
          "from",
          "via",
          "through",
          "ahead",
          "of",
          "the",
          "a",
          "an",
          "his",
          "her",
          "their",
          "its",
          ",",
          "last",
          "this",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "earlier",
          "later",
          "week",
          "month",
          "year",
          "morning",
          "evening",
          "night",
          "meeting",
          "call",
          "conference",
          "statement",
          "speech",
          "interview",
          "briefing");
  private static final Set<String> CLAUSE_START_TAGS =
      Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "JJ", "EX");
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> CLAUSE_OPENERS = Set.of("if", "when", "because", "there");
  private static final Set<String> CALL = Set.of("call", "calls", "called", "calling");
  private static final VerbInfo CALL_FOR = new VerbInfo("call", false, false, false);

  /** Verbs whose content is an infinitive: "vowed to fight on". */
  private static final Set<String> INFINITIVE =
      Set.of("vow", "pledge", "promise", "threaten", "swear");

  /** Verbs whose content is an object and a complement, with the word that joins them. */
  private static final Map<String, String> OBJECT_COMPLEMENT =
      Map.ofEntries(
          Map.entry("accuse", "of"),
          Map.entry("urge", "to"),
          Map.entry("ask", "to"),
          Map.entry("implore", "to"),
          Map.entry("beg", "to"),
          Map.entry("advise", "to"),
          Map.entry("instruct", "to"),
          Map.entry("warn", "to"),
          Map.entry("remind", "to"),
          Map.entry("blame", "for"),
          Map.entry("criticize", "for"),
          Map.entry("criticise", "for"),
          Map.entry("praise", "for"),
          Map.entry("thank", "for"),
          Map.entry("commend", "for"),
          Map.entry("congratulate", "on"),
          Map.entry("condemn", "for"),
          Map.entry("slam", "for"),
          Map.entry("blast", "for"));

  private IndirectSpeechFinder() {}

  static List<Clause> find(TextIndex ix, SpeakerFinder speech, SpeechLexicon lexicon) {
    List<Clause> out = new ArrayList<>();
    for (int k = 0; k < ix.size(); k++) {
      boolean callFor = callFor(ix, k);
      if (ix.quoted(k) || !(callFor || speech.isSpeechVerb(k))) {
        continue;
      }
      VerbInfo v = callFor ? CALL_FOR : lexicon.verb(ix.lower(k));
      int end = ix.sentenceEnd(k);
      int start = callFor ? calledStart(ix, k) : clauseStart(ix, v, k, end);
      if (start < 0
          || start >= end
          || ((ix.isMark(start) || ix.quoted(start)) && !mixed(ix, start, end))) {
        continue;
      }
      Subject subject = speech.subjectOf(k, 0);
      if (subject == null
          ? !unnamedSubject(ix, k, start)
          : subject.ref() != null && subject.ref().isOutlet() && v.channel()) {
        continue;
      }
      int last = clauseEnd(ix, speech, start, end);
      if (last > start) {
        out.add(new Clause(new Span(ix.span(start).start(), ix.span(last).end()), k, subject));
        k = last;
      }
    }
    return out;
  }

  /**
   * Whether the verb at {@code k} reports speech although its subject names no actor: a finite verb
   * after a plain noun, with an explicit "that" ("The company said that ...", "Reports say that
   * ..."). The clause is then a statement with an unknown speaker; without "that" the same shape is
   * too often not speech to risk.
   */
  private static boolean unnamedSubject(TextIndex ix, int k, int start) {
    return FINITE_TAGS.contains(ix.tag(k))
        && !ix.tag(k).equals("MD")
        && k > ix.sentenceStart(k)
        && ix.tag(k - 1).startsWith("NN")
        && ix.lower(start - 1).equals("that");
  }

  /**
   * "called for", "calls for": a demand whose object is what was said; also "called on voters to
   * stay home", an appeal whose addressee and infinitive are, and "called the plan "a gift"", a
   * judgment whose object and complement are.
   */
  private static boolean callFor(TextIndex ix, int k) {
    if (!CALL.contains(ix.lower(k)) || k + 2 >= ix.size() || !ix.tag(k).startsWith("VB")) {
      return false;
    }
    if (ix.lower(k + 1).equals("for")) {
      return true;
    }
    int end = ix.sentenceEnd(k);
    if (!ix.lower(k + 1).equals("on")) {
      return ObjectContent.start(ix, CALL_FOR, k, k + 1, end) >= 0;
    }
    for (int m = k + 2; m + 1 < end && m - k <= 9; m++) {
      if (ix.lower(m).equals("to") && ix.tag(m + 1).equals("VB")) {
        return true;
      }
      if (ix.isPunct(m) && !ix.isMark(m)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The content of "call" at {@code k}: after "for" or "on" ("called for a recount", "called on
   * voters to stay home"), else its object and complement ("called the plan "a gift"").
   */
  private static int calledStart(TextIndex ix, int k) {
    String next = ix.lower(k + 1);
    return next.equals("for") || next.equals("on") ? k + 2 : k + 1;
  }

  /**
   * Whether a reported clause that opens with a quote mark mixes the quoted words with the
   * reporter's ("Obama said "it gets me mad" every time he thinks of it"): words outside the marks
   * follow the quoted stretch in the sentence. A clause quoted throughout is a direct quote.
   */
  static boolean mixed(TextIndex ix, int start, int end) {
    int m = start;
    while (m < end && (ix.quoted(m) || ix.isMark(m))) {
      m++;
    }
    int words = 0;
    for (; m < end && words < 2; m++) {
      if (ix.quoted(m) || ix.lower(m).equals(";")) {
        break;
      }
      words += ix.isPunct(m) ? 0 : 1;
    }
    return words >= 2;
  }

  /**
   * The start of the content of a verb that reports through its object and a complement ("accused
   * the mayor of lying", "urged voters to stay home", "praised the firm for its work") or an
   * infinitive ("vowed to fight on", "refused to comment"), or -1.
   */
  private static int complementStart(TextIndex ix, VerbInfo v, int j, int end) {
    if (INFINITIVE.contains(v.base())) {
      return j + 1 < end && ix.lower(j).equals("to") && ix.tag(j + 1).startsWith("VB") ? j : -1;
    }
    String joint = OBJECT_COMPLEMENT.get(v.base());
    if (joint == null || j >= end || ix.isPunct(j)) {
      return -1;
    }
    for (int m = j + 1; m < end && m - j <= 8; m++) {
      String w = ix.lower(m);
      if (w.equals(joint) && m + 1 < end && !ix.isPunct(m + 1)) {
        return j;
      }
      if (ix.isPunct(m) || ix.tag(m).startsWith("VB")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The first token of an indirect question after "ask", "wonder" or "question", right after the
   * verb or after a short object ("asked the mayor whether the pier would reopen"), or -1.
   */
  private static int questionStart(TextIndex ix, VerbInfo v, int j, int end) {
    if (!QUESTION_VERBS.contains(v.base())) {
      return -1;
    }
    for (int m = j; m < end && m - j <= 4; m++) {
      if (QUESTION_WORDS.contains(ix.lower(m))) {
        return m + 1 < end && !ix.isPunct(m + 1) ? m : -1;
      }
      if (ix.isPunct(m) || ix.tag(m).startsWith("VB")) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> QUESTION_VERBS = Set.of("ask", "wonder", "question");
  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "what", "why", "how", "when", "where", "who");

  /**
   * The first token of the reported clause after the verb at {@code k}, or -1 when none follows.
   */
  private static int clauseStart(TextIndex ix, VerbInfo v, int k, int end) {
    int j = k + 1;
    while (j < end && PARTICLES.contains(ix.lower(j))) {
      j++;
    }
    if (j < end && ix.lower(j).equals("that")) {
      return j + 1;
    }
    // "told reporters that", "said on Tuesday that": a short object or adjunct before "that".
    for (int m = j; m < end && m - j < 12; m++) {
      String w = ix.lower(m);
      if (w.equals("that")) {
        return m + 1;
      }
      if (!(v.objectFirst() || PREPOSITIONS.contains(w) || ix.tag(m).startsWith("NNP"))
          || ix.isMark(m)) {
        break;
      }
    }
    int asked = questionStart(ix, v, j, end);
    if (asked >= 0) {
      return asked;
    }
    int complement = complementStart(ix, v, j, end);
    if (complement >= 0) {
      return complement;
    }
    if (v.zeroThat()
        && j < end
        && (CLAUSE_START_TAGS.contains(ix.tag(j))
            || CLAUSE_OPENERS.contains(ix.lower(j))
            || ix.tag(j).equals("VBG")
            || ix.isMark(j))
        && (!ix.isPunct(j) || ix.isMark(j))) {
      // The clause's verb may stand inside a quoted fragment ("said Obama's words "amount to a
      // form of intimidation"") or after a hyphenated name ("the Asia-Pacific remained").
      for (int m = j + 1; m < end && m - j <= 20; m++) {
        if (ix.isMark(m) || ix.lower(m).equals("-")) {
          continue;
        }
        if (ix.isPunct(m)) {
          break;
        }
        if (FINITE_TAGS.contains(ix.tag(m))) {
          return j;
        }
      }
    }
    return ObjectContent.start(ix, v, k, j, end);
  }

  private static int clauseEnd(TextIndex ix, SpeakerFinder speech, int start, int end) {
    int last = start;
    for (int m = start; m < end; m++) {
      String w = ix.lower(m);
      if (w.equals(";")) {
        break;
      }
      if ((w.equals("and") || w.equals("but") || w.equals(","))
          && !ix.quoted(m)
          && coordinatedCue(ix, speech, m, end)) {
        break;
      }
      if (ix.isMark(m)
          && m > start
          && !ix.quoted(m - 1)
          && (ix.lower(m - 1).equals(",") || ix.lower(m - 1).equals(":"))) {
        break;
      }
      last = m;
    }
    while (last > start && ix.isPunct(last) && !ix.isMark(last)) {
      last--;
    }
    return last;
  }

  /**
   * Whether a speech verb follows the coordinator at {@code m} within a few words: adverbs ("and
   * added", "and then said") or a new subject ("but Baku has said", "and the ministry said"): the
   * reported clause ends there.
   */
  private static boolean coordinatedCue(TextIndex ix, SpeakerFinder speech, int m, int end) {
    boolean subject = false;
    for (int j = m + 1; j < end && j <= m + 6; j++) {
      if (speech.isSpeechVerb(j)) {
        return true;
      }
      String w = ix.lower(j);
      String tag = ix.tag(j);
      boolean adverb = w.equals("also") || w.equals("then") || tag.startsWith("RB");
      boolean aux = subject && (w.equals("has") || w.equals("have") || w.equals("had"));
      boolean noun =
          ix.mentionAt(j) != null
              || (j == m + 1 && ix.lower(m).equals("but") && tag.startsWith("NNP"))
              || (subject && tag.startsWith("NN"))
              || ((w.equals("the") || w.equals("but")) && !subject);
      if (noun && !w.equals("but")) {
        subject = true;
      }
      if (!adverb && !aux && !noun) {
        return false;
      }
    }
    return false;
  }
}
