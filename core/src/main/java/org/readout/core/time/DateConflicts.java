package org.readout.core.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;

/**
 * Finds one event given two different dates: two sentences that share their participants and
 * predicate words (a body sentence and a photo caption, typically) but whose explicitly written
 * dates differ. Only dates written with a number count ("Nov. 21", "the 21st"); holidays and "that
 * afternoon" name or refer to dates but do not date an event on their own.
 */
final class DateConflicts {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Words saying the second sentence is about another occurrence, not a restatement. */
  private static final Pattern ANOTHER =
      Pattern.compile(
          "(?i)\\b(?:again|another|previous|previously|earlier|later|next|following|second|last)\\b");

  private static final Set<String> STOP =
      Set.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "of",
          "on",
          "in",
          "at",
          "to",
          "with",
          "for",
          "by",
          "from",
          "as",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "that",
          "this",
          "their",
          "his",
          "her",
          "its",
          "they",
          "he",
          "she",
          "it",
          "we",
          "i",
          "you",
          "time",
          "local",
          "also",
          "said",
          "says",
          "say",
          "which",
          "who",
          "after",
          "before",
          "during",
          "courtesy");
  private static final Map<String, String> IRREGULAR =
      Map.of(
          "held", "hold", "holds", "hold", "met", "meet", "meets", "meet", "spoke", "speak", "made",
          "make");

  /**
   * Minimum share of content words two sentences must have in common to be about the same event.
   */
  private static final double MIN_SIMILARITY = 0.4;

  private static final int MIN_SHARED = 3;

  /**
   * Minimum share of the shorter sentence's content words found in the longer one, with two shared
   * actors.
   */
  private static final double MIN_OVERLAP = 0.5;

  /**
   * Minimum content words in common for the overlap rule: names alone (two people, two words each)
   * are not enough.
   */
  private static final int MIN_SHARED_OVERLAP = 6;

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

  private final AnnotatedArticle doc;
  private final String text;

  /** Stem to surface, for messages that quote the words two sentences share. */
  private final Map<String, String> surfaces = new java.util.HashMap<>();

  /** Content words of each dated expression's sentence, computed once per expression. */
  private final Map<Span, Set<String>> cache = new java.util.HashMap<>();

  DateConflicts(AnnotatedArticle doc) {
    this.doc = doc;
    this.text = doc.text();
  }

  List<Flag> find() {
    List<TimeExpression> dated = new ArrayList<>();
    for (TimeExpression t : doc.times()) {
      if (DAY_VALUE.matcher(t.value()).lookingAt()
          && t.span().of(text).chars().anyMatch(Character::isDigit)) {
        dated.add(t);
      }
    }
    List<Flag> flags = new ArrayList<>();
    for (int j = 1; j < dated.size(); j++) {
      TimeExpression later = dated.get(j);
      Sentence sj = doc.sentenceAt(later.span().start());
      if (sj == null || ANOTHER.matcher(text).region(sj.span().start(), sj.span().end()).find()) {
        continue;
      }
      Set<String> wj = contentWords(sj, later.span());
      TimeExpression best = null;
      Set<String> bestShared = Set.of();
      double bestSim = MIN_SIMILARITY;
      for (int i = 0; i < j; i++) {
        TimeExpression earlier = dated.get(i);
        Sentence si = doc.sentenceAt(earlier.span().start());
        if (si == null || si.equals(sj) || earlier.value().regionMatches(0, later.value(), 0, 10)) {
          continue;
        }
        Set<String> wi = contentWords(si, earlier.span());
        Set<String> shared = new LinkedHashSet<>(wi);
        shared.retainAll(wj);
        Set<String> union = new HashSet<>(wi);
        union.addAll(wj);
        double sim = union.isEmpty() ? 0 : (double) shared.size() / union.size();
        // A caption restates a long lead sentence in few words: most of the shorter sentence is in
        // the longer one, and both name the same participants.
        double overlap = (double) shared.size() / Math.max(1, Math.min(wi.size(), wj.size()));
        if (overlap >= MIN_OVERLAP
            && shared.size() >= MIN_SHARED_OVERLAP
            && sharedActors(si, sj) >= 2) {
          sim = Math.max(sim, MIN_SIMILARITY + (overlap - MIN_OVERLAP) / 10);
        }
        if (shared.size() >= MIN_SHARED && sim >= bestSim && sharedActors(si, sj) > 0) {
          best = earlier;
          bestSim = sim;
          bestShared = shared;
        }
      }
      if (best != null) {
        flags.add(flag(later, best, bestShared));
      }
    }
    return flags;
  }

  private Flag flag(TimeExpression t, TimeExpression other, Set<String> shared) {
    String about =
        String.join(" ", shared.stream().limit(6).map(w -> surfaces.getOrDefault(w, w)).toList());
    return new Flag(
        "date-conflict",
        t.span(),
        other.span(),
        "'"
            + t.span().of(text)
            + "' "
            + t.span()
            + " dates the event ("
            + about
            + ") to "
            + t.value()
            + ", but '"
            + other.span().of(text)
            + "' "
            + other.span()
            + " dates it to "
            + other.value());
  }

  private Set<String> contentWords(Sentence s, Span exclude) {
    return cache.computeIfAbsent(exclude, k -> words(s, exclude));
  }

  private Set<String> words(Sentence s, Span exclude) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text).region(s.span().start(), s.span().end());
    while (m.find()) {
      if (exclude.overlaps(new Span(m.start(), m.end()))) {
        continue;
      }
      String w = POSSESSIVE.matcher(m.group().toLowerCase(Locale.ROOT)).replaceFirst("");
      if (w.length() < 2 || STOP.contains(w) || (Numbers.month(w) > 0 && w.length() <= 4)) {
        continue;
      }
      String stem = stem(w);
      surfaces.putIfAbsent(stem, m.group());
      out.add(stem);
    }
    return out;
  }

  private static String stem(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * How many actors both sentences mention. With no actor layer at all, words must do, and the
   * sentences count as sharing one.
   */
  private int sharedActors(Sentence a, Sentence b) {
    if (doc.actors().isEmpty()) {
      return 1;
    }
    int n = 0;
    for (Actor actor : doc.actors()) {
      if (mentions(actor, a) && mentions(actor, b)) {
        n++;
      }
    }
    return n;
  }

  private static boolean mentions(Actor actor, @Nullable Sentence s) {
    if (s == null) {
      return false;
    }
    for (Mention m : actor.mentions()) {
      if (s.span().contains(m.span())) {
        return true;
      }
    }
    return false;
  }
}
