package org.readout.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.readout.ingest.ReadOptions;

/**
 * What every task of one job reads with: the read options in a serializable form, the job's
 * ingestion instant and the batch size of the row writer.
 *
 * @param maxBytes {@link ReadOptions#maxBytes()}
 * @param defaultDate {@link ReadOptions#defaultDate()}
 * @param encoding the name of {@link ReadOptions#encoding()}, or null to detect it
 * @param ingestedAt the {@code ingested_at} of every document of the job: one instant, taken on the
 *     driver, so that rows do not depend on when a task ran
 * @param batch documents per scratch store (see {@link RecordExtraction})
 * @param partitions extraction tasks the records are spread over; 0 for {@value
 *     IngestJob#RECORD_PARTITIONS_PER_CORE} per core of the job (at least one per file)
 * @param hadoop the driver's Hadoop configuration ({@code spark.hadoop.*} settings included), with
 *     which tasks open input URIs
 */
record JobSettings(
    long maxBytes,
    @Nullable LocalDate defaultDate,
    @Nullable String encoding,
    Instant ingestedAt,
    int batch,
    int partitions,
    Map<String, String> hadoop)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  JobSettings {
    hadoop = new TreeMap<>(hadoop);
    if (batch <= 0) {
      throw new IllegalArgumentException("batch must be positive: " + batch);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    }
  }

  /** A copy with the given Hadoop configuration. */
  JobSettings withHadoop(Map<String, String> conf) {
    return new JobSettings(maxBytes, defaultDate, encoding, ingestedAt, batch, partitions, conf);
  }

  ReadOptions readOptions() {
    return new ReadOptions(
        maxBytes,
        defaultDate,
        encoding == null ? null : Charset.forName(encoding),
        ReadOptions.DEFAULT_MAX_DECOMPRESSED_BYTES);
  }
}
