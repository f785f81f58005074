package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.store.gdelt.GdeltMentionsWriter;
import org.readout.store.gdelt.GdeltWriter;

/**
 * {@code --format gdelt}: one GDELT 2.0 Event table row per event (see docs/gdelt.md). {@code
 * DATEADDED} is the document date at midnight UTC (empty without one), so reruns print the same
 * rows.
 */
final class Gdelt {
  void write(AnnotatedArticle doc, PrintWriter out) {
    try {
      new GdeltWriter(added(doc)).write(doc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code --format gdelt-mentions}: one GDELT 2.0 Mentions row per event, whose GlobalEventID is
   * that of its {@code --format gdelt} row.
   */
  void writeMentions(AnnotatedArticle doc, PrintWriter out) {
    try {
      new GdeltMentionsWriter(added(doc)).write(doc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable Instant added(AnnotatedArticle doc) {
    LocalDate date = doc.article().date();
    return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
