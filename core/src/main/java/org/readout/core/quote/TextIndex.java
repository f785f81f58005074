package org.readout.core.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.Token;

/**
 * Per-article lookups the quote helpers share: token by offset, sentence of a token, the actor
 * mention covering a token, and whether a token lies inside a quoted passage. Built once per {@code
 * apply} in linear time.
 */
final class TextIndex {
  /** One actor mention. */
  record MentionRef(Actor actor, Mention mention) {
    boolean isPerson() {
      return actor.kind() == ActorKind.PERSON;
    }

    /**
     * Whether the actor is a news outlet that can carry statements: a news agency, or a media
     * institution coded {@code MED} ("Russian state media", "state television"). Journalists are a
     * group of people with the same code, but they are an audience ("told reporters"), never a
     * channel.
     */
    boolean isOutlet() {
      ActorKind k = actor.kind();
      String code = actor.code();
      return k == ActorKind.AGENCY
          || ((k == ActorKind.INSTITUTION || k == ActorKind.ORGANIZATION)
              && code != null
              && code.endsWith("MED"));
    }
  }

  private final AnnotatedArticle doc;
  final String text;
  final List<Token> tokens;
  final List<MentionRef> refs;
  private final String[] lower;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;
  private final int[] mentionAt;
  private final boolean[] quoted;

  TextIndex(AnnotatedArticle doc, List<Span> quotedSpans) {
    this.doc = doc;
    text = doc.text();
    tokens = doc.tokens();
    int n = tokens.size();
    lower = new String[n];
    sentenceStart = new int[n];
    sentenceEnd = new int[n];
    for (int i = 0; i < n; i++) {
      sentenceStart[i] = i;
      sentenceEnd[i] = i + 1;
    }
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i < Math.min(s.endToken(), n); i++) {
        sentenceStart[i] = s.firstToken();
        sentenceEnd[i] = Math.min(s.endToken(), n);
      }
    }
    List<MentionRef> all = new ArrayList<>();
    for (Actor a : doc.actors()) {
      for (Mention m : a.mentions()) {
        all.add(new MentionRef(a, m));
      }
    }
    all.sort(Comparator.comparing((MentionRef r) -> r.mention().span()));
    refs = List.copyOf(all);
    mentionAt = new int[n];
    Arrays.fill(mentionAt, -1);
    // Demonyms first and longer mentions last, so that "Russian" in "Russian news agency TASS"
    // yields to the agency.
    Integer[] order = new Integer[refs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> priority(refs.get(i))));
    for (int r : order) {
      Span m = refs.get(r).mention().span();
      for (int t = firstTokenEndingAfter(m.start());
          t < n && tokens.get(t).span().start() < m.end();
          t++) {
        mentionAt[t] = r;
      }
    }
    quoted = new boolean[n];
    for (Span q : quotedSpans) {
      for (int t = firstTokenEndingAfter(q.start());
          t < n && tokens.get(t).span().start() < q.end();
          t++) {
        quoted[t] = true;
      }
    }
  }

  private static int priority(MentionRef r) {
    int base = r.mention().kind() == MentionKind.DEMONYM ? 0 : 1_000_000;
    return base + Math.min(r.mention().span().length(), 999_999);
  }

  int size() {
    return tokens.size();
  }

  /**
   * Whether token {@code t} names a day by itself (a weekday, "today", "yesterday"): a date that
   * stands between a speech verb and its object or preposition, not the object.
   */
  boolean isDayWord(int t) {
    return DAY_WORDS.contains(lower(t));
  }

  private static final Set<String> DAY_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday");

  String lower(int t) {
    String w = lower[t];
    if (w == null) {
      w = tokens.get(t).span().of(text).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      lower[t] = w;
    }
    return w;
  }

  String tag(int t) {
    return tokens.get(t).tag();
  }

  Span span(int t) {
    return tokens.get(t).span();
  }

  /**
   * Index of the first token whose end is after {@code offset}: the token containing it or the next
   * one.
   */
  int firstTokenEndingAfter(int offset) {
    return doc.firstTokenEndingAfter(offset);
  }

  /** Index of the last token ending at or before {@code offset}, or -1. */
  int lastTokenEndingBy(int offset) {
    return firstTokenEndingAfter(offset) - 1;
  }

  /** Index of the first token starting at or after {@code offset}; {@link #size()} when none. */
  int firstTokenStartingFrom(int offset) {
    int t = firstTokenEndingAfter(offset);
    while (t < tokens.size() && tokens.get(t).span().start() < offset) {
      t++;
    }
    return t;
  }

  int sentenceStart(int t) {
    return sentenceStart[t];
  }

  int sentenceEnd(int t) {
    return sentenceEnd[t];
  }

  @Nullable MentionRef mentionAt(int t) {
    return t >= 0 && t < mentionAt.length && mentionAt[t] >= 0 ? refs.get(mentionAt[t]) : null;
  }

  /** The index of the last token of the mention covering {@code t}. */
  int mentionEnd(int t) {
    int r = mentionAt[t];
    int e = t;
    while (e + 1 < mentionAt.length && mentionAt[e + 1] == r) {
      e++;
    }
    return e;
  }

  boolean quoted(int t) {
    return t >= 0 && t < quoted.length && quoted[t];
  }

  /**
   * Whether token {@code t} is a quote mark: any double mark, or a single one bounding a quoted
   * passage.
   */
  boolean isMark(int t) {
    Span s = span(t);
    if (s.length() == 2 && (s.of(text).equals("''") || s.of(text).equals("``"))) {
      return true;
    }
    if (s.length() != 1) {
      return false;
    }
    char c = text.charAt(s.start());
    if (QuoteMarkScanner.isMark(c)) {
      return true;
    }
    return (c == '\'' || c == '\u2018' || c == '\u2019')
        && !quoted(t)
        && (quoted(t - 1) || quoted(t + 1));
  }

  boolean isPunct(int t) {
    Span s = span(t);
    for (int i = s.start(); i < s.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
