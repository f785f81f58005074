package org.readout.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to normalized text: strict UTF-8, no byte-order mark, no NUL bytes, LF line endings. */
final class TextDecoder {

  /**
   * Bad document content; the message names the problem (not the document) and becomes a {@link
   * Diagnostic}.
   */
  static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String problem) {
      super(problem, null, false, false);
    }
  }

  private TextDecoder() {}

  /** The number of bytes of a UTF-8 byte-order mark at {@code from}, 0 or 3. */
  static int bomLength(byte[] bytes, int from, int to) {
    return to - from >= 3
            && bytes[from] == (byte) 0xEF
            && bytes[from + 1] == (byte) 0xBB
            && bytes[from + 2] == (byte) 0xBF
        ? 3
        : 0;
  }

  /**
   * Decodes {@code bytes[from, to)} as strict UTF-8 after rejecting NUL bytes, strips a leading
   * byte-order mark and normalizes line endings. Byte offsets in messages count from {@code from}.
   */
  static String decodeUtf8(byte[] bytes, int from, int to) throws BadInputException {
    rejectNul(bytes, from, to);
    int start = from + bomLength(bytes, from, to);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
    // UTF-8 never needs more UTF-16 units than bytes, so one call decodes everything or stops at
    // the error.
    CharBuffer out = CharBuffer.allocate(to - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadInputException("not valid UTF-8 at byte " + (in.position() - from));
    }
    decoder.flush(out);
    out.flip();
    return normalizeNewlines(out.toString());
  }

  /**
   * Throws when the range holds a NUL byte, which no text document has but most binary files do.
   */
  static void rejectNul(byte[] bytes, int from, int to) throws BadInputException {
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException("binary content (NUL bytes at offset " + (i - from) + ")");
      }
    }
  }

  /**
   * CRLF and lone CR become LF. Every annotation offset points into the normalized text, so the
   * same article saved with Windows, old Mac or Unix line endings gets the same offsets and the
   * same annotations.
   */
  static String normalizeNewlines(String text) {
    int cr = text.indexOf('\r');
    if (cr < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    sb.append(text, 0, cr);
    for (int i = cr; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
