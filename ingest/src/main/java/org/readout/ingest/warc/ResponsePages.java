package org.readout.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.readout.ingest.DocumentParser;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.ingest.SkipReason;
import org.readout.ingest.internal.GzipMembers;

/** Turns one WARC record into its result: an article, a skip, an error, or nothing. */
final class ResponsePages {
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  /** Content-Encodings jwarc decodes without optional libraries (brotli needs one). */
  private static final Set<String> ENCODINGS =
      Set.of("gzip", "x-gzip", "deflate", "identity", "none");

  private ResponsePages() {}

  /**
   * The result for {@code record}, or null when it is not a response (requests, metadata and the
   * like are no documents).
   *
   * @param where names the record in messages: the file and the record's offset
   * @throws EOFException when the record is truncated: the file's framing is the caller's to handle
   */
  static @Nullable IngestResult toResult(WarcRecord record, String where, ReadOptions options)
      throws IOException {
    if (!(record instanceof WarcResponse response)) {
      return null;
    }
    Optional<String> target = response.headers().sole("WARC-Target-URI");
    String uri = target.map(ResponsePages::unbracket).orElse(null);
    String id = uri != null ? uri : where;
    String name = uri != null ? where + " (" + uri + ")" : where;
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      return IngestResult.failed(id, name + ": HTTP response does not parse: " + e.getMessage());
    }
    if (http.status() != 200) {
      return IngestResult.skipped(
          id, SkipReason.HTTP_STATUS, name + ": skipped: HTTP status " + http.status());
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!HTML_TYPES.contains(base)) {
      return IngestResult.skipped(
          id, SkipReason.NOT_HTML, name + ": skipped: not HTML (" + base + ")");
    }
    List<String> encodings = http.headers().all("Content-Encoding");
    if (encodings.size() > 1
        || (encodings.size() == 1
            && !ENCODINGS.contains(encodings.get(0).strip().toLowerCase(Locale.ROOT)))) {
      return IngestResult.failed(id, name + ": unsupported Content-Encoding " + encodings);
    }
    byte[] payload;
    try {
      payload = readBounded(http.bodyDecoded(), options.maxBytes() + 1);
    } catch (EOFException | GzipMembers.LimitException | GzipMembers.BadGzipException e) {
      throw e; // The file's gzip framing failed, not this payload: the caller resynchronizes.
    } catch (IOException e) {
      return IngestResult.failed(id, name + ": payload cannot be decoded: " + e.getMessage());
    }
    if (payload.length > options.maxBytes()) {
      return IngestResult.failed(
          id, name + ": payload larger than the " + options.maxBytes() + "-byte limit");
    }
    return DocumentParser.webPage(
        id,
        name,
        payload,
        payload.length,
        charset(type.parameters()),
        crawlDate(response),
        uri != null ? uri : id,
        options);
  }

  private static byte[] readBounded(MessageBody body, long limit) throws IOException {
    byte[] out = new byte[8192];
    int length = 0;
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    while (length < limit) {
      chunk.clear();
      int n = body.read(chunk);
      if (n < 0) {
        break;
      }
      int keep = (int) Math.min(n, limit - length);
      if (length + keep > out.length) {
        out = Arrays.copyOf(out, (int) Math.min(limit, Math.max(length + keep, 2L * out.length)));
      }
      System.arraycopy(chunk.array(), 0, out, length, keep);
      length += keep;
    }
    return Arrays.copyOf(out, length);
  }

  /** The {@code charset} parameter, or null when absent or unknown to the JDK. */
  private static @Nullable Charset charset(Map<String, String> parameters) {
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      if (p.getKey().equalsIgnoreCase("charset")) {
        try {
          return Charset.forName(p.getValue().strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null; // The page's meta or detection decides instead.
        }
      }
    }
    return null;
  }

  private static @Nullable LocalDate crawlDate(WarcRecord record) {
    try {
      return LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null; // A missing or malformed WARC-Date leaves the other date sources.
    }
  }

  private static String unbracket(String uri) {
    String s = uri.strip();
    return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
  }
}
