package org.readout.cli.ingest;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.readout.store.WriteOutcome;

/**
 * Counts what happened to each document of an ingest run: stored new, unchanged, replaced, skipped
 * or failed, the last two by reason. Not thread-safe: the writer thread owns it.
 */
public final class IngestTally {
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private long read;
  private long stored;
  private long unchanged;
  private long replaced;
  private final Map<String, Long> skipped = new TreeMap<>();
  private final Map<String, Long> failed = new TreeMap<>();

  void read() {
    read++;
  }

  void outcome(WriteOutcome o) {
    switch (o) {
      case NEW -> stored++;
      case UNCHANGED -> unchanged++;
      case REPLACED -> replaced++;
    }
  }

  void skipped(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  /**
   * Counts a failure under its reason: the message without the document's name, numbers replaced by
   * N, so "a.txt: not valid UTF-8 at byte 345" and "b.txt: ... byte 12" count together.
   */
  void failed(String documentId, String message) {
    String reason =
        message.startsWith(documentId + ": ")
            ? message.substring(documentId.length() + 2)
            : message;
    failed.merge(NUMBER.matcher(reason).replaceAll("N"), 1L, Long::sum);
  }

  public long done() {
    return stored + unchanged + replaced + skippedCount() + failedCount();
  }

  public long failedCount() {
    return failed.values().stream().mapToLong(Long::longValue).sum();
  }

  public long skippedCount() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public long stored() {
    return stored;
  }

  public long replaced() {
    return replaced;
  }

  public long unchanged() {
    return unchanged;
  }

  /** The final summary, one line of totals then one line per skip and failure reason. */
  public void print(PrintWriter err, double seconds) {
    err.printf(
        "ingest: %d read, %d new, %d unchanged, %d replaced, %d skipped, %d failed in %.1f s%n",
        read, stored, unchanged, replaced, skippedCount(), failedCount(), seconds);
    skipped.forEach((reason, n) -> err.printf("  skipped %d: %s%n", n, reason));
    failed.forEach((reason, n) -> err.printf("  failed %d: %s%n", n, reason));
    err.flush();
  }
}
