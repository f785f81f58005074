package org.readout.cli.query;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every query command takes: the store, how many rows, and the output format. */
public final class StoreOptions {
  /** The store used when {@code --db} is not given: {@code readout.db} in the working folder. */
  public static final Path DEFAULT_DB = Path.of("readout.db");

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file (default: readout.db in the working folder).")
  Path db = DEFAULT_DB;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N rows (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(
      names = "--format",
      converter = OutputFormat.Converter.class,
      description = "table, json, jsonl, csv or gdelt (default: table on a terminal, else jsonl).")
  @Nullable OutputFormat format;

  /** The chosen format, or the default for where standard output goes. */
  OutputFormat format() {
    Console console = System.console();
    return format != null ? format : OutputFormat.defaultFor(console != null);
  }

  /** Checks the options, throwing a usage error for a bad limit or a missing store. */
  void validate(CommandLine cl) {
    if (limit <= 0) {
      throw new CommandLine.ParameterException(cl, "--limit must be a positive number: " + limit);
    }
    requireStore(cl, db);
  }

  /** Throws a usage error naming {@code db} when no store file is there (never creates one). */
  public static void requireStore(CommandLine cl, Path db) {
    if (!Files.isRegularFile(db)) {
      throw new CommandLine.ParameterException(
          cl, db + ": no store here (run `readout ingest --db " + db + " PATH...` first)");
    }
  }

  /** Opens the existing store (after {@link #validate}). */
  SqliteStore open() {
    return SqliteStore.open(db);
  }

  int limit() {
    return limit;
  }
}
