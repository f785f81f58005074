package org.readout.cli.query;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.readout.server.api.Views;
import org.readout.store.ArticleStore;
import org.readout.store.DocumentQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout documents}: the stored documents, newest first, with layer counts. */
@Command(
    name = "documents",
    mixinStandardHelpOptions = true,
    description = "List stored documents, newest first, with their layer counts.")
public final class DocumentsCommand extends QueryCommand {
  @Option(names = "--from", converter = IsoDate.class, description = "First day (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", converter = IsoDate.class, description = "Last day (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Option(names = "--outlet", description = "Only this outlet (host name, e.g. reuters.com).")
  @Nullable String outlet;

  @Override
  void query(ArticleStore s, OutputFormat format, PrintWriter out) {
    DocumentQuery q = new DocumentQuery(range(from, to), outlet, limit());
    print(format, Views.DOCUMENTS, out, sink -> s.scanDocuments(q, sink));
  }
}
