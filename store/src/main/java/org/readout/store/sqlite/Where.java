package org.readout.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.store.ActorMatch;
import org.readout.store.DateRange;
import org.readout.store.Seek;

/** Builds a WHERE clause and its parameters from optional filters. */
final class Where {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  Where add(String clause, Object... values) {
    clauses.add(clause);
    params.addAll(List.of(values));
    return this;
  }

  Where equal(String column, @Nullable Object value) {
    return value == null ? this : add(column + " = ?", value);
  }

  /** A CAMEO event code starts with {@code prefix}: its root, its base, itself or a range. */
  Where eventCode(String codeColumn, String rootColumn, @Nullable String prefix) {
    if (prefix == null) {
      return this;
    }
    return switch (prefix.length()) {
      case 2 -> add(rootColumn + " = ?", prefix);
      case 3 -> add("substr(" + codeColumn + ", 1, 3) = ?", prefix);
      case 4 -> add(codeColumn + " = ?", prefix);
      default ->
          add("(" + codeColumn + " >= ? AND " + codeColumn + " < ?)", prefix, upperBound(prefix));
    };
  }

  /**
   * The SQL for "column starts with prefix": equality on the indexed expression {@code
   * substr(column, 1, n)} for the prefixes news is asked about (3 letters: a country; 6: a country
   * and role), a range otherwise; both can use an index, whatever {@code case_sensitive_like} is.
   */
  static String codePrefix(String column, String prefix) {
    return switch (prefix.length()) {
      case 3, 6 -> "substr(" + column + ", 1, " + prefix.length() + ") = ?";
      default -> "(" + column + " >= ? AND " + column + " < ?)";
    };
  }

  static Object[] codePrefixValues(String prefix) {
    return prefix.length() == 3 || prefix.length() == 6
        ? new Object[] {prefix}
        : new Object[] {prefix, upperBound(prefix)};
  }

  Where dates(String column, DateRange range) {
    if (range.from() != null) {
      add(column + " >= ?", range.from().toString());
    }
    if (range.to() != null) {
      // A full day "2025-01-31" and anything finer on it sort before "2025-01-31~".
      add(column + " <= ?", range.to() + "~");
    }
    return this;
  }

  /** Matches an actor by any of its ids, code prefixes or names, in the given columns. */
  Where actor(@Nullable ActorMatch match, String idColumn, String codeColumn, String nameColumn) {
    if (match == null) {
      return this;
    }
    List<String> any = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (String prefix : match.codePrefixes()) {
      any.add(codePrefix(codeColumn, prefix));
      values.addAll(List.of(codePrefixValues(prefix)));
    }
    for (String id : match.actorIds()) {
      any.add(idColumn + " = ?");
      values.add(id);
    }
    for (String name : match.names()) {
      any.add(nameColumn + " = ? COLLATE NOCASE");
      values.add(name);
    }
    return add("(" + String.join(" OR ", any) + ")", values.toArray());
  }

  /** Either side of a pair of columns matches the actor. */
  Where eitherActor(
      @Nullable ActorMatch match, String[] idColumns, String[] codeColumns, String[] nameColumns) {
    if (match == null) {
      return this;
    }
    Where left = new Where().actor(match, idColumns[0], codeColumns[0], nameColumns[0]);
    Where right = new Where().actor(match, idColumns[1], codeColumns[1], nameColumns[1]);
    List<Object> values = new ArrayList<>(left.params);
    values.addAll(right.params);
    return add("(" + left.clauses.get(0) + " OR " + right.clauses.get(0) + ")", values.toArray());
  }

  /** The pair of actors on the two sides, in either direction. */
  Where dyad(
      ActorMatch one,
      ActorMatch other,
      String[] idColumns,
      String[] codeColumns,
      String[] nameColumns) {
    Where forward =
        new Where()
            .actor(one, idColumns[0], codeColumns[0], nameColumns[0])
            .actor(other, idColumns[1], codeColumns[1], nameColumns[1]);
    Where backward =
        new Where()
            .actor(other, idColumns[0], codeColumns[0], nameColumns[0])
            .actor(one, idColumns[1], codeColumns[1], nameColumns[1]);
    List<Object> values = new ArrayList<>(forward.params);
    values.addAll(backward.params);
    return add(
        "(("
            + String.join(" AND ", forward.clauses)
            + ") OR ("
            + String.join(" AND ", backward.clauses)
            + "))",
        values.toArray());
  }

  /**
   * The scans that continue an order of {@code column DESC} (nulls last, as SQLite sorts them),
   * then {@code keyColumn}, strictly after {@code seek}: one scan without a seek; else the rest of
   * the seek's value and the older values, then (when the seek's value is not null) the rows with
   * none. Each scan is a range of {@code column}, so an index on (filter, column) still delivers
   * rows in order from the seek on, at any depth.
   *
   * @param key the seek's key as the key column's type
   */
  List<Where> after(
      String column, String keyColumn, boolean keyDescending, @Nullable Seek seek, Object key) {
    if (seek == null) {
      return List.of(this);
    }
    String keyAfter = keyColumn + (keyDescending ? " < ?" : " > ?");
    if (seek.value() == null) {
      return List.of(copy().add(column + " IS NULL").add(keyAfter, key));
    }
    Where older =
        copy()
            .add(column + " <= ?", seek.value())
            .add("(" + column + " < ? OR " + keyAfter + ")", seek.value(), key);
    return List.of(older, copy().add(column + " IS NULL"));
  }

  /** Only the rows after {@code key} in a scan ordered by the key column alone, descending. */
  List<Where> afterKey(String keyColumn, @Nullable Seek seek, Object key) {
    return seek == null ? List.of(this) : List.of(copy().add(keyColumn + " < ?", key));
  }

  private Where copy() {
    Where w = new Where();
    w.clauses.addAll(clauses);
    w.params.addAll(params);
    return w;
  }

  /** The parameters, in clause order. */
  List<Object> params() {
    return List.copyOf(params);
  }

  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** Binds the parameters from index 1 and returns the next free index. */
  int bind(PreparedStatement p) throws SQLException {
    int i = 1;
    for (Object v : params) {
      p.setObject(i++, v);
    }
    return i;
  }

  /** The smallest string greater than every string that starts with {@code prefix}. */
  static String upperBound(String prefix) {
    if (prefix.isEmpty()) {
      return "\uffff";
    }
    char last = prefix.charAt(prefix.length() - 1);
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }
}
