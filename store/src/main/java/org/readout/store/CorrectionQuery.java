package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A filter on stored corrections, oldest first.
 *
 * @param status only this status, or null
 * @param documentId only this document's, or null
 * @param afterId only corrections numbered above this (0 for all): the cursor of a listing
 * @param limit at most this many (positive)
 */
public record CorrectionQuery(
    Correction.@Nullable Status status, @Nullable String documentId, long afterId, int limit) {
  public CorrectionQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  public static CorrectionQuery all(int limit) {
    return new CorrectionQuery(null, null, 0, limit);
  }
}
