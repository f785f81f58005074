package org.readout.cli;

import java.io.PrintWriter;
import org.readout.core.model.AnnotatedArticle;

/** Bridges {@code --format gdelt} to the GDELT writer (issue 5); until it lands, no rows are written. */
final class Gdelt {
  private Gdelt() {}

  static void write(AnnotatedArticle doc, PrintWriter out) {
    // Wired to org.readout.cli.gdelt once the events stage exists (issue 5).
  }
}
