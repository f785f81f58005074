package org.readout.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.store.Table;

/**
 * The SQL behind {@link Table}: what each exported table selects, and how a result row becomes
 * values in {@link Table#columns()} order. Annotation tables select their document's id, their
 * columns, and the covered text last.
 */
final class TableExports {
  private TableExports() {}

  static String select(Table t) {
    return switch (t) {
      case DOCUMENTS ->
          "SELECT d.id, d.url, d.title, d.date, d.date_source, d.outlet, d.language,"
              + " d.content_hash, d.ingested_at, d.text FROM documents d";
      case ACTORS ->
          "SELECT d.id, x.actor_id, x.name, x.kind, x.code, x.country, x.role, x.gender,"
              + " x.members FROM actors x JOIN documents d ON d.doc = x.doc";
      case MENTIONS -> annotation("x.actor_id, x.start_offset, x.end_offset, x.kind", "mentions");
      case QUOTES ->
          annotation(
              "x.start_offset, x.end_offset, x.kind, x.speaker, x.speaker_name, x.speaker_code,"
                  + " x.speaker_start, x.speaker_end, x.via, x.via_name, x.cue_start, x.cue_end,"
                  + " x.confidence, x.date",
              "quotes");
      case TIMES -> annotation("x.start_offset, x.end_offset, x.kind, x.value", "times");
      case EVENTS ->
          annotation(
              "x.source, x.target, x.source_name, x.target_name, x.source_code, x.target_code,"
                  + " x.code, x.root_code, x.quad_class, x.goldstein, x.date, x.day,"
                  + " x.start_offset, x.end_offset, x.mentions, x.confidence, x.location_kind,"
                  + " x.location_name, x.location_full_name, x.location_country, x.location_adm1,"
                  + " x.location_latitude, x.location_longitude, x.location_feature_id,"
                  + " x.location_start, x.location_end",
              "events");
      case FLAGS ->
          annotation(
              "x.kind, x.start_offset, x.end_offset, x.other_start, x.other_end, x.message",
              "flags");
      case STORIES, STORY_MEMBERS, DEDUP_EVENTS, DEDUP_MENTIONS ->
          throw new IllegalArgumentException(t.label() + " is a story table: use acrossDocuments");
    };
  }

  /**
   * The query of a story table, whole stories selected by {@code documents} (a filter on {@code d},
   * the documents table): a story is exported when one of its documents matches. A deduplicated
   * event's {@code dedup} is its rank in its story in story/'s order ({@link #DEDUP_ORDER}), so it
   * depends neither on the store's internal keys nor on the order the story's articles arrived in
   * (an incremental join rewrites only the groups it touches, so row order follows arrival).
   */
  /**
   * The order of a story's deduplicated events, as {@code EventDeduplicator} sorts them: date (none
   * first), source, target (none first), root, code. SQLite sorts NULL first and compares text by
   * code unit, as Java's natural order does for these ASCII codes.
   */
  static final String DEDUP_ORDER = "x.date, x.source_code, x.target_code, x.root_code, x.code";

  static String acrossDocuments(Table t, Where documents) {
    String filter =
        documents.sql().isEmpty()
            ? ""
            : " WHERE x.story IN (SELECT m.story FROM story_members m JOIN documents d"
                + " ON d.doc = m.doc"
                + documents.sql()
                + ")";
    return switch (t) {
      case STORIES ->
          "SELECT x.story, x.title, x.day, x.first_report, x.last_report, x.documents"
              + " FROM stories x"
              + filter
              + " ORDER BY x.story";
      case STORY_MEMBERS ->
          "SELECT x.story, d.id FROM story_members x JOIN documents d ON d.doc = x.doc"
              + filter
              + " ORDER BY x.story, d.id";
      case DEDUP_EVENTS ->
          "SELECT x.story, row_number() OVER (PARTITION BY x.story ORDER BY "
              + DEDUP_ORDER
              + ") - 1,"
              + " x.source_code, x.target_code, x.source, x.target, x.source_name, x.target_name,"
              + " x.code, x.root_code, x.quad_class, x.goldstein, x.date, x.day, x.num_articles,"
              + " x.num_sources, x.num_mentions, x.first_report, x.last_report, x.codes,"
              + " x.other_dates FROM dedup_events x"
              + filter
              + " ORDER BY x.story, "
              + DEDUP_ORDER;
      case DEDUP_MENTIONS ->
          "SELECT x.story, x.number, d.id, dm.start_offset, dm.end_offset FROM dedup_mentions dm"
              + " JOIN (SELECT x.dedup, x.story, row_number() OVER (PARTITION BY x.story ORDER BY "
              + DEDUP_ORDER
              + ") - 1 AS number FROM dedup_events x) x ON x.dedup = dm.dedup"
              + " JOIN documents d ON d.doc = dm.doc"
              + filter
              + " ORDER BY x.story, x.number, dm.rowid";
      default -> throw new IllegalArgumentException(t.label() + " is a table of one document");
    };
  }

  /** Rows of one document in the order they were written. */
  static String order(Table t) {
    return t == Table.DOCUMENTS ? "" : ", x.rowid";
  }

  private static String annotation(String columns, String table) {
    return "SELECT d.id, "
        + columns
        + ", d.doc AS doc_key, "
        + Evidence.column("x")
        + ", x.start_offset AS span_start, x.end_offset AS span_end FROM "
        + table
        + " x JOIN documents d ON d.doc = x.doc";
  }

  static List<@Nullable Object> row(Table t, ResultSet r, Evidence evidence) throws SQLException {
    List<Table.Column> columns = t.columns();
    List<@Nullable Object> values = new ArrayList<>(columns.size());
    boolean cutText = t != Table.DOCUMENTS && t != Table.ACTORS && !t.acrossDocuments();
    int read = cutText ? columns.size() - 1 : columns.size();
    for (int i = 0; i < read; i++) {
      values.add(value(r, i + 1, columns.get(i).type()));
    }
    if (cutText) {
      values.add(evidence.cut(r, new Span(r.getInt("span_start"), r.getInt("span_end"))));
    }
    return values;
  }

  private static @Nullable Object value(ResultSet r, int index, Table.Type type)
      throws SQLException {
    Object v =
        switch (type) {
          case TEXT -> r.getString(index);
          case INTEGER -> r.getLong(index);
          case REAL -> r.getDouble(index);
        };
    return r.wasNull() ? null : v;
  }
}
