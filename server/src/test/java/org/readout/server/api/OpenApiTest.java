package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.ServerFixture;

/**
 * The OpenAPI document served at /openapi.json matches the implementation: real responses of every
 * operation, successes and errors, validate against the schema it declares for their status.
 */
class OpenApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = ServerFixture.TOKEN;

  @TempDir static Path dir;
  private static ServerFixture f;
  private static JsonNode openapi;
  private static final Set<String> exercised = new LinkedHashSet<>();

  @BeforeAll
  static void start() throws Exception {
    f = new ServerFixture(dir);
    HttpResponse<String> r = f.get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    openapi = JSON.readTree(r.body());
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  /** Checks a response against the operation {@code template} + {@code method} declares. */
  private static JsonNode conforms(String method, String template, HttpResponse<String> r)
      throws Exception {
    exercised.add(method + " " + template);
    JsonNode op = openapi.path("paths").path(template).path(method);
    assertThat(op.isMissingNode()).as("documented: " + method + " " + template).isFalse();
    JsonNode response = op.path("responses").path(Integer.toString(r.statusCode()));
    assertThat(response.isMissingNode())
        .as(method + " " + template + " documents status " + r.statusCode() + ": " + r.body())
        .isFalse();
    JsonNode schema = response.path("content").path("application/json").path("schema");
    assertThat(schema.isMissingNode()).as("a JSON schema for " + r.statusCode()).isFalse();
    JsonNode body = JSON.readTree(r.body());
    List<String> problems = new SchemaCheck(openapi).problems(body, schema);
    assertThat(problems).as(method + " " + template + " " + r.statusCode()).isEmpty();
    return body;
  }

  @Test
  void everyOperationAnswersAsDocumented() throws Exception {
    conforms("get", "/api/events", f.get("/api/events?limit=3"));
    conforms("get", "/api/events", f.get("/api/events?from=2025-13-45"));
    conforms("get", "/api/quotes", f.get("/api/quotes"));
    conforms("get", "/api/actors", f.get("/api/actors"));
    conforms("get", "/api/flags", f.get("/api/flags"));
    conforms("get", "/api/documents", f.get("/api/documents"));
    conforms("get", "/api/documents/{id}", f.get("/api/documents/call-1"));
    conforms("get", "/api/documents/{id}", f.get("/api/documents/world/sanctions-1"));
    conforms("get", "/api/documents/{id}", f.get("/api/documents/missing"));
    String article =
        "{\"id\":\"oa-1\",\"date\":\"2025-02-03\",\"text\":\"Iran condemned the new sanctions on"
            + " Tuesday, its foreign ministry said.\"}";
    conforms("post", "/api/documents", f.post("/api/documents", article, TOKEN));
    conforms("post", "/api/documents", f.post("/api/documents", article, null));
    conforms("post", "/api/documents", f.post("/api/documents", "{\"id\":1}", TOKEN));
    int start = ServerFixture.CALL.indexOf("Our cooperation");
    String proposal =
        "{\"documentId\":\"call-1\",\"layer\":\"quote\",\"start\":"
            + start
            + ",\"end\":"
            + (start + 30)
            + ",\"field\":\"speaker\",\"proposed\":\"person/xi-jinping\"}";
    JsonNode c = conforms("post", "/api/corrections", f.post("/api/corrections", proposal, TOKEN));
    conforms("post", "/api/corrections", f.post("/api/corrections", "{\"layer\":1}", TOKEN));
    long id = c.get("id").asLong();
    conforms("get", "/api/corrections", f.get("/api/corrections?status=pending"));
    conforms("get", "/api/corrections/{id}", f.get("/api/corrections/" + id));
    conforms("get", "/api/corrections/{id}", f.get("/api/corrections/4040"));
    conforms(
        "post",
        "/api/corrections/{id}/review",
        f.post("/api/corrections/" + id + "/review", "{\"decision\":\"accept\"}", TOKEN));
    conforms(
        "post",
        "/api/corrections/{id}/review",
        f.post("/api/corrections/" + id + "/review", "{\"decision\":\"accept\"}", TOKEN));
    // The corrected document, with its correction listed, still fits the schema.
    conforms("get", "/api/documents/{id}", f.get("/api/documents/call-1"));

    // Stories: the list (JSON and an error), one story and a missing one.
    JsonNode stories = conforms("get", "/api/stories", f.get("/api/stories"));
    conforms("get", "/api/stories", f.get("/api/stories?from=2025-13-45"));
    String storyId = stories.get("items").get(0).get("id").asText();
    conforms("get", "/api/stories/{id}", f.get("/api/stories/" + storyId));
    conforms("get", "/api/stories/{id}", f.get("/api/stories/s000000000000"));
    // A French article is skipped, and says so.
    String french =
        "{\"id\":\"oa-fr\",\"text\":\"Le ministre a annoncé mardi que les deux pays"
            + " signeront un accord sur le commerce et la sécurité dans la région, selon un"
            + " communiqué publié par la présidence.\"}";
    conforms("post", "/api/documents", f.post("/api/documents", french, TOKEN));
    // Dictionary rules: a speaker correction naming an unknown person offers one.
    long rule = offerRule();
    conforms("get", "/api/rules", f.get("/api/rules?status=pending"));
    conforms("get", "/api/rules", f.get("/api/rules?status=maybe"));
    conforms("get", "/api/rules/{id}", f.get("/api/rules/" + rule));
    conforms("get", "/api/rules/{id}", f.get("/api/rules/4040"));
    conforms("get", "/api/rules/{id}", f.get("/api/rules/x"));
    String review = "/api/rules/" + rule + "/review";
    conforms("post", "/api/rules/{id}/review", f.post(review, "{\"decision\":\"accept\"}", TOKEN));
    conforms("post", "/api/rules/{id}/review", f.post(review, "{\"decision\":\"accept\"}", null));
    conforms(
        "post",
        "/api/rules/{id}/review",
        f.post(
            review,
            "{\"decision\":\"accept\",\"country\":\"NGA\",\"role\":\"ambassador\","
                + "\"code\":\"NGAGOV\",\"start\":\"2023-08-21\"}",
            TOKEN));
    conforms("post", "/api/rules/{id}/review", f.post(review, "{\"decision\":\"reject\"}", TOKEN));
    conforms(
        "post",
        "/api/rules/{id}/review",
        f.post("/api/rules/4040/review", "{\"decision\":\"reject\"}", TOKEN));

    List<String> documented = new ArrayList<>();
    for (Iterator<String> paths = openapi.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      for (Iterator<String> methods = openapi.get("paths").get(path).fieldNames();
          methods.hasNext(); ) {
        documented.add(methods.next() + " " + path);
      }
    }
    assertThat(exercised).containsExactlyInAnyOrderElementsOf(documented);
  }

  /** Stores an article quoting an unknown envoy, corrects the speaker to her, accepts it. */
  private static long offerRule() throws Exception {
    String text =
        "Ghanaian President John Mahama met envoys in Accra on Monday.\n\n"
            + "\"We will reopen the crossings within a month,\" said Adaeze Okonkwo, who led the"
            + " Nigerian delegation.";
    var doc =
        ServerFixture.annotate(
            "oa-rule", text, java.time.LocalDate.of(2025, 3, 3), "https://wire.example.org/r");
    f.store.write(List.of(doc), java.time.Instant.parse("2025-03-03T10:00:00Z"));
    var quote = doc.quotes().get(0);
    String proposal =
        "{\"documentId\":\"oa-rule\",\"layer\":\"quote\",\"start\":"
            + quote.span().start()
            + ",\"end\":"
            + quote.span().end()
            + ",\"field\":\"speaker\",\"proposed\":\"person/~adaeze-okonkwo\"}";
    HttpResponse<String> c = f.post("/api/corrections", proposal, TOKEN);
    assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
    long id = JSON.readTree(c.body()).get("id").asLong();
    HttpResponse<String> r =
        f.post("/api/corrections/" + id + "/review", "{\"decision\":\"accept\"}", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode rules = JSON.readTree(f.get("/api/rules").body()).get("items");
    assertThat(rules).as("a rule is offered").hasSize(1);
    return rules.get(0).get("id").asLong();
  }

  /**
   * Every documented GET of the API documents its revalidation, and does it: the 200 carries the
   * declared ETag and Cache-Control, and the same request with that tag in If-None-Match is the
   * declared 304, with no body and the tag again.
   */
  @Test
  void everyGetRevalidatesAsDocumented() throws Exception {
    JsonNode story = JSON.readTree(f.get("/api/stories").body()).get("items").get(0);
    List<String[]> gets =
        List.of(
            new String[] {"/api/events", "/api/events?actor=CHN"},
            new String[] {"/api/quotes", "/api/quotes"},
            new String[] {"/api/actors", "/api/actors"},
            new String[] {"/api/flags", "/api/flags"},
            new String[] {"/api/documents", "/api/documents"},
            new String[] {"/api/documents/{id}", "/api/documents/call-1"},
            new String[] {"/api/corrections", "/api/corrections"},
            new String[] {"/api/stories", "/api/stories"},
            new String[] {"/api/stories/{id}", "/api/stories/" + story.get("id").asText()},
            new String[] {"/api/rules", "/api/rules"});
    Set<String> checked = new LinkedHashSet<>();
    for (String[] g : gets) {
      String template = g[0];
      JsonNode responses = openapi.path("paths").path(template).path("get").path("responses");
      HttpResponse<String> first = f.get(g[1]);
      assertThat(first.statusCode()).as(g[1]).isEqualTo(200);
      for (String header : List.of("ETag", "Cache-Control")) {
        assertThat(responses.path("200").path("headers").has(header))
            .as(template + " 200 documents " + header)
            .isTrue();
        assertThat(first.headers().firstValue(header)).as(g[1] + " " + header).isPresent();
      }
      String tag = first.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again =
          f.http.send(
              java.net.http.HttpRequest.newBuilder(f.uri(g[1]))
                  .header("If-None-Match", tag)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(again.statusCode()).as(g[1] + " revalidated").isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(again.headers().firstValue("ETag")).hasValue(tag);
      JsonNode notModified = resolve(responses.path("304"));
      assertThat(notModified.isMissingNode()).as(template + " documents 304").isFalse();
      assertThat(notModified.has("content")).as(template + " 304 has no body").isFalse();
      assertThat(notModified.path("headers").has("ETag")).isTrue();
      boolean takesTag = false;
      for (JsonNode parameter :
          openapi.path("paths").path(template).path("get").path("parameters")) {
        JsonNode p = resolve(parameter);
        takesTag |=
            p.path("in").asText().equals("header")
                && p.path("name").asText().equals("If-None-Match");
      }
      assertThat(takesTag).as(template + " documents If-None-Match").isTrue();
      checked.add(template);
    }
    List<String> documentedGets = new ArrayList<>();
    for (Iterator<String> paths = openapi.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      if (openapi.get("paths").get(path).has("get")) {
        documentedGets.add(path);
      }
    }
    // One correction or rule by id needs one made first (the test above does): those GETs pass
    // the same filter, so here they need only document it.
    assertThat(checked).isSubsetOf(documentedGets);
    for (String path : documentedGets) {
      assertThat(openapi.get("paths").get(path).get("get").get("responses").has("304"))
          .as(path + " documents 304")
          .isTrue();
    }
  }

  /** A {@code $ref} to {@code #/components/...} resolved, or the node itself. */
  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    if (!ref.startsWith("#/")) {
      return node;
    }
    JsonNode n = openapi;
    for (String part : ref.substring(2).split("/")) {
      n = n.path(part);
    }
    return n;
  }

  @Test
  void theCheckerRejectsWhatDoesNotFit() throws Exception {
    SchemaCheck check = new SchemaCheck(openapi);
    JsonNode error = JSON.readTree("{\"$ref\":\"#/components/schemas/Error\"}");
    assertThat(check.problems(JSON.readTree("{\"status\":400,\"error\":\"x\"}"), error)).isEmpty();
    assertThat(check.problems(JSON.readTree("{\"status\":\"400\",\"error\":\"x\"}"), error))
        .isNotEmpty();
    assertThat(check.problems(JSON.readTree("{\"status\":400}"), error)).isNotEmpty();
    assertThat(check.problems(JSON.readTree("{\"status\":400,\"error\":\"x\",\"trace\":1}"), error))
        .isNotEmpty();
  }
}
