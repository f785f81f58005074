package org.readout.core.model;

import java.util.Objects;

/**
 * A temporal expression and its normalized TIMEX3-style value ({@code 2025-01-21}, {@code 2025},
 * {@code P3Y}, {@code XXXX-05}).
 */
public record TimeExpression(Span span, TimeKind kind, String value) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }
}
