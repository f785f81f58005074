package org.readout.cli.query;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.readout.cli.EventOntology;
import org.readout.server.api.StoryViews;
import org.readout.server.api.Views;
import org.readout.store.ArticleStore;
import org.readout.store.EventQuery;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredEvent;
import org.readout.store.gdelt.GdeltRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      description =
          "CAMEO event code prefix: 04 (consult, all of 040-046) or 042 (visit); with --ontology"
              + " plover also a PLOVER category (PROTEST, ASSAULT, ...).")
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

  @Mixin EventOntology ontology = new EventOntology();

  @Override
  boolean printsGdelt() {
    return true;
  }

  @Override
  void query(ArticleStore s, OutputFormat format, PrintWriter out) {
    // A PLOVER category spans CAMEO roots (COERCE is 17 but not 1712 or 175, and 163, 191, 192), so
    // no code prefix selects it: every event is scanned and the category filters before the limit.
    String category = ontology.category(code);
    EventQuery q =
        new EventQuery(
            actor(actor),
            actor(with),
            actor(source),
            actor(target),
            category == null ? code : null,
            quad,
            range(from, to),
            doc,
            category == null ? limit() : Integer.MAX_VALUE);
    if (dedup) {
      Scan<StoredDedupEvent> scan =
          sink -> s.scanDedupEvents(q, filter(category, r -> r.event().code(), sink));
      if (format == OutputFormat.GDELT) {
        GdeltRows rows = new GdeltRows(s, out);
        scan.accept(rows::write);
        out.flush();
        return;
      }
      print(format, ontology.view(StoryViews.DEDUP_EVENTS, r -> r.event().code()), out, scan);
      return;
    }
    Scan<StoredEvent> scan = sink -> s.scanEvents(q, filter(category, r -> r.event().code(), sink));
    if (format == OutputFormat.GDELT) {
      GdeltRows rows = new GdeltRows(s, out);
      scan.accept(rows::write);
      out.flush();
      return;
    }
    print(format, ontology.view(Views.EVENTS, r -> r.event().code()), out, scan);
  }

  /** A scan of rows into a sink. */
  private interface Scan<T> extends Consumer<Consumer<T>> {}

  /** {@code sink}, passed only rows of {@code category} and at most the limit, or as it is. */
  private <T> Consumer<T> filter(
      @Nullable String category, java.util.function.Function<T, String> code, Consumer<T> sink) {
    if (category == null) {
      return sink;
    }
    int[] passed = {0};
    int max = limit();
    return row -> {
      if (passed[0] < max && EventOntology.in(code.apply(row), category)) {
        passed[0]++;
        sink.accept(row);
      }
    };
  }
}
