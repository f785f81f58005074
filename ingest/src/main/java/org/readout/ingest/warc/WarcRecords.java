package org.readout.ingest.warc;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.ingest.internal.GzipMembers;
import org.readout.ingest.internal.GzipMembers.LimitException;

/**
 * The results of one WARC file, lazily. jwarc parses each record; the framing around it is ours, so
 * that a bad stretch of the file costs one diagnostic and reading resumes after it: in a plain WARC
 * at the next {@code WARC/1.} line, in a WARC.gz at the next gzip member.
 */
final class WarcRecords implements Iterator<IngestResult>, Closeable {
  private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private final FileChannel channel;
  private final String name;
  private final ReadOptions options;
  private final @Nullable GzipMembers gzip;
  private final ArrayDeque<IngestResult> pending = new ArrayDeque<>();
  private @Nullable WarcReader reader;
  private long memberOffset;
  private long resumeAt;
  private long lastStart;
  private boolean done;

  private WarcRecords(FileChannel channel, String name, ReadOptions options, boolean gzipped) {
    this.channel = channel;
    this.name = name;
    this.options = options;
    this.gzip =
        gzipped
            ? new GzipMembers(Channels.newInputStream(channel), options.maxDecompressedBytes())
            : null;
  }

  static WarcRecords open(Path file, String name, ReadOptions options) throws IOException {
    FileChannel channel = FileChannel.open(file);
    ByteBuffer head = ByteBuffer.allocate(2);
    while (head.hasRemaining() && channel.read(head) >= 0) {
      // Two bytes tell gzip from plain WARC.
    }
    channel.position(0);
    return new WarcRecords(
        channel, name, options, GzipMembers.isGzip(head.array(), head.position()));
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !done) {
      if (gzip != null) {
        stepGzip(gzip);
      } else {
        stepPlain();
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.removeFirst();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private void stepPlain() {
    WarcReader r = reader;
    long at = resumeAt;
    try {
      if (r == null) {
        channel.position(resumeAt);
        r = new WarcReader(channel);
        reader = r;
      }
      Optional<WarcRecord> record = r.next();
      at = r.position();
      if (record.isEmpty()) {
        reportQuietEnd(lastStart, at, channel.size());
        done = true;
        return;
      }
      lastStart = at;
      add(ResponsePages.toResult(record.get(), name + " record at offset " + at, options));
    } catch (EOFException e) {
      // The record being read (or skipped by jwarc) starts at the reader's position.
      report(r != null ? r.position() : at, "truncated record: " + e.getMessage());
      done = true;
    } catch (ParsingException | RuntimeException e) {
      at = r != null ? r.position() : at;
      long next = findMagic(at + 1);
      report(
          at,
          "not a WARC record ("
              + message(e)
              + ")"
              + (next < 0 ? "; nothing readable after it" : "; resuming at offset " + next));
      reader = null;
      resumeAt = next;
      done = next < 0;
    } catch (IOException e) {
      report(at, "cannot read: " + e.getMessage());
      done = true;
    }
  }

  private void stepGzip(GzipMembers members) {
    try {
      WarcReader r = reader;
      if (r == null) {
        long at = members.position();
        try {
          if (!members.nextMember()) {
            done = true;
            return;
          }
        } catch (GzipMembers.BadGzipException e) {
          long skipped = members.resync();
          report(at, "not a gzip member: " + skipped + " bytes of garbage skipped");
          return;
        }
        memberOffset = members.memberOffset();
        r = new WarcReader(Channels.newChannel(new Unclosed(members)));
        reader = r;
      }
      Optional<WarcRecord> record = r.next();
      if (record.isEmpty()) {
        long left = members.memberBytes() - r.position();
        if (left < 0 || left > 4) {
          report(memberOffset, left < 0 ? TRUNCATED_BODY : truncatedHeader(left));
        }
        reader = null;
        return;
      }
      long inner = r.position();
      String where =
          name
              + " record at offset "
              + memberOffset
              + (inner > 0 ? " (+" + inner + " bytes into its gzip member)" : "");
      add(ResponsePages.toResult(record.get(), where, options));
    } catch (ParsingException | RuntimeException e) {
      // The member is intact but its WARC record is not: the rest of the member is skipped.
      report(memberOffset, "not a WARC record (" + message(e) + ")");
      reader = null;
    } catch (LimitException e) {
      report(memberOffset, e.getMessage());
      afterBadMember(members);
      done |= members.exhausted();
    } catch (IOException e) { // Truncated or corrupt gzip data.
      report(memberOffset, e.getMessage());
      afterBadMember(members);
    }
  }

  private void afterBadMember(GzipMembers members) {
    reader = null;
    try {
      members.resync();
    } catch (IOException e) {
      report(members.position(), "cannot read: " + e.getMessage());
      done = true;
    }
  }

  private static final String TRUNCATED_BODY =
      "truncated record (its Content-Length runs past the end of the data)";

  private static String truncatedHeader(long left) {
    return "truncated record (" + left + " bytes that are no complete WARC record)";
  }

  /**
   * jwarc ends quietly, without an exception, when the data stops inside a record header or inside
   * the body of a record it was skipping: tell those apart from a clean end by where it stopped.
   */
  private void reportQuietEnd(long lastRecordStart, long end, long size) {
    if (end > size) {
      report(lastRecordStart, TRUNCATED_BODY);
    } else if (size - end > 4) { // More than a stray record trailer is left.
      report(end, truncatedHeader(size - end));
    }
  }

  /** The offset of the next {@code WARC/1.} at or after {@code from}, or -1. */
  private long findMagic(long from) {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long base = from;
    try {
      while (true) {
        buf.clear();
        int n = channel.read(buf, base);
        if (n < MAGIC.length) {
          return -1;
        }
        byte[] a = buf.array();
        for (int i = 0; i + MAGIC.length <= n; i++) {
          if (matches(a, i)) {
            return base + i;
          }
        }
        base += n - MAGIC.length + 1;
      }
    } catch (IOException e) {
      return -1;
    }
  }

  private static boolean matches(byte[] a, int at) {
    for (int j = 0; j < MAGIC.length; j++) {
      if (a[at + j] != MAGIC[j]) {
        return false;
      }
    }
    return true;
  }

  private void add(@Nullable IngestResult result) {
    if (result != null) {
      pending.add(result);
    }
  }

  private void report(long offset, @Nullable String problem) {
    pending.add(
        IngestResult.failed(
            name + "@" + offset, name + " record at offset " + offset + ": " + problem));
  }

  private static String message(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /** Keeps jwarc from closing the gzip stream, which outlives each member's reader. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
