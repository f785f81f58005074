package org.readout.ingest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Bounds and defaults for reading documents.
 *
 * @param maxBytes the largest document accepted, in bytes; for JSONL the bound applies to each
 *     line. Larger documents give an error result instead of being read, so one bad input cannot
 *     exhaust memory.
 * @param defaultDate the document date to use ({@link org.readout.core.model.DateSource#GIVEN})
 *     when the document has neither a metadata date nor a dateline; null for none
 */
public record ReadOptions(long maxBytes, @Nullable LocalDate defaultDate) {

  /** The default size bound: 5,000,000 bytes, far above any news article. */
  public static final long DEFAULT_MAX_BYTES = 5_000_000L;

  public ReadOptions {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
  }

  /** 5 MB per document, no default date. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_BYTES, null);
  }

  /** A copy with the given default date. */
  public ReadOptions withDefaultDate(@Nullable LocalDate date) {
    return new ReadOptions(maxBytes, date);
  }

  /** A copy with the given size bound. */
  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, defaultDate);
  }
}
