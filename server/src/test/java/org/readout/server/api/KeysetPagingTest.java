package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.server.ReadoutServer;
import org.readout.store.sqlite.PooledStore;

/**
 * Keyset cursors (issue 14): paging through events, quotes, documents, flags and corrections
 * returns every row that was there when paging began exactly once, and no row twice, while new
 * documents are written between pages; rows with no date (sorted last) and many rows on one day
 * (ties broken by key) are part of every walk.
 */
class KeysetPagingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DAY0 = LocalDate.of(2025, 3, 1);

  @TempDir Path dir;
  private PooledStore store;
  private ReadoutServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  /** What the first documents hold, by query: the keys a walk must return. */
  private final Set<String> events = new HashSet<>();

  private final Set<String> usaEvents = new HashSet<>();
  private final Set<String> quotes = new HashSet<>();
  private final Set<String> documents = new HashSet<>();
  private final Set<String> flags = new HashSet<>();
  private int written;

  @BeforeEach
  void start() {
    store = PooledStore.open(dir.resolve("keyset.db"), 2);
    List<AnnotatedArticle> first = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      first.add(document("doc-" + d, d, true));
    }
    store.write(first, Instant.parse("2025-04-01T00:00:00Z"));
    server = ReadoutServer.builder(store).port(0).build().start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  /**
   * A document of three events and two quotes; every fifth has no date (its undated events and
   * quotes have no day), the others fall on one of four days, so days repeat many times.
   */
  private AnnotatedArticle document(String id, int n, boolean remember) {
    LocalDate date = n % 5 == 0 ? null : DAY0.plusDays(n % 4);
    StringBuilder text = new StringBuilder();
    List<Event> evs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int start = text.length();
      boolean usa = (n + i) % 2 == 0;
      String source = usa ? "USA" : "CHN";
      String target = i == 2 ? null : usa ? "CHN" : "USA";
      text.append(source).append(" meets ").append(target).append(".\n");
      String eventDate = i == 1 && date != null ? date.minusDays(1).toString() : null;
      evs.add(
          new Event(
              "code/" + source,
              target == null ? null : "code/" + target,
              source,
              target,
              "042",
              "04",
              1,
              1.9,
              eventDate,
              new Span(start, start + 3),
              1,
              0.9));
      if (remember) {
        events.add(id + "@" + start);
        if (usa || "USA".equals(target)) {
          usaEvents.add(id + "@" + start);
        }
      }
    }
    List<Quote> qs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int start = text.length();
      text.append("\"We held talks number ").append(i).append(".\"\n");
      String quoteDate = i == 0 && date != null ? date.toString() : null;
      qs.add(
          new Quote(
              new Span(start, text.length() - 1),
              QuoteKind.DIRECT,
              null,
              null,
              null,
              null,
              0.8,
              quoteDate));
      if (remember) {
        quotes.add(id + "@" + start);
      }
    }
    if (remember) {
      documents.add(id);
    }
    // Two flags per document, on the first and the last event: several per day, per document.
    List<Flag> fs = new ArrayList<>();
    for (Event e : List.of(evs.get(0), evs.get(2))) {
      fs.add(new Flag("date-conflict", e.span(), null, "a flag of " + id));
      if (remember) {
        flags.add(id + "@" + e.span().start());
      }
    }
    Article a =
        new Article(
            id,
            "Title " + id,
            text.toString(),
            date,
            date == null ? DateSource.NONE : DateSource.GIVEN,
            null);
    return AnnotatedArticle.of(a).withEvents(evs).withQuotes(qs).withFlags(fs);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve(path.substring(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** Pages through {@code query} 7 rows at a time, writing two new documents after each page. */
  private List<String> walk(String query, Function<JsonNode, String> key) throws Exception {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String sep = query.contains("?") ? "&" : "?";
      JsonNode page =
          get(
              query
                  + sep
                  + "limit=7"
                  + (cursor == null
                      ? ""
                      : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(7);
      page.get("items").forEach(row -> seen.add(key.apply(row)));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      int n = 1000 + written;
      store.write(
          List.of(
              document("late-" + written++, n, false), document("late-" + written++, n + 3, false)),
          Instant.parse("2025-04-02T00:00:00Z"));
      pages++;
    } while (cursor != null && pages < 200);
    assertThat(cursor).as("the walk ends").isNull();
    return seen;
  }

  private static String spanKey(JsonNode row) {
    return row.get("document").asText() + "@" + row.get("start").asInt();
  }

  private static void assertEveryRowOnce(List<String> seen, Set<String> expected) {
    assertThat(new HashSet<>(seen)).as("no row twice").hasSameSizeAs(seen);
    assertThat(seen).containsAll(expected);
  }

  @Test
  void eventPagesReturnEveryRowOnceDuringAnIngest() throws Exception {
    assertEveryRowOnce(walk("/api/events", KeysetPagingTest::spanKey), events);
  }

  @Test
  void eitherSideActorPagesMergeBothDirectionsOnce() throws Exception {
    List<String> seen = walk("/api/events?actor=USA", KeysetPagingTest::spanKey);
    assertEveryRowOnce(seen, usaEvents);
  }

  @Test
  void quotePagesByDateAndByWordsReturnEveryRowOnce() throws Exception {
    assertEveryRowOnce(walk("/api/quotes", KeysetPagingTest::spanKey), quotes);
    assertEveryRowOnce(walk("/api/quotes?search=talks", KeysetPagingTest::spanKey), quotes);
  }

  @Test
  void documentPagesReturnEveryDocumentOnce() throws Exception {
    assertEveryRowOnce(walk("/api/documents", row -> row.get("id").asText()), documents);
  }

  @Test
  void flagPagesReturnEveryFlagOnce() throws Exception {
    assertEveryRowOnce(walk("/api/flags", KeysetPagingTest::spanKey), flags);
    assertEveryRowOnce(walk("/api/flags?kind=date-conflict", KeysetPagingTest::spanKey), flags);
  }

  @Test
  void correctionPagesListEveryCorrectionOnceWhileMoreAreProposed() throws Exception {
    Set<String> proposed = new HashSet<>();
    for (int i = 0; i < 16; i++) {
      proposed.add(Long.toString(propose(i).id()));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          get(
              "/api/corrections?status=pending&limit=7"
                  + (cursor == null
                      ? ""
                      : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      page.get("items").forEach(row -> seen.add(row.get("id").asText()));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      propose(100 + pages++);
    } while (cursor != null && pages < 50);
    assertEveryRowOnce(seen, proposed);
    // Oldest first: ids only grow along the walk, across pages too.
    assertThat(seen.stream().map(Long::valueOf).toList()).isSorted();
    HttpResponse<String> other =
        http.send(
            HttpRequest.newBuilder(
                    server
                        .uri()
                        .resolve(
                            "api/corrections?status=accepted&cursor="
                                + URLEncoder.encode(
                                    get("/api/corrections?limit=2").get("next").asText(),
                                    StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).as("a cursor of other filters").isEqualTo(400);
  }

  /** Proposes a comment on doc-1's first event (through the store: this server has no token). */
  private org.readout.store.Correction propose(int n) {
    return store.propose(
        new org.readout.store.CorrectionDraft(
            "doc-1",
            org.readout.store.Correction.Layer.EVENT,
            new Span(0, 3),
            null,
            org.readout.store.Correction.Field.COMMENT,
            null,
            "note " + n,
            "reader-" + n),
        Instant.parse("2025-04-03T00:00:00Z"));
  }

  @Test
  void pagesKeepTheQueryOrder() throws Exception {
    List<@Nullable String> days = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = get("/api/events?limit=9" + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("items")
          .forEach(row -> days.add(row.get("day").isNull() ? null : row.get("day").asText()));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
    } while (cursor != null);
    assertThat(days).hasSize(events.size());
    // Newest day first, the undated last.
    int firstNull = days.indexOf(null);
    assertThat(firstNull).isPositive();
    assertThat(days.subList(firstNull, days.size())).containsOnlyNulls();
    List<String> dated = new ArrayList<>();
    days.subList(0, firstNull).forEach(dated::add);
    assertThat(dated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }
}
