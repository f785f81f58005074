package org.readout.cli.eval;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Precision of predicted events per confidence band: whether an event's {@code confidence} means
 * something, i.e. whether events in a higher band are right more often (issue 13). Each scorer
 * decides what "right" is for its gold. Not thread-safe.
 */
final class ConfidenceBands {
  /** Lower bounds of the bands, lowest first; the last band runs to 1. */
  static final double[] LOWER = {0, 0.55, 0.70, 0.85};

  private final int[] predicted = new int[LOWER.length];
  private final int[] right = new int[LOWER.length];

  /** Counts one predicted event. */
  void add(double confidence, boolean correct) {
    int band = 0;
    while (band + 1 < LOWER.length && confidence >= LOWER[band + 1] - 1e-9) {
      band++;
    }
    predicted[band]++;
    right[band] += correct ? 1 : 0;
  }

  boolean isEmpty() {
    for (int n : predicted) {
      if (n > 0) {
        return false;
      }
    }
    return true;
  }

  /** Prints one line per band: range, precision, right of predicted. */
  void print(PrintWriter out, String what) {
    out.printf(Locale.ROOT, "  precision by confidence (%s):%n", what);
    for (int b = LOWER.length - 1; b >= 0; b--) {
      double upper = b + 1 < LOWER.length ? LOWER[b + 1] : 1;
      out.printf(
          Locale.ROOT,
          "    [%.2f, %.2f%s %.3f  (%d of %d)%n",
          LOWER[b],
          upper,
          b + 1 < LOWER.length ? ")" : "]",
          Scores.ratio(right[b], predicted[b]),
          right[b],
          predicted[b]);
    }
  }
}
