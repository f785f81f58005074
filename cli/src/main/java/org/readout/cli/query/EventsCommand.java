package org.readout.cli.query;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.readout.server.api.StoryViews;
import org.readout.server.api.Views;
import org.readout.store.ArticleStore;
import org.readout.store.EventQuery;
import org.readout.store.gdelt.GdeltRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout events}: CAMEO events in the store, filtered by actor, dyad, code and day. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Query stored events, newest day first.",
      "Actors are CAMEO code prefixes (CHN, CHNGOV), ISO codes (CN) or names (Putin)."
    })
public final class EventsCommand extends QueryCommand {
  @Option(names = "--actor", description = "Either side is this actor.")
  @Nullable String actor;

  @Option(
      names = "--with",
      description = "With --actor: the other side is this actor (a dyad, both directions).")
  @Nullable String with;

  @Option(names = "--source", description = "The source is this actor.")
  @Nullable String source;

  @Option(names = "--target", description = "The target is this actor.")
  @Nullable String target;

  @Option(
      names = "--code",
      description = "CAMEO event code prefix: 04 (consult, all of 040-046) or 042 (visit).")
  @Nullable String code;

  @Option(names = "--quad", description = "QuadClass 1-4 (verbal/material cooperation/conflict).")
  @Nullable Integer quad;

  @Option(names = "--from", converter = IsoDate.class, description = "First day (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", converter = IsoDate.class, description = "Last day (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Option(names = "--doc", description = "Events of this document only.")
  @Nullable String doc;

  @Option(
      names = "--dedup",
      description =
          "Count each real-world event once: the deduplicated events of the stories, with their"
              + " numArticles, numSources and numMentions.")
  boolean dedup;

  @Override
  boolean printsGdelt() {
    return true;
  }

  @Override
  void query(ArticleStore s, OutputFormat format, PrintWriter out) {
    EventQuery q =
        new EventQuery(
            actor(actor),
            actor(with),
            actor(source),
            actor(target),
            code,
            quad,
            range(from, to),
            doc,
            limit());
    if (dedup) {
      if (format == OutputFormat.GDELT) {
        GdeltRows rows = new GdeltRows(s, out);
        s.scanDedupEvents(q, rows::write);
        out.flush();
        return;
      }
      print(format, StoryViews.DEDUP_EVENTS, out, sink -> s.scanDedupEvents(q, sink));
      return;
    }
    if (format == OutputFormat.GDELT) {
      GdeltRows rows = new GdeltRows(s, out);
      s.scanEvents(q, rows::write);
      out.flush();
      return;
    }
    print(format, Views.EVENTS, out, sink -> s.scanEvents(q, sink));
  }
}
