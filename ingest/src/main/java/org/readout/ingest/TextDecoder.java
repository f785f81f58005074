package org.readout.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Bytes to normalized text: a detected or given charset, no byte-order mark, no NUL characters, LF
 * line endings.
 *
 * <p>Detection, in order (documented in {@code docs/inputs.md}): a byte-order mark (UTF-8,
 * UTF-16LE, UTF-16BE) wins; then the charset the caller knows (an {@code --encoding}, an HTTP
 * header, a {@code <meta charset>}); then UTF-16 without a mark when one byte of each pair is
 * mostly NUL; then strict UTF-8. Bytes that are not valid UTF-8 are read as UTF-8 with U+FFFD for
 * the bad bytes when valid multi-byte UTF-8 came before them (the file is evidently UTF-8), else as
 * windows-1252 (the usual charset of old Western news text), each with a warning; unless they hold
 * control bytes, which no text in either charset has: then they are refused.
 */
final class TextDecoder {
  /** The charset of Western text that is not UTF-8 (a superset of printable Latin-1). */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How many leading bytes decide whether BOM-less text is UTF-16. */
  private static final int UTF16_SNIFF_BYTES = 4096;

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

  /**
   * Decoded text, the charset it was read in, and a warning (without the document name) when the
   * charset was a fallback.
   */
  record Decoded(String text, Charset charset, @Nullable String warning) {}

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

  /** The charset a byte-order mark at {@code from} names, or null when there is none. */
  static @Nullable Charset bomCharset(byte[] bytes, int from, int to) {
    if (bomLength(bytes, from, to) == 3) {
      return StandardCharsets.UTF_8;
    }
    if (to - from >= 2 && bytes[from] == (byte) 0xFF && bytes[from + 1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (to - from >= 2 && bytes[from] == (byte) 0xFE && bytes[from + 1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Decodes {@code bytes[from, to)} by the rules in the class comment. {@code known} is a charset
   * the caller was told (null when none); it is decoded leniently (U+FFFD for bad bytes), since a
   * declared charset is right far more often than a guess.
   */
  static Decoded decode(byte[] bytes, int from, int to, @Nullable Charset known)
      throws BadInputException {
    Charset bom = bomCharset(bytes, from, to);
    if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
      return new Decoded(strict(bytes, from + 2, to, bom, from), bom, null);
    }
    if (bom != null) {
      rejectNul(bytes, from, to);
      try {
        return new Decoded(decodeUtf8(bytes, from, to), bom, null);
      } catch (BadInputException e) {
        return replaced(bytes, from, to); // The mark says UTF-8: keep it, mark the bad bytes.
      }
    }
    if (known != null) {
      if (!isUtf16(known)) {
        rejectNul(bytes, from, to);
      }
      String text = new String(bytes, from, to - from, known);
      return new Decoded(normalizeNewlines(stripLeadingBom(text)), known, null);
    }
    Charset utf16 = utf16ByNulPattern(bytes, from, to);
    if (utf16 != null) {
      return new Decoded(
          strict(bytes, from, to, utf16, from),
          utf16,
          "no byte-order mark; read as " + utf16.name() + " (NUL byte pattern)");
    }
    rejectNul(bytes, from, to);
    try {
      return new Decoded(decodeUtf8(bytes, from, to), StandardCharsets.UTF_8, null);
    } catch (BadInputException e) {
      return fallback(bytes, from, to, e);
    }
  }

  private static Decoded fallback(byte[] bytes, int from, int to, BadInputException utf8Error)
      throws BadInputException {
    int bad = firstInvalidUtf8(bytes, from, to);
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        throw utf8Error; // Control bytes: neither UTF-8 nor windows-1252 text.
      }
    }
    boolean utf8Before = false;
    for (int i = from; i < bad; i++) {
      utf8Before |= bytes[i] < 0;
    }
    if (utf8Before) {
      return replaced(bytes, from, to);
    }
    return new Decoded(
        normalizeNewlines(new String(bytes, from, to - from, WINDOWS_1252)),
        WINDOWS_1252,
        "not valid UTF-8 at byte " + (bad - from) + ": read as windows-1252");
  }

  private static Decoded replaced(byte[] bytes, int from, int to) {
    int bad = firstInvalidUtf8(bytes, from, to);
    String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    return new Decoded(
        normalizeNewlines(stripLeadingBom(text)),
        StandardCharsets.UTF_8,
        "not valid UTF-8 at byte " + (bad - from) + ": bad bytes replaced by U+FFFD");
  }

  /**
   * Decodes {@code bytes[from, to)} as strict UTF-8 after rejecting NUL bytes, strips a leading
   * byte-order mark and normalizes line endings. Byte offsets in messages count from {@code from}.
   */
  static String decodeUtf8(byte[] bytes, int from, int to) throws BadInputException {
    rejectNul(bytes, from, to);
    int start = from + bomLength(bytes, from, to);
    return strict(bytes, start, to, StandardCharsets.UTF_8, from);
  }

  /** Strict decoding of {@code [start, to)}; offsets in messages count from {@code origin}. */
  private static String strict(byte[] bytes, int start, int to, Charset charset, int origin)
      throws BadInputException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
    // Neither UTF-8 nor UTF-16 needs more UTF-16 units than bytes.
    CharBuffer out = CharBuffer.allocate(to - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadInputException(
          "not valid " + label(charset) + " at byte " + (in.position() - origin));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new BadInputException("binary content (NUL character at offset " + nul + ")");
    }
    return normalizeNewlines(text);
  }

  private static int firstInvalidUtf8(byte[] bytes, int from, int to) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(to - from), true);
    return result.isError() ? in.position() : to;
  }

  /**
   * UTF-16LE when most odd bytes of the first pairs are NUL and almost no even byte is (Latin text
   * in UTF-16LE), UTF-16BE for the mirror image, else null.
   */
  private static @Nullable Charset utf16ByNulPattern(byte[] bytes, int from, int to) {
    int pairs = Math.min(to - from, UTF16_SNIFF_BYTES) / 2;
    if (pairs < 2) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs; i++) {
      evenNul += bytes[from + 2 * i] == 0 ? 1 : 0;
      oddNul += bytes[from + 2 * i + 1] == 0 ? 1 : 0;
    }
    if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean isUtf16(Charset charset) {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
  }

  private static String label(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
  }

  private static String stripLeadingBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
