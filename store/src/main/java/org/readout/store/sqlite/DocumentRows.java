package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Place;
import org.readout.core.model.Quote;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;

/**
 * Writes one annotated document's rows, and deletes them, on a connection the caller holds inside a
 * transaction. Not thread-safe: one per writing connection.
 */
final class DocumentRows implements AutoCloseable {
  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final PreparedStatement document;
  private final PreparedStatement candidate;
  private final PreparedStatement actor;
  private final PreparedStatement mention;
  private final PreparedStatement quote;
  private final PreparedStatement quoteText;
  private final PreparedStatement time;
  private final PreparedStatement event;
  private final PreparedStatement flag;
  private final boolean locations;
  private final PreparedStatement unindexQuotes;
  private final PreparedStatement deleteDocument;
  private final PreparedStatement[] deleteLayers;

  /**
   * @param locations whether the events table has the location columns (schema 6; false only for a
   *     store opened at an older version in migration tests)
   */
  DocumentRows(Connection c, boolean locations) throws SQLException {
    document =
        c.prepareStatement(
            "INSERT INTO documents (id, url, title, date, date_source, outlet, language,"
                + " content_hash, text, bmp_only, paragraphs, sentences, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS);
    candidate = c.prepareStatement("INSERT INTO date_candidates VALUES (?, ?, ?, ?)");
    actor = c.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    mention = c.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)");
    quote =
        c.prepareStatement(
            "INSERT INTO quotes (doc, start_offset, end_offset, kind, speaker, speaker_name,"
                + " speaker_code, speaker_start, speaker_end, via, via_name, cue_start, cue_end,"
                + " confidence, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS);
    quoteText = c.prepareStatement("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)");
    time = c.prepareStatement("INSERT INTO times VALUES (?, ?, ?, ?, ?)");
    this.locations = locations;
    String columns =
        "INSERT INTO events (doc, source, target, source_name, target_name, source_code,"
            + " target_code, code, root_code, quad_class, goldstein, date, day, start_offset,"
            + " end_offset, mentions, confidence";
    event =
        c.prepareStatement(
            locations
                ? columns
                    + ", location_kind, location_name, location_full_name, location_country,"
                    + " location_adm1, location_latitude, location_longitude, location_feature_id,"
                    + " location_start, location_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    flag = c.prepareStatement("INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?, ?)");
    unindexQuotes =
        c.prepareStatement(
            "DELETE FROM quotes_fts WHERE rowid IN (SELECT quote FROM quotes WHERE doc = ?)");
    deleteDocument = c.prepareStatement("DELETE FROM documents WHERE doc = ?");
    // Mentions before actors, which they refer to.
    String[] layers = {"mentions", "actors", "quotes", "times", "events", "flags"};
    deleteLayers = new PreparedStatement[layers.length];
    for (int i = 0; i < layers.length; i++) {
      deleteLayers[i] = c.prepareStatement("DELETE FROM " + layers[i] + " WHERE doc = ?");
    }
  }

  /** Deletes a document and, by cascade, every row of its layers. */
  void delete(long doc) throws SQLException {
    unindexQuotes.setLong(1, doc);
    unindexQuotes.executeUpdate();
    deleteDocument.setLong(1, doc);
    deleteDocument.executeUpdate();
  }

  /** Inserts a document and all its layers. */
  void insert(AnnotatedArticle d, String hash, Instant ingestedAt) throws SQLException {
    Article a = d.article();
    String text = a.text();
    document.setString(1, a.id());
    document.setString(2, a.url());
    document.setString(3, a.title());
    document.setString(4, a.date() == null ? null : a.date().toString());
    document.setString(5, a.dateSource().label());
    document.setString(6, org.readout.story.Outlets.of(a));
    document.setString(7, "en");
    document.setString(8, hash);
    document.setString(9, text);
    document.setInt(10, text.codePoints().count() == text.length() ? 1 : 0);
    document.setString(11, Spans.pack(d.paragraphs(), Paragraph::span));
    document.setString(12, Spans.pack(d.sentences(), Sentence::span));
    document.setString(13, ingestedAt.toString());
    document.executeUpdate();
    long doc;
    try (ResultSet keys = document.getGeneratedKeys()) {
      keys.next();
      doc = keys.getLong(1);
    }
    for (DateCandidate c : d.dateCandidates()) {
      candidate.setLong(1, doc);
      candidate.setString(2, c.date().toString());
      candidate.setDouble(3, c.score());
      candidate.setString(4, c.reason());
      candidate.addBatch();
    }
    candidate.executeBatch();
    insertLayers(d, doc);
  }

  /**
   * Replaces the annotation layers of a stored document (actors and mentions, quotes, times,
   * events, flags) with {@code d}'s, keeping its document row: a correction changes what was
   * extracted, not the document, and rows of other tables that refer to the document stay.
   */
  void replaceLayers(long doc, AnnotatedArticle d) throws SQLException {
    unindexQuotes.setLong(1, doc);
    unindexQuotes.executeUpdate();
    for (PreparedStatement p : deleteLayers) {
      p.setLong(1, doc);
      p.executeUpdate();
    }
    insertLayers(d, doc);
  }

  private void insertLayers(AnnotatedArticle d, long doc) throws SQLException {
    String text = d.text();
    insertActors(d, doc);
    for (Quote q : d.quotes()) {
      insertQuote(d, doc, q, text);
    }
    for (TimeExpression t : d.times()) {
      time.setLong(1, doc);
      time.setInt(2, t.span().start());
      time.setInt(3, t.span().end());
      time.setString(4, t.kind().label());
      time.setString(5, t.value());
      time.addBatch();
    }
    time.executeBatch();
    for (Event e : d.events()) {
      insertEvent(d, doc, e);
    }
    event.executeBatch();
    for (Flag f : d.flags()) {
      flag.setLong(1, doc);
      flag.setString(2, f.kind());
      flag.setInt(3, f.span().start());
      flag.setInt(4, f.span().end());
      setSpan(flag, 5, f.other());
      flag.setString(7, f.message());
      flag.addBatch();
    }
    flag.executeBatch();
  }

  private void insertActors(AnnotatedArticle d, long doc) throws SQLException {
    for (Actor x : d.actors()) {
      actor.setLong(1, doc);
      actor.setString(2, x.id());
      actor.setString(3, x.name());
      actor.setString(4, x.kind().label());
      actor.setString(5, x.code());
      actor.setString(6, x.country());
      actor.setString(7, x.role());
      actor.setString(8, x.gender());
      actor.setString(9, x.members().isEmpty() ? null : String.join(" ", x.members()));
      actor.addBatch();
      for (Mention m : x.mentions()) {
        mention.setLong(1, doc);
        mention.setString(2, x.id());
        mention.setInt(3, m.span().start());
        mention.setInt(4, m.span().end());
        mention.setString(5, m.kind().label());
        mention.addBatch();
      }
    }
    actor.executeBatch();
    mention.executeBatch();
  }

  private void insertQuote(AnnotatedArticle d, long doc, Quote q, String text) throws SQLException {
    Actor speaker = d.actor(q.speaker());
    Actor via = d.actor(q.via());
    quote.setLong(1, doc);
    quote.setInt(2, q.span().start());
    quote.setInt(3, q.span().end());
    quote.setString(4, q.kind().label());
    quote.setString(5, q.speaker());
    quote.setString(6, speaker == null ? null : speaker.name());
    quote.setString(7, speaker == null ? null : speaker.code());
    setSpan(quote, 8, q.speakerMention());
    quote.setString(10, q.via());
    quote.setString(11, via == null ? null : via.name());
    setSpan(quote, 12, q.cue());
    quote.setDouble(14, q.confidence());
    quote.setString(15, q.date());
    quote.executeUpdate();
    try (ResultSet keys = quote.getGeneratedKeys()) {
      keys.next();
      quoteText.setLong(1, keys.getLong(1));
    }
    quoteText.setString(2, q.span().of(text));
    quoteText.executeUpdate();
  }

  private void insertEvent(AnnotatedArticle d, long doc, Event e) throws SQLException {
    Actor source = d.actor(e.source());
    Actor target = d.actor(e.target());
    event.setLong(1, doc);
    event.setString(2, e.source());
    event.setString(3, e.target());
    event.setString(4, source == null ? null : source.name());
    event.setString(5, target == null ? null : target.name());
    event.setString(6, e.sourceCode());
    event.setString(7, e.targetCode());
    event.setString(8, e.code());
    event.setString(9, e.rootCode());
    event.setInt(10, e.quadClass());
    event.setDouble(11, e.goldstein());
    event.setString(12, e.date());
    event.setString(13, filingDay(e.date(), d.article()));
    event.setInt(14, e.span().start());
    event.setInt(15, e.span().end());
    event.setInt(16, e.mentions());
    event.setDouble(17, e.confidence());
    if (locations) {
      setPlace(event, 18, e.location());
    }
    event.addBatch();
  }

  /** The ten location columns from {@code index} on, all NULL for an event without a place. */
  private static void setPlace(PreparedStatement p, int index, @Nullable Place place)
      throws SQLException {
    if (place == null) {
      for (int i = 0; i < 8; i++) {
        p.setNull(index + i, i == 5 || i == 6 ? Types.REAL : Types.VARCHAR);
      }
      setSpan(p, index + 8, null);
      return;
    }
    p.setString(index, place.kind().label());
    p.setString(index + 1, place.name());
    p.setString(index + 2, place.fullName());
    p.setString(index + 3, place.country());
    p.setString(index + 4, place.adm1());
    setReal(p, index + 5, place.latitude());
    setReal(p, index + 6, place.longitude());
    p.setString(index + 7, place.featureId());
    setSpan(p, index + 8, place.span());
  }

  private static void setReal(PreparedStatement p, int index, @Nullable Double d)
      throws SQLException {
    if (d == null) {
      p.setNull(index, Types.REAL);
    } else {
      p.setDouble(index, d);
    }
  }

  /** The event's own date when it names a day, else the document's date, else null. */
  static @Nullable String filingDay(@Nullable String eventDate, Article a) {
    if (eventDate != null && FULL_DAY.matcher(eventDate).matches()) {
      return eventDate;
    }
    return a.date() == null ? null : a.date().toString();
  }

  private static void setSpan(PreparedStatement p, int index, @Nullable Span s)
      throws SQLException {
    if (s == null) {
      p.setNull(index, Types.INTEGER);
      p.setNull(index + 1, Types.INTEGER);
    } else {
      p.setInt(index, s.start());
      p.setInt(index + 1, s.end());
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement p :
        new PreparedStatement[] {
          document,
          candidate,
          actor,
          mention,
          quote,
          quoteText,
          time,
          event,
          flag,
          unindexQuotes,
          deleteDocument
        }) {
      p.close();
    }
    for (PreparedStatement p : deleteLayers) {
      p.close();
    }
  }
}
