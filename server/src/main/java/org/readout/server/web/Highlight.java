package org.readout.server.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * One highlighted span of article text.
 *
 * @param span UTF-16 offsets into the article text
 * @param layer the layer it belongs to (its colour and toggle)
 * @param ref the item it shows evidence for ({@code q3}); every span of one item shares it
 * @param anchor the element id a side list links to ({@code ev-q3}), or null when another span of
 *     the item carries it
 * @param role {@code main}, or {@code speaker} / {@code other} for the second span of a quote's
 *     attribution or a flag's conflict
 * @param title the hover text
 */
record Highlight(
    Span span, Layer layer, String ref, @Nullable String anchor, String role, String title) {
  Highlight {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(title, "title");
  }
}
