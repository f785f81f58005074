package org.readout.cli.query;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.readout.server.api.Views;
import org.readout.store.ArticleStore;
import org.readout.store.FlagQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout flags}: the internal contradictions found in stored documents. */
@Command(
    name = "flags",
    mixinStandardHelpOptions = true,
    description = "List consistency flags (two dates for one event, a wrong weekday, ...).")
public final class FlagsCommand extends QueryCommand {
  @Option(names = "--kind", description = "Only this kind (date-conflict, weekday-mismatch, ...).")
  @Nullable String kind;

  @Option(names = "--doc", description = "Flags of this document only.")
  @Nullable String doc;

  @Override
  void query(ArticleStore s, OutputFormat format, PrintWriter out) {
    FlagQuery q = new FlagQuery(kind, doc, limit());
    print(format, Views.FLAGS, out, sink -> s.scanFlags(q, sink));
  }
}
