package org.readout.cli.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Where the root-level errors of an event evaluation lie, by the gold file's {@code style} and by
 * CAMEO root, and of what kind ({@code readout eval events --breakdown}). It tells a rule writer
 * which class of events a held-out set misses without opening its texts (issue 8: held-out sets are
 * scored, not read). Each gold triple missed, and each predicted triple that is wrong, is named by
 * what the other side has instead ({@link Kind}): its pair under another root, its root and source
 * toward another target, its root and target from another source, its root between two others, or
 * neither. Not thread-safe.
 */
final class EventBreakdown {
  /** Counts of one row: a style or a root. */
  private static final class Row {
    int gold;
    int predicted;
    int matched;

    /** Per {@link Kind}: gold triples missed, predicted triples wrong. */
    final int[] missed = new int[Kind.values().length];

    final int[] wrong = new int[Kind.values().length];
  }

  private final Map<String, Row> byStyle = new TreeMap<>();
  private final Map<String, Row> byRoot = new TreeMap<>();

  /**
   * Adds one document's root-level triples ({@code source|target|root}, as {@link EventScorer} keys
   * them).
   */
  void add(@Nullable String style, Set<String> gold, Set<String> predicted) {
    Row s = byStyle.computeIfAbsent(style == null ? "(none)" : style, k -> new Row());
    for (String g : gold) {
      Row r = byRoot.computeIfAbsent(root(g), k -> new Row());
      s.gold++;
      r.gold++;
      if (predicted.contains(g)) {
        s.matched++;
        r.matched++;
        continue;
      }
      Kind k = kind(g, predicted);
      s.missed[k.ordinal()]++;
      r.missed[k.ordinal()]++;
    }
    for (String p : predicted) {
      Row r = byRoot.computeIfAbsent(root(p), k -> new Row());
      s.predicted++;
      r.predicted++;
      if (gold.contains(p)) {
        continue;
      }
      Kind k = kind(p, gold);
      s.wrong[k.ordinal()]++;
      r.wrong[k.ordinal()]++;
    }
  }

  /** How a triple missing from the other side relates to that side's triples. */
  private enum Kind {
    /** The same (source, target) pair is there under another root. */
    ROOT,
    /** The same root from the same source is there, toward another target (or none). */
    TARGET,
    /** The same root toward the same target is there, from another source. */
    SOURCE,
    /** The same root is there between two other actors. */
    BOTH,
    /** Neither the pair nor the root is there. */
    NONE
  }

  private static Kind kind(String triple, Set<String> others) {
    String[] t = triple.split("\\|", -1);
    boolean pair = false;
    boolean source = false;
    boolean target = false;
    boolean root = false;
    for (String o : others) {
      String[] x = o.split("\\|", -1);
      pair |= x[0].equals(t[0]) && x[1].equals(t[1]);
      if (x[2].equals(t[2])) {
        root = true;
        source |= x[0].equals(t[0]);
        target |= x[1].equals(t[1]);
      }
    }
    if (pair) {
      return Kind.ROOT;
    }
    if (source) {
      return Kind.TARGET;
    }
    if (target) {
      return Kind.SOURCE;
    }
    return root ? Kind.BOTH : Kind.NONE;
  }

  private static String root(String triple) {
    return triple.substring(triple.lastIndexOf('|') + 1);
  }

  void print(PrintWriter out) {
    out.println(
        "  by style and by root; a gold triple missed, or a predicted one wrong, because the other"
            + " side has");
    out.println(
        "  its pair under another root (root), its root and source with another target (tgt),"
            + " its root and target");
    out.println("  from another source (src), its root between others (both), or neither (none):");
    table(out, "style", byStyle);
    table(out, "root", byRoot);
  }

  private static void table(PrintWriter out, String what, Map<String, Row> rows) {
    out.printf(
        Locale.ROOT,
        "    %-20s %5s %5s %5s %6s %6s %6s   missed: root  tgt  src both none"
            + "   wrong: root  tgt  src both none%n",
        what,
        "gold",
        "pred",
        "tp",
        "P",
        "R",
        "F1");
    for (Map.Entry<String, Row> e : rows.entrySet()) {
      Row r = e.getValue();
      double p = Scores.ratio(r.matched, r.predicted);
      double rc = Scores.ratio(r.matched, r.gold);
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "    %-20s %5d %5d %5d %6.3f %6.3f %6.3f   %7s",
                  e.getKey(),
                  r.gold,
                  r.predicted,
                  r.matched,
                  p,
                  rc,
                  Scores.f1(p, rc),
                  ""));
      for (int n : r.missed) {
        line.append(String.format(Locale.ROOT, " %4d", n));
      }
      line.append(String.format(Locale.ROOT, "   %6s", ""));
      for (int n : r.wrong) {
        line.append(String.format(Locale.ROOT, " %4d", n));
      }
      out.println(line);
    }
  }
}
