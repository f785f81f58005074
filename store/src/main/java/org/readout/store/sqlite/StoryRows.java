package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.readout.store.StoreException;
import org.readout.story.Happening;
import org.readout.story.LeadSignature;
import org.readout.story.SameHappening;
import org.readout.story.StoryFeatures;
import org.readout.story.StoryGraph;
import org.readout.story.StoryPlace;

/**
 * The {@link StoryGraph} over the store's tables ({@code story_features}, {@code story_keys},
 * {@code story_members}, {@code stories}), on the writer's connection and inside its transaction.
 * Dissolving a story deletes its deduplicated events; {@link DedupRows} writes those of a formed
 * one. SQL errors surface as {@link StoreException}s, which roll the write back.
 */
final class StoryRows implements StoryGraph {
  private final Connection c;
  // False only for a store opened below schema 6 (migration tests): story_features has no places.
  private final boolean places;

  StoryRows(Connection c, boolean places) {
    this.c = c;
    this.places = places;
  }

  @Override
  public List<StoryFeatures> candidates(StoryFeatures doc) {
    Set<Long> docs = new LinkedHashSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT k.doc FROM story_keys k WHERE k.pair = ? AND k.day BETWEEN ? AND ?")) {
      Set<String> asked = new LinkedHashSet<>();
      for (Happening h : doc.happenings()) {
        if (!asked.add(h.pair() + " " + h.date())) {
          continue;
        }
        p.setString(1, h.pair());
        p.setString(2, h.date().minusDays(SameHappening.DATE_SLACK_DAYS).toString());
        p.setString(3, h.date().plusDays(SameHappening.DATE_SLACK_DAYS).toString());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            docs.add(r.getLong(1));
          }
        }
      }
      List<StoryFeatures> out = new ArrayList<>();
      for (long d : docs) {
        StoryFeatures f = features("f.doc = ?", d).stream().findFirst().orElse(null);
        if (f != null && !f.document().equals(doc.document())) {
          out.add(f);
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot find story candidates: " + e.getMessage(), e);
    }
  }

  @Override
  public @Nullable String storyOf(String document) {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT m.story FROM story_members m JOIN documents d ON d.doc = m.doc WHERE d.id = ?")) {
      p.setString(1, document);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the story of " + document + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoryFeatures> members(String story) {
    try {
      return features("f.doc IN (SELECT doc FROM story_members WHERE story = ?)", story);
    } catch (SQLException e) {
      throw new StoreException("cannot read story " + story + ": " + e.getMessage(), e);
    }
  }

  /** Features of the documents a condition on {@code f} (story_features) selects, by id. */
  List<StoryFeatures> features(String condition, Object value) throws SQLException {
    List<StoryFeatures> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT d.id, f.outlet, f.published, f.happenings, f.lead, "
                + (places ? "f.places" : "NULL")
                + " FROM story_features f"
                + " JOIN documents d ON d.doc = f.doc WHERE "
                + condition
                + " ORDER BY d.id")) {
      p.setObject(1, value);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String published = r.getString(3);
          String happenings = r.getString(4);
          out.add(
              new StoryFeatures(
                  r.getString(1),
                  r.getString(2),
                  published == null ? null : LocalDate.parse(published),
                  happenings.isEmpty()
                      ? List.of()
                      : Arrays.stream(happenings.split(" ")).map(Happening::parse).toList(),
                  LeadSignature.fromBytes(r.getBytes(5)),
                  places(r.getString(6))));
        }
      }
    }
    return out;
  }

  @Override
  public void putFeatures(StoryFeatures doc) {
    try {
      long key = docKey(doc.document());
      try (PreparedStatement p =
          c.prepareStatement(
              places
                  ? "INSERT OR REPLACE INTO story_features (doc, outlet, published, happenings,"
                      + " lead, places) VALUES (?, ?, ?, ?, ?, ?)"
                  : "INSERT OR REPLACE INTO story_features (doc, outlet, published, happenings,"
                      + " lead) VALUES (?, ?, ?, ?, ?)")) {
        p.setLong(1, key);
        p.setString(2, doc.outlet());
        p.setString(3, doc.published() == null ? null : doc.published().toString());
        p.setString(
            4, String.join(" ", doc.happenings().stream().map(Happening::toString).toList()));
        p.setBytes(5, doc.lead().toBytes());
        if (places) {
          p.setString(6, places(doc.places()));
        }
        p.executeUpdate();
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT OR IGNORE INTO story_keys VALUES (?, ?, ?)")) {
        for (Happening h : doc.happenings()) {
          p.setString(1, h.pair());
          p.setString(2, h.date().toString());
          p.setLong(3, key);
          p.addBatch();
        }
        p.executeBatch();
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store story features of " + doc.document() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void dissolve(String story) {
    try {
      for (String sql :
          List.of(
              "DELETE FROM story_members WHERE story = ?",
              "DELETE FROM dedup_events WHERE story = ?",
              "DELETE FROM stories WHERE story = ?")) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setString(1, story);
          p.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot dissolve story " + story + ": " + e.getMessage(), e);
    }
  }

  /**
   * Keeps the story's rows, deduplicated events included, renaming them when the id changes, and
   * adds the document; {@link DedupRows#join} then updates only the events it touches.
   */
  @Override
  public void join(String story, String joined, String document, List<String> members) {
    if (!story.equals(joined)) {
      try {
        for (String sql :
            List.of(
                "UPDATE story_members SET story = ?1 WHERE story = ?2",
                "UPDATE dedup_events SET story = ?1 WHERE story = ?2",
                "DELETE FROM stories WHERE story = ?2")) {
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, joined);
            p.setString(2, story);
            p.executeUpdate();
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot rename story " + story + ": " + e.getMessage(), e);
      }
    }
    form(joined, List.of(document));
  }

  @Override
  public void form(String story, List<String> documents) {
    try {
      Map<String, Long> keys = new LinkedHashMap<>();
      for (String d : documents) {
        keys.put(d, docKey(d));
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT OR REPLACE INTO story_members VALUES (?, ?)")) {
        for (long key : keys.values()) {
          p.setLong(1, key);
          p.setString(2, story);
          p.addBatch();
        }
        p.executeBatch();
      }
      // Title and report dates from the earliest report (publication date, then id).
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT OR REPLACE INTO stories (story, title, day, first_report, last_report,"
                  + " documents) SELECT ?, (SELECT d.title FROM story_members m JOIN documents d"
                  + " ON d.doc = m.doc WHERE m.story = ?1 ORDER BY d.date IS NULL, d.date, d.id"
                  + " LIMIT 1), NULL, min(d.date), max(d.date), count(*) FROM story_members m"
                  + " JOIN documents d ON d.doc = m.doc WHERE m.story = ?1")) {
        p.setString(1, story);
        p.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot form story " + story + ": " + e.getMessage(), e);
    }
  }

  /** Lines {@code HAPPENING=PLACE}, one per place of a happening; null when there are none. */
  static @Nullable String places(Map<Happening, Set<StoryPlace>> places) {
    List<String> lines = new ArrayList<>();
    places.forEach((h, ps) -> ps.forEach(p -> lines.add(h + "=" + p)));
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  /** Reads {@link #places(Map)}; NULL (no places, or a store before schema 6) is none. */
  static Map<Happening, Set<StoryPlace>> places(@Nullable String column) {
    Map<Happening, Set<StoryPlace>> out = new TreeMap<>();
    if (column == null || column.isEmpty()) {
      return out;
    }
    for (String line : column.split("\n")) {
      int eq = line.indexOf('=');
      out.computeIfAbsent(Happening.parse(line.substring(0, eq)), k -> new TreeSet<>())
          .add(StoryPlace.parse(line.substring(eq + 1)));
    }
    return out;
  }

  private long docKey(String document) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT doc FROM documents WHERE id = ?")) {
      p.setString(1, document);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new StoreException("story member not stored: " + document);
        }
        return r.getLong(1);
      }
    }
  }
}
