package org.readout.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.ingest.SkipReason;

/**
 * Reads a WARC file, plain or gzipped (one gzip member per record, as Common Crawl writes them, or
 * one for the whole file), into {@link IngestResult}s, streaming: memory stays bounded by one
 * record's payload whatever the file's size.
 *
 * <p>Only {@code response} records give results; {@code request}, {@code metadata}, {@code
 * warcinfo}, {@code revisit} and other records are passed over silently. A response that is not
 * HTTP 200 or not {@code text/html}/{@code application/xhtml+xml} is skipped ({@link
 * SkipReason#HTTP_STATUS}, {@link SkipReason#NOT_HTML}), and so is a page that is no article
 * ({@link SkipReason#TOO_LITTLE_TEXT}, {@link SkipReason#LISTING_PAGE}). An article: id and url =
 * {@code WARC-Target-URI}; charset from the HTTP {@code Content-Type}, else the page's {@code
 * <meta>}, else UTF-8 with the windows-1252 fallback; date = the page's metadata date, else its
 * dateline, else the {@code WARC-Date} (UTC), all with date source metadata or dateline.
 *
 * <p>Bad data is an error result whose message names the file and the record's byte offset (in a
 * WARC.gz file, the offset of the gzip member, as CDX indexes give it): a truncated record or gzip
 * member, garbage between records, a record that does not parse, a payload over {@link
 * ReadOptions#maxBytes()}, a gzip member inflating more than {@value
 * org.readout.ingest.internal.GzipMembers#MAX_RATIO} times its size, a file inflating past {@link
 * ReadOptions#maxDecompressedBytes()}. Reading goes on with the next record when the file allows
 * it. Stateless and thread-safe.
 */
public final class WarcFileReader {
  private WarcFileReader() {}

  /**
   * A lazy stream of the file's results; close it to close the file.
   *
   * @param name the file name used in ids of errors and in messages
   */
  public static Stream<IngestResult> read(Path file, String name, ReadOptions options) {
    WarcRecords records;
    try {
      // An empty file holds no record to report on: say so rather than yield nothing at all.
      if (java.nio.file.Files.size(file) == 0) {
        return Stream.of(IngestResult.failed(name, name + ": empty file (no WARC records)"));
      }
      records = WarcRecords.open(file, name, options);
    } catch (IOException e) {
      return Stream.of(IngestResult.failed(name, name + ": cannot read: " + e));
    }
    Spliterator<IngestResult> split =
        Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false)
        .onClose(
            () -> {
              try {
                records.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
