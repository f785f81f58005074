package org.readout.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.store.ActorMatch;
import org.readout.store.DateRange;
import org.readout.store.EventQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout bench query}: fills a fresh store with synthetic events and quotes ({@link
 * SyntheticEvents}) through the store's ordinary write path in large transactions, then times each
 * query family (actor, dyad, code, date range, quote full text) over varied parameters and reports
 * p50 and p99 latency.
 *
 * <p>Each synthetic document's text is the evidence of its rows, one phrase per event and the text
 * of each quote, so every stored offset is real.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Time the query families over a store of synthetic events (p50, p99).")
public final class QueryBench implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--events", description = "Synthetic events (default: ${DEFAULT-VALUE}).")
  long events = 1_000_000;

  @Option(names = "--queries", description = "Queries per family (default: ${DEFAULT-VALUE}).")
  int queries = 200;

  @Option(names = "--limit", description = "Rows per query (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--db", description = "Store to fill (default: a temporary file, deleted).")
  Path db;

  @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  private static final List<String> ACTORS =
      List.of("USA", "CHN", "RUS", "UKR", "ISR", "GBR", "IRN", "IND", "FRA", "DEU", "JPN", "TUR");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = db == null;
    Path file = temporary ? Files.createTempFile("readout-bench-", ".db") : db;
    Files.deleteIfExists(file);
    try (SqliteStore store = SqliteStore.openForBulkLoad(file)) {
      long t0 = System.nanoTime();
      long[] counts = fill(store, events, seed);
      double fillSeconds = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "filled %d events, %d quotes in %d documents in %.1f s (%.0f events/s); store %.0f MiB%n",
          counts[0],
          counts[1],
          counts[2],
          fillSeconds,
          counts[0] / fillSeconds,
          Files.size(file) / 1048576.0);
      Random random = new Random(seed);
      time(
          out,
          "events by actor",
          i -> {
            String a = pick(random);
            return () ->
                store.events(
                    new EventQuery(
                        ActorMatch.code(a),
                        null,
                        null,
                        null,
                        null,
                        null,
                        DateRange.ALL,
                        null,
                        limit));
          });
      time(
          out,
          "events by dyad",
          i -> {
            String a = pick(random);
            String b = pick(random);
            return () ->
                store.events(
                    new EventQuery(
                        ActorMatch.code(a),
                        ActorMatch.code(b),
                        null,
                        null,
                        null,
                        null,
                        DateRange.ALL,
                        null,
                        limit));
          });
      time(
          out,
          "events by source+target",
          i -> {
            String a = pick(random);
            String b = pick(random);
            return () ->
                store.events(
                    new EventQuery(
                        null,
                        null,
                        ActorMatch.code(a + "GOV"),
                        ActorMatch.code(b),
                        null,
                        null,
                        DateRange.ALL,
                        null,
                        limit));
          });
      time(
          out,
          "events by code",
          i -> {
            String code = String.format(Locale.ROOT, "%02d", 1 + random.nextInt(20));
            return () ->
                store.events(
                    new EventQuery(null, null, null, null, code, null, DateRange.ALL, null, limit));
          });
      time(
          out,
          "events by date range",
          i -> {
            LocalDate from = SyntheticEvents.DEFAULT_FROM.plusDays(random.nextInt(1400));
            return () ->
                store.events(
                    new EventQuery(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new DateRange(from, from.plusDays(30)),
                        null,
                        limit));
          });
      time(
          out,
          "events by actor+code+month",
          i -> {
            String a = pick(random);
            LocalDate from = SyntheticEvents.DEFAULT_FROM.plusDays(random.nextInt(1400));
            return () ->
                store.events(
                    new EventQuery(
                        ActorMatch.code(a),
                        null,
                        null,
                        null,
                        "04",
                        null,
                        new DateRange(from, from.plusDays(30)),
                        null,
                        limit));
          });
      String[] words = {
        "cooperation", "sanctions", "talks", "security", "trade", "peace", "border", "energy"
      };
      time(
          out,
          "quotes full text",
          i -> {
            String w = words[random.nextInt(words.length)];
            return () -> store.quotes(new QuoteQuery(null, null, w, DateRange.ALL, null, limit));
          });
    } finally {
      if (temporary) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
      }
    }
    out.flush();
    return 0;
  }

  private static String pick(Random random) {
    // Skewed like the news: the first actors are asked about most.
    return ACTORS.get(Math.min(ACTORS.size() - 1, (int) Math.abs(random.nextGaussian() * 4)));
  }

  private void time(PrintWriter out, String family, IntFunction<Runnable> query) {
    for (int i = 0; i < 10; i++) {
      query.apply(i).run(); // warm-up
    }
    double[] millis = new double[queries];
    for (int i = 0; i < queries; i++) {
      Runnable q = query.apply(i);
      long t = System.nanoTime();
      q.run();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(millis);
    out.printf(
        Locale.ROOT,
        "%-28s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n",
        family,
        millis[queries / 2],
        millis[Math.min(queries - 1, (int) Math.ceil(queries * 0.99) - 1)],
        millis[queries - 1]);
    out.flush();
  }

  /**
   * Writes {@code events} synthetic rows as documents, 2,000 per transaction; returns events,
   * quotes, docs. Also the store of {@code bench serve}.
   */
  static long[] fill(SqliteStore store, long events, long seed) {
    SyntheticEvents rows = new SyntheticEvents(seed);
    long quotes = events * 2 / 5;
    List<AnnotatedArticle> batch = new ArrayList<>();
    long docs = 0;
    long q = 0;
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    long e = 0;
    // Each row is generated once: `next` is the first row not yet placed in a document.
    SyntheticEvents.EventRow next = events > 0 ? rows.event(0) : null;
    while (next != null) {
      String documentId = next.documentId();
      StringBuilder text = new StringBuilder();
      List<Event> evs = new ArrayList<>();
      LocalDate date = next.date();
      while (next != null && next.documentId().equals(documentId)) {
        SyntheticEvents.EventRow r = next;
        e++;
        next = e < events ? rows.event(e) : null;
        int start = text.length();
        text.append(r.sourceCode())
            .append(' ')
            .append(r.code())
            .append(' ')
            .append(r.targetCode() == null ? "" : r.targetCode())
            .append(".\n");
        evs.add(r.event(new Span(start, text.length() - 2)));
      }
      List<Quote> qs = new ArrayList<>();
      for (int k = 0; k < 2 && q < quotes; k++, q++) {
        SyntheticEvents.QuoteRow r = rows.quote(q);
        int start = text.length();
        text.append(r.text()).append('\n');
        qs.add(
            new Quote(
                new Span(start, start + r.text().length()),
                QuoteKind.DIRECT,
                "code/" + r.speakerCode(),
                null,
                null,
                null,
                0.9,
                r.date().toString()));
      }
      Article a = new Article(documentId, null, text.toString(), date, DateSource.GIVEN, null);
      batch.add(AnnotatedArticle.of(a).withEvents(evs).withQuotes(qs));
      docs++;
      if (batch.size() == 2000) {
        store.write(batch, at);
        batch.clear();
      }
    }
    store.write(batch, at);
    return new long[] {events, q, docs};
  }
}
