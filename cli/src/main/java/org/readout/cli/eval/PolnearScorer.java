package org.readout.cli.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Scores Readout's quotes against PolNeAR attributions (docs/quotes.md), in two classes: direct
 * quotes (gold Content all inside quotation marks, against predicted {@code direct} and {@code
 * partial} quotes) and indirect attributions (the rest, against predicted {@code indirect} quotes).
 * Each class is matched twice: <em>exact</em>, one-to-one in text order (the spans are equal once
 * quotation marks, edge punctuation and a leading "that" are trimmed), and <em>overlap</em> (they
 * share a character): a prediction is right when it overlaps a gold Content, a gold one is found
 * when a prediction overlaps it, and its speaker is the speaker of the prediction that overlaps it
 * most (a quote interrupted by its cue is one PolNeAR Content and two Readout quotes). A matched
 * pair's speaker is right when the predicted speaker mention overlaps the gold Source (also the
 * words of a source that names no actor, "a senior official", counted apart as unnamed; or, for a
 * quote with no speaker, its channel, "according to the Times"), or one of the predicted actor's
 * mentions does (the same resolved actor), or the Source's words are the actor's name or one of its
 * mentions' words. A direct or partial quote that overlaps no direct gold but overlaps an indirect
 * gold Content is the quoted part of a mixed attribution ({@code said it was "a disgrace"}) and
 * counts for neither class.
 */
final class PolnearScorer {
  /** Totals of one class under one matching. */
  static final class Tally {
    int gold;
    int predicted;
    int matched;
    int predictedMatched;
    int goldWithSource;
    int matchedWithSource;
    int predictedWithSpeaker;
    int speakerCorrect;
    int speakerUnnamed;

    /** Wrong speakers of matched quotes, by {@link #wrongClass}, for {@code --errors}. */
    final SortedMap<String, Integer> wrongByClass = new TreeMap<>();

    double precision() {
      return Scores.ratio(predictedMatched, predicted);
    }

    double recall() {
      return Scores.ratio(matched, gold);
    }

    /** Right speakers among matched quotes whose gold names a source. */
    double speakerAccuracy() {
      return Scores.ratio(speakerCorrect, matchedWithSource);
    }

    double speakerPrecision() {
      return Scores.ratio(speakerCorrect, predictedWithSpeaker);
    }

    double speakerRecall() {
      return Scores.ratio(speakerCorrect, goldWithSource);
    }
  }

  /** Running totals over documents. */
  static final class Counts {
    int documents;
    final Tally directExact = new Tally();
    final Tally directOverlap = new Tally();
    final Tally indirectExact = new Tally();
    final Tally indirectOverlap = new Tally();

    /**
     * Indirect statements: the indirect gold whose cue is a word of speech (issue 9's "indirect
     * speech"); predictions are right when they overlap any indirect gold, as in {@link
     * #indirectOverlap}, so its precision is that class's.
     */
    final Tally speechOverlap = new Tally();
  }

  /** Where {@link #add} reports each wrong or missing speaker of an overlap match, or null. */
  private final @Nullable PrintWriter errors;

  PolnearScorer(@Nullable PrintWriter errors) {
    this.errors = errors;
  }

