package org.readout.cli.corrections;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.readout.cli.query.StoreOptions;
import org.readout.store.Correction;
import org.readout.store.CorrectionQuery;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout corrections log}: every correction, oldest first, with who proposed it, the
 * original value and the proposed one, and how it was reviewed: the audit trail of what readers
 * changed.
 */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = "List corrections, oldest first: original, proposed, author, review.")
public final class LogCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file (default: readout.db).")
  Path db = StoreOptions.DEFAULT_DB;

  @Option(names = "--status", description = "Only pending, accepted or rejected ones.")
  @Nullable String status;

  @Option(names = "--doc", description = "Only this document's.")
  @Nullable String doc;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N (default: ${DEFAULT-VALUE}).")
  int limit = 10_000;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    StoreOptions.requireStore(cl, db);
    Correction.Status s = null;
    if (status != null) {
      s = Correction.parse(Correction.Status.class, status);
      if (s == null) {
        throw new CommandLine.ParameterException(
            cl, "--status is pending, accepted or rejected: " + status);
      }
    }
    if (limit <= 0) {
      throw new CommandLine.ParameterException(cl, "--limit must be positive: " + limit);
    }
    PrintWriter out = cl.getOut();
    try (SqliteStore store = SqliteStore.open(db)) {
      store.scanCorrections(new CorrectionQuery(s, doc, 0, limit), c -> out.println(line(c)));
    }
    out.flush();
    return 0;
  }

  /** One correction on one line: number, when, state, where, what changed, who. */
  static String line(Correction c) {
    StringBuilder b = new StringBuilder();
    b.append('#').append(c.id()).append("  ").append(c.createdAt()).append("  ");
    b.append(c.status().label());
    if (c.reviewedBy() != null) {
      b.append(" by ").append(c.reviewedBy()).append(" at ").append(c.reviewedAt());
    }
    if (c.status() == Correction.Status.ACCEPTED) {
      b.append(c.applied() ? " (applied)" : " (not applied: its item is gone)");
    }
    b.append("  ")
        .append(c.documentId())
        .append(' ')
        .append(c.layer().label())
        .append(" [")
        .append(c.span().start())
        .append(',')
        .append(c.span().end())
        .append(") \"")
        .append(abbreviate(c.spanText()))
        .append("\"  ")
        .append(c.field().label().toUpperCase(Locale.ROOT));
    if (c.original() != null || c.proposed() != null) {
      b.append(": ").append(c.original() == null ? "-" : c.original());
      b.append(" -> ").append(c.proposed() == null ? "-" : c.proposed());
    }
    b.append("  by ").append(c.author());
    if (c.comment() != null && !c.comment().isBlank()) {
      b.append("  \"").append(abbreviate(c.comment())).append('"');
    }
    return b.toString();
  }

  private static String abbreviate(String s) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }
}
