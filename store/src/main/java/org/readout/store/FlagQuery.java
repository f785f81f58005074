package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A filter on stored consistency flags.
 *
 * @param kind only flags of this kind ({@code date-conflict}, ...), or null
 * @param documentId flags of this document only, or null
 * @param limit at most this many rows (positive)
 */
public record FlagQuery(@Nullable String kind, @Nullable String documentId, int limit) {
  public FlagQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
