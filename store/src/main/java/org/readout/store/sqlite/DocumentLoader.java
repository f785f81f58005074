package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;

/**
 * Rebuilds a stored document as an {@link AnnotatedArticle}, every layer as extraction produced it
 * except tokens and entities, which are not stored (sentences come back with an empty token range).
 */
final class DocumentLoader {
  private DocumentLoader() {}

  /** The outlet the input named: the stored one unless it is just the URL's host. */
  private static @Nullable String namedOutlet(@Nullable String stored, @Nullable String url) {
    return stored == null || stored.equals(org.readout.story.Outlets.host(url)) ? null : stored;
  }

  static Optional<AnnotatedArticle> load(Connection c, String id) throws SQLException {
    long doc;
    Article article;
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT doc, id, title, text, date, date_source, url, paragraphs, sentences, outlet"
                + " FROM documents WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        doc = r.getLong("doc");
        String date = r.getString("date");
        article =
            new Article(
                r.getString("id"),
                r.getString("title"),
                r.getString("text"),
                date == null ? null : LocalDate.parse(date),
                DateSource.valueOf(r.getString("date_source").toUpperCase(Locale.ROOT)),
                r.getString("url"),
                namedOutlet(r.getString("outlet"), r.getString("url")));
        Spans.unpack(r.getString("paragraphs")).forEach(s -> paragraphs.add(new Paragraph(s)));
        Spans.unpack(r.getString("sentences")).forEach(s -> sentences.add(new Sentence(s, 0, 0)));
      }
    }
    AnnotatedArticle d =
        AnnotatedArticle.of(article)
            .withParagraphs(paragraphs)
            .withAnalysis(sentences, List.of(), List.of());
    return Optional.of(
        d.withActors(actors(c, doc))
            .withQuotes(quotes(c, doc))
            .withTimes(times(c, doc))
            .withEvents(events(c, doc))
            .withFlags(flags(c, doc))
            .withDateCandidates(candidates(c, doc)));
  }

  private static List<Actor> actors(Connection c, long doc) throws SQLException {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    try (ResultSet r =
        query(
            c,
            "SELECT actor_id, start_offset, end_offset, kind FROM mentions WHERE doc = ?",
            doc)) {
      while (r.next()) {
        mentions
            .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
            .add(
                new Mention(
                    new Span(r.getInt(2), r.getInt(3)), enumOf(MentionKind.class, r.getString(4))));
      }
    }
    List<Actor> actors = new ArrayList<>();
    try (ResultSet r =
        query(
            c,
            "SELECT actor_id, name, kind, code, country, role, gender, members FROM actors"
                + " WHERE doc = ?",
            doc)) {
      while (r.next()) {
        String members = r.getString("members");
        actors.add(
            new Actor(
                r.getString("actor_id"),
                r.getString("name"),
                enumOf(ActorKind.class, r.getString("kind")),
                r.getString("code"),
                r.getString("country"),
                r.getString("role"),
                r.getString("gender"),
                mentions.getOrDefault(r.getString("actor_id"), List.of()),
                members == null ? List.of() : List.of(members.split(" "))));
      }
    }
    return actors;
  }

  private static List<Quote> quotes(Connection c, long doc) throws SQLException {
    List<Quote> quotes = new ArrayList<>();
    try (ResultSet r =
        query(
            c,
            "SELECT start_offset, end_offset, kind, speaker, speaker_start, speaker_end, via,"
                + " cue_start, cue_end, confidence, date FROM quotes WHERE doc = ? ORDER BY quote",
            doc)) {
      while (r.next()) {
        quotes.add(
            new Quote(
                new Span(r.getInt(1), r.getInt(2)),
                enumOf(QuoteKind.class, r.getString(3)),
                r.getString(4),
                span(r, 5),
                r.getString(7),
                span(r, 8),
                r.getDouble(10),
                r.getString(11)));
      }
    }
    return quotes;
  }

  private static List<TimeExpression> times(Connection c, long doc) throws SQLException {
    List<TimeExpression> times = new ArrayList<>();
    try (ResultSet r =
        query(
            c,
            "SELECT start_offset, end_offset, kind, value FROM times WHERE doc = ? ORDER BY rowid",
            doc)) {
      while (r.next()) {
        times.add(
            new TimeExpression(
                new Span(r.getInt(1), r.getInt(2)),
                enumOf(TimeKind.class, r.getString(3)),
                r.getString(4)));
      }
    }
    return times;
  }

  private static List<Event> events(Connection c, long doc) throws SQLException {
    List<Event> events = new ArrayList<>();
    try (ResultSet r = query(c, "SELECT * FROM events WHERE doc = ? ORDER BY event", doc)) {
      while (r.next()) {
        events.add(EventRows.event(r));
      }
    }
    return events;
  }

  private static List<Flag> flags(Connection c, long doc) throws SQLException {
    List<Flag> flags = new ArrayList<>();
    try (ResultSet r =
        query(
            c,
            "SELECT kind, start_offset, end_offset, other_start, other_end, message FROM flags"
                + " WHERE doc = ? ORDER BY rowid",
            doc)) {
      while (r.next()) {
        flags.add(
            new Flag(
                r.getString(1), new Span(r.getInt(2), r.getInt(3)), span(r, 4), r.getString(6)));
      }
    }
    return flags;
  }

  private static List<DateCandidate> candidates(Connection c, long doc) throws SQLException {
    List<DateCandidate> out = new ArrayList<>();
    try (ResultSet r =
        query(
            c,
            "SELECT date, score, reason FROM date_candidates WHERE doc = ? ORDER BY rowid",
            doc)) {
      while (r.next()) {
        out.add(new DateCandidate(LocalDate.parse(r.getString(1)), r.getDouble(2), r.getString(3)));
      }
    }
    return out;
  }

  /** Runs a one-parameter query; closing the result set closes its statement. */
  private static ResultSet query(Connection c, String sql, long doc) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    p.closeOnCompletion();
    p.setLong(1, doc);
    return p.executeQuery();
  }

  /** The span in columns {@code start} and {@code start + 1}, or null when they are null. */
  static @Nullable Span span(ResultSet r, int start) throws SQLException {
    int s = r.getInt(start);
    if (r.wasNull()) {
      return null;
    }
    return new Span(s, r.getInt(start + 1));
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String label) {
    return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
  }
}
