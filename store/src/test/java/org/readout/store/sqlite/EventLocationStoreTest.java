package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Place;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.EventQuery;
import org.readout.store.StoredEvent;
import org.readout.store.Table;
import org.readout.store.gdelt.GdeltWriter;
import org.readout.story.StoryFeatures;
import org.readout.story.StoryPlace;

/**
 * Schema 6 in a real SQLite file: each event's action location is stored, read back by the document
 * and event queries, exported with the events table and in GDELT's ActionGeo columns, and NULL in a
 * store written before schema 6.
 */
class EventLocationStoreTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final String TEXT =
      "Russian missiles struck Kyiv on Thursday. Ukraine condemned Russia for the attack.";
  private static final Place KYIV =
      new Place(
          new Span(24, 28),
          Place.Kind.CITY,
          "Kyiv",
          "Kyiv, Kyiv City, Ukraine",
          "UKR",
          "UA12",
          50.4547,
          30.5238,
          "703448");

  @TempDir Path dir;

  static AnnotatedArticle strike(String id, @Nullable Place where) {
    Article a =
        new Article(
            id,
            "Strike on " + id,
            TEXT,
            LocalDate.of(2025, 4, 24),
            DateSource.METADATA,
            null,
            "Wire One");
    Event located =
        new Event(
            "country/RUS",
            "country/UKR",
            "RUSMIL",
            "UKR",
            "195",
            "19",
            4,
            -10.0,
            "2025-04-24",
            new Span(0, 28),
            1,
            0.9,
            where);
    Event unplaced =
        new Event(
            "country/UKR",
            "country/RUS",
            "UKR",
            "RUS",
            "111",
            "11",
            3,
            -2.0,
            "2025-04-24",
            new Span(42, 81),
            1,
            0.8);
    return AnnotatedArticle.of(a)
        .withAnalysis(
            List.of(new Sentence(new Span(0, 41), 0, 0), new Sentence(new Span(42, 82), 0, 0)),
            List.of(),
            List.of())
        .withEvents(List.of(located, unplaced));
  }

  @Test
  void theLocationIsStoredAndReadBackByEveryEventQuery() throws Exception {
    Path db = dir.resolve("loc.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      store.write(List.of(strike("kyiv-1", KYIV)), AT);
    }
    try (SqliteStore store = SqliteStore.open(db)) {
      AnnotatedArticle doc = store.document("kyiv-1").orElseThrow();
      assertThat(doc.events()).extracting(Event::location).containsExactly(KYIV, null);
      List<StoredEvent> events = store.events(EventQuery.all(10));
      assertThat(events)
          .filteredOn(e -> e.event().rootCode().equals("19"))
          .singleElement()
          .satisfies(e -> assertThat(e.event().location()).isEqualTo(KYIV));
      // The story decision sees the place of the dated strike.
      List<StoryFeatures> features = store.storyFeatures(storyOf(db));
      assertThat(features).hasSize(1);
      assertThat(features.get(0).places().values())
          .containsExactly(java.util.Set.of(StoryPlace.of(KYIV)));
    }
  }

  @Test
  void exportsCarryTheLocationColumnsAndGdeltItsActionGeo() {
    Path db = dir.resolve("export.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      store.write(List.of(strike("kyiv-1", KYIV)), AT);
      List<List<@Nullable Object>> rows = new ArrayList<>();
      store.scanTable(Table.EVENTS, new DocumentQuery(DateRange.ALL, null, 10), rows::add);
      List<String> names = Table.EVENTS.columns().stream().map(Table.Column::name).toList();
      assertThat(rows).hasSize(2);
      List<@Nullable Object> strike = rows.get(0);
      assertThat(strike).hasSize(names.size());
      assertThat(strike.get(names.indexOf("location_kind"))).isEqualTo("city");
      assertThat(strike.get(names.indexOf("location_full_name")))
          .isEqualTo("Kyiv, Kyiv City, Ukraine");
      assertThat(strike.get(names.indexOf("location_adm1"))).isEqualTo("UA12");
      assertThat(strike.get(names.indexOf("location_latitude"))).isEqualTo(50.4547);
      assertThat(strike.get(names.indexOf("location_feature_id"))).isEqualTo("703448");
      assertThat(strike.get(names.indexOf("location_start"))).isEqualTo(24L);
      assertThat(strike.get(names.indexOf("text"))).isEqualTo(TEXT.substring(0, 28));
      assertThat(rows.get(1).get(names.indexOf("location_kind"))).isNull();

      AnnotatedArticle doc = store.document("kyiv-1").orElseThrow();
      List<String> gdelt = new GdeltWriter(null).row(doc, doc.events().get(0));
      List<String> fromExtract =
          new GdeltWriter(null).row(strike("kyiv-1", KYIV), strike("kyiv-1", KYIV).events().get(0));
      int geo = GdeltWriter.COLUMNS.indexOf("ActionGeo_Type");
      assertThat(gdelt.subList(geo, geo + 8)).isEqualTo(fromExtract.subList(geo, geo + 8));
      assertThat(gdelt.subList(geo, geo + 8))
          .containsExactly(
              "4", "Kyiv, Kyiv City, Ukraine", "UA", "UA12", "", "50.4547", "30.5238", "703448");
    }
  }

  @Test
  void aStoreWrittenBeforeSchemaSixKeepsNullLocationsAndStoresNewOnes() throws Exception {
    Path db = dir.resolve("v5.db");
    try (SqliteStore v5 = SqliteStore.open(db, 5)) {
      v5.write(List.of(strike("old", KYIV)), AT);
      assertThat(v5.stats().schemaVersion()).isEqualTo(5);
    }
    try (SqliteStore current = SqliteStore.open(db)) {
      assertThat(current.stats().schemaVersion()).isEqualTo(Migrations.CURRENT);
      assertThat(current.document("old").orElseThrow().events())
          .extracting(Event::location)
          .containsOnlyNulls();
      current.write(List.of(strike("new", KYIV)), AT);
      assertThat(current.document("new").orElseThrow().events().get(0).location()).isEqualTo(KYIV);
      // Both strikes are one happening: the old article, without places, links to the new one.
      assertThat(current.story(storyOf(db)).orElseThrow().documents())
          .containsExactly("new", "old");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT d.id, f.places FROM story_features f JOIN documents d ON d.doc = f.doc"
                    + " ORDER BY d.id")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("new");
      assertThat(r.getString(2)).isEqualTo("RUSMIL>UKR:19:2025-04-24=city|UKR|UA12|Kyiv");
      r.next();
      assertThat(r.getString(2)).isNull();
    }
  }

  private static String storyOf(Path db) throws java.sql.SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT story FROM stories ORDER BY story LIMIT 1")) {
      r.next();
      return r.getString(1);
    }
  }
}
