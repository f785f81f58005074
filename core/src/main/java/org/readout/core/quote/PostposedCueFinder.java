package org.readout.core.quote;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;

/**
 * Finds reported speech whose cue follows it, without quote marks: "The talks will resume next
 * week, the minister said.", "..., said a senior official.", "..., according to the ministry." and
 * the cue that leads with a comma, "According to the ministry, the talks will resume". The cue
 * clause is the last comma-separated stretch of the sentence, at most {@link #MAX_TAIL} tokens,
 * with a speech verb (or "according to") and its subject inside it; the reported clause is the rest
 * of the sentence before the comma, at least four words with a verb, not opening with a quote mark
 * (that is a direct quote). As before the clause, a news outlet that "reported" is a channel, not a
 * statement ("..., TASS reported").
 */
final class PostposedCueFinder {
  private static final int MAX_TAIL = 12;
  private static final int MIN_WORDS = 4;
  private static final int COMMAS = 3;

  private PostposedCueFinder() {}

  /** Clauses in text order that overlap none of {@code taken} (clauses found before). */
  static List<Clause> find(TextIndex ix, SpeakerFinder speech, List<Clause> taken) {
    List<Clause> out = new ArrayList<>();
    int t = 0;
    while (t < ix.size()) {
      int lo = ix.sentenceStart(t);
      int hi = ix.sentenceEnd(t);
      Clause c = trailing(ix, speech, lo, hi);
      if (c == null) {
        c = leading(ix, speech, lo, hi);
      }
      if (c == null) {
        c = interrupted(ix, speech, lo, hi);
      }
      if (c != null && free(c.span(), taken)) {
        out.add(c);
      }
      t = Math.max(hi, t + 1);
    }
    return out;
  }

  private static boolean free(Span s, List<Clause> taken) {
    return taken.stream().noneMatch(c -> c.span().overlaps(s));
  }

  /**
   * "CLAUSE, X said [tail]." / "CLAUSE, said X." / "CLAUSE, according to X." The cue stretch is the
   * last comma-separated one, or the one before an apposition of its subject ("..., said David Lee,
   * a professor at the college."): up to {@link #COMMAS} commas back. The comma may close a quoted
   * fragment ("will play the "woman card," Lee said").
   */
  private static @Nullable Clause trailing(TextIndex ix, SpeakerFinder speech, int lo, int hi) {
    int stop = hi;
    int commas = 0;
    for (int k = hi - 1; k > lo && hi - k <= 3 * MAX_TAIL && commas < COMMAS; k--) {
      boolean quotedComma =
          ix.isMark(k) && ix.quoted(k - 1) && ix.lower(k - 1).equals(",") && k - 1 > lo;
      if (!quotedComma && (ix.isMark(k) || ix.quoted(k))) {
        return null;
      }
      if (quotedComma || ix.lower(k).equals(",")) {
        if (stop - k > MAX_TAIL) {
          return null;
        }
        Clause c = cueAfter(ix, speech, lo, k, stop, quotedComma ? k - 1 : k);
        if (c != null) {
          return c;
        }
        commas++;
        stop = k;
      }
    }
    return null;
  }

  /**
   * The statement before the comma at {@code comma} whose cue stands in {@code (comma, stop)}, or
   * null. {@code last} is the token that ends the reported clause.
   */
  private static @Nullable Clause cueAfter(
      TextIndex ix, SpeakerFinder speech, int lo, int comma, int stop, int last) {
    for (int k = comma + 1; k < stop; k++) {
      Subject subject = null;
      boolean cue = false;
      if (ix.lower(k).equals("according") && k + 1 < stop && ix.lower(k + 1).equals("to")) {
        cue = k == comma + 1;
        subject = speech.subjectStartingAt(k + 2);
      } else if (speech.isSpeechVerb(k) && ix.tag(k).startsWith("VB")) {
        if (k == comma + 1 && ix.tag(k).equals("VBG")) {
          // ", accusing Lee of lying": a participle right after the comma is no inverted cue
          // ("said Lee"); the name after it is its object, and the clause's subject speaks.
          return null;
        }
        cue = true;
        subject = k == comma + 1 ? speech.subjectStartingAt(k + 1) : speech.subjectOf(k, 0);
      }
      if (!cue) {
        continue;
      }
      boolean outletReports =
          subject != null
              && subject.ref() != null
              && subject.ref().isOutlet()
              && (ix.lower(k).startsWith("report") || ix.lower(k).equals("according"));
      if (subject == null
          || outletReports
          || subject.mention().start() <= ix.span(comma).end()
          || (k > comma + 1 && hasObject(ix, k, stop))) {
        return null;
      }
      return reported(ix, lo, last, k, subject);
    }
    return null;
  }

  /**
   * Whether the verb at {@code v} has an object of its own ("..., the opposition rejects the
   * result"), so it reports nothing before the comma. "told reporters" is the audience.
   */
  private static boolean hasObject(TextIndex ix, int v, int hi) {
    int n = v + 1;
    if (n >= hi
        || ix.isPunct(n)
        || ix.lower(v).startsWith("tol")
        || ix.lower(v).startsWith("tell")) {
      return false;
    }
    String tag = ix.tag(n);
    return !(tag.equals("IN") || tag.equals("TO") || tag.startsWith("RB") || tag.startsWith("NNP"));
  }

