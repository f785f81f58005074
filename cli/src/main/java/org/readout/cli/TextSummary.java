package org.readout.cli;

import java.io.PrintWriter;
import java.util.List;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Quote;
import org.readout.core.model.TimeExpression;

/**
 * The {@code --format text} output: a readable summary of one document for a person at a terminal.
 */
final class TextSummary {
  private TextSummary() {}

  static void write(AnnotatedArticle doc, PrintWriter out) {
    write(doc, out, false);
  }

  /** With {@code plover}, each event's CAMEO code is followed by its PLOVER category and mode. */
  static void write(AnnotatedArticle doc, PrintWriter out, boolean plover) {
    String text = doc.text();
    out.printf(
        "== %s%s%n",
        doc.article().id(), doc.article().title() == null ? "" : "  " + doc.article().title());
    out.printf(
        "date: %s (%s)%n",
        doc.article().date() == null ? "unknown" : doc.article().date(),
        doc.article().dateSource().label());
    if (!doc.actors().isEmpty()) {
      out.println("actors:");
      for (Actor a : doc.actors()) {
        out.printf(
            "  %-28s %-12s %-8s %d mention%s, first at %d%n",
            a.name(),
            a.kind().label(),
            a.code() == null ? "-" : a.code(),
            a.mentions().size(),
            a.mentions().size() == 1 ? "" : "s",
            a.firstMention().span().start());
      }
    }
    if (!doc.quotes().isEmpty()) {
      out.println("quotes:");
      for (Quote q : doc.quotes()) {
        Actor s = doc.actor(q.speaker());
        Actor v = doc.actor(q.via());
        out.printf(
            "  [%d,%d) %s %s%s: \"%s\"%n",
            q.span().start(),
            q.span().end(),
            q.kind().label(),
            s == null ? "(speaker unknown)" : s.name(),
            v == null ? "" : " via " + v.name(),
            abbreviate(q.span().of(text), 90));
      }
    }
    if (!doc.times().isEmpty()) {
      out.println("times:");
      for (TimeExpression t : doc.times()) {
        out.printf(
            "  [%d,%d) %-24s %s %s%n",
            t.span().start(), t.span().end(), t.span().of(text), t.kind().label(), t.value());
      }
    }
    if (!doc.events().isEmpty()) {
      out.println("events:");
      for (Event e : doc.events()) {
        out.printf(
            "  %s %s -> %s %s (x%d): %s%n",
            plover ? e.code() + " " + plover(e.code()) : e.code(),
            e.sourceCode(),
            e.targetCode(),
            e.date() == null ? "" : e.date(),
            e.mentions(),
            abbreviate(e.span().of(text), 80));
      }
    }
    for (Flag f : doc.flags()) {
      out.printf("flag %s [%d,%d): %s%n", f.kind(), f.span().start(), f.span().end(), f.message());
    }
    out.println();
  }

  /** {@code PROTEST/demo}, {@code CONSULT}, or {@code -} for a statement. */
  private static String plover(String code) {
    List<String> cells = EventOntology.cells(code);
    return cells.get(0).isEmpty()
        ? "-"
        : cells.get(1).isEmpty() ? cells.get(0) : cells.get(0) + "/" + cells.get(1);
  }

  private static String abbreviate(String s, int max) {
    String one = s.replace('\n', ' ');
    return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
  }
}
