package org.readout.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an answer body to the response in one piece, with its length.
 *
 * <p>Design decision: the body is written to a buffer the serving thread keeps, then to the
 * response in one write with a {@code Content-Length}, so Jetty sends headers and body together and
 * the connection needs no chunked framing. Streaming to the response instead flushes in the JSON
 * generator's 8 KB pieces (more writes, chunked framing), and {@code ctx.result(bytes)} copies the
 * bytes once more through Javalin's stream copy. A buffer that grew past {@link #KEEP_BYTES} (a
 * large download) is dropped after use, so an idle thread holds little.
 */
final class Answers {
  /** The largest buffer a serving thread keeps between requests. */
  static final int KEEP_BYTES = 1 << 20;

  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

  private Answers() {}

  /** What writes a body. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Answers with the bytes {@code body} writes, as {@code contentType}. */
  static void send(Context ctx, String contentType, Body body) throws IOException {
    Buffer buffer = BUFFERS.get();
    buffer.reset();
    try {
      body.writeTo(buffer);
      ctx.contentType(contentType);
      // Javalin compresses a large answer for a client that asks (Accept-Encoding), and then
      // the length is the compressed one, which only it knows.
      if (ctx.header("Accept-Encoding") == null) {
        ctx.res().setContentLength(buffer.size());
      }
      OutputStream out = ctx.outputStream();
      out.write(buffer.bytes(), 0, buffer.size());
      out.close();
    } finally {
      if (buffer.bytes().length > KEEP_BYTES) {
        BUFFERS.remove();
      }
    }
  }

  /** A byte buffer whose array can be written without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(64 << 10);
    }

    byte[] bytes() {
      return buf;
    }
  }
}
