package org.readout.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.Span;
import org.readout.server.ReadoutServer;
import org.readout.store.Correction;
import org.readout.store.CorrectionDraft;
import org.readout.store.sqlite.SqliteStore;

/** The corrections pages and forms, with corrections made through the store itself. */
class CorrectionsPageTest {
  @TempDir Path dir;
  private SqliteStore store;
  private ReadoutServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = ReaderFixtures.store(dir.resolve("reader.db"));
    server =
        ReadoutServer.builder(store).port(0).token("tok-1").routes(new WebReader()).build().start();
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve(URI.create(path))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  @Test
  void theCorrectionsPageListsTheDictionaryRulesThatSpeakerCorrectionsOffered() throws Exception {
    String text =
        "\"The crossings will reopen within a month,\" said Adaeze Okonkwo, who led the"
            + " <b>Nigerian</b> delegation to Accra on Monday.";
    var doc =
        ReaderFixtures.annotate(
            "border-1", "Border talks", text, java.time.LocalDate.of(2025, 3, 3));
    store.write(java.util.List.of(doc), java.time.Instant.parse("2025-03-03T10:00:00Z"));
    var quote = doc.quotes().get(0);
    var c =
        store.propose(
            new org.readout.store.CorrectionDraft(
                "border-1",
                org.readout.store.Correction.Layer.QUOTE,
                quote.span(),
                null,
                org.readout.store.Correction.Field.SPEAKER,
                "person/~adaeze-okonkwo",
                null,
                "reader"),
            java.time.Instant.parse("2025-03-03T11:00:00Z"));
    store.review(c.id(), true, "editor", java.time.Instant.parse("2025-03-03T12:00:00Z"));
    String html = get("/corrections?status=pending");
    String rules = html.substring(html.indexOf("id=\"rules\""));
    assertThat(rules)
        .contains("1 rule")
        .contains("Adaeze Okonkwo <code>adaeze-okonkwo</code>")
        .contains("<a href=\"/documents/border-1\">border-1</a>")
        .contains("country ? · role ? · code ?")
        // Pending on a writable server: a review form for the fields the rule lacks.
        .contains("<form class=\"review rule-review\" method=\"post\"")
        .contains("data-endpoint=\"/api/rules/")
        .contains("<input name=\"country\" data-field value=\"\"");
    assertThat(get("/corrections?status=rejected")).contains("No rules match.");
  }

  @Test
  void everyItemOfAWritableServerHasACorrectionForm() throws Exception {
    String html = get("/documents/" + ReaderFixtures.SUMMIT_ID);
    // The officials' quote [340,398): its form addresses it by layer and span.
    String item = html.substring(html.indexOf("id=\"item-q340-398\""));
    item = item.substring(0, item.indexOf("</li>"));
    assertThat(item)
        .contains("<input type=\"hidden\" name=\"layer\" value=\"quote\">")
        .contains("<input type=\"hidden\" name=\"start\" value=\"340\">")
        .contains("<input type=\"hidden\" name=\"end\" value=\"398\">")
        .contains("<option value=\"speaker\">Another speaker</option>")
        .contains("<option value=\"remove\">Not a quote</option>")
        .contains(
            "<option value=\"government/RUS\">Government of Russia (government/RUS)</option>");
    // An event's form carries its code (two events may share evidence); an actor's, its mentions.
    assertThat(html)
        .contains("<input type=\"hidden\" name=\"itemKey\" value=\"0311 person/vladimir-putin\">")
        .contains("<option value=\"283-285\">He [283, 285)</option>")
        .contains("Report a missed event…")
        .contains("<script src=\"/static/corrections.js\" defer></script>");
  }

  @Test
  void aReadOnlyServerShowsNoForms() throws Exception {
    try (ReadoutServer readOnly =
        ReadoutServer.builder(store).port(0).routes(new WebReader()).build().start()) {
      String html =
          http.send(
                  HttpRequest.newBuilder(
                          readOnly.uri().resolve("/documents/" + ReaderFixtures.SUMMIT_ID))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(html).doesNotContain("form class=\"correction\"").contains("ev-q340-398");
    }
  }

  @Test
  void reviewListShowsPendingCorrectionsAndTheArticleShowsAcceptedOnes() throws Exception {
    Correction c =
        store.propose(
            new CorrectionDraft(
                ReaderFixtures.SUMMIT_ID,
                Correction.Layer.QUOTE,
                new Span(340, 398),
                null,
                Correction.Field.SPEAKER,
                "government/RUS",
                "Kremlin <b>officials</b>",
                "Ana"),
            Instant.parse("2025-01-25T09:00:00Z"));
    String pending = get("/corrections?status=pending");
    assertThat(pending)
        .contains("id=\"correction-" + c.id() + "\" data-status=\"pending\"")
        .contains("group/GOV → <strong>government/RUS</strong>")
        .contains("“Kremlin &lt;b&gt;officials&lt;/b&gt;”")
        .contains("by Ana, 2025-01-25 09:00:00 UTC")
        .contains("action=\"/api/corrections/" + c.id() + "/review\"");
    assertThat(get("/documents/" + ReaderFixtures.SUMMIT_ID))
        .contains("id=\"list-corrections\"")
        .contains("1 pending");

    store.review(c.id(), true, "Lee", Instant.parse("2025-01-25T10:00:00Z"));
    String accepted = get("/corrections?status=accepted");
    assertThat(accepted).contains("data-status=\"accepted\"").contains("accepted by Lee");
    assertThat(accepted).doesNotContain("class=\"review\"");
    String article = get("/documents/" + ReaderFixtures.SUMMIT_ID);
    String item = article.substring(article.indexOf("id=\"item-q340-398\""));
    assertThat(item)
        .startsWith(
            "id=\"item-q340-398\" data-ref=\"q340-398\">\n<a class=\"ev-link\" href=\"#ev-q340-398\">"
                + "<span class=\"item-head\">Government of Russia</span>");
    assertThat(article).contains("<span class=\"badge accepted\">accepted</span> #" + c.id());
  }

  @Test
  void aBadStatusFilterIsA400() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve("/corrections?status=maybe")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("status: not a status: maybe");
  }
}
