package org.readout.cli.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Mention;
import org.readout.core.model.Span;

/**
 * Scores coded sentences against PLOVER-labelled gold. The prediction for a sentence is its top
 * event: the most confident one, the earliest on a tie. Gold standard records ({@link PloverGsr})
 * are scored on the category of the top event and on (source country, target country, category);
 * PLV sentences ({@link PlvSentence}) on the category of the top event between the marked actors
 * when they are given to the event stage ({@link GivenActors}), between them as the pipeline read
 * them, and of the sentence's top event regardless of actors. Not thread-safe: one instance per
 * run.
 */
final class PloverScorer {
  /** Sentences scored, and per measure how many were right. */
  private int gsr;

  private int gsrRoot;
  private int gsrTriple;
  private int gsrNone;
  private int plv;
  private int plvPair;
  private int plvPairNone;
  private int plvRead;
  private int plvTop;
  private int plvNone;
  private final @Nullable PrintWriter details;

  /** Every event of a GSR sentence, right when its PLOVER category is the gold one. */
  private final ConfidenceBands gsrBands = new ConfidenceBands();

  /** Every event of a PLV sentence as read, right on the marked pair with the gold category. */
  private final ConfidenceBands plvBands = new ConfidenceBands();

  /**
   * @param details where to print one line per sentence (id, gold, predicted), or null
   */
  PloverScorer(@Nullable PrintWriter details) {
    this.details = details;
  }

  /** The top event of {@code doc} among those {@code keep} accepts, by {@link Event#RANKING}. */
  static Optional<Event> top(AnnotatedArticle doc, Predicate<Event> keep) {
    return doc.events().stream().filter(keep).max(Event.RANKING);
  }

  void addGsr(PloverGsr gold, AnnotatedArticle doc) {
    gsr++;
    Optional<Event> e = top(doc, x -> true);
    String category = e.map(x -> PloverCategories.V05.of(x.code())).orElse(null);
    boolean root = gold.category().equals(category);
    boolean triple = false;
    String pair = "-";
    if (e.isPresent()) {
      String s = EventScorer.country(doc.actor(e.get().source()), e.get().sourceCode());
      String t =
          e.get().target() == null
              ? ""
              : EventScorer.country(doc.actor(e.get().target()), e.get().targetCode());
      triple = root && gold.sources().contains(s) && gold.targetFits(t);
      pair = s + ">" + (t.isEmpty() ? "-" : t) + " " + e.get().code();
    } else {
      gsrNone++;
    }
    for (Event x : doc.events()) {
      gsrBands.add(x.confidence(), gold.category().equals(PloverCategories.V05.of(x.code())));
    }
    gsrRoot += root ? 1 : 0;
    gsrTriple += triple ? 1 : 0;
    detail(
        gold.id(),
        (root ? "R" : "-") + (triple ? "T" : "-"),
        gold.category() + " " + gold.sources() + ">" + gold.targets(),
        category + " " + pair + " " + all(doc));
  }

  private static String all(AnnotatedArticle doc) {
    StringBuilder sb = new StringBuilder("[");
    for (Event e : doc.events()) {
      sb.append(e.code()).append(' ');
    }
    return sb.toString().strip() + "]";
  }

  /**
   * Scores one PLV sentence: {@code doc} as the pipeline read it, {@code given} with the marked
   * actors given to the event stage.
   */
  void addPlv(PlvSentence gold, AnnotatedArticle doc, AnnotatedArticle given) {
    plv++;
    String onPair = category(top(given, onPair(gold, given)));
    String read = category(top(doc, onPair(gold, doc)));
    String any = category(top(doc, x -> true));
    plvPair += gold.category().equals(onPair) ? 1 : 0;
    plvPairNone += onPair == null ? 1 : 0;
    plvRead += gold.category().equals(read) ? 1 : 0;
    plvTop += gold.category().equals(any) ? 1 : 0;
    plvNone += doc.events().isEmpty() ? 1 : 0;
    Predicate<Event> pair = onPair(gold, doc);
    for (Event x : doc.events()) {
      plvBands.add(
          x.confidence(),
          pair.test(x) && gold.category().equals(PloverCategories.V2021.of(x.code())));
    }
    detail(
        gold.id(),
        (gold.category().equals(onPair) ? "P" : "-")
            + (gold.category().equals(read) ? "R" : "-")
            + (gold.category().equals(any) ? "A" : "-"),
        gold.category(),
        onPair + " " + read + " " + any + " " + named(given));
  }

  /** Every event of {@code doc} as code, source and target name: what a reader of errors needs. */
  private static String named(AnnotatedArticle doc) {
    StringBuilder sb = new StringBuilder("[");
    for (Event e : doc.events()) {
      Actor t = e.target() == null ? null : doc.actor(e.target());
      Actor s = doc.actor(e.source());
      sb.append(e.code())
          .append(' ')
          .append(s == null ? "?" : s.name())
          .append('>')
          .append(t == null ? "-" : t.name())
          .append("; ");
    }
    return sb.toString().strip() + "]";
  }

  /** Events from the marked source to the marked target; an unmarked side is whoever is there. */
  private static Predicate<Event> onPair(PlvSentence gold, AnnotatedArticle doc) {
    Predicate<Event> source = e -> covers(doc.actor(e.source()), gold.sources());
    Predicate<Event> target = e -> covers(doc.actor(e.target()), gold.targets());
    return gold.sources().isEmpty()
        ? target
        : gold.targets().isEmpty() ? source : source.and(target);
  }

  private static @Nullable String category(Optional<Event> e) {
    return e.map(x -> PloverCategories.V2021.of(x.code())).orElse(null);
  }

  /** Whether one of the actor's mentions overlaps one of the marked spans. */
  private static boolean covers(@Nullable Actor a, List<Span> marked) {
    if (a == null) {
      return false;
    }
    for (Mention m : a.mentions()) {
      for (Span s : marked) {
        if (m.span().start() < s.end() && s.start() < m.span().end()) {
          return true;
        }
      }
    }
    return false;
  }

  private void detail(String id, String marks, String gold, String predicted) {
    if (details != null) {
      details.printf(Locale.ROOT, "%s\t%s\tgold %s\tgot %s%n", marks, id, gold, predicted);
    }
  }

  void print(PrintWriter out) {
    if (gsr > 0) {
      out.printf(Locale.ROOT, "PLOVER GSR: sentences %d%n", gsr);
      row(out, "root (top event)", gsrRoot, gsr);
      row(out, "source, target, root", gsrTriple, gsr);
      row(out, "no event", gsrNone, gsr);
      gsrBands.print(out, "an event is right when its category is the sentence's");
    }
    if (plv > 0) {
      out.printf(Locale.ROOT, "PLV: sentences %d%n", plv);
      row(out, "root on marked pair", plvPair, plv);
      row(out, "no event on marked pair", plvPairNone, plv);
      row(out, "root on pair, as read", plvRead, plv);
      row(out, "root, actors not given", plvTop, plv);
      row(out, "no event", plvNone, plv);
      plvBands.print(out, "an event is right on the marked pair with the sentence's category");
    }
  }

  private static void row(PrintWriter out, String what, int n, int of) {
    out.printf(Locale.ROOT, "  %-24s %.3f  (%d of %d)%n", what, Scores.ratio(n, of), n, of);
  }
}
