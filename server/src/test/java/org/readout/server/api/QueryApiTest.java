package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.ServerFixture;

/** The read endpoints on a real server: filters, formats, pagination bounds, bad parameters. */
class QueryApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static ServerFixture f;

  @BeforeAll
  static void start() {
    f = new ServerFixture(dir);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = f.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode error(String path, int status, String field) throws Exception {
    HttpResponse<String> r = f.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
    JsonNode e = JSON.readTree(r.body());
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.path("field").asText()).as(r.body()).isEqualTo(field);
    return e;
  }

  @Test
  void eventsFilterByActorCodeAndDay() throws Exception {
    JsonNode all = ok("/api/events");
    assertThat(all.get("items").size()).isGreaterThanOrEqualTo(5);
    JsonNode putin = ok("/api/events?source=Putin&code=04");
    assertThat(putin.get("items"))
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.get("source").asText()).isEqualTo("person/vladimir-putin");
              assertThat(e.get("code").asText()).startsWith("04");
            });
    JsonNode iran = ok("/api/events?target=IRN&from=2024-06-01&to=2024-06-30");
    assertThat(iran.get("items")).hasSize(1);
    assertThat(iran.get("items").get(0).get("code").asText()).isEqualTo("163");
    assertThat(iran.get("items").get(0).get("document").asText()).isEqualTo("world/sanctions-1");
    assertThat(ok("/api/events?actor=China&with=Russia&quad=4").get("items")).isEmpty();
  }

  @Test
  void quotesBySpeakerAndWords() throws Exception {
    JsonNode q = ok("/api/quotes?speaker=Putin");
    assertThat(q.get("items")).hasSize(1);
    JsonNode item = q.get("items").get(0);
    assertThat(item.get("text").asText()).isEqualTo("Our cooperation has no limits,");
    assertThat(ServerFixture.CALL.substring(item.get("start").asInt(), item.get("end").asInt()))
        .isEqualTo(item.get("text").asText());
    assertThat(ok("/api/quotes?search=warning").get("items")).hasSize(1);
    error("/api/quotes?search=%22unclosed", 400, "search");
  }

  @Test
  void actorsDocumentsAndFlags() throws Exception {
    JsonNode actors = ok("/api/actors?kind=person");
    List<String> ids = new ArrayList<>();
    actors.get("items").forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).contains("person/xi-jinping", "person/vladimir-putin");
    error("/api/actors?kind=planet", 400, "kind");
    JsonNode docs = ok("/api/documents?from=2025-01-01");
    assertThat(docs.get("items")).hasSize(1);
    assertThat(docs.get("items").get(0).get("id").asText()).isEqualTo("call-1");
    assertThat(ok("/api/documents?outlet=news.example.org").get("items")).hasSize(1);
    assertThat(ok("/api/flags").get("items").isArray()).isTrue();
  }

  @Test
  void cursorPagesThroughEveryRowOnceAndEnds() throws Exception {
    List<String> all = new ArrayList<>();
    ok("/api/events?limit=500").get("items").forEach(e -> all.add(e.toString()));
    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = ok("/api/events?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
      page.get("items").forEach(e -> paged.add(e.toString()));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (cursor != null && pages < 50);
    assertThat(paged).isEqualTo(all);
    assertThat(pages).isEqualTo((all.size() + 1) / 2);
  }

  @Test
  void pageSizeAndCursorAreBounded() throws Exception {
    error("/api/events?limit=0", 400, "limit");
    error("/api/events?limit=501", 400, "limit");
    error("/api/events?limit=ten", 400, "limit");
    error("/api/events?cursor=not-a-cursor", 400, "cursor");
    String next = ok("/api/events?limit=1").get("next").asText();
    // A cursor belongs to its filters.
    error("/api/events?limit=1&code=04&cursor=" + next, 400, "cursor");
    assertThat(ok("/api/events?limit=1&cursor=" + next).get("items")).hasSize(1);
  }

  @Test
  void badParametersNameTheirField() throws Exception {
    error("/api/events?from=2025-13-45", 400, "from");
    error("/api/events?from=2025-02-01&to=2025-01-01", 400, "to");
    error("/api/events?quad=5", 400, "quad");
    error("/api/events?code=abc", 400, "code");
    error("/api/events?colour=red", 400, "colour");
    error("/api/events?with=Putin", 400, "with");
    error("/api/events?code=04&code=05", 400, "code");
    error("/api/events?format=xml", 400, "format");
    error("/api/quotes?format=gdelt", 400, "format");
  }

  @Test
  void csvAndGdeltDownloadsOfAQuery() throws Exception {
    HttpResponse<String> csv = f.get("/api/events?format=csv&source=Putin");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("day,source,target,code,quad,goldstein,document,start,end,text");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines[1]).contains("RUSGOV Vladimir Putin");
    HttpResponse<String> tsv = f.get("/api/events?format=gdelt&target=IRN");
    assertThat(tsv.statusCode()).isEqualTo(200);
    String[] cols = tsv.body().strip().split("\t", -1);
    assertThat(cols).hasSize(org.readout.store.gdelt.GdeltWriter.COLUMNS.size());
    assertThat(cols[org.readout.store.gdelt.GdeltWriter.COLUMNS.indexOf("EventCode")])
        .isEqualTo("163");
    HttpResponse<String> page = f.get("/api/events?format=csv&limit=1");
    assertThat(page.headers().firstValue("X-Next-Cursor")).isPresent();
    assertThat(f.get("/api/documents?format=csv").body()).startsWith("id,date,outlet");
  }
}
