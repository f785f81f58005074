package org.readout.ingest.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Bounded gzip decompression, one member at a time: {@link #read} returns the current member's
 * bytes and -1 at its end, {@link #nextMember()} moves on. Not public API.
 *
 * <p>Two bounds refuse gzip bombs instead of inflating them: a member may not inflate to more than
 * {@value #MAX_RATIO} times the compressed bytes it has used (once past {@value #RATIO_FLOOR_BYTES}
 * bytes; news text compresses 3 to 10 times, a bomb a thousand), and the whole file not past {@code
 * maxTotalBytes}. Going over either throws {@link LimitException}.
 *
 * <p>Design decision: our own member framing, rather than {@link java.util.zip.GZIPInputStream}, so
 * that each member's compressed offset is known (WARC.gz files have one record per member, and a
 * diagnostic names the record by that offset), garbage between members is reported rather than
 * ignored, and reading can {@link #resync()} to the next member after a bad one.
 */
public final class GzipMembers extends InputStream {
  /** The largest inflated-to-compressed ratio a member may reach. */
  public static final int MAX_RATIO = 100;

  /** Members that inflate to less than this are never refused for their ratio. */
  public static final long RATIO_FLOOR_BYTES = 1L << 20;

  /** Decompression refused because a bound was reached. */
  public static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
      super(message);
    }
  }

  /** Data that is not gzip, or a member that fails to inflate or its CRC check. */
  public static final class BadGzipException extends ZipException {
    private static final long serialVersionUID = 1L;

    BadGzipException(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final long maxTotalBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long bufStart; // compressed offset of buf[0]
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long memberOffset = -1;
  private long memberOut;
  private long totalOut;
  private boolean inMember;

  /**
   * @param in the compressed bytes; {@link #close()} closes it
   * @param maxTotalBytes the most bytes all members together may inflate to
   */
  public GzipMembers(InputStream in, long maxTotalBytes) {
    this.in = in;
    this.maxTotalBytes = maxTotalBytes;
  }

  /** True when {@code head} starts with the gzip magic number. */
  public static boolean isGzip(byte[] head, int length) {
    return length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b;
  }

  /** The compressed offset where the current (or last) member began; -1 before the first. */
  public long memberOffset() {
    return memberOffset;
  }

  /** True once the file's bound on inflated bytes was reached: nothing more can be read. */
  public boolean exhausted() {
    return totalOut > maxTotalBytes;
  }

  /** How many bytes the current (or last) member has inflated to so far. */
  public long memberBytes() {
    return memberOut;
  }

  /** The compressed offset of the next unread byte. */
  public long position() {
    return bufStart + pos;
  }

  /**
   * Starts the next member, first skipping what is left of the current one (inflating it, within
   * the bounds). False at the end of input.
   *
   * @throws BadGzipException when the next bytes are not a gzip member header (garbage); {@link
   *     #resync()} then finds the next member
   */
  public boolean nextMember() throws IOException {
    if (exhausted()) {
      return false;
    }
    if (inMember) {
      skip(Long.MAX_VALUE);
    }
    if (!fill(1)) {
      return false;
    }
    memberOffset = position();
    readHeader();
    inflater.reset();
    crc.reset();
    memberOut = 0;
    inMember = true;
    return true;
  }

  /**
   * Abandons the current member and scans for the next gzip header (bytes 1f 8b 08), leaving it
   * ready for {@link #nextMember()}. Returns the number of bytes skipped.
   */
  public long resync() throws IOException {
    inMember = false;
    long start = position();
    if (memberOffset >= 0 && start <= memberOffset) {
      pos++; // Never find the bad header again.
    }
    while (fill(3)) {
      if (buf[pos] == (byte) 0x1f && buf[pos + 1] == (byte) 0x8b && buf[pos + 2] == 8) {
        return position() - start;
      }
      pos++;
    }
    pos = limit; // Fewer than three bytes left: no member can start there.
    return position() - start;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (!inMember) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        abandon();
        throw new BadGzipException(
            "corrupt gzip member at offset " + memberOffset + ": " + e.getMessage());
      }
      if (n > 0) {
        count(n);
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        pos = limit - inflater.getRemaining();
        inMember = false;
        readTrailer();
        return -1;
      }
      if (inflater.needsInput()) {
        if (!fill(1)) {
          inMember = false;
          throw new EOFException("truncated gzip member at offset " + memberOffset);
        }
        inflater.setInput(buf, pos, limit - pos);
        pos = limit;
      } else if (inflater.needsDictionary()) {
        abandon();
        throw new BadGzipException("corrupt gzip member at offset " + memberOffset);
      }
    }
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }

  /** An input stream of all members one after another, as {@code gunzip} reads them. */
  public InputStream concatenated() {
    return new InputStream() {
      private boolean started;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
          if (!started || !inMember) {
            started = true;
            if (!nextMember()) {
              return -1;
            }
          }
          int n = GzipMembers.this.read(b, off, len);
          if (n >= 0) {
            return n;
          }
        }
      }

      @Override
      public void close() throws IOException {
        GzipMembers.this.close();
      }
    };
  }

  private void count(int n) throws LimitException {
    memberOut += n;
    totalOut += n;
    if (totalOut > maxTotalBytes) {
      abandon();
      throw new LimitException(
          "gzip data inflates past the " + maxTotalBytes + "-byte limit for one file: refused");
    }
    if (memberOut > RATIO_FLOOR_BYTES && memberOut > MAX_RATIO * (inflater.getBytesRead() + 1)) {
      abandon();
      throw new LimitException(
          "gzip member at offset "
              + memberOffset
              + " inflates more than "
              + MAX_RATIO
              + " times its size (a gzip bomb?): refused");
    }
  }

  /**
   * Leaves the member, with the position back at the first byte the inflater has not used (it was
   * handed the rest of the buffer), so that {@link #resync()} finds a member that follows closely.
   */
  private void abandon() {
    pos = limit - inflater.getRemaining();
    inMember = false;
  }

  private void readHeader() throws IOException {
    if (!fill(10) || buf[pos] != (byte) 0x1f || buf[pos + 1] != (byte) 0x8b || buf[pos + 2] != 8) {
      throw new BadGzipException("not gzip data at offset " + position());
    }
    int flags = buf[pos + 3] & 0xFF;
    pos += 10;
    if ((flags & 4) != 0) { // FEXTRA
      need(2);
      int xlen = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
      pos += 2;
      skipCompressed(xlen);
    }
    if ((flags & 8) != 0) { // FNAME
      skipZeroTerminated();
    }
    if ((flags & 16) != 0) { // FCOMMENT
      skipZeroTerminated();
    }
    if ((flags & 2) != 0) { // FHCRC
      skipCompressed(2);
    }
  }

  private void readTrailer() throws IOException {
    need(8);
    long expectedCrc = readIntLe();
    long expectedSize = readIntLe();
    if (expectedCrc != crc.getValue() || expectedSize != (memberOut & 0xFFFFFFFFL)) {
      throw new BadGzipException("gzip member at offset " + memberOffset + " fails its CRC check");
    }
  }

  private long readIntLe() {
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v |= (long) (buf[pos + i] & 0xFF) << (8 * i);
    }
    pos += 4;
    return v;
  }

  private void need(int n) throws IOException {
    if (!fill(n)) {
      throw new EOFException("truncated gzip member at offset " + memberOffset);
    }
  }

  private void skipCompressed(int n) throws IOException {
    for (int left = n; left > 0; ) {
      need(1);
      int step = Math.min(left, limit - pos);
      pos += step;
      left -= step;
    }
  }

  private void skipZeroTerminated() throws IOException {
    do {
      need(1);
    } while (buf[pos++] != 0);
  }

  /** Makes at least {@code n} (at most the buffer size) bytes available; false at end of input. */
  private boolean fill(int n) throws IOException {
    if (limit - pos >= n) {
      return true;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    bufStart += pos;
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        return false;
      }
      limit += r;
    }
    return true;
  }
}
