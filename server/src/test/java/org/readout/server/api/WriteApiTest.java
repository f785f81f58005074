package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.ServerFixture;

/** The writes on a real server: token rules, body limits, strict JSON, corrections end to end. */
class WriteApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = ServerFixture.TOKEN;
  private static final String ARTICLE =
      "{\"id\":\"posted-1\",\"date\":\"2025-03-04\",\"title\":\"Talks\","
          + "\"url\":\"https://wire.example.net/talks\","
          + "\"text\":\"Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping"
          + " in Beijing on Monday.\"}";

  @TempDir Path dir;
  private ServerFixture f;

  @BeforeEach
  void start() {
    f = new ServerFixture(dir, TOKEN, 4096);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private static JsonNode error(HttpResponse<String> r, int status, String field) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode e = JSON.readTree(r.body());
    assertThat(e.get("status").asInt()).isEqualTo(status);
    if (field != null) {
      assertThat(e.path("field").asText()).as(r.body()).isEqualTo(field);
    }
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return e;
  }

  /**
   * A posted article in another language is skipped out loud, as {@code extract} and {@code ingest}
   * skip it, not stored as an empty document (issue 14; LanguageGuess of issue 13).
   */
  @Test
  void postedDocumentNotInEnglishIsSkippedWithItsLanguage() throws Exception {
    String french =
        "{\"id\":\"fr-1\",\"date\":\"2025-03-04\",\"text\":\"Le président de la République"
            + " a reçu mardi le premier ministre du Japon pour une visite de deux jours. Les deux"
            + " dirigeants ont signé un accord sur le commerce et la sécurité dans la région, selon"
            + " un communiqué publié par la présidence.\"}";
    HttpResponse<String> r = f.post("/api/documents", "[" + french + "," + ARTICLE + "]", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode docs = JSON.readTree(r.body()).get("documents");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).get("id").asText()).isEqualTo("fr-1");
    assertThat(docs.get(0).get("outcome").asText()).isEqualTo("skipped");
    assertThat(docs.get(0).get("skipped").asText()).isEqualTo("not English");
    assertThat(docs.get(0).get("language").asText()).isEqualTo("fr");
    assertThat(docs.get(0).has("actors")).isFalse();
    assertThat(docs.get(1).get("id").asText()).isEqualTo("posted-1");
    assertThat(docs.get(1).get("outcome").asText()).isEqualTo("new");
    assertThat(f.get("/api/documents/fr-1").statusCode()).isEqualTo(404);
    assertThat(f.get("/api/documents/posted-1").statusCode()).isEqualTo(200);
    // Alone, too: nothing is written, the answer says why.
    HttpResponse<String> alone = f.post("/api/documents", french, TOKEN);
    assertThat(JSON.readTree(alone.body()).get("documents").get(0).get("language").asText())
        .isEqualTo("fr");
    assertThat(f.get("/api/documents/fr-1").statusCode()).isEqualTo(404);
  }

  @Test
  void postedDocumentIsExtractedStoredAndServed() throws Exception {
    HttpResponse<String> r = f.post("/api/documents", ARTICLE, TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode d = JSON.readTree(r.body()).get("documents").get(0);
    assertThat(d.get("id").asText()).isEqualTo("posted-1");
    assertThat(d.get("outcome").asText()).isEqualTo("new");
    JsonNode doc = JSON.readTree(f.get("/api/documents/posted-1").body());
    assertThat(doc.get("date").asText()).isEqualTo("2025-03-04");
    assertThat(doc.get("title").asText()).isEqualTo("Talks");
    assertThat(doc.get("actors").toString()).contains("person/xi-jinping");
    // The same document again changes nothing; an array of two is one request.
    JsonNode again = JSON.readTree(f.post("/api/documents", "[" + ARTICLE + "]", TOKEN).body());
    assertThat(again.get("documents").get(0).get("outcome").asText()).isEqualTo("unchanged");
  }

  @Test
  void writesNeedTheRightBearerToken() throws Exception {
    error(f.post("/api/documents", ARTICLE, null), 401, null);
    error(f.post("/api/documents", ARTICLE, "wrong-token"), 401, null);
    error(f.post("/api/corrections", "{}", null), 401, null);
    error(f.post("/api/corrections/1/review", "{\"decision\":\"accept\"}", "nope"), 401, null);
    assertThat(f.get("/api/documents/posted-1").statusCode()).isEqualTo(404);
  }

  @Test
  void aServerWithoutATokenIsReadOnly() throws Exception {
    try (ServerFixture readOnly =
        new ServerFixture(java.nio.file.Files.createDirectories(dir.resolve("ro")), null, 4096)) {
      error(readOnly.post("/api/documents", ARTICLE, TOKEN), 403, null);
      error(readOnly.post("/api/corrections", "{}", null), 403, null);
      assertThat(readOnly.get("/api/events").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void badBodiesAre400sNamingTheField() throws Exception {
    error(
        f.post("/api/documents", "{\"id\":\"x\",\"text\":\"Hi.\",\"date\":\"2025-13-45\"}", TOKEN),
        400,
        "date");
    error(
        f.post("/api/documents", "{\"id\":\"x\",\"text\":\"Hi.\",\"author\":\"me\"}", TOKEN),
        400,
        "author");
    error(f.post("/api/documents", "{\"id\":\"x\",\"text\":", TOKEN), 400, "body");
    error(f.post("/api/documents", "{\"id\":\"x\",\"text\":\"a\"} trailing", TOKEN), 400, "body");
    error(
        f.post("/api/documents", "{\"id\":\"x\",\"id\":\"y\",\"text\":\"a\"}", TOKEN), 400, "body");
    error(f.post("/api/documents", "{\"text\":\"No id.\"}", TOKEN), 400, "id");
    error(f.post("/api/documents", "{\"id\":\"x\",\"text\":\"  \"}", TOKEN), 400, "text");
    error(f.post("/api/documents", "{\"id\":7,\"text\":\"a\"}", TOKEN), 400, "id");
    error(
        f.post(
            "/api/documents",
            "{\"id\":\"x\",\"text\":\"a\",\"url\":\"javascript:alert(1)\"}",
            TOKEN),
        400,
        "url");
    error(f.post("/api/documents", "[]", TOKEN), 400, "body");
    error(f.post("/api/documents", "\"just a string\"", TOKEN), 400, "document");
    error(f.post("/api/documents", "", TOKEN), 400, "body");
    HttpResponse<String> form =
        f.http.send(
            HttpRequest.newBuilder(f.uri("/api/documents"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=x&text=y"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    error(form, 415, null);
  }

  @Test
  void bodiesOverTheCapAre413() throws Exception {
    String big = "{\"id\":\"big\",\"text\":\"" + "a".repeat(5000) + "\"}";
    error(f.post("/api/documents", big, TOKEN), 413, null);
    // Without a Content-Length (chunked), the cap holds while reading.
    HttpResponse<String> chunked =
        f.http.send(
            HttpRequest.newBuilder(f.uri("/api/documents"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    error(chunked, 413, null);
  }

  @Test
  void deeplyNestedAndGarbageInputNeverGivesA500() throws Exception {
    String deep = "[".repeat(2000) + "]".repeat(2000);
    HttpResponse<String> r = f.post("/api/documents", deep, TOKEN);
    assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
    HttpResponse<String> binary = f.post("/api/corrections", "\u0000\u00ff\ud83d", TOKEN);
    assertThat(binary.statusCode()).isEqualTo(400);
    // A raw request line the client library would not send.
    try (Socket s = new Socket(f.server.uri().getHost(), f.server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          "GET /api/events?from=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).startsWith("HTTP/1.1 ").doesNotStartWith("HTTP/1.1 5");
    }
    try (Socket s = new Socket(f.server.uri().getHost(), f.server.port())) {
      OutputStream out = s.getOutputStream();
      out.write("\u0001\u0002 not http at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).startsWith("HTTP/1.1 4");
    }
  }

  @Test
  void correctionIsProposedReviewedAndAppliedToQueries() throws Exception {
    int start = ServerFixture.CALL.indexOf("Our cooperation");
    String proposal =
        "{\"documentId\":\"call-1\",\"layer\":\"quote\",\"start\":"
            + start
            + ",\"end\":"
            + (start + 30)
            + ",\"field\":\"speaker\",\"proposed\":\"person/xi-jinping\",\"author\":\"reader-a\","
            + "\"comment\":\"Xi said it, not Putin\"}";
    HttpResponse<String> created = f.post("/api/corrections", proposal, TOKEN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode c = JSON.readTree(created.body());
    assertThat(c.get("status").asText()).isEqualTo("pending");
    assertThat(c.get("original").asText()).isEqualTo("person/vladimir-putin");
    assertThat(c.get("author").asText()).isEqualTo("reader-a");
    long id = c.get("id").asLong();
    assertThat(JSON.readTree(f.get("/api/quotes?speaker=Putin").body()).get("items")).hasSize(1);
    assertThat(JSON.readTree(f.get("/api/corrections?status=pending").body()).get("items"))
        .hasSize(1);

    error(
        f.post("/api/corrections/" + id + "/review", "{\"decision\":\"maybe\"}", TOKEN),
        400,
        "decision");
    HttpResponse<String> reviewed =
        f.post(
            "/api/corrections/" + id + "/review",
            "{\"decision\":\"accept\",\"reviewer\":\"ed\"}",
            TOKEN);
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    assertThat(JSON.readTree(reviewed.body()).get("status").asText()).isEqualTo("accepted");
    assertThat(JSON.readTree(reviewed.body()).get("applied").asBoolean()).isTrue();
    assertThat(JSON.readTree(f.get("/api/quotes?speaker=Putin").body()).get("items")).isEmpty();
    JsonNode xi = JSON.readTree(f.get("/api/quotes?speaker=Xi").body()).get("items");
    assertThat(xi.toString()).contains("Our cooperation has no limits,");
    JsonNode doc = JSON.readTree(f.get("/api/documents/call-1").body());
    assertThat(doc.get("corrections").get(0).get("id").asLong()).isEqualTo(id);
    assertThat(JSON.readTree(f.get("/api/corrections/" + id).body()).get("reviewedBy").asText())
        .isEqualTo("ed");
    error(
        f.post("/api/corrections/" + id + "/review", "{\"decision\":\"reject\"}", TOKEN),
        409,
        "id");
    error(f.post("/api/corrections/999/review", "{\"decision\":\"reject\"}", TOKEN), 404, "id");
    error(f.get("/api/corrections/abc"), 400, "id");
  }

  @Test
  void badCorrectionsNameTheirField() throws Exception {
    String base = "{\"documentId\":\"call-1\",\"layer\":\"quote\",\"start\":125,\"end\":155,";
    error(
        f.post(
            "/api/corrections",
            base + "\"field\":\"speaker\",\"proposed\":\"person/nobody\"}",
            TOKEN),
        400,
        "proposed");
    error(f.post("/api/corrections", base + "\"field\":\"colour\"}", TOKEN), 400, "field");
    error(
        f.post("/api/corrections", base + "\"field\":\"code\",\"proposed\":\"010\"}", TOKEN),
        400,
        "field");
    error(
        f.post("/api/corrections", base + "\"field\":\"date\",\"proposed\":\"2025-13-45\"}", TOKEN),
        400,
        "proposed");
    error(
        f.post("/api/corrections", base + "\"field\":\"remove\",\"extra\":1}", TOKEN),
        400,
        "extra");
    error(
        f.post(
            "/api/corrections",
            "{\"documentId\":\"call-1\",\"layer\":\"poem\",\"start\":1,\"end\":2,\"field\":\"remove\"}",
            TOKEN),
        400,
        "layer");
    error(
        f.post(
            "/api/corrections",
            "{\"documentId\":\"call-1\",\"layer\":\"quote\",\"start\":-1,\"end\":2,\"field\":\"remove\"}",
            TOKEN),
        400,
        "start");
    error(
        f.post(
            "/api/corrections",
            "{\"documentId\":\"call-1\",\"layer\":\"quote\",\"start\":9,\"end\":2,\"field\":\"remove\"}",
            TOKEN),
        400,
        "end");
    error(
        f.post(
            "/api/corrections",
            "{\"documentId\":\"nope\",\"layer\":\"quote\",\"start\":1,\"end\":2,\"field\":\"remove\"}",
            TOKEN),
        404,
        "documentId");
    String event = "{\"documentId\":\"call-1\",\"layer\":\"event\",\"start\":157,\"end\":184,";
    error(
        f.post("/api/corrections", event + "\"field\":\"code\",\"proposed\":\"999\"}", TOKEN),
        400,
        "proposed");
    assertThat(
            f.post("/api/corrections", event + "\"field\":\"code\",\"proposed\":\"010\"}", TOKEN)
                .statusCode())
        .isEqualTo(201);
  }
}
