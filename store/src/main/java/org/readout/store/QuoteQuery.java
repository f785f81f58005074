package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A filter on stored quotes; null fields do not filter.
 *
 * @param speaker the quote's speaker is this actor
 * @param via the quote was relayed through this actor (an agency, a readout)
 * @param search a full-text query over the quote's text (SQLite FTS5 syntax: words, {@code "a
 *     phrase"}, {@code OR}, {@code prefix*})
 * @param dates the statement's date
 * @param documentId quotes of this document only
 * @param limit at most this many rows (positive)
 */
public record QuoteQuery(
    @Nullable ActorMatch speaker,
    @Nullable ActorMatch via,
    @Nullable String search,
    DateRange dates,
    @Nullable String documentId,
    int limit) {
  public QuoteQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (search != null && search.isBlank()) {
      throw new IllegalArgumentException("search text is empty");
    }
  }

  public static QuoteQuery all(int limit) {
    return new QuoteQuery(null, null, null, DateRange.ALL, null, limit);
  }
}
