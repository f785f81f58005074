package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.readout.store.Correction;
import org.readout.store.DictionaryRule;

/**
 * The {@code dictionary_rules} table: offered rules, their reviews, and reading them back. Runs on
 * the caller's connection and transaction; not thread-safe.
 */
final class RuleRows {
  private static final String COLUMNS =
      "rule, correction, document_id, actor_id, person_id, name, short_name, aliases, gender,"
          + " country, role, code, start_date, end_date, status, created_at, reviewed_by,"
          + " reviewed_at, comment";

  private final Connection c;

  RuleRows(Connection c) {
    this.c = c;
  }

  /** Whether a rule for {@code personId} is pending or accepted already (one is offered once). */
  boolean offered(String personId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT 1 FROM dictionary_rules WHERE person_id = ? AND status != 'rejected'")) {
      p.setString(1, personId);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  long insert(DictionaryRule d) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO dictionary_rules (correction, document_id, actor_id, person_id, name,"
                + " short_name, aliases, gender, country, role, code, created_at, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setLong(1, d.correctionId());
      p.setString(2, d.documentId());
      p.setString(3, d.actorId());
      p.setString(4, d.personId());
      p.setString(5, d.name());
      p.setString(6, d.shortName());
      p.setString(7, String.join("|", d.aliases()));
      p.setString(8, d.gender());
      p.setString(9, d.country());
      p.setString(10, d.role());
      p.setString(11, d.code());
      p.setString(12, d.createdAt().toString());
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  Optional<DictionaryRule> byId(long id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + COLUMNS + " FROM dictionary_rules WHERE rule = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  /** Rules oldest first, of one status or all. */
  void scan(Correction.@Nullable Status status, int limit, Consumer<DictionaryRule> sink)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM dictionary_rules WHERE (? IS NULL OR status = ?) ORDER BY rule LIMIT ?")) {
      String s = status == null ? null : status.label();
      p.setString(1, s);
      p.setString(2, s);
      p.setInt(3, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(read(r));
        }
      }
    }
  }

  /** Stores a review: the status, who and when, and for an acceptance the completed columns. */
  void review(DictionaryRule r) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE dictionary_rules SET status = ?, reviewed_by = ?, reviewed_at = ?, comment = ?,"
                + " short_name = ?, gender = ?, country = ?, role = ?, code = ?, start_date = ?,"
                + " end_date = ? WHERE rule = ?")) {
      p.setString(1, r.status().label());
      p.setString(2, r.reviewedBy());
      p.setString(3, r.reviewedAt() == null ? null : r.reviewedAt().toString());
      p.setString(4, r.comment());
      p.setString(5, r.shortName());
      p.setString(6, r.gender());
      p.setString(7, r.country());
      p.setString(8, r.role());
      p.setString(9, r.code());
      p.setString(10, r.start() == null ? null : r.start().toString());
      p.setString(11, r.end() == null ? null : r.end().toString());
      p.setLong(12, r.id());
      p.executeUpdate();
    }
  }

  private static DictionaryRule read(ResultSet r) throws SQLException {
    String aliases = r.getString("aliases");
    String reviewedAt = r.getString("reviewed_at");
    return new DictionaryRule(
        r.getLong("rule"),
        r.getLong("correction"),
        r.getString("document_id"),
        r.getString("actor_id"),
        r.getString("person_id"),
        r.getString("name"),
        r.getString("short_name"),
        aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\\|")),
        r.getString("gender"),
        r.getString("country"),
        r.getString("role"),
        r.getString("code"),
        date(r.getString("start_date")),
        date(r.getString("end_date")),
        Correction.parse(Correction.Status.class, r.getString("status")),
        Instant.parse(r.getString("created_at")),
        r.getString("reviewed_by"),
        reviewedAt == null ? null : Instant.parse(reviewedAt),
        r.getString("comment"));
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
