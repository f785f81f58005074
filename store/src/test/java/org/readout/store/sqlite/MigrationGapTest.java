package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that recorded a later migration but not an earlier one (written by a build whose branch
 * numbered its migration above one that landed later) still gets the earlier one when opened.
 */
class MigrationGapTest {
  @TempDir Path dir;

  @Test
  void aMigrationBelowTheHighestRecordedVersionIsStillApplied() throws Exception {
    Path db = dir.resolve("gap.db");
    SqliteStore.open(db, 5).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String sql : Migrations.statements(resource("V7__serve_indexes.sql"))) {
        s.execute(sql);
      }
      s.execute(
          "INSERT INTO schema_version VALUES (7, 'V7__serve_indexes.sql',"
              + " '2026-12-01T00:00:00Z')");
    }

    SqliteStore.open(db).close();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      assertThat(column(s, "SELECT version FROM schema_version ORDER BY version"))
          .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
      assertThat(column(s, "SELECT name FROM pragma_table_info('events')"))
          .contains("location_kind", "location_country");
    }
  }

  private static List<String> column(Statement s, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static String resource(String file) throws Exception {
    try (InputStream in = Migrations.class.getResourceAsStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
