package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A position in an ordered scan (keyset pagination): the sort value and the row key of one row, so
 * that the next page starts strictly after it. Scans order by their sort value, newest first (null
 * values last), then by their row key: events by {@code (day, event)}, quotes by {@code (date,
 * quote)} (a full-text search by its match's rowid alone), documents by {@code (date, id)}.
 *
 * <p>Design decision: a page that starts after a row, not after a count of rows, costs the same at
 * any depth and returns every row once even while rows are added (a new row sorts before or after
 * the position; no row shifts into a page already served), which an offset cannot promise.
 *
 * @param value the row's sort value (a day, a date), or null when the row has none
 * @param key the row's key: a decimal row number for events and quotes, the document id for
 *     documents
 */
public record Seek(@Nullable String value, String key) {
  /** Receives each row of a scan with its position, where a page that ends there continues. */
  @FunctionalInterface
  public interface Sink<T> {
    void accept(T row, Seek position);
  }

  /** The key as a row number. */
  public long number() {
    try {
      return Long.parseLong(key);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a row number: " + key, e);
    }
  }
}