  /**
   * "The plan, the minister said, was never costed.": a cue between commas inside the reported
   * clause, its subject after the first comma and nothing after the verb. The statement spans the
   * sentence with the cue inside it, as the two halves make one clause.
   */
  private static @Nullable Clause interrupted(TextIndex ix, SpeakerFinder speech, int lo, int hi) {
    int first = afterDateline(ix, lo, hi);
    int comma = -1;
    for (int k = first + 1; k < hi && k - first <= 10; k++) {
      if (ix.isMark(k) || ix.quoted(k) || ix.lower(k).equals(";")) {
        return null;
      }
      if (ix.lower(k).equals(",")) {
        comma = k;
        break;
      }
    }
    if (comma < 0 || ix.isMark(first) || ix.quoted(first)) {
      return null;
    }
    for (int v = comma + 2; v < hi && v - comma <= 6; v++) {
      if (ix.lower(v).equals(",")) {
        return null;
      }
      if (!speech.isSpeechVerb(v) || !ix.tag(v).startsWith("VB")) {
        continue;
      }
      Subject subject = speech.subjectOf(v, 0);
      int last = lastWord(ix, v + 2, hi);
      boolean closes = v + 1 < hi && ix.lower(v + 1).equals(",");
      if (subject == null
          || !closes
          || subject.mention().start() <= ix.span(comma).end()
          || (subject.ref() != null && subject.ref().isOutlet())
          || last < 0
          || last - v < 3) {
        return null;
      }
      String through = ix.text.substring(ix.span(first).start(), ix.span(last).end());
      return through.indexOf('\n') >= 0
          ? null
          : new Clause(new Span(ix.span(first).start(), ix.span(last).end()), v, subject);
    }
    return null;
  }

  /** "According to X, CLAUSE." */
  private static @Nullable Clause leading(TextIndex ix, SpeakerFinder speech, int lo, int hi) {
    if (hi - lo < 4 || !ix.lower(lo).equals("according") || !ix.lower(lo + 1).equals("to")) {
      return null;
    }
    Subject subject = speech.subjectStartingAt(lo + 2);
    if (subject != null && subject.ref() != null && subject.ref().isOutlet()) {
      return null;
    }
    for (int k = lo + 2; k < hi && k - lo <= MAX_TAIL; k++) {
      if (ix.lower(k).equals(",")) {
        int last = lastWord(ix, k + 1, hi);
        if (subject == null || last < 0 || !clauseLike(ix, k + 1, last)) {
          return null;
        }
        return new Clause(new Span(ix.span(k + 1).start(), ix.span(last).end()), lo, subject);
      }
    }
    return null;
  }

  private static @Nullable Clause reported(
      TextIndex ix, int lo, int comma, int verb, Subject subject) {
    int first = afterDateline(ix, lo, comma);
    int last = comma - 1;
    int words = first;
    if (ix.isMark(first) && IndirectSpeechFinder.mixed(ix, first, comma)) {
      // ""I held and hugged" grieving families, he said": a quoted opening, then the reporter's
      // words; still one reported clause, whose own words must read as one.
      first++;
      words = first;
      while (words < last && (ix.quoted(words) || ix.isMark(words))) {
        words++;
      }
    }
    String through = ix.text.substring(ix.span(first).start(), ix.span(verb).end());
    if (last < words || through.indexOf('\n') >= 0 || !clauseLike(ix, words, last)) {
      return null;
    }
    return new Clause(new Span(ix.span(first).start(), ix.span(last).end()), verb, subject);
  }

  /**
   * The first token after a dateline that opens the sentence ("TOKYO, March 12 (Wire) — "): a
   * stretch without a verb that ends with a dash. {@code lo} when there is none.
   */
  private static int afterDateline(TextIndex ix, int lo, int hi) {
    for (int k = lo; k < hi && k - lo < 20; k++) {
      String w = ix.lower(k);
      if (w.equals("\u2014") || w.equals("--") || w.equals("\u2013")) {
        return k + 1 < hi ? k + 1 : lo;
      }
      if (ix.tag(k).startsWith("VB") || ix.tag(k).equals("MD")) {
        return lo;
      }
    }
    return lo;
  }

  /** The last token before {@code hi} that is not punctuation, or -1. */
  private static int lastWord(TextIndex ix, int from, int hi) {
    for (int k = hi - 1; k >= from; k--) {
      if (!ix.isPunct(k) || ix.isMark(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code [first, last]} reads as a clause: enough words, a verb, no quote mark or quoted
   * word at its start (a direct quote), and no line break inside.
   */
  private static boolean clauseLike(TextIndex ix, int first, int last) {
    if (ix.isMark(first) || ix.quoted(first) || ix.isPunct(first)) {
      return false;
    }
    int words = 0;
    boolean verb = false;
    for (int k = first; k <= last; k++) {
      words += ix.isPunct(k) ? 0 : 1;
      String tag = ix.tag(k);
      verb |= tag.startsWith("VB") || tag.equals("MD");
    }
    String between = ix.text.substring(ix.span(first).start(), ix.span(last).end());
    return words >= MIN_WORDS && verb && between.indexOf('\n') < 0;
  }
}
