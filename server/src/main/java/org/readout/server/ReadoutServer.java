package org.readout.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.readout.server.api.ApiException;
import org.readout.server.api.ApiRoutes;
import org.readout.store.ArticleStore;

/**
 * The HTTP server behind {@code readout serve}: the JSON API under {@code /api/} and whatever
 * {@link WebRoutes} are added, over one store. Every response carries {@link SecurityHeaders};
 * every error, ours or the framework's, is a JSON body {@code {"status", "error", "field"}} with
 * its status code and never a stack trace.
 *
 * <p>Thread-safe once started. {@link #close} stops it and leaves the store open (its owner closes
 * it).
 */
public final class ReadoutServer implements AutoCloseable {
  /** The default cap on request bodies: 8 MiB, room for a batch of long articles. */
  public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;

  private final Javalin app;
  private final String host;

  private ReadoutServer(Builder b) {
    this.host = b.host;
    ServerContext context = new ServerContext(b.store, b.extractor, b.token, b.maxBodyBytes);
    Consumer<String> errorLog = b.errorLog;
    List<WebRoutes> routes = new ArrayList<>();
    routes.add(new ApiRoutes());
    routes.addAll(b.routes);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = b.host;
              config.jetty.port = b.port;
              config.http.maxRequestSize = b.maxBodyBytes;
              config.router.ignoreTrailingSlashes = true;
              config.routes.before(SecurityHeaders::add);
              config.routes.exception(
                  ApiException.class,
                  (e, ctx) -> error(ctx, e.status(), e.field(), e.getMessage()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> error(ctx, e.getStatus(), null, e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    // A bug of ours: the client learns only that it happened, the log what it was.
                    errorLog.accept(ctx.method() + " " + ctx.path() + ": " + e);
                    error(ctx, 500, null, "internal error");
                  });
              for (WebRoutes r : routes) {
                r.addTo(config, context);
              }
            });
  }

  /** Writes the error body every failure gets. */
  static void error(Context ctx, int status, @Nullable String field, @Nullable String message) {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("status", status);
    body.put("error", message == null || message.isBlank() ? "error " + status : message);
    if (field != null) {
      body.put("field", field);
    }
    try {
      ctx.status(status)
          .contentType("application/json")
          .result(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.status(status).contentType("text/plain").result("error " + status);
    }
  }

  /** A server over {@code store}; nothing is bound until {@link #start}. */
  public static Builder builder(ArticleStore store) {
    return new Builder(store);
  }

  /** Binds and starts serving; returns this server. */
  public ReadoutServer start() {
    app.start();
    return this;
  }

  /** The bound port (after {@link #start}): the real one when the builder asked for port 0. */
  public int port() {
    return app.port();
  }

  /** The base address, {@code http://host:port/}. */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Whether {@code host} names only this machine (a loopback address). */
  public static boolean isLoopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Options of a server; every one has a safe default (loopback, read-only, 8 MiB bodies). */
  public static final class Builder {
    private final ArticleStore store;
    private String host = "127.0.0.1";
    private int port = 8080;
    private @Nullable String token;
    private DocumentExtractor extractor = DocumentExtractor.NONE;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Consumer<String> errorLog = line -> {};
    private final List<WebRoutes> routes = new ArrayList<>();

    private Builder(ArticleStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** The address to bind (default {@code 127.0.0.1}). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to bind (default 8080; 0 picks a free one). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** The bearer token writes need; null (the default) makes the server read-only. */
    public Builder token(@Nullable String token) {
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("the token is empty");
      }
      this.token = token;
      return this;
    }

    /** How posted documents are extracted (default: they are refused). */
    public Builder extractor(DocumentExtractor extractor) {
      this.extractor = Objects.requireNonNull(extractor, "extractor");
      return this;
    }

    /** The cap on request bodies, in bytes. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** Where unexpected failures (bugs, not bad requests) are reported, one line each. */
    public Builder errorLog(Consumer<String> errorLog) {
      this.errorLog = Objects.requireNonNull(errorLog, "errorLog");
      return this;
    }

    /** Adds a route set (the web reader); the JSON API is always mounted. */
    public Builder routes(WebRoutes routes) {
      this.routes.add(Objects.requireNonNull(routes, "routes"));
      return this;
    }

    public ReadoutServer build() {
      return new ReadoutServer(this);
    }
  }
}
