package org.readout.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An internal contradiction in an article, such as two dates for one event.
 *
 * @param kind short machine name ({@code date-conflict}, {@code weekday-mismatch}, ...)
 * @param span the suspicious text
 * @param other the text it conflicts with, or null
 * @param message what conflicts with what, for a person
 */
public record Flag(String kind, Span span, @Nullable Span other, String message) {
  public Flag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }
}
