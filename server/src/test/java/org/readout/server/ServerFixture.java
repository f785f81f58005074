package org.readout.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.SimplePipeline;
import org.readout.store.sqlite.SqliteStore;

/**
 * A real server on a free loopback port over a real SQLite file, with the core stages (no CoreNLP)
 * as its extractor, and an HTTP client for it. Articles are written for these tests.
 */
public final class ServerFixture implements AutoCloseable {
  public static final String TOKEN = "test-token-5b1e";

  public static final String CALL =
      "Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on"
          + " Tuesday, the two governments said.\n\n"
          + "\"Our cooperation has no limits,\" Putin told Xi, according to the Kremlin.\n\n"
          + "Xi said that the two countries would deepen trade in the coming year.";

  public static final String SANCTIONS =
      "The European Union imposed new sanctions on Iran on Monday over its missile programme.\n\n"
          + "\"This is a warning,\" the EU foreign policy chief said.";

  public final SqliteStore store;
  public final ReadoutServer server;
  public final HttpClient http = HttpClient.newHttpClient();

  public ServerFixture(Path dir, @Nullable String token, long maxBodyBytes) {
    this(dir, token, maxBodyBytes, new WebRoutes[0]);
  }

  /** The fixture with more route sets beside the API (the web reader). */
  public ServerFixture(
      Path dir, @Nullable String token, long maxBodyBytes, WebRoutes... moreRoutes) {
    store = SqliteStore.open(dir.resolve("serve.db"));
    store.write(
        List.of(
            annotate("call-1", CALL, LocalDate.of(2025, 1, 22), "https://www.example-wire.com/c1"),
            annotate(
                "world/sanctions-1",
                SANCTIONS,
                LocalDate.of(2024, 6, 10),
                "https://news.example.org/s1")),
        Instant.parse("2025-01-23T08:00:00Z"));
    ReadoutServer.Builder builder =
        ReadoutServer.builder(store)
            .port(0)
            .token(token)
            .maxBodyBytes(maxBodyBytes)
            .extractor(SimplePipeline::runChecked)
            .errorLog(line -> System.err.println("server error: " + line));
    for (WebRoutes r : moreRoutes) {
      builder.routes(r);
    }
    server = builder.build().start();
  }

  public ServerFixture(Path dir) {
    this(dir, TOKEN, ReadoutServer.DEFAULT_MAX_BODY_BYTES);
  }

  public static AnnotatedArticle annotate(String id, String text, LocalDate date, String url) {
    return SimplePipeline.runChecked(
        new Article(id, "Headline of " + id, text, date, DateSource.METADATA, url));
  }

  public URI uri(String pathAndQuery) {
    return server
        .uri()
        .resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String body, @Nullable String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
