package org.readout.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Bounds and defaults for reading documents.
 *
 * @param maxBytes the largest document accepted, in bytes; for JSONL the bound applies to each
 *     line, for a WARC file to each record's HTTP payload, for a {@code .gz} file to its
 *     decompressed content. Larger documents give an error result instead of being read, so one bad
 *     input cannot exhaust memory.
 * @param defaultDate the document date to use ({@link org.readout.core.model.DateSource#GIVEN})
 *     when the document has neither a metadata date nor a dateline; null for none
 * @param encoding the charset of text, HTML and JSONL files when given ({@code --encoding}); null
 *     to detect it (byte-order marks, UTF-16 by its NUL pattern, UTF-8, else windows-1252: see
 *     {@code docs/inputs.md}). A byte-order mark and, for HTML inside WARC files, the HTTP header's
 *     charset still win.
 * @param maxDecompressedBytes the most bytes one compressed file ({@code .gz}, {@code .warc.gz})
 *     may inflate to in all; reading stops with an error diagnostic past it
 */
public record ReadOptions(
    long maxBytes,
    @Nullable LocalDate defaultDate,
    @Nullable Charset encoding,
    long maxDecompressedBytes) {

  /** The default size bound: 5,000,000 bytes, far above any news article. */
  public static final long DEFAULT_MAX_BYTES = 5_000_000L;

  /**
   * The default bound on one compressed file's inflated size: 64 GiB, ten times the largest Common
   * Crawl News WARC. Bombs are refused much earlier by the compression-ratio bound.
   */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 64L << 30;

  public ReadOptions {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    if (maxDecompressedBytes <= 0) {
      throw new IllegalArgumentException(
          "maxDecompressedBytes out of range: " + maxDecompressedBytes);
    }
  }

  /** Detected encoding, default decompression bound. */
  public ReadOptions(long maxBytes, @Nullable LocalDate defaultDate) {
    this(maxBytes, defaultDate, null, DEFAULT_MAX_DECOMPRESSED_BYTES);
  }

  /** 5 MB per document, no default date, detected encoding. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_BYTES, null);
  }

  /** A copy with the given default date. */
  public ReadOptions withDefaultDate(@Nullable LocalDate date) {
    return new ReadOptions(maxBytes, date, encoding, maxDecompressedBytes);
  }

  /** A copy with the given size bound. */
  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, defaultDate, encoding, maxDecompressedBytes);
  }

  /** A copy with the given encoding, or null to detect it. */
  public ReadOptions withEncoding(@Nullable Charset charset) {
    return new ReadOptions(maxBytes, defaultDate, charset, maxDecompressedBytes);
  }

  /** A copy with the given bound on a compressed file's inflated size. */
  public ReadOptions withMaxDecompressedBytes(long bytes) {
    return new ReadOptions(maxBytes, defaultDate, encoding, bytes);
  }
}
