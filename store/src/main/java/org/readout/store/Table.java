package org.readout.store;

import java.util.List;
import java.util.Locale;

/**
 * The tables of the record as exports see them: documents by their id (never an internal key),
 * every annotation with its document, offsets and the text they cover. {@code docs/store.md}
 * documents each column. The story tables ({@link #STORIES} and after) hold what the store derived
 * across documents; a filter on documents exports the stories that have a matching document, whole.
 */
public enum Table {
  DOCUMENTS(
      col("id", Type.TEXT),
      col("url", Type.TEXT),
      col("title", Type.TEXT),
      col("date", Type.TEXT),
      col("date_source", Type.TEXT),
      col("outlet", Type.TEXT),
      col("language", Type.TEXT),
      col("content_hash", Type.TEXT),
      col("ingested_at", Type.TEXT),
      col("text", Type.TEXT)),
  ACTORS(
      col("document", Type.TEXT),
      col("actor_id", Type.TEXT),
      col("name", Type.TEXT),
      col("kind", Type.TEXT),
      col("code", Type.TEXT),
      col("country", Type.TEXT),
      col("role", Type.TEXT),
      col("gender", Type.TEXT),
      col("members", Type.TEXT)),
  MENTIONS(
      col("document", Type.TEXT),
      col("actor_id", Type.TEXT),
      col("start", Type.INTEGER),
      col("end", Type.INTEGER),
      col("kind", Type.TEXT),
      col("text", Type.TEXT)),
  QUOTES(
      col("document", Type.TEXT),
      col("start", Type.INTEGER),
      col("end", Type.INTEGER),
      col("kind", Type.TEXT),
      col("speaker", Type.TEXT),
      col("speaker_name", Type.TEXT),
      col("speaker_code", Type.TEXT),
      col("speaker_start", Type.INTEGER),
      col("speaker_end", Type.INTEGER),
      col("via", Type.TEXT),
      col("via_name", Type.TEXT),
      col("cue_start", Type.INTEGER),
      col("cue_end", Type.INTEGER),
      col("confidence", Type.REAL),
      col("date", Type.TEXT),
      col("text", Type.TEXT)),
  TIMES(
      col("document", Type.TEXT),
      col("start", Type.INTEGER),
      col("end", Type.INTEGER),
      col("kind", Type.TEXT),
      col("value", Type.TEXT),
      col("text", Type.TEXT)),
  EVENTS(
      col("document", Type.TEXT),
      col("source", Type.TEXT),
      col("target", Type.TEXT),
      col("source_name", Type.TEXT),
      col("target_name", Type.TEXT),
      col("source_code", Type.TEXT),
      col("target_code", Type.TEXT),
      col("code", Type.TEXT),
      col("root_code", Type.TEXT),
      col("quad_class", Type.INTEGER),
      col("goldstein", Type.REAL),
      col("date", Type.TEXT),
      col("day", Type.TEXT),
      col("start", Type.INTEGER),
      col("end", Type.INTEGER),
      col("mentions", Type.INTEGER),
      col("confidence", Type.REAL),
      col("location_kind", Type.TEXT),
      col("location_name", Type.TEXT),
      col("location_full_name", Type.TEXT),
      col("location_country", Type.TEXT),
      col("location_adm1", Type.TEXT),
      col("location_latitude", Type.REAL),
      col("location_longitude", Type.REAL),
      col("location_feature_id", Type.TEXT),
      col("location_start", Type.INTEGER),
      col("location_end", Type.INTEGER),
      col("text", Type.TEXT)),
  FLAGS(
      col("document", Type.TEXT),
      col("kind", Type.TEXT),
      col("start", Type.INTEGER),
      col("end", Type.INTEGER),
      col("other_start", Type.INTEGER),
      col("other_end", Type.INTEGER),
      col("message", Type.TEXT),
      col("text", Type.TEXT)),
  /** One row per story (articles that report one happening; {@code docs/stories.md}). */
  STORIES(
      col("story", Type.TEXT),
      col("title", Type.TEXT),
      col("day", Type.TEXT),
      col("first_report", Type.TEXT),
      col("last_report", Type.TEXT),
      col("documents", Type.INTEGER)),
  /** Which story each document is in. */
  STORY_MEMBERS(col("story", Type.TEXT), col("document", Type.TEXT)),
  /**
   * The deduplicated events of each story; {@code dedup} numbers them within their story from 0, in
   * story/'s order (date, source, target, root, code), and is what {@link #DEDUP_MENTIONS} join on.
   */
  DEDUP_EVENTS(
      col("story", Type.TEXT),
      col("dedup", Type.INTEGER),
      col("source_code", Type.TEXT),
      col("target_code", Type.TEXT),
      col("source", Type.TEXT),
      col("target", Type.TEXT),
      col("source_name", Type.TEXT),
      col("target_name", Type.TEXT),
      col("code", Type.TEXT),
      col("root_code", Type.TEXT),
      col("quad_class", Type.INTEGER),
      col("goldstein", Type.REAL),
      col("date", Type.TEXT),
      col("day", Type.TEXT),
      col("num_articles", Type.INTEGER),
      col("num_sources", Type.INTEGER),
      col("num_mentions", Type.INTEGER),
      col("first_report", Type.TEXT),
      col("last_report", Type.TEXT),
      col("codes", Type.TEXT),
      col("other_dates", Type.TEXT)),
  /** Every event mention behind a deduplicated event: its document and evidence offsets. */
  DEDUP_MENTIONS(
      col("story", Type.TEXT),
      col("dedup", Type.INTEGER),
      col("document", Type.TEXT),
      col("start", Type.INTEGER),
      col("end", Type.INTEGER));

  /** A column's value type: values are {@link String}, {@link Long} or {@link Double}, or null. */
  public enum Type {
    TEXT,
    INTEGER,
    REAL
  }

  /** One exported column. */
  public record Column(String name, Type type) {}

  private final List<Column> columns;

  Table(Column... columns) {
    this.columns = List.of(columns);
  }

  private static Column col(String name, Type type) {
    return new Column(name, type);
  }

  public List<Column> columns() {
    return columns;
  }

  /** True for the tables of stories, which belong to several documents at once. */
  public boolean acrossDocuments() {
    return ordinal() >= STORIES.ordinal();
  }

  /** The table's name in lower case, which export files are named after. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
