package org.readout.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.ReadoutServer;
import org.readout.store.sqlite.SqliteStore;

/** The reader's pages over HTTP from a real server on a free port and a real SQLite store. */
class WebReaderTest {
  @TempDir static Path dir;
  private static SqliteStore store;
  private static ReadoutServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = ReaderFixtures.store(dir.resolve("reader.db"));
    server = ReadoutServer.builder(store).port(0).routes(new WebReader()).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve(URI.create(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void articleViewMarksEveryLayerAndLinksSideListsToEvidence() throws Exception {
    HttpResponse<String> r = get("/documents/" + ReaderFixtures.SUMMIT_ID);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    String html = r.body();
    // "Our partnership has never been stronger," [126,166), said by Putin.
    assertThat(html)
        .contains("id=\"ev-q126-166\"")
        .contains(
            "<a class=\"ev-link\" href=\"#ev-q126-166\"><span class=\"item-head\">Vladimir Putin")
        // the pronoun "He" [283,285) the fourth quote's attribution rests on
        .contains("<a href=\"#ev-q297-337-s\">pronoun “He”</a>")
        // the weekday flag links both conflicting spans
        .contains("id=\"ev-f374-380\"")
        .contains("id=\"ev-f374-380-o\"")
        .contains("<a href=\"#ev-f374-380-o\">conflicts with “January 21, 2025”</a>")
        // the time expression's normalized value
        .contains("title=\"date · 2026\">next year</span>")
        .contains("0311 Express intent to cooperate economically");
    for (String layer : new String[] {"quote", "event", "time", "actor", "flag"}) {
      assertThat(html).contains("id=\"show-" + layer + "\" checked").contains("hl hl-" + layer);
    }
  }

  @Test
  void markupInAnArticleIsEscapedEverywhere() throws Exception {
    String article = get("/documents/" + ReaderFixtures.SCRIPT_ID).body();
    // The engine takes 'pwned' for a quote, so the text is cut by a highlight: compare it untagged.
    assertThat(article.replaceAll("<[^>]+>", ""))
        .contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;");
    assertThat(article)
        .contains("&lt;img src=x onerror=alert(2)&gt;")
        .contains("<title>A &lt;script&gt; in the headline · Readout</title>")
        .doesNotContain("<script>alert")
        .doesNotContain("<img");
    String list = get("/documents").body();
    assertThat(list).contains("A &lt;script&gt; in the headline").doesNotContain("A <script>");
  }

  @Test
  void documentIdsWithSlashesAndSpacesOpenFromTheirLinks() throws Exception {
    String list = get("/documents").body();
    assertThat(list).contains("href=\"/documents/world/2025-01-23%20talks\"");
    HttpResponse<String> r = get("/documents/world/2025-01-23%20talks");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<h1>Xi and Putin trade words</h1>");
  }

  @Test
  void missingDocumentIsAnHtml404() throws Exception {
    HttpResponse<String> r = get("/documents/no-such-doc%3Cb%3E");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("No such document").contains("no-such-doc&lt;b&gt;");
  }

  @Test
  void badFilterIsA400PageNamingTheField() throws Exception {
    HttpResponse<String> r = get("/events?from=2025-13-45");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("class=\"error\"")
        .contains("from: not a date (YYYY-MM-DD): 2025-13-45");
    assertThat(get("/events?with=RUS").body()).contains("with: a dyad needs an actor too");
    assertThat(get("/events?code=4x").statusCode()).isEqualTo(400);
  }

  @Test
  void browsePagesFilterThroughTheStoreQueries() throws Exception {
    String byActor = get("/documents?actor=person/emmanuel-macron").body();
    assertThat(byActor).contains("1 document<").contains("/documents/hostile-markup");
    assertThat(get("/documents?outlet=example-wire.test").body())
        .contains("3 documents<")
        .contains("<a href=\"/documents?outlet=example-wire.test\">example-wire.test</a>");
    assertThat(get("/documents?outlet=elsewhere.test").body()).contains("No documents match.");
    assertThat(get("/documents?from=2025-01-21&to=2025-01-22").body()).contains("1 document<");
    String quotes = get("/quotes?q=partnership").body();
    assertThat(quotes)
        .contains("1 quote<")
        .contains("href=\"/documents/wire-2025-01-21-summit#ev-q126-166\"")
        .contains("Our partnership has never been stronger,");
    String dyad = get("/events?actor=person/xi-jinping&with=country/RUS").body();
    assertThat(dyad).contains("1 event<").contains("112</span> Accuse, not specified below");
    String code = get("/events?code=0311").body();
    assertThat(code).contains("2 events<");
    assertThat(get("/actors?kind=person").body())
        .contains("Xi Jinping")
        .contains("Emmanuel Macron");
  }

  @Test
  void timelineTabulatesEventsPerDayByQuadClassWithGapsFilled() throws Exception {
    String html = get("/timeline?actor=person/xi-jinping").body();
    assertThat(html)
        .contains("5 events on 2 days")
        .contains("data-day=\"2025-01-21\"")
        .contains("data-q1=\"4\" data-q2=\"0\" data-q3=\"0\" data-q4=\"0\" data-goldstein=\"3.10\"")
        // the empty day between the two is on the axis, with no mean
        .contains("data-day=\"2025-01-22\"")
        .contains(
            "data-q1=\"0\" data-q2=\"0\" data-q3=\"1\" data-q4=\"0\" data-goldstein=\"-2.00\"")
        .contains("src=\"" + WebReader.CHART_JS + "\"");
    String day = get("/timeline?actor=person/xi-jinping&day=2025-01-23").body();
    assertThat(day).contains("Events on 2025-01-23").contains("Xi Jinping accused Russia");
  }

  @Test
  void actorPageShowsMentionsPartnersEventsAndQuotes() throws Exception {
    String html = get("/actor?id=person/xi-jinping").body();
    assertThat(html)
        .contains("<h1>Xi Jinping</h1>")
        .contains("data-day=\"2025-01-21\" data-count=\"3\"")
        .contains("data-day=\"2025-01-23\" data-count=\"1\"")
        .contains(">Vladimir Putin</a> <span class=\"count\">4</span>")
        .contains("Beijing wanted a lasting peace in Europe");
    assertThat(get("/actor?id=person/nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void servesItsStylesScriptsAndChartJs() throws Exception {
    assertThat(get("/static/reader.css").statusCode()).isEqualTo(200);
    assertThat(get("/static/reader.js").statusCode()).isEqualTo(200);
    assertThat(get("/static/charts.js").statusCode()).isEqualTo(200);
    HttpResponse<String> chart = get(WebReader.CHART_JS);
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.body()).contains("Chart");
  }
}
