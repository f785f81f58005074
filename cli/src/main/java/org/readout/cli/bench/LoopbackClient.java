package org.readout.cli.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection for {@code bench serve}'s client threads: a GET is a few
 * writes and reads on a blocking socket. Not thread-safe; one per client thread.
 *
 * <p>Design decision: the bench runs its client on the same two cores as the server, so the client
 * must cost little next to what it measures. {@code java.net.http} hands every exchange between the
 * caller, its selector thread and an executor (three threads, two wake-ups per request); a blocking
 * socket per client is one system call each way. It reads what Jetty sends (a {@code
 * Content-Length} or chunked body) and reconnects when the server closes the connection.
 */
final class LoopbackClient implements AutoCloseable {
  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackClient(URI base) throws IOException {
    this.host = base.getHost();
    this.port = base.getPort();
    connect();
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    socket.connect(new InetSocketAddress(host, port), 5_000);
    in = new BufferedInputStream(socket.getInputStream(), 65536);
    out = socket.getOutputStream();
  }

  /** Sends {@code GET path} and reads the whole answer; returns its status (-1: no answer). */
  int get(String path) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return exchange(path);
      } catch (IOException e) {
        // The server may close a kept-alive connection between requests: reconnect once.
        closeQuietly();
        try {
          connect();
        } catch (IOException again) {
          return -1;
        }
      }
    }
    return -1;
  }

  private int exchange(String path) throws IOException {
    String request =
        "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: */*\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String status = line();
    if (!status.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (chunked) {
      for (long size = chunk(); size > 0; size = chunk()) {
        skip(size);
        line();
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // Trailers carry nothing the bench needs.
      }
    } else if (length >= 0) {
      skip(length);
    } else {
      close = true;
      in.transferTo(OutputStream.nullOutputStream());
    }
    if (close) {
      closeQuietly();
      connect();
    }
    return code;
  }

  private long chunk() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
  }

  private void skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed inside a body");
        }
        s = 1;
      }
      left -= s;
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  private void closeQuietly() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a broken connection: nothing left to do.
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }
}
