package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;
import org.readout.core.model.Span;
import org.readout.store.StoreException;
import org.readout.story.DedupEvent;
import org.readout.story.EventDeduplicator;
import org.readout.story.EventLink;
import org.readout.story.ReportedEvent;

/**
 * Writes a story's deduplicated events ({@code dedup_events}, {@code dedup_mentions}) from its
 * members' stored events, and sets the story's day. Runs on the writer's connection, inside its
 * transaction, after {@link StoryRows#form}.
 */
final class DedupRows {
  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
      List<Row> rows = memberEvents(story);
      Map<String, Deque<Row>> byMention = new HashMap<>();
      List<ReportedEvent> reported = new ArrayList<>();
      for (Row r : rows) {
        reported.add(r.reported());
        byMention
            .computeIfAbsent(
                mentionKey(r.reported().document(), r.reported().event()), k -> new ArrayDeque<>())
            .add(r);
      }
      List<DedupEvent> events = deduplicator.dedup(story, reported);
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
        for (DedupEvent d : events) {
          List<Row> mentions = new ArrayList<>();
          for (EventLink l : d.mentions()) {
            Deque<Row> q = byMention.get(linkKey(d, l));
            if (q == null || q.isEmpty()) {
              throw new IllegalStateException("dedup mention without its event row: " + l);
            }
            mentions.add(q.poll());
          }
          insert(insert, d, mentions);
          long dedup;
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            dedup = keys.getLong(1);
          }
          for (Row m : mentions) {
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
      setDay(story, events);
      return events.size();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot write the events of story " + story + ": " + e.getMessage(), e);
    }
  }

  private void insert(PreparedStatement p, DedupEvent d, List<Row> mentions) throws SQLException {
    Row first = mentions.get(0);
    Row chosen =
        mentions.stream()
            .filter(m -> m.reported().event().code().equals(d.code()))
            .findFirst()
            .orElse(first);
    Event e = chosen.reported().event();
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
    p.setString(i++, day(d));
    p.setInt(i++, d.numArticles());
    p.setInt(i++, d.numSources());
    p.setInt(i++, d.numMentions());
    p.setString(i++, d.firstReport() == null ? null : d.firstReport().toString());
    p.setString(i++, d.lastReport() == null ? null : d.lastReport().toString());
    List<String> codes = new ArrayList<>();
    d.codes().forEach((code, n) -> codes.add(code + ":" + n));
    p.setString(i++, String.join(" ", codes));
    p.setString(i, String.join(" ", d.otherDates()));
    p.executeUpdate();
  }

  /**
   * The filing day: the event's date when it is a full day; none when it is coarser ("last year":
   * an old event must not be filed under the day of its report); the first report's date when the
   * event has no date at all.
   */
  static @Nullable String day(DedupEvent d) {
    if (d.date() != null) {
      return FULL_DAY.matcher(d.date()).matches() ? d.date() : null;
    }
    return d.firstReport() == null ? null : d.firstReport().toString();
  }

  /** The story's day: that of its most reported dated event, else its first report's date. */
  private void setDay(String story, List<DedupEvent> events) throws SQLException {
    DedupEvent best = null;
    for (DedupEvent d : events) {
      if (d.date() != null
          && FULL_DAY.matcher(d.date()).matches()
          && (best == null || d.numArticles() > best.numArticles())) {
        best = d;
      }
    }
    try (PreparedStatement p =
        c.prepareStatement("UPDATE stories SET day = coalesce(?, first_report) WHERE story = ?")) {
      p.setString(1, best == null ? null : best.date());
      p.setString(2, story);
      p.executeUpdate();
    }
  }

  private List<Row> memberEvents(String story) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT e.event, e.doc, d.id, d.outlet, d.date, e.source, e.target, e.source_name,"
                + " e.target_name, e.source_code, e.target_code, e.code, e.root_code,"
                + " e.quad_class, e.goldstein, e.date, e.start_offset, e.end_offset, e.mentions,"
                + " e.confidence FROM story_members m JOIN documents d ON d.doc = m.doc"
                + " JOIN events e ON e.doc = m.doc"
                + " WHERE m.story = ? ORDER BY d.id, e.start_offset, e.event")) {
      p.setString(1, story);
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

  private static String mentionKey(String document, Event e) {
    return String.join(
        "\u0000",
        document,
        String.valueOf(e.span().start()),
        String.valueOf(e.span().end()),
        e.code(),
        EventDeduplicator.sourceKey(e),
        String.valueOf(EventDeduplicator.targetKey(e)),
        String.valueOf(e.date()));
  }

  private static String linkKey(DedupEvent d, EventLink l) {
    return String.join(
        "\u0000",
        l.document(),
        String.valueOf(l.start()),
        String.valueOf(l.end()),
        l.code(),
        d.sourceCode(),
        String.valueOf(d.targetCode()),
        String.valueOf(l.date()));
  }
}
