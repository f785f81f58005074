package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.readout.core.model.AnnotatedArticle;
import org.readout.store.gdelt.GdeltWriter;

/**
 * {@code --format gdelt}: one GDELT 2.0 Event table row per event (see docs/gdelt.md). {@code
 * DATEADDED} is the document date at midnight UTC (empty without one), so reruns print the same
 * rows.
 */
final class Gdelt {
  void write(AnnotatedArticle doc, PrintWriter out) {
    LocalDate date = doc.article().date();
    Instant added = date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    try {
      new GdeltWriter(added).write(doc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
