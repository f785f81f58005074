package org.readout.cli.eval;

import java.io.PrintWriter;
import java.util.Locale;

/** The arithmetic and the printed row of precision, recall and F1 that every evaluation reports. */
final class Scores {
  private Scores() {}

  /** {@code a / b}, or 0 when {@code b} is 0. */
  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The harmonic mean of precision and recall, or 0 when both are 0. */
  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Prints one row {@code LABEL P 0.940 R 0.839 F1 0.887 (tp 47)}.
   *
   * @param label how to lay out {@code what}, such as {@code "%-6s"}: each report aligns its own
   *     labels
   */
  static void row(PrintWriter out, String label, String what, double p, double r, int tp) {
    out.printf(
        Locale.ROOT, label + " P %.3f  R %.3f  F1 %.3f  (tp %d)%n", what, p, r, f1(p, r), tp);
  }
}
