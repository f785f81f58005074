package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;
import org.readout.core.model.Span;
import org.readout.store.StoreException;
import org.readout.story.DedupEvent;
import org.readout.story.DedupEventRows;
import org.readout.story.EventDeduplicator;
import org.readout.story.ReportedEvent;

/**
 * Writes a story's deduplicated events ({@code dedup_events}, {@code dedup_mentions}) from its
 * members' stored events, and sets the story's day: all of them when a story is formed, merged or
 * split; only those an article's events touch when it joins a story ({@link #join}). Runs on the
 * writer's connection, inside its transaction, after {@link StoryRows#form}.
 */
final class DedupRows {
  private final Connection c;
  private final EventDeduplicator deduplicator = new EventDeduplicator();

  /** An event row of a member with what the dedup event needs beyond the core record. */
  private record Row(
      long event,
      long doc,
      ReportedEvent reported,
      @Nullable String sourceName,
      @Nullable String targetName) {}

  DedupRows(Connection c) {
    this.c = c;
  }

  /** Computes and writes the deduplicated events of {@code story}; returns how many. */
  int rebuild(String story) {
    try {
      List<DedupEvent> events = write(story, memberEvents(story));
      setDay(story, events);
      return events.size();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot write the events of story " + story + ": " + e.getMessage(), e);
    }
  }

