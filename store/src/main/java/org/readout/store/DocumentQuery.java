package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A filter on stored documents.
 *
 * @param dates the document date
 * @param outlet only this outlet (host name without {@code www.}), or null
 * @param limit at most this many rows (positive)
 */
public record DocumentQuery(DateRange dates, @Nullable String outlet, int limit) {
  public DocumentQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
