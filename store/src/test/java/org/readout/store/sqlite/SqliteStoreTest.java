package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Span;
import org.readout.store.ActorMatch;
import org.readout.store.ActorQuery;
import org.readout.store.ActorSummary;
import org.readout.store.BadQueryException;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.EventQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.StoreException;
import org.readout.store.StoredEvent;
import org.readout.store.StoredQuote;
import org.readout.store.WriteOutcome;

/** A real SQLite file in a temporary folder, written and read back (issue 10). */
class SqliteStoreTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir Path dir;

  private SqliteStore fresh() {
    return SqliteStore.open(dir.resolve("readout.db"));
  }

  @Test
  void documentReadBackHasEveryLayerAsExtracted() {
    AnnotatedArticle call = StoreFixtures.call();
    try (SqliteStore store = fresh()) {
      store.write(List.of(call), AT);
      AnnotatedArticle back = store.document("call-1").orElseThrow();
      assertThat(back.article()).isEqualTo(call.article());
      assertThat(back.actors()).isEqualTo(call.actors());
      assertThat(back.quotes()).isEqualTo(call.quotes());
      assertThat(back.times()).isEqualTo(call.times());
      assertThat(back.events()).isEqualTo(call.events());
      assertThat(back.flags()).isEqualTo(call.flags());
      assertThat(back.dateCandidates()).isEqualTo(call.dateCandidates());
      assertThat(back.paragraphs()).isEqualTo(call.paragraphs());
      assertThat(back.sentences())
          .extracting(s -> s.span())
          .isEqualTo(call.sentences().stream().map(s -> s.span()).toList());
      assertThat(store.document("absent")).isEmpty();
    }
  }

  @Test
  void writingTheSameArticleTwiceChangesNothing() {
    try (SqliteStore store = fresh()) {
      assertThat(store.write(List.of(StoreFixtures.call(), StoreFixtures.sanctions()), AT))
          .containsExactly(WriteOutcome.NEW, WriteOutcome.NEW);
      var before = store.stats();
      assertThat(store.write(List.of(StoreFixtures.call()), AT.plusSeconds(60)))
          .containsExactly(WriteOutcome.UNCHANGED);
      assertThat(store.stats()).isEqualTo(before);
      assertThat(before.documents()).isEqualTo(2);
      assertThat(before.events())
          .isEqualTo(
              StoreFixtures.call().events().size() + StoreFixtures.sanctions().events().size());
    }
  }

  @Test
  void aChangedArticleReplacesItsOldRecords() {
    try (SqliteStore store = fresh()) {
      store.write(List.of(StoreFixtures.call()), AT);
      AnnotatedArticle changed =
          StoreFixtures.annotate(
              "call-1",
              StoreFixtures.SANCTIONS,
              LocalDate.of(2024, 6, 10),
              "https://www.example-wire.com/world/call-1");
      assertThat(store.write(List.of(changed), AT)).containsExactly(WriteOutcome.REPLACED);
      assertThat(store.stats().documents()).isEqualTo(1);
      assertThat(store.events(EventQuery.all(100)))
          .extracting(e -> e.event().code())
          .containsExactly("163");
      // The old quote is gone from the full-text index too.
      assertThat(store.quotes(new QuoteQuery(null, null, "limits", DateRange.ALL, null, 10)))
          .isEmpty();
      assertThat(store.quotes(new QuoteQuery(null, null, "warning", DateRange.ALL, null, 10)))
          .hasSize(1);
    }
  }

  @Test
  void eventRowsNameTheirDocumentAndEvidence() {
    try (SqliteStore store = fresh()) {
      store.write(List.of(StoreFixtures.call(), StoreFixtures.sanctions()), AT);
      List<StoredEvent> chinaToRussia =
          store.events(
              new EventQuery(
                  null,
                  null,
                  ActorMatch.code("CHN"),
                  ActorMatch.code("RUS"),
                  "04",
                  null,
                  DateRange.ALL,
                  null,
                  10));
      assertThat(chinaToRussia).hasSize(1);
      StoredEvent e = chinaToRussia.get(0);
      assertThat(e.documentId()).isEqualTo("call-1");
      assertThat(e.event().code()).isEqualTo("041");
      assertThat(e.event().span()).isEqualTo(new Span(18, 84));
      assertThat(e.text()).isEqualTo(StoreFixtures.CALL.substring(18, 84));
      assertThat(e.sourceName()).isEqualTo("Xi Jinping");
      assertThat(e.targetName()).isEqualTo("Vladimir Putin");
      assertThat(e.day()).isEqualTo("2025-01-21");
    }
  }

  @Test
  void everyEventFilterNarrowsTheResult() {
    AnnotatedArticle call = StoreFixtures.call();
    AnnotatedArticle sanctions = StoreFixtures.sanctions();
    List<AnnotatedArticle> docs = List.of(call, sanctions);
    try (SqliteStore store = fresh()) {
      store.write(docs, AT);
      // Each filter returns exactly the events of the documents that the same predicate selects.
      assertThat(
              count(
                  store, q(ActorMatch.code("RUSGOV"), null, null, null, null, DateRange.ALL, null)))
          .isEqualTo(
              expected(
                  docs, e -> starts(e.sourceCode(), "RUSGOV") || starts(e.targetCode(), "RUSGOV")))
          .isPositive();
      for (String code : List.of("03", "0311", "031", "04", "16", "163")) {
        assertThat(count(store, q(null, null, null, code, null, DateRange.ALL, null)))
            .as(code)
            .isEqualTo(expected(docs, e -> e.code().startsWith(code)));
      }
      assertThat(count(store, q(null, null, null, null, 4, DateRange.ALL, null)))
          .isEqualTo(expected(docs, e -> e.quadClass() == 4))
          .isPositive();
      assertThat(
              count(store, q(null, null, ActorMatch.code("IRN"), null, null, DateRange.ALL, null)))
          .isEqualTo(expected(docs, e -> starts(e.targetCode(), "IRN")))
          .isPositive();
      DateRange june = new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30));
      assertThat(count(store, q(null, null, null, null, null, june, null)))
          .isEqualTo(sanctions.events().size());
      DateRange onTheCallDay = new DateRange(LocalDate.of(2025, 1, 21), LocalDate.of(2025, 1, 21));
      assertThat(count(store, q(null, null, null, null, null, onTheCallDay, null)))
          .isEqualTo(expected(List.of(call), e -> "2025-01-21".equals(e.date())))
          .isPositive();
      assertThat(count(store, q(null, null, null, null, null, DateRange.ALL, "sanctions-1")))
          .isEqualTo(sanctions.events().size());
      ActorMatch putinById =
          new ActorMatch("Putin", List.of(), List.of("person/vladimir-putin"), List.of());
      assertThat(count(store, q(null, putinById, null, null, null, DateRange.ALL, null)))
          .isEqualTo(expected(docs, e -> e.source().equals("person/vladimir-putin")))
          .isPositive();
      ActorMatch byName =
          new ActorMatch("european union", List.of(), List.of(), List.of("european union"));
      assertThat(count(store, q(byName, null, null, null, null, DateRange.ALL, null)))
          .isEqualTo(
              expected(docs, e -> e.source().equals("org/eu") || "org/eu".equals(e.target())))
          .isPositive();
      assertThat(store.events(EventQuery.all(2))).hasSize(2);
      EventQuery chinaRussia =
          new EventQuery(
              ActorMatch.code("CHN"),
              ActorMatch.code("RUS"),
              null,
              null,
              null,
              null,
              DateRange.ALL,
              null,
              100);
      assertThat(store.events(chinaRussia))
          .hasSize(
              expected(
                  docs,
                  e ->
                      (starts(e.sourceCode(), "CHN") && starts(e.targetCode(), "RUS"))
                          || (starts(e.sourceCode(), "RUS") && starts(e.targetCode(), "CHN"))));
      EventQuery chinaIran =
          new EventQuery(
              ActorMatch.code("CHN"),
              ActorMatch.code("IRN"),
              null,
              null,
              null,
              null,
              DateRange.ALL,
              null,
              100);
      assertThat(store.events(chinaIran)).isEmpty();
    }
  }

  @Test
  void quotesAreFoundBySpeakerAndByFullText() {
    try (SqliteStore store = fresh()) {
      store.write(List.of(StoreFixtures.call(), StoreFixtures.sanctions()), AT);
      List<StoredQuote> putin =
          store.quotes(new QuoteQuery(ActorMatch.code("RUS"), null, null, DateRange.ALL, null, 10));
      assertThat(putin).hasSize(1);
      assertThat(putin.get(0).text()).isEqualTo("Our cooperation has no limits,");
      assertThat(putin.get(0).speakerName()).isEqualTo("Vladimir Putin");
      assertThat(putin.get(0).quote().span()).isEqualTo(new Span(125, 155));
      List<StoredQuote> found =
          store.quotes(new QuoteQuery(null, null, "cooperation limits", DateRange.ALL, null, 10));
      assertThat(found).extracting(StoredQuote::documentId).containsExactly("call-1");
      assertThat(store.quotes(new QuoteQuery(null, null, "trade", DateRange.ALL, null, 10)))
          .extracting(q -> q.quote().kind().label())
          .containsExactly("indirect");
      assertThatThrownBy(
              () -> store.quotes(new QuoteQuery(null, null, "\"unclosed", DateRange.ALL, null, 10)))
          .isInstanceOf(BadQueryException.class)
          .hasMessageContaining("full-text");
    }
  }

  @Test
  void evidenceIsCutInUtf16UnitsAfterCharactersOutsideTheBmp() {
    String text =
        "\uD83D\uDE80\uD83D\uDE80 Chinese President Xi Jinping held a video call with Russian"
            + " President Vladimir Putin on Tuesday.";
    AnnotatedArticle d =
        StoreFixtures.annotate("emoji", text, LocalDate.of(2025, 1, 22), "https://x.example/e");
    assertThat(d.events()).isNotEmpty();
    try (SqliteStore store = fresh()) {
      store.write(List.of(d), AT);
      for (StoredEvent e : store.events(EventQuery.all(10))) {
        assertThat(e.text()).isEqualTo(e.event().span().of(text));
      }
    }
  }

  @Test
  void actorsAreCountedAcrossDocuments() {
    try (SqliteStore store = fresh()) {
      AnnotatedArticle second =
          StoreFixtures.annotate(
              "call-2",
              "Vladimir Putin met Iranian officials in Moscow on Friday.",
              LocalDate.of(2025, 1, 25),
              "https://other.example/c2");
      store.write(List.of(StoreFixtures.call(), second), AT);
      List<ActorSummary> top = store.actors(new ActorQuery(ActorKind.PERSON, 5));
      assertThat(top.get(0).name()).isEqualTo("Vladimir Putin");
      assertThat(top.get(0).documents()).isEqualTo(2);
      assertThat(top.get(0).mentions()).isEqualTo(3);
      assertThat(top.get(0).exampleText()).isEqualTo("Vladimir Putin");
      assertThat(top).allMatch(a -> a.kind().equals("person"));
    }
  }

  @Test
  void documentsListTheirOutletAndLayerCounts() {
    try (SqliteStore store = fresh()) {
      store.write(List.of(StoreFixtures.call(), StoreFixtures.sanctions()), AT);
      var docs = store.documents(new DocumentQuery(DateRange.ALL, null, 10));
      assertThat(docs).extracting(d -> d.id()).containsExactly("call-1", "sanctions-1");
      assertThat(docs.get(0).outlet()).isEqualTo("example-wire.com");
      assertThat(docs.get(0).events()).isEqualTo(StoreFixtures.call().events().size()).isPositive();
      assertThat(docs.get(0).quotes()).isEqualTo(StoreFixtures.call().quotes().size()).isPositive();
      assertThat(store.documents(new DocumentQuery(DateRange.ALL, "news.example.org", 10)))
          .extracting(d -> d.id())
          .containsExactly("sanctions-1");
    }
  }

  @Test
  void anOlderStoreIsMigratedKeepingItsDocuments() throws Exception {
    Path db = dir.resolve("old.db");
    try (SqliteStore v1 = SqliteStore.open(db, 1)) {
      v1.write(List.of(StoreFixtures.sanctions()), AT);
      assertThat(v1.stats().schemaVersion()).isEqualTo(1);
    }
    try (SqliteStore current = SqliteStore.open(db)) {
      assertThat(current.stats().schemaVersion()).isEqualTo(SqliteStore.currentVersion());
      assertThat(current.document("sanctions-1")).isPresent();
      assertThat(current.quotes(new QuoteQuery(null, null, "warning", DateRange.ALL, null, 10)))
          .hasSize(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name ="
                    + " 'events_source_day'")) {
      r.next();
      assertThat(r.getInt(1)).as("schema 2's query index").isEqualTo(1);
    }
  }

  @Test
  void aStoreFromANewerVersionIsRefused() throws Exception {
    Path db = dir.resolve("new.db");
    fresh().close();
    try (SqliteStore s = SqliteStore.open(db)) {
      assertThat(s.stats().schemaVersion()).isEqualTo(SqliteStore.currentVersion());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO schema_version VALUES (99, 'V99__future.sql', '2030-01-01T00:00:00Z')");
    }
    assertThatThrownBy(() -> SqliteStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("new.db")
        .hasMessageContaining("newer Readout")
        .hasMessageContaining("99");
  }

  @Test
  void aForeignDatabaseIsNotTakenForAStore() throws Exception {
    Path db = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id INTEGER)");
    }
    assertThatThrownBy(() -> SqliteStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Readout store");
  }

  @Test
  void theFileIsInWalModeWithForeignKeys() throws Exception {
    Path db = dir.resolve("readout.db");
    try (SqliteStore s = fresh()) {
      s.write(List.of(StoreFixtures.call()), AT);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
      r.next();
      assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  private static EventQuery q(
      ActorMatch actor,
      ActorMatch source,
      ActorMatch target,
      String code,
      Integer quad,
      DateRange days,
      String doc) {
    return new EventQuery(actor, null, source, target, code, quad, days, doc, 100);
  }

  private static int expected(List<AnnotatedArticle> docs, Predicate<Event> p) {
    return (int) docs.stream().flatMap(d -> d.events().stream()).filter(p).count();
  }

  private static boolean starts(String code, String prefix) {
    return code != null && code.startsWith(prefix);
  }

  private static int count(SqliteStore store, EventQuery q) {
    return store.events(q).size();
  }
}
