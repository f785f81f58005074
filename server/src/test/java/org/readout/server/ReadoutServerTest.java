package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadoutServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private ServerFixture f;

  @BeforeEach
  void start() {
    f = new ServerFixture(dir);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void servesOneDocumentWithTextAndLayers() throws Exception {
    HttpResponse<String> r = f.get("/api/documents/call-1");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode doc = JSON.readTree(r.body());
    assertThat(doc.get("id").asText()).isEqualTo("call-1");
    assertThat(doc.get("text").asText()).isEqualTo(ServerFixture.CALL);
    assertThat(doc.get("date").asText()).isEqualTo("2025-01-22");
    JsonNode quote = doc.get("quotes").get(0);
    int start = quote.get("start").asInt();
    assertThat(ServerFixture.CALL.substring(start, quote.get("end").asInt()))
        .isEqualTo("Our cooperation has no limits,");
    assertThat(quote.get("speakerName").asText()).isEqualTo("Vladimir Putin");
  }

  @Test
  void documentIdsMayContainSlashes() throws Exception {
    HttpResponse<String> r = f.get("/api/documents/world/sanctions-1");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("id").asText()).isEqualTo("world/sanctions-1");
  }

  @Test
  void unknownDocumentIsAJson404NamingTheField() throws Exception {
    HttpResponse<String> r = f.get("/api/documents/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode err = JSON.readTree(r.body());
    assertThat(err.get("status").asInt()).isEqualTo(404);
    assertThat(err.get("field").asText()).isEqualTo("id");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        new String[] {"/api/documents/call-1", "/api/documents/nope", "/no-such-page"}) {
      HttpResponse<String> r = f.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp -> {
                assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'");
                assertThat(csp).doesNotContain("unsafe-inline");
              });
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  @Test
  void unknownRouteIsAJsonErrorWithoutAStackTrace() throws Exception {
    HttpResponse<String> r = f.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
  }

  @Test
  void loopbackNamesAreRecognized() {
    assertThat(ReadoutServer.isLoopback("127.0.0.1")).isTrue();
    assertThat(ReadoutServer.isLoopback("::1")).isTrue();
    assertThat(ReadoutServer.isLoopback("0.0.0.0")).isFalse();
  }
}
