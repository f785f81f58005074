package org.readout.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * A correction as a reader proposes it, before the store checks it against the document and fills
 * in the original value. See {@link Correction} for the fields.
 */
public record CorrectionDraft(
    String documentId,
    Correction.Layer layer,
    Span span,
    @Nullable String itemKey,
    Correction.Field field,
    @Nullable String proposed,
    @Nullable String comment,
    String author) {
  public CorrectionDraft {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(author, "author");
  }
}
