package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.readout.core.model.Span;
import org.readout.store.Correction;
import org.readout.store.CorrectionDraft;
import org.readout.store.CorrectionQuery;
import org.readout.store.Corrections;

/**
 * The {@code corrections} table: inserting proposals, reviews, and reading them back. Runs on the
 * caller's connection and transaction; not thread-safe.
 */
final class CorrectionRows {
  private static final String COLUMNS =
      "correction, document_id, layer, start_offset, end_offset, span_text, item_key, field,"
          + " original, proposed, comment, author, created_at, status, reviewed_by, reviewed_at,"
          + " applied";

  private final Connection c;

  CorrectionRows(Connection c) {
    this.c = c;
  }

  long insert(CorrectionDraft d, Corrections.Checked checked, String spanText, Instant at)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO corrections (document_id, layer, start_offset, end_offset, span_text,"
                + " item_key, field, original, proposed, comment, author, created_at, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, d.documentId());
      p.setString(2, d.layer().label());
      p.setInt(3, d.span().start());
      p.setInt(4, d.span().end());
      p.setString(5, spanText);
      p.setString(6, checked.itemKey());
      p.setString(7, d.field().label());
      p.setString(8, checked.original());
      p.setString(9, d.proposed() == null ? null : d.proposed().strip());
      p.setString(10, d.comment());
      p.setString(11, d.author());
      p.setString(12, at.toString());
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  Optional<Correction> byId(long id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + COLUMNS + " FROM corrections WHERE correction = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  void scan(CorrectionQuery q, Consumer<Correction> sink) throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM corrections WHERE correction > ?");
    List<String> args = new ArrayList<>();
    if (q.status() != null) {
      sql.append(" AND status = ?");
      args.add(q.status().label());
    }
    if (q.documentId() != null) {
      sql.append(" AND document_id = ?");
      args.add(q.documentId());
    }
    sql.append(" ORDER BY correction LIMIT ?");
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      p.setLong(1, q.afterId());
      for (int i = 0; i < args.size(); i++) {
        p.setString(i + 2, args.get(i));
      }
      p.setInt(args.size() + 2, q.limit());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(read(r));
        }
      }
    }
  }

  /** The accepted corrections of a document, oldest first. */
  List<Correction> accepted(String documentId) throws SQLException {
    List<Correction> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM corrections WHERE document_id = ? AND status = 'accepted'"
                + " ORDER BY correction")) {
      p.setString(1, documentId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(read(r));
        }
      }
    }
    return out;
  }

  void review(long id, Correction.Status status, String reviewer, Instant at) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE corrections SET status = ?, reviewed_by = ?, reviewed_at = ?"
                + " WHERE correction = ?")) {
      p.setString(1, status.label());
      p.setString(2, reviewer);
      p.setString(3, at.toString());
      p.setLong(4, id);
      p.executeUpdate();
    }
  }

  /** Records which of a document's accepted corrections changed it this time. */
  void markApplied(List<Correction> accepted, Set<Long> applied) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE corrections SET applied = ? WHERE correction = ?")) {
      for (Correction x : accepted) {
        p.setInt(1, applied.contains(x.id()) ? 1 : 0);
        p.setLong(2, x.id());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static Correction read(ResultSet r) throws SQLException {
    String reviewedAt = r.getString("reviewed_at");
    return new Correction(
        r.getLong("correction"),
        r.getString("document_id"),
        Correction.parse(Correction.Layer.class, r.getString("layer")),
        new Span(r.getInt("start_offset"), r.getInt("end_offset")),
        r.getString("span_text"),
        r.getString("item_key"),
        Correction.parse(Correction.Field.class, r.getString("field")),
        r.getString("original"),
        r.getString("proposed"),
        r.getString("comment"),
        r.getString("author"),
        Instant.parse(r.getString("created_at")),
        Correction.parse(Correction.Status.class, r.getString("status")),
        r.getString("reviewed_by"),
        reviewedAt == null ? null : Instant.parse(reviewedAt),
        r.getInt("applied") == 1);
  }
}
