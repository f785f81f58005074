package org.readout.cli.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.readout.store.Table;

/**
 * Writes one table as a Parquet file through an embedded DuckDB: rows are appended to a DuckDB
 * table (which spills to a temporary folder beside the output when it outgrows memory) and written
 * with DuckDB's {@code COPY ... (FORMAT PARQUET)}, ZSTD-compressed. Column types follow {@link
 * Table.Type}: VARCHAR, BIGINT, DOUBLE.
 *
 * <p>Design decision: DuckDB's Parquet writer is well kept and needs no Hadoop; the tests read the
 * files back with parquet-mr (a different implementation) to show other tools can read them.
 */
final class ParquetTableWriter implements TableWriter {
  private final Connection duck;
  private final DuckDBAppender appender;
  private final Path file;
  private final List<Table.Column> columns;

  ParquetTableWriter(Path file, List<Table.Column> columns) throws IOException {
    this.file = file;
    this.columns = List.copyOf(columns);
    try {
      duck = DriverManager.getConnection("jdbc:duckdb:");
      Path spill = Files.createTempDirectory(file.toAbsolutePath().getParent(), ".duckdb-");
      spill.toFile().deleteOnExit();
      try (Statement s = duck.createStatement()) {
        s.execute("SET temp_directory = '" + sqlString(spill.toString()) + "'");
        s.execute("SET preserve_insertion_order = true");
        StringBuilder ddl = new StringBuilder("CREATE TABLE t (");
        for (int i = 0; i < columns.size(); i++) {
          Table.Column c = columns.get(i);
          ddl.append(i == 0 ? "" : ", ").append('"').append(c.name()).append("\" ");
          ddl.append(
              switch (c.type()) {
                case TEXT -> "VARCHAR";
                case INTEGER -> "BIGINT";
                case REAL -> "DOUBLE";
              });
        }
        s.execute(ddl.append(")").toString());
      }
      appender =
          duck.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t");
    } catch (SQLException e) {
      throw new IOException(file + ": cannot start the Parquet writer: " + e.getMessage(), e);
    }
  }

  @Override
  public void write(List<@Nullable Object> row) throws IOException {
    try {
      appender.beginRow();
      for (int i = 0; i < columns.size(); i++) {
        Object v = row.get(i);
        if (v == null) {
          appender.appendNull();
        } else if (v instanceof Long l) {
          appender.append(l.longValue());
        } else if (v instanceof Double d) {
          appender.append(d.doubleValue());
        } else {
          appender.append(v.toString());
        }
      }
      appender.endRow();
    } catch (SQLException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try (duck) {
      appender.close();
      try (Statement s = duck.createStatement()) {
        s.execute(
            "COPY t TO '"
                + sqlString(file.toAbsolutePath().toString())
                + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
      }
    } catch (SQLException e) {
      throw new IOException(file + ": cannot write Parquet: " + e.getMessage(), e);
    }
  }

  private static String sqlString(String s) {
    return s.replace("'", "''");
  }
}
