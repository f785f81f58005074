package org.readout.ingest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;

/**
 * What reading one input document produced: the article, or null when the document could not be
 * read, and everything worth reporting about it. Ingestion never throws on bad data; it returns one
 * of these instead.
 *
 * @param id the document's identifier: the path as given, {@code -} for standard input, a JSONL
 *     {@code id} (or {@code file:line})
 * @param article the article, or null exactly when {@code diagnostics} holds an {@link
 *     Diagnostic.Severity#ERROR}
 * @param diagnostics errors and warnings, in the order they were found
 */
public record IngestResult(String id, @Nullable Article article, List<Diagnostic> diagnostics) {

  public IngestResult {
    Objects.requireNonNull(id, "id");
    diagnostics = List.copyOf(diagnostics);
    boolean hasError =
        diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    if ((article == null) != hasError) {
      throw new IllegalArgumentException(
          "an IngestResult has an article exactly when it has no error: " + id + " " + diagnostics);
    }
  }

  /** A result for a document that could not be read. */
  static IngestResult failed(String id, String message) {
    return new IngestResult(id, null, List.of(Diagnostic.error(message)));
  }

  /** True when an article was read (possibly with warnings). */
  public boolean ok() {
    return article != null;
  }

  /** The first {@link Diagnostic.Severity#ERROR} message, or null when the document was read. */
  public @Nullable String error() {
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        return d.message();
      }
    }
    return null;
  }
}
