package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.ServerFixture;
import org.readout.server.web.WebReader;

/**
 * Stories in the API and the reader (issue 14, stories of issue 11): the list with {@code readout
 * stories}' filters, its pages and CSV, one story with why each article joined and every mention of
 * its deduplicated events, and the pages that show them.
 */
class StoryApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static ServerFixture f;

  @BeforeAll
  static void start() {
    f = new ServerFixture(dir, ServerFixture.TOKEN, 1 << 20, new WebReader());
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

  private static String storyOf(String documentId) throws Exception {
    for (JsonNode s : ok("/api/stories").get("items")) {
      for (JsonNode d : s.get("documents")) {
        if (d.asText().equals(documentId)) {
          return s.get("id").asText();
        }
      }
    }
    throw new AssertionError("no story holds " + documentId);
  }

  @Test
  void storiesListFiltersByActorAndDayAndPages() throws Exception {
    JsonNode all = ok("/api/stories");
    assertThat(all.get("items")).hasSize(2);
    assertThat(all.get("next").isNull()).isTrue();
    JsonNode putin = ok("/api/stories?actor=Putin");
    assertThat(putin.get("items")).hasSize(1);
    JsonNode call = putin.get("items").get(0);
    assertThat(call.get("documents").get(0).asText()).isEqualTo("call-1");
    assertThat(call.get("events")).isNotEmpty();
    assertThat(call.get("events").get(0).get("mentions").get(0).get("document").asText())
        .isEqualTo("call-1");
    // The Iran sanctions story is dated 2024; the call is not.
    JsonNode y2024 = ok("/api/stories?from=2024-01-01&to=2024-12-31");
    assertThat(y2024.get("items")).hasSize(1);
    assertThat(y2024.get("items").get(0).get("documents").get(0).asText())
        .isEqualTo("world/sanctions-1");

    JsonNode first = ok("/api/stories?limit=1");
    assertThat(first.get("items")).hasSize(1);
    String next = first.get("next").asText();
    JsonNode second = ok("/api/stories?limit=1&cursor=" + next);
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(second.get("items").get(0).get("id").asText())
        .isNotEqualTo(first.get("items").get(0).get("id").asText());

    HttpResponse<String> csv = f.get("/api/stories?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("story,day,documents,events,title\r\n");
    assertThat(csv.body().split("\r\n")).hasSize(3);
  }

  @Test
  void badStoryFiltersAre400sNamingTheField() throws Exception {
    for (String[] c :
        new String[][] {
          {"/api/stories?from=2025-13-45", "from"},
          {"/api/stories?to=2025-01-01&from=2025-02-01", "to"},
          {"/api/stories?speaker=Putin", "speaker"},
          {"/api/stories?limit=0", "limit"},
          {"/api/stories?format=gdelt", "format"},
          {"/api/stories?cursor=bm90LWEtY3Vyc29y", "cursor"}
        }) {
      HttpResponse<String> r = f.get(c[0]);
      assertThat(r.statusCode()).as(c[0] + " " + r.body()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).path("field").asText()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void oneStoryExplainsItsArticlesAndLinksEveryMentionToItsEvidence() throws Exception {
    String id = storyOf("call-1");
    JsonNode s = ok("/api/stories/" + id);
    assertThat(s.get("id").asText()).isEqualTo(id);
    assertThat(s.get("articles")).hasSize(1);
    JsonNode article = s.get("articles").get(0);
    assertThat(article.get("document").asText()).isEqualTo("call-1");
    assertThat(article.get("outlet").asText()).isEqualTo("example-wire.com");
    assertThat(article.get("joinedVia").isNull()).isTrue();
    JsonNode doc = ok("/api/documents/call-1");
    assertThat(s.get("dedupEvents")).isNotEmpty();
    for (JsonNode e : s.get("dedupEvents")) {
      assertThat(e.get("numArticles").asInt()).isEqualTo(1);
      for (JsonNode m : e.get("mentions")) {
        // Each mention is an event of the document, at the same offsets.
        boolean found = false;
        for (JsonNode de : doc.get("events")) {
          found |=
              de.get("start").asInt() == m.get("start").asInt()
                  && de.get("end").asInt() == m.get("end").asInt();
        }
        assertThat(found).as(m.toString()).isTrue();
      }
    }
    HttpResponse<String> missing = f.get("/api/stories/s000000000000");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("field").asText()).isEqualTo("id");
  }

  @Test
  void theReaderListsStoriesAndTheArticleViewLinksToItsStory() throws Exception {
    String id = storyOf("call-1");
    HttpResponse<String> article = f.get("/documents/call-1");
    assertThat(article.statusCode()).isEqualTo(200);
    assertThat(article.body()).contains("href=\"/stories/" + id + "\"");
    HttpResponse<String> list = f.get("/stories?actor=Putin");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("href=\"/stories/" + id + "\"").contains("1 story");
    HttpResponse<String> page = f.get("/stories/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("first report")
        .contains("href=\"/documents/call-1\"")
        .containsPattern("href=\"/documents/call-1#ev-e\\d+-\\d+\"");
    assertThat(f.get("/stories/s000000000000").statusCode()).isEqualTo(404);
    assertThat(f.get("/stories?from=2025-13-45").statusCode()).isEqualTo(400);
  }
}
