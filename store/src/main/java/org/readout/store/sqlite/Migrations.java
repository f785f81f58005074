package org.readout.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readout.store.StoreException;

/**
 * Numbered schema migrations, {@code V<n>__<what>.sql} resources applied in order, each in its own
 * transaction with its row in {@code schema_version}. A store at an older version is brought up to
 * date; one at a newer version than this build knows is refused, since this build would misread it.
 */
final class Migrations {
  /**
   * The migrations of this build, oldest first. A file's version is the number in its name, so a
   * branch may add {@code V5} before {@code V4} lands; the highest number is the current version.
   */
  static final List<String> FILES =
      List.of(
          "V1__record.sql",
          "V2__query_indexes.sql",
          "V3__ordered_indexes.sql",
          "V4__stories.sql",
          "V5__corrections.sql",
          "V6__event_locations.sql",
          "V7__serve_indexes.sql",
          "V8__dictionary_rules.sql");

  static final int CURRENT = number(FILES.get(FILES.size() - 1));

  /** The version of a migration file: the number between {@code V} and {@code __}. */
  static int number(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }

  private Migrations() {}

  /** The schema version of the open database: 0 for an empty database. */
  static int version(Connection c, String where) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (ResultSet tables =
          s.executeQuery(
              "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
        tables.next();
        if (tables.getInt(1) == 0) {
          try (ResultSet any = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            any.next();
            if (any.getInt(1) > 0) {
              throw new StoreException(
                  where + ": not a Readout store (it has tables but no schema_version)");
            }
          }
          return 0;
        }
      }
      try (ResultSet v = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        v.next();
        return v.getInt(1);
      }
    }
  }

  /**
   * Applies every migration up to {@code target} that the database has not recorded. Checked file
   * by file, not against the highest version: a store written by a build that had V8 but not yet V6
   * (two branches numbered apart) still gets V6 when it is opened by a build that has both.
   *
   * @throws StoreException when the database is newer than this build
   */
  static void migrate(Connection c, String where, int target) throws SQLException {
    int version = version(c, where);
    if (version > CURRENT) {
      throw new StoreException(
          where
              + ": written by a newer Readout (schema version "
              + version
              + "; this version reads up to "
              + CURRENT
              + "). Upgrade Readout to read it.");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      if (version == 0) {
        try (Statement s = c.createStatement()) {
          s.execute(
              "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                  + " description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
      }
      Set<Integer> applied = applied(c);
      for (String file : FILES) {
        int v = number(file);
        if (applied.contains(v) || v > target) {
          continue;
        }
        try (Statement s = c.createStatement()) {
          for (String sql : statements(read(file))) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          p.setInt(1, v);
          p.setString(2, file);
          p.setString(3, Instant.now().toString());
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** The versions recorded in {@code schema_version} (none for a new database). */
  static Set<Integer> applied(Connection c) throws SQLException {
    Set<Integer> out = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
      while (r.next()) {
        out.add(r.getInt(1));
      }
    }
    return out;
  }

  private static String read(String file) {
    try (InputStream in = Migrations.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the build: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script on semicolons at line ends, dropping {@code --} comment lines. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
