package org.readout.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.Token;

/**
 * The tense of the verb that governs a position in a sentence, read from part-of-speech tags (with
 * a few word forms as a fallback for crude taggers). It decides whether an underspecified date lies
 * before or after the anchor.
 */
enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN;

  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "shall", "'ll", "\u2019ll", "wo", "would");
  private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did");
  private static final Set<String> PRESENT_FORMS = Set.of("is", "are", "am", "'re", "\u2019re");
  private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "\u2019ve");

  /** Participles that, after a form of "be", announce a future event ("is scheduled for May 9"). */
  private static final Set<String> SCHEDULED =
      Set.of("scheduled", "expected", "set", "due", "slated", "planned", "poised", "going");

  /**
   * Verbs after which "to" + verb is an intention ("agreed to visit"), stems matched as prefixes.
   */
  private static final List<String> INTENT =
      List.of(
          "agree", "plan", "expect", "intend", "decide", "schedul", "hope", "set", "due", "going",
          "aim", "seek", "sought", "vow", "promis", "prepar", "ready", "likely", "want", "invit",
          "propos", "pledg");

  /** Verbs that announce a future event whatever their own tense. */
  private static final List<String> PLAN = List.of("plan", "schedul", "intend");

  /**
   * Verbs that ask someone to do something later ("urged citizens to gather on Monday"): with an
   * infinitive between them and the date, the date is the action's, still ahead.
   */
  private static final List<String> DIRECTIVE =
      List.of(
          "urg",
          "ask",
          "call",
          "order",
          "press",
          "encourag",
          "instruct",
          "told",
          "tell",
          "persuad",
          "remind",
          "summon",
          "appeal",
          "implor",
          "exhort",
          "invit");

  /** Verbs whose "to" already names the later event ("invited him to a forum in September"). */
  private static final List<String> INVITE = List.of("invit", "summon");

  /**
   * Participles that open a period ("the fiscal year starting in April"): the date is the start,
   * told as ahead whatever the main verb.
   */
  private static final Set<String> OPENING =
      Set.of("starting", "beginning", "commencing", "effective", "opening");

  /**
   * How far from the expression to look for its verb, in tokens; beyond that the clause is probably
   * another.
   */
  private static final int MAX_LEFT = 25;

  private static final int MAX_RIGHT = 10;

  /**
   * The tense governing {@code span}: the nearest verb group to its left in the sentence, else to
   * its right.
   */
  static Tense at(AnnotatedArticle doc, Span span) {
    Sentence s = doc.sentenceAt(span.start());
    if (s == null || doc.tokens().isEmpty()) {
      return UNKNOWN;
    }
    List<Token> tokens = doc.tokensOf(s);
    String text = doc.text();
    int first = firstTokenAtOrAfter(tokens, span.start());
    if (opensPeriod(tokens, first, text)) {
      return FUTURE;
    }
    boolean to = false;
    boolean infinitive = false;
    for (int i = first - 1, seen = 0; i >= 0 && seen < MAX_LEFT; i--, seen++) {
      Token k = tokens.get(i);
      String w = k.span().of(text).toLowerCase(Locale.ROOT);
      if (w.equals("to")) {
        to = true;
        infinitive |= i + 1 < tokens.size() && isBaseVerb(tokens.get(i + 1));
      } else if (k.tag().startsWith("VB")
          && ((infinitive && startsWithAny(w, DIRECTIVE)) || (to && startsWithAny(w, INVITE)))) {
        return FUTURE; // a plan told in the past: "urged citizens to gather on Monday"
      }
      Tense t = verbTense(tokens, i, text);
      if (t != null) {
        return t;
      }
    }
    int last = firstTokenAtOrAfter(tokens, span.end());
    for (int i = last, seen = 0; i < tokens.size() && seen < MAX_RIGHT; i++, seen++) {
      Tense t = verbTense(tokens, i, text);
      if (t != null) {
        return t;
      }
    }
    return UNKNOWN;
  }

  /** The span of the verb that {@link #at} would use, or null; for flag messages. */
  static @Nullable Span verbAt(AnnotatedArticle doc, Span span) {
    Sentence s = doc.sentenceAt(span.start());
    if (s == null) {
      return null;
    }
    List<Token> tokens = doc.tokensOf(s);
    int first = firstTokenAtOrAfter(tokens, span.start());
    for (int i = first - 1, seen = 0; i >= 0 && seen < MAX_LEFT; i--, seen++) {
      if (verbTense(tokens, i, doc.text()) != null) {
        return tokens.get(i).span();
      }
    }
    return null;
  }

  private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The tense token {@code i} gives its clause, or null when it is not a finite verb or marker of
   * one.
   */
  private static @Nullable Tense verbTense(List<Token> tokens, int i, String text) {
    Token t = tokens.get(i);
    String w = t.span().of(text).toLowerCase(Locale.ROOT);
    String tag = t.tag();
    if (w.equals("am") && i > 0 && Character.isDigit(tokens.get(i - 1).span().of(text).charAt(0))) {
      return null; // "9.40 am": a clock time, not a verb
    }
    if (FUTURE_MODALS.contains(w) || tag.equals("MD")) {
      return FUTURE;
    }
    if (w.equals("to")
        && i + 1 < tokens.size()
        && isBaseVerb(tokens.get(i + 1))
        && i > 0
        && startsWithAny(tokens.get(i - 1).span().of(text).toLowerCase(Locale.ROOT), INTENT)) {
      return FUTURE;
    }
    if ((tag.startsWith("VB") || PAST_FORMS.contains(w)) && startsWithAny(w, PLAN)) {
      return FUTURE; // "planned a rally on Saturday": the plan is past, the date is not
    }
    if (tag.equals("VBN")
        || (tag.equals("VBD") && i > 0 && isForm(tokens.get(i - 1), text, HAVE))) {
      Token prev = i > 0 ? tokens.get(i - 1) : null;
      if (prev != null && isForm(prev, text, HAVE)) {
        return PAST;
      }
      if (prev != null && isForm(prev, text, PRESENT_FORMS)) {
        return SCHEDULED.contains(w) ? FUTURE : PRESENT;
      }
      if (prev != null && isForm(prev, text, Set.of("was", "were")) && SCHEDULED.contains(w)) {
        return FUTURE; // "rain was expected over the weekend": a plan told in the past, still ahead
      }
      if (prev != null && isForm(prev, text, Set.of("be", "been", "being"))) {
        return null; // "must be returned": the auxiliary further left decides
      }
      return PAST;
    }
    if (PAST_FORMS.contains(w) || tag.equals("VBD")) {
      if (SCHEDULED.contains(w)
          && i > 0
          && isForm(tokens.get(i - 1), text, Set.of("was", "were"))) {
        return FUTURE; // the same, where the tagger read the participle as a past verb
      }
      return PAST;
    }
    if (PRESENT_FORMS.contains(w) || tag.equals("VBZ") || tag.equals("VBP")) {
      if (i + 1 < tokens.size() && isForm(tokens.get(i + 1), text, SCHEDULED)) {
        return FUTURE;
      }
      if (PRESENT_FORMS.contains(w)
          && i + 2 < tokens.size()
          && isForm(tokens.get(i + 1), text, Set.of("to"))
          && isBaseVerb(tokens.get(i + 2))) {
        return FUTURE; // "is to resume trading on Tuesday"
      }
      return PRESENT;
    }
    return null;
  }

  /**
   * Whether the expression follows "starting", "beginning"... with at most a preposition between.
   */
  private static boolean opensPeriod(List<Token> tokens, int first, String text) {
    for (int i = first - 1; i >= 0 && i >= first - 2; i--) {
      String w = tokens.get(i).span().of(text).toLowerCase(Locale.ROOT);
      if (OPENING.contains(w)) {
        return true;
      }
      if (!w.equals("in") && !w.equals("on") && !w.equals("from") && !w.equals("at")) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String w, List<String> stems) {
    for (String s : stems) {
      if (w.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBaseVerb(Token t) {
    return t.tag().equals("VB");
  }

  private static boolean isForm(Token t, String text, Set<String> forms) {
    return forms.contains(t.span().of(text).toLowerCase(Locale.ROOT));
  }
}
