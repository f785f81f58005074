package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.store.ActorMatch;
import org.readout.store.DateRange;
import org.readout.store.EventQuery;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredStory;
import org.readout.store.StoryQuery;

/**
 * Stories in a real SQLite file (issue 11): assigned as documents are written, the same in any
 * write order, deduplicated events with counts and links, re-formed when a document is replaced.
 * The events are given (no extraction), so the test checks the store, not the event stage.
 */
class StoryStoreTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final String CALL = "2025-03-04";

  @TempDir Path dir;

  /** One invented article: its lead, its outlet, its publication day and consult events. */
  static AnnotatedArticle article(
      String id, String outlet, int publishedDay, String lead, String... consults) {
    Article a =
        new Article(
            id, null, lead, LocalDate.of(2025, 3, publishedDay), DateSource.METADATA, null, outlet);
    List<Event> events = new ArrayList<>();
    int offset = 0;
    for (String c : consults) {
      // "CHNGOV>RUSGOV@2025-03-04" or with a code: "CHNGOV>RUSGOV@2025-03-04#042"
      String[] sides = c.split("[>@#]");
      String code = sides.length > 3 ? sides[3] : "040";
      events.add(
          new Event(
              "actor/" + sides[0],
              "actor/" + sides[1],
              sides[0],
              sides[1],
              code,
              code.substring(0, 2),
              1,
              1.0,
              sides[2],
              new Span(offset, offset + 5),
              1,
              0.9));
      offset += 6;
    }
    return AnnotatedArticle.of(a)
        .withAnalysis(List.of(new Sentence(new Span(0, lead.length()), 0, 0)), List.of(), List.of())
        .withEvents(events);
  }

  static List<AnnotatedArticle> corpus() {
    String both = "CHNGOV>RUSGOV@" + CALL;
    String back = "RUSGOV>CHNGOV@" + CALL;
    return List.of(
        article(
            "wire",
            "Wire One",
            4,
            "Xi and Putin held a video call on energy and grain trade.",
            both,
            back),
        article(
            "daily",
            "The Daily",
            5,
            "Putin spoke with Xi by video link about energy supplies.",
            back + "#042"),
        article("brief", "Brief Desk", 4, "Video call: Xi, Putin discuss energy, grain.", both),
        article(
            "analysis",
            "Weekly View",
            6,
            "Why the Xi Putin video call on energy matters for grain markets.",
            both,
            back),
        article(
            "translated",
            "Agency East",
            5,
            "The leaders Xi and Putin talked by video on energy and grain on Tuesday.",
            both),
        article(
            "later",
            "Wire One",
            11,
            "Xi and Putin held a video call on energy and grain trade.",
            "CHNGOV>RUSGOV@2025-03-11"),
        article(
            "retro",
            "The Daily",
            5,
            "Grain freight rates fell; a 2024 summit was recalled.",
            "CHNGOV>RUSGOV@2024-05-16",
            "CHNBUS>RUSBUS@" + CALL + "#061"));
  }

  private List<StoredStory> ingest(List<AnnotatedArticle> docs, String name) {
    try (SqliteStore store = SqliteStore.open(dir.resolve(name))) {
      for (AnnotatedArticle d : docs) {
        store.write(List.of(d), AT);
      }
      List<StoredStory> out = new ArrayList<>();
      store.scanStories(new StoryQuery(null, DateRange.ALL, 100), out::add);
      return out;
    }
  }

  @Test
  void fiveReportsAreOneStoryWithOneConsultEventPerDirection() {
    List<StoredStory> stories = ingest(corpus(), "a.db");
    assertThat(stories)
        .extracting(StoredStory::documents)
        .containsExactlyInAnyOrder(
            List.of("analysis", "brief", "daily", "translated", "wire"),
            List.of("later"),
            List.of("retro"));
    StoredStory call =
        stories.stream().filter(s -> s.documents().size() == 5).findFirst().orElseThrow();
    assertThat(call.day()).isEqualTo(CALL);
    assertThat(call.events()).hasSize(2);
    StoredDedupEvent there =
        call.events().stream()
            .filter(e -> e.event().sourceCode().equals("CHNGOV"))
            .findFirst()
            .orElseThrow();
    assertThat(there.event().numArticles()).isEqualTo(4);
    assertThat(there.event().numSources()).isEqualTo(4);
    StoredDedupEvent back =
        call.events().stream()
            .filter(e -> e.event().sourceCode().equals("RUSGOV"))
            .findFirst()
            .orElseThrow();
    assertThat(back.event().numArticles()).isEqualTo(3);
    assertThat(back.event().code()).isEqualTo("042");
    assertThat(back.event().codes()).containsEntry("040", 2).containsEntry("042", 1);
    assertThat(back.event().mentions())
        .extracting(m -> m.document() + "@" + m.start())
        .containsExactly("analysis@6", "daily@0", "wire@6");
    assertThat(back.event().firstReport()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(back.event().lastReport()).isEqualTo(LocalDate.of(2025, 3, 6));
  }

  @Test
  void writeOrderDoesNotChangeTheStoriesOrTheirEvents() {
    List<StoredStory> expected = ingest(corpus(), "first.db");
    Random random = new Random(11);
    for (int run = 0; run < 4; run++) {
      List<AnnotatedArticle> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, random);
      assertThat(ingest(shuffled, "run" + run + ".db")).isEqualTo(expected);
    }
  }

  /**
   * The corpus and two more reports of the call: one whose id sorts first (the story is renamed
   * when it joins) and one that also dates the call a day later (a date conflict, which changes the
   * {@code otherDates} of the events already there).
   */
  static List<AnnotatedArticle> joiningCorpus() {
    List<AnnotatedArticle> docs = new ArrayList<>(corpus());
    docs.add(
        article(
            "aaa-first",
            "Agency East",
            4,
            "Xi and Putin video call: energy and grain trade top the agenda.",
            "CHNGOV>RUSGOV@" + CALL + "#042",
            "CHNGOV>RUSGOV@2025-03-05"));
    docs.add(
        article(
            "zz-late",
            "Late Desk",
            7,
            "Putin and Xi held a video call on energy; grain came up too.",
            "RUSGOV>CHNGOV@2025-03-05#043",
            "RUSGOV>CHNGOV@" + CALL));
    return docs;
  }

  /** Every deduplicated event and story row, without row keys, in a fixed order. */
  private static List<String> dedupRows(Path db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT e.story, e.source_code, e.target_code, e.source, e.target, e.source_name,"
                  + " e.target_name, e.code, e.root_code, e.quad_class, e.goldstein, e.date,"
                  + " e.day, e.num_articles, e.num_sources, e.num_mentions, e.first_report,"
                  + " e.last_report, e.codes, e.other_dates, (SELECT group_concat(m, ' ') FROM"
                  + " (SELECT dm.event || '@' || dm.doc || ':' || dm.start_offset || '-'"
                  + " || dm.end_offset AS m FROM dedup_mentions dm WHERE dm.dedup = e.dedup"
                  + " ORDER BY dm.event)) FROM dedup_events e ORDER BY e.story, e.date,"
                  + " e.source_code, e.target_code, e.root_code")) {
        row(r, out);
      }
      try (ResultSet r = s.executeQuery("SELECT * FROM stories ORDER BY story")) {
        row(r, out);
      }
      try (ResultSet r = s.executeQuery("SELECT * FROM story_members ORDER BY doc")) {
        row(r, out);
      }
    }
    return out;
  }

  private static void row(ResultSet r, List<String> out) throws Exception {
    int n = r.getMetaData().getColumnCount();
    while (r.next()) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        b.append(r.getString(i)).append('|');
      }
      out.add(b.toString());
    }
  }

  /** Computes every story's deduplicated events again from all its members, as before joins. */
  private static void recompute(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      c.setAutoCommit(false);
      List<String> stories = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT story FROM stories")) {
        while (r.next()) {
          stories.add(r.getString(1));
        }
      }
      DedupRows dedup = new DedupRows(c);
      for (String story : stories) {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM dedup_events WHERE story = ?")) {
          p.setString(1, story);
          p.executeUpdate();
        }
        dedup.rebuild(story);
      }
      c.commit();
    }
  }

  @Test
  void joiningIncrementallyGivesWhatAFullRecomputeGives() throws Exception {
    Random random = new Random(5);
    List<StoredStory> expected = null;
    for (int run = 0; run < 4; run++) {
      List<AnnotatedArticle> docs = new ArrayList<>(joiningCorpus());
      if (run > 0) {
        Collections.shuffle(docs, random);
      }
      String name = "join" + run + ".db";
      List<StoredStory> stories = ingest(docs, name);
      List<String> incremental = dedupRows(dir.resolve(name));
      recompute(dir.resolve(name));
      assertThat(dedupRows(dir.resolve(name))).isEqualTo(incremental);
      if (expected == null) {
        expected = stories;
        StoredStory call =
            stories.stream().filter(st -> st.documents().size() == 7).findFirst().orElseThrow();
        assertThat(call.documents()).startsWith("aaa-first");
        assertThat(call.events())
            .extracting(
                e -> e.event().sourceCode() + " " + e.event().date() + " " + e.event().otherDates())
            .containsExactly(
                "CHNGOV 2025-03-04 [2025-03-05]",
                "RUSGOV 2025-03-04 [2025-03-05]",
                "CHNGOV 2025-03-05 [2025-03-04]",
                "RUSGOV 2025-03-05 [2025-03-04]");
      }
      assertThat(stories).isEqualTo(expected);
    }
  }

  @Test
  void replacingTheBridgeSplitsTheStoryAndDedupEventsFollow() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("r.db"))) {
      store.write(corpus(), AT);
      // The brief is rewritten about something else: it leaves the call's story.
      store.write(
          List.of(
              article(
                  "brief",
                  "Brief Desk",
                  4,
                  "Port strike ends in Rotterdam.",
                  "NLDLAB>NLDGOV@" + CALL)),
          AT);
      List<StoredDedupEvent> dedup = new ArrayList<>();
      store.scanDedupEvents(
          new EventQuery(
              ActorMatch.code("CHN"),
              ActorMatch.code("RUS"),
              null,
              null,
              "04",
              null,
              new DateRange(LocalDate.parse(CALL), LocalDate.parse(CALL)),
              null,
              100),
          dedup::add);
      assertThat(dedup).extracting(e -> e.event().numArticles()).containsExactlyInAnyOrder(3, 3);
      String story = dedup.get(0).event().story();
      assertThat(store.story(story).orElseThrow().documents()).hasSize(4);
      assertThat(store.storyFeatures(story)).hasSize(4);
    }
  }

  @Test
  void aStoreWrittenBeforeStoriesGetsThemWhenMigrated() {
    Path db = dir.resolve("v3.db");
    try (SqliteStore v3 = SqliteStore.open(db, 3)) {
      v3.write(corpus(), AT);
    }
    List<StoredStory> migrated;
    try (SqliteStore current = SqliteStore.open(db)) {
      migrated = new ArrayList<>();
      current.scanStories(new StoryQuery(null, DateRange.ALL, 100), migrated::add);
    }
    assertThat(migrated).isEqualTo(ingest(corpus(), "fresh.db"));
  }
}