  void add(Counts c, PolnearDocument gold, AnnotatedArticle doc) {
    c.documents++;
    List<PolnearDocument.Attribution> direct = new ArrayList<>();
    List<PolnearDocument.Attribution> indirect = new ArrayList<>();
    gold.all().forEach(a -> (a.direct() ? direct : indirect).add(a));
    List<Quote> quoted = new ArrayList<>();
    List<Quote> reported = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      if (q.kind() == QuoteKind.INDIRECT) {
        reported.add(q);
      } else if (matchesAny(q, direct) || !matchesAny(q, indirect)) {
        quoted.add(q);
      }
    }
    score(c.directExact, direct, quoted, doc, true, "direct");
    score(c.directOverlap, direct, quoted, doc, false, "direct");
    score(c.indirectExact, indirect, reported, doc, true, "indirect");
    int right = c.indirectOverlap.predictedMatched;
    score(c.indirectOverlap, indirect, reported, doc, false, "indirect");
    List<PolnearDocument.Attribution> speech =
        indirect.stream().filter(PolnearDocument.Attribution::speech).toList();
    Tally s = new Tally();
    new PolnearScorer(null).score(s, speech, reported, doc, false, "speech");
    Tally t = c.speechOverlap;
    t.gold += s.gold;
    t.matched += s.matched;
    t.goldWithSource += s.goldWithSource;
    t.matchedWithSource += s.matchedWithSource;
    t.speakerCorrect += s.speakerCorrect;
    t.speakerUnnamed += s.speakerUnnamed;
    t.predicted += reported.size();
    t.predictedWithSpeaker += s.predictedWithSpeaker;
    t.predictedMatched += c.indirectOverlap.predictedMatched - right;
  }

  private static boolean matchesAny(Quote q, List<PolnearDocument.Attribution> golds) {
    return golds.stream().anyMatch(g -> overlap(g, q.span()) > 0);
  }

  private void score(
      Tally t,
      List<PolnearDocument.Attribution> golds,
      List<Quote> preds,
      AnnotatedArticle doc,
      boolean exact,
      String what) {
    String text = doc.text();
    t.gold += golds.size();
    t.predicted += preds.size();
    preds.forEach(p -> t.predictedWithSpeaker += source(p) ? 1 : 0);
    boolean[] used = new boolean[preds.size()];
    for (PolnearDocument.Attribution g : golds) {
      boolean hasSource = !g.source().isEmpty();
      t.goldWithSource += hasSource ? 1 : 0;
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < preds.size(); i++) {
        Span p = preds.get(i).span();
        int o = overlap(g, p);
        boolean fits = exact ? o > 0 && trim(text, p).equals(trim(text, g.cover())) : o > 0;
        if ((!exact || !used[i]) && fits && o > bestOverlap) {
          best = i;
          bestOverlap = o;
        }
      }
      if (best < 0) {
        if (errors != null && !exact) {
          errors.printf(
              Locale.ROOT,
              "%s\t%s\t%d\tmissed\tcue=%s\tsource=%s\t%s%n",
              doc.article().id(),
              g.direct() ? what : what + (g.speech() ? "-speech" : "-other"),
              g.cover().start(),
              words(text, g.cue()).toLowerCase(Locale.ROOT),
              words(text, g.source()),
              snippet(text, g.cover()));
        }
        continue;
      }
      used[best] = true;
      t.matched++;
      if (hasSource) {
        t.matchedWithSource++;
        Quote p = preds.get(best);
        boolean right = sameSource(g, p, doc);
        if (right) {
          t.speakerCorrect++;
          t.speakerUnnamed += p.speaker() == null ? 1 : 0;
        } else {
          t.wrongByClass.merge(wrongClass(p), 1, Integer::sum);
        }
        if (!right && errors != null && !exact) {
          Actor a = doc.actor(p.speaker());
          errors.printf(
              Locale.ROOT,
              "%s\t%s\t%d\twrong\t%s\tgold=%s\tpred=%s\tmention=%s\tcue=%s\t%s%n",
              doc.article().id(),
              what,
              p.span().start(),
              wrongClass(p),
              words(text, g.source()),
              a == null ? "-" : a.name(),
              p.speakerMention() == null ? "-" : p.speakerMention().of(text),
              p.cue() == null ? "-" : p.cue().of(text),
              snippet(text, p.span()));
        }
      }
    }
    if (!exact) {
      for (int i = 0; i < preds.size(); i++) {
        Span p = preds.get(i).span();
        used[i] = used[i] || golds.stream().anyMatch(g -> overlap(g, p) > 0);
      }
      unmatched(preds, used, text, doc.article().id(), what);
    }
    for (boolean u : used) {
      t.predictedMatched += u ? 1 : 0;
    }
  }

  /**
   * Why a matched quote's speaker is wrong, by what Readout based it on: {@code carried-over} (an
   * actor with no cue: turn taking or the last speaker), {@code cued-wrong-actor} (a cue and the
   * wrong subject), {@code unnamed-words} (speaker words that are not the gold Source), {@code
   * cued-no-subject} (a cue whose subject was not found) and {@code uncued-null}.
   */
  static String wrongClass(Quote p) {
    boolean cue = p.cue() != null;
    if (p.speaker() != null) {
      return cue ? "cued-wrong-actor" : "carried-over";
    }
    if (p.speakerMention() != null) {
      return "unnamed-words";
    }
    return cue ? "cued-no-subject" : "uncued-null";
  }

  /** Writes the wrong speakers of the overlap matching by class, as {@code #} lines. */
  static void printWrongClasses(Counts c, PrintWriter out) {
    out.printf(Locale.ROOT, "# direct wrong speakers by class: %s%n", c.directOverlap.wrongByClass);
    out.printf(
        Locale.ROOT, "# indirect wrong speakers by class: %s%n", c.indirectOverlap.wrongByClass);
  }

  private static String snippet(String text, Span s) {
    String w = s.of(text).replace('\n', ' ');
    return w.length() > 80 ? w.substring(0, 80) : w;
  }

  private void unmatched(List<Quote> preds, boolean[] used, String text, String id, String what) {
    for (int i = 0; i < preds.size(); i++) {
      if (!used[i] && errors != null) {
        errors.printf(
            Locale.ROOT,
            "%s\t%s\t%d\tspurious\t%s%n",
            id,
            what,
            preds.get(i).span().start(),
            snippet(text, preds.get(i).span()));
      }
    }
  }

  /** Characters that {@code span} shares with the attribution's Content fragments. */
  static int overlap(PolnearDocument.Attribution g, Span span) {
    int total = 0;
    for (Span s : g.content()) {
      total += Math.max(0, Math.min(s.end(), span.end()) - Math.max(s.start(), span.start()));
    }
    return total;
  }

  /**
   * The span's words without surrounding quotation marks, spaces, edge punctuation and a leading
   * "that", lower-cased: what an exact match compares.
   */
  static String trim(String text, Span span) {
    String s = span.of(text);
    int start = 0;
    int end = s.length();
    while (start < end && edge(s.charAt(start))) {
      start++;
    }
    while (end > start && edge(s.charAt(end - 1))) {
      end--;
    }
    String t = s.substring(start, end).toLowerCase(Locale.ROOT);
    return t.startsWith("that ") ? trim(t, new Span(5, t.length())) : t;
  }

  private static boolean edge(char c) {
    return Character.isWhitespace(c) || "\"“”‘’'«»„,.;:!?—–-…".indexOf(c) >= 0;
  }

  /** Whether the quote names a source: a speaking actor, or the words of an unnamed one. */
  private static boolean source(Quote p) {
    return p.speaker() != null || p.speakerMention() != null;
  }

  private static boolean sameSource(PolnearDocument.Attribution g, Quote p, AnnotatedArticle doc) {
    if (p.speakerMention() != null && overlapsSource(g, p.speakerMention())) {
      return true;
    }
    Actor channel = doc.actor(p.via());
    if (p.speaker() == null
        && channel != null
        && channel.mentions().stream().anyMatch(m -> overlapsSource(g, m.span()))) {
      // "according to the Times": Readout files the outlet as the channel, PolNeAR as the source.
      return true;
    }
    if (p.speaker() == null) {
      return false;
    }
    Actor a = doc.actor(p.speaker());
    if (a == null) {
      return false;
    }
    for (Mention m : a.mentions()) {
      if (overlapsSource(g, m.span())) {
        return true;
      }
    }
    String words = words(doc.text(), g.source()).toLowerCase(Locale.ROOT);
    if (words.equals(a.name().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return a.mentions().stream()
        .anyMatch(m -> m.span().of(doc.text()).toLowerCase(Locale.ROOT).equals(words));
  }

  private static boolean overlapsSource(PolnearDocument.Attribution g, Span s) {
    return g.source().stream().anyMatch(s::overlaps);
  }

  private static String words(String text, List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      b.append(b.length() == 0 ? "" : " ").append(s.of(text).strip());
    }
    return b.toString();
  }

  static void print(Counts c, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "documents %d; direct: gold %d, predicted %d; indirect: gold %d, predicted %d%n",
        c.documents,
        c.directOverlap.gold,
        c.directOverlap.predicted,
        c.indirectOverlap.gold,
        c.indirectOverlap.predicted);
    row(out, "direct   exact  ", c.directExact);
    row(out, "direct   overlap", c.directOverlap);
    row(out, "indirect exact  ", c.indirectExact);
    row(out, "indirect overlap", c.indirectOverlap);
    out.printf(
        Locale.ROOT,
        "indirect statements (cue of speech): gold %d of %d indirect%n",
        c.speechOverlap.gold,
        c.indirectOverlap.gold);
    row(out, "speech   overlap", c.speechOverlap);
  }

  private static void row(PrintWriter out, String label, Tally t) {
    Scores.row(out, "%s", label + " detection", t.precision(), t.recall(), t.matched);
    out.printf(
        Locale.ROOT,
        "%s speaker   accuracy %.3f (%d/%d, %d unnamed)  P %.3f  R %.3f  F1 %.3f%n",
        label,
        t.speakerAccuracy(),
        t.speakerCorrect,
        t.matchedWithSource,
        t.speakerUnnamed,
        t.speakerPrecision(),
        t.speakerRecall(),
        Scores.f1(t.speakerPrecision(), t.speakerRecall()));
  }
}
