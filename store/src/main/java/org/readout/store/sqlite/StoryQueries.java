package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.readout.store.EventQuery;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredStory;
import org.readout.store.StoryQuery;
import org.readout.story.DedupEvent;
import org.readout.story.EventLink;

/** Reads stories and deduplicated events: {@code readout stories}, {@code events --dedup}. */
final class StoryQueries {
  private static final String[] IDS = {"x.source", "x.target"};
  private static final String[] CODES = {"x.source_code", "x.target_code"};
  private static final String[] NAMES = {"x.source_name", "x.target_name"};

  private final Connection c;

  StoryQueries(Connection c) {
    this.c = c;
  }

  void scanStories(StoryQuery q, Consumer<StoredStory> sink) throws SQLException {
    Where w = new Where().dates("s.day", q.days());
    if (q.actor() != null) {
      Where a = new Where().eitherActor(q.actor(), IDS, CODES, NAMES);
      w.add("s.story IN (SELECT x.story FROM dedup_events x" + a.sql() + ")", a.params().toArray());
    }
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT s.story FROM stories s"
                + w.sql()
                + " ORDER BY s.day IS NULL, s.day DESC, s.story LIMIT ?")) {
      int i = w.bind(p);
      p.setInt(i, q.limit());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    for (String id : ids) {
      story(id).ifPresent(sink);
    }
  }

  /** The id of the story that {@code documentId} belongs to, if stored. */
  Optional<String> storyOf(String documentId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT m.story FROM story_members m JOIN documents d ON d.doc = m.doc WHERE d.id = ?")) {
      p.setString(1, documentId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  Optional<StoredStory> story(String id) throws SQLException {
    String title;
    String day;
    String first;
    String last;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT title, day, first_report, last_report FROM stories WHERE story = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        title = r.getString(1);
        day = r.getString(2);
        first = r.getString(3);
        last = r.getString(4);
      }
    }
    List<String> docs = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT d.id FROM story_members m JOIN documents d ON d.doc = m.doc"
                + " WHERE m.story = ? ORDER BY d.id")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          docs.add(r.getString(1));
        }
      }
    }
    List<StoredDedupEvent> events = new ArrayList<>();
    // The deduplicator's order, not the row keys': an incremental join rewrites only some rows.
    scanDedup(
        "WHERE x.story = ?",
        List.of(id),
        "x.date, x.source_code, x.target_code, x.root_code, x.code, x.dedup",
        Integer.MAX_VALUE,
        events::add);
    return Optional.of(new StoredStory(id, title, day, date(first), date(last), docs, events));
  }

  /** Deduplicated events matching an event query's actor, code and day filters, newest first. */
  void scanDedupEvents(EventQuery q, Consumer<StoredDedupEvent> sink) throws SQLException {
    Where w = new Where();
    if (q.partner() != null && q.actor() != null) {
      w.dyad(q.actor(), q.partner(), IDS, CODES, NAMES);
    } else {
      w.eitherActor(q.actor(), IDS, CODES, NAMES);
    }
    w.actor(q.source(), IDS[0], CODES[0], NAMES[0])
        .actor(q.target(), IDS[1], CODES[1], NAMES[1])
        .eventCode("x.code", "x.root_code", q.codePrefix())
        .equal("x.quad_class", q.quadClass())
        .dates("x.day", q.days());
    if (q.documentId() != null) {
      w.add(
          "x.dedup IN (SELECT dm.dedup FROM dedup_mentions dm JOIN documents d ON d.doc = dm.doc"
              + " WHERE d.id = ?)",
          q.documentId());
    }
    scanDedup(w.sql(), w.params(), "x.day IS NULL, x.day DESC, x.dedup", q.limit(), sink);
  }

  private void scanDedup(
      String where, List<Object> params, String order, int limit, Consumer<StoredDedupEvent> sink)
      throws SQLException {
    Map<Long, StoredDedupEvent> rows = new LinkedHashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT x.dedup, x.story, x.source_code, x.target_code, x.source, x.target,"
                + " x.source_name, x.target_name, x.code, x.root_code, x.quad_class, x.goldstein,"
                + " x.date, x.day, x.num_articles, x.num_sources, x.num_mentions,"
                + " x.first_report, x.last_report, x.codes, x.other_dates FROM dedup_events x "
                + where
                + " ORDER BY "
                + order
                + " LIMIT ?")) {
      int i = 1;
      for (Object v : params) {
        p.setObject(i++, v);
      }
      p.setInt(i, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.put(r.getLong(1), row(r, mentions(r.getLong(1))));
        }
      }
    }
    rows.values().forEach(sink);
  }

  private StoredDedupEvent row(ResultSet r, List<EventLink> mentions) throws SQLException {
    Map<String, Integer> codes = new TreeMap<>();
    for (String cc : r.getString(20).split(" ")) {
      int colon = cc.lastIndexOf(':');
      if (colon > 0) {
        codes.put(cc.substring(0, colon), Integer.parseInt(cc.substring(colon + 1)));
      }
    }
    String other = r.getString(21);
    DedupEvent d =
        new DedupEvent(
            r.getString(2),
            r.getString(3),
            r.getString(4),
            r.getString(9),
            r.getString(10),
            r.getString(13),
            r.getInt(15),
            r.getInt(16),
            r.getInt(17),
            date(r.getString(18)),
            date(r.getString(19)),
            codes,
            other.isEmpty() ? List.of() : List.of(other.split(" ")),
            mentions);
    return new StoredDedupEvent(
        d,
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getString(8),
        r.getInt(11),
        r.getDouble(12),
        r.getString(14));
  }

  private List<EventLink> mentions(long dedup) throws SQLException {
    List<EventLink> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT d.id, dm.start_offset, dm.end_offset, e.code, e.date, e.mentions"
                + " FROM dedup_mentions dm JOIN documents d ON d.doc = dm.doc"
                + " JOIN events e ON e.event = dm.event WHERE dm.dedup = ?"
                + " ORDER BY d.id, dm.start_offset")) {
      p.setLong(1, dedup);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new EventLink(
                  r.getString(1),
                  r.getInt(2),
                  r.getInt(3),
                  r.getString(4),
                  r.getString(5),
                  r.getInt(6)));
        }
      }
    }
    return out;
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