  /**
   * Updates the deduplicated events of {@code story} after {@code document} joined it (its old
   * events already renamed to {@code story}): only those with the source key, target key and root
   * of one of the document's events are computed again, from their own mentions and the document's
   * events; the rest stay as they are. The result equals {@link #rebuild}'s, because a deduplicated
   * event (and its {@code otherDates}) depends only on the mentions of its source, target and root.
   * Returns how many deduplicated events were written.
   */
  int join(String story, String document) {
    try {
      List<Row> fresh = documentEvents(document);
      Set<List<@Nullable String>> triples = new LinkedHashSet<>();
      for (Row r : fresh) {
        triples.add(triple(r.reported().event()));
      }
      List<Long> affected = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT dedup FROM dedup_events WHERE story = ? AND source_code = ?"
                  + " AND target_code IS ? AND root_code = ?")) {
        for (List<@Nullable String> t : triples) {
          p.setString(1, story);
          p.setString(2, t.get(0));
          p.setString(3, t.get(1));
          p.setString(4, t.get(2));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              affected.add(r.getLong(1));
            }
          }
        }
      }
      List<Row> rows = new ArrayList<>(fresh);
      rows.addAll(mentionEvents(affected));
      // The order memberEvents reads, so that every group sees its mentions in the same order.
      rows.sort(
          Comparator.comparing((Row r) -> r.reported().document())
              .thenComparingInt(r -> r.reported().event().span().start())
              .thenComparingLong(Row::event));
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM dedup_events WHERE dedup = ?")) {
        for (long d : affected) {
          delete.setLong(1, d);
          delete.addBatch();
        }
        delete.executeBatch();
      }
      int written = write(story, rows).size();
      setDay(story);
      return written;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot update the events of story " + story + ": " + e.getMessage(), e);
    }
  }

  /** Deduplicates {@code rows} (in memberEvents order) and writes the result. */
  private List<DedupEvent> write(String story, List<Row> rows) throws SQLException {
    List<DedupEventRows<Row>> events =
        DedupEventRows.dedup(deduplicator, story, rows, Row::reported);
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO dedup_events (story, source_code, target_code, source, target,"
                    + " source_name, target_name, code, root_code, quad_class, goldstein, date,"
                    + " day, num_articles, num_sources, num_mentions, first_report, last_report,"
                    + " codes, other_dates) VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement link =
            c.prepareStatement("INSERT INTO dedup_mentions VALUES (?, ?, ?, ?, ?)")) {
      for (DedupEventRows<Row> d : events) {
        insert(insert, d);
        long dedup;
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          dedup = keys.getLong(1);
        }
        for (Row m : d.rows()) {
          link.setLong(1, dedup);
          link.setLong(2, m.event());
          link.setLong(3, m.doc());
          link.setInt(4, m.reported().event().span().start());
          link.setInt(5, m.reported().event().span().end());
          link.addBatch();
        }
      }
      link.executeBatch();
    }
    return events.stream().map(DedupEventRows::event).toList();
  }

  /** The group of a deduplicated event without its date: source key, target key, root. */
  private static List<@Nullable String> triple(Event e) {
    return java.util.Arrays.asList(
        EventDeduplicator.sourceKey(e), EventDeduplicator.targetKey(e), e.rootCode());
  }

  private void insert(PreparedStatement p, DedupEventRows<Row> rows) throws SQLException {
    DedupEvent d = rows.event();
    Row first = rows.first();
    Event e = rows.chosen(m -> m.reported().event().code()).reported().event();
    int i = 1;
    p.setString(i++, d.story());
    p.setString(i++, d.sourceCode());
    p.setString(i++, d.targetCode());
    p.setString(i++, first.reported().event().source());
    p.setString(i++, first.reported().event().target());
    p.setString(i++, first.sourceName());
    p.setString(i++, first.targetName());
    p.setString(i++, d.code());
    p.setString(i++, d.rootCode());
    p.setInt(i++, e.quadClass());
    p.setDouble(i++, e.goldstein());
    p.setString(i++, d.date());
    p.setString(i++, DedupEventRows.day(d));
    p.setInt(i++, d.numArticles());
    p.setInt(i++, d.numSources());
    p.setInt(i++, d.numMentions());
    p.setString(i++, rows.firstReport());
    p.setString(i++, rows.lastReport());
    p.setString(i++, rows.codes());
    p.setString(i, rows.otherDates());
    p.executeUpdate();
  }

  /**
   * {@link #setDay(String, List)} over the story's stored deduplicated events: the first in their
   * listing order (date, source, target, root, code) among the full-day ones reported by the most
   * articles.
   */
  private void setDay(String story) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE stories SET day = coalesce((SELECT x.date FROM dedup_events x"
                + " WHERE x.story = ?1 AND x.date GLOB"
                + " '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                + " ORDER BY x.num_articles DESC, x.date, x.source_code, x.target_code,"
                + " x.root_code, x.code LIMIT 1), first_report) WHERE story = ?1")) {
      p.setString(1, story);
      p.executeUpdate();
    }
  }

  /** The story's day: that of its most reported dated event, else its first report's date. */
  private void setDay(String story, List<DedupEvent> events) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE stories SET day = coalesce(?, first_report) WHERE story = ?")) {
      p.setString(1, DedupEventRows.storyDay(events));
      p.setString(2, story);
      p.executeUpdate();
    }
  }

  private static final String ROW_COLUMNS =
      "SELECT e.event, e.doc, d.id, d.outlet, d.date, e.source, e.target, e.source_name,"
          + " e.target_name, e.source_code, e.target_code, e.code, e.root_code,"
          + " e.quad_class, e.goldstein, e.date, e.start_offset, e.end_offset, e.mentions,"
          + " e.confidence";

  private List<Row> memberEvents(String story) throws SQLException {
    return rows(
        ROW_COLUMNS
            + " FROM story_members m JOIN documents d ON d.doc = m.doc"
            + " JOIN events e ON e.doc = m.doc"
            + " WHERE m.story = ? ORDER BY d.id, e.start_offset, e.event",
        story);
  }

  private List<Row> documentEvents(String document) throws SQLException {
    return rows(
        ROW_COLUMNS
            + " FROM documents d JOIN events e ON e.doc = d.doc"
            + " WHERE d.id = ? ORDER BY e.start_offset, e.event",
        document);
  }

  /** The event rows behind some deduplicated events. */
  private List<Row> mentionEvents(List<Long> dedups) throws SQLException {
    List<Row> out = new ArrayList<>();
    for (long dedup : dedups) {
      out.addAll(
          rows(
              ROW_COLUMNS
                  + " FROM dedup_mentions dm JOIN events e ON e.event = dm.event"
                  + " JOIN documents d ON d.doc = dm.doc WHERE dm.dedup = ?",
              dedup));
    }
    return out;
  }

  private List<Row> rows(String sql, Object param) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setObject(1, param);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Event e =
              new Event(
                  r.getString(6),
                  r.getString(7),
                  r.getString(10),
                  r.getString(11),
                  r.getString(12),
                  r.getString(13),
                  r.getInt(14),
                  r.getDouble(15),
                  r.getString(16),
                  new Span(r.getInt(17), r.getInt(18)),
                  r.getInt(19),
                  r.getDouble(20));
          String published = r.getString(5);
          out.add(
              new Row(
                  r.getLong(1),
                  r.getLong(2),
                  new ReportedEvent(
                      r.getString(3),
                      r.getString(4),
                      published == null ? null : LocalDate.parse(published),
                      e),
                  r.getString(8),
                  r.getString(9)));
        }
      }
    }
    return out;
  }
}
