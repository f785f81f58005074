package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.ReadoutServer;
import org.readout.server.ServerFixture;
import org.readout.store.sqlite.PooledStore;
import org.readout.store.sqlite.SqliteStore;

/**
 * ETag revalidation (issue 14): an unchanged store answers 304 to the tag it gave; a write, through
 * the server's store or by another connection to the file (an ingest in another process), makes the
 * old tag stale; errors carry no tag.
 */
class FreshnessTest {
  @TempDir Path dir;
  private PooledStore store;
  private ReadoutServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = PooledStore.open(dir.resolve("fresh.db"), 2);
    store.write(
        List.of(
            ServerFixture.annotate(
                "call-1", ServerFixture.CALL, LocalDate.of(2025, 1, 22), "https://example.com/1")),
        Instant.parse("2025-01-23T08:00:00Z"));
    server = ReadoutServer.builder(store).port(0).build().start();
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> get(String path, @Nullable String tag) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path.substring(1)));
    if (tag != null) {
      b.header("If-None-Match", tag);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUnchangedStoreAnswers304ToItsOwnTag() throws Exception {
    HttpResponse<String> first = get("/api/events", null);
    assertThat(first.statusCode()).isEqualTo(200);
    String tag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    HttpResponse<String> again = get("/api/events", tag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(get("/api/documents/call-1", tag).statusCode()).isEqualTo(304);
    assertThat(get("/api/events", "W/\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void aWriteByTheServerOrAnotherConnectionMakesTheTagStale() throws Exception {
    String tag = get("/api/documents", null).headers().firstValue("ETag").orElseThrow();
    store.write(
        List.of(
            ServerFixture.annotate(
                "sanctions-1",
                ServerFixture.SANCTIONS,
                LocalDate.of(2024, 6, 10),
                "https://example.org/s1")),
        Instant.parse("2025-01-24T08:00:00Z"));
    HttpResponse<String> changed = get("/api/documents", tag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("sanctions-1");
    String second = changed.headers().firstValue("ETag").orElseThrow();
    assertThat(second).isNotEqualTo(tag);
    assertThat(get("/api/documents", second).statusCode()).isEqualTo(304);
    try (SqliteStore other = SqliteStore.open(dir.resolve("fresh.db"))) {
      other.write(
          List.of(
              ServerFixture.annotate(
                  "later-1",
                  ServerFixture.CALL,
                  LocalDate.of(2025, 2, 1),
                  "https://example.com/2")),
          Instant.parse("2025-02-02T08:00:00Z"));
    }
    HttpResponse<String> fromElsewhere = get("/api/documents", second);
    assertThat(fromElsewhere.statusCode()).isEqualTo(200);
    assertThat(fromElsewhere.body()).contains("later-1");
  }

  @Test
  void errorsCarryNoTag() throws Exception {
    HttpResponse<String> bad = get("/api/events?from=2025-13-45", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("ETag")).isEmpty();
  }
}
