package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.readout.cli.gdelt.GdeltWriter;
import org.readout.core.model.AnnotatedArticle;

/** {@code --format gdelt}: one GDELT 2.0 Event table row per event (see docs/gdelt.md). */
final class Gdelt {
  private final GdeltWriter writer = new GdeltWriter(Instant.now());

  void write(AnnotatedArticle doc, PrintWriter out) {
    try {
      writer.write(doc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
