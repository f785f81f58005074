package org.readout.cli.query;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.readout.server.api.Views;
import org.readout.store.ArticleStore;
import org.readout.store.QuoteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout quotes}: who said what, filtered by speaker, channel, words and date. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Query stored quotes and reported speech, newest first.")
public final class QuotesCommand extends QueryCommand {
  @Option(names = "--speaker", description = "The speaker: a name (Putin) or code (RUSGOV).")
  @Nullable String speaker;

  @Option(names = "--via", description = "The channel that relayed it (TASS, Xinhua).")
  @Nullable String via;

  @Option(
      names = "--search",
      description = "Full-text search of the quote's words: cooperation, \"no limits\", trade*.")
  @Nullable String search;

  @Option(names = "--from", converter = IsoDate.class, description = "First day (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", converter = IsoDate.class, description = "Last day (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Option(names = "--doc", description = "Quotes of this document only.")
  @Nullable String doc;

  @Override
  void query(ArticleStore s, OutputFormat format, PrintWriter out) {
    QuoteQuery q =
        new QuoteQuery(actor(speaker), actor(via), search, range(from, to), doc, limit());
    print(format, Views.QUOTES, out, sink -> s.scanQuotes(q, sink));
  }
}
