package org.readout.cli.bench;

import java.io.PrintWriter;
import java.net.URI;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Span;
import org.readout.server.ReadoutServer;
import org.readout.store.sqlite.PooledStore;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout bench serve}: fills a store with synthetic events ({@link QueryBench#fill}),
 * serves it on loopback, and sends mixed read queries from client threads while an ingest writes
 * new documents into the same store through a second connection, as {@code readout ingest} in
 * another process would. Reports requests per second and latency percentiles, overall and per query
 * family. Bounded by a request count and a time limit; nothing leaves the machine.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Load the HTTP API on loopback with mixed queries during an ingest (req/s, p50, p99).")
public final class ServeBench implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--events", description = "Synthetic events (default: ${DEFAULT-VALUE}).")
  long events = 100_000;

  @Option(
      names = "--clients",
      description =
          "Client threads, each with one kept-alive connection, sending its next request when the"
              + " last is answered (default: ${DEFAULT-VALUE}).")
  int clients = 4;

  @Option(names = "--requests", description = "Requests in all (default: ${DEFAULT-VALUE}).")
  int requests = 30_000;

  @Option(names = "--seconds", description = "Time limit of the load (default: ${DEFAULT-VALUE}).")
  int seconds = 60;

  @Option(
      names = "--ingest-rate",
      description =
          "Documents per second the concurrent ingest writes (default: ${DEFAULT-VALUE}; 0: none).")
  int ingestRate = 30;

  @Option(
      names = "--warmup",
      description =
          "Seconds of the same load, unmeasured, before the measured one, so the JIT compilers"
              + " have done most of their work (default: ${DEFAULT-VALUE}; 0: none).")
  int warmup = 10;

  @Option(names = "--db", description = "Store to fill (default: a temporary file, deleted).")
  Path db;

  @Option(
      names = "--reuse",
      description =
          "Serve the store at --db as it is when it exists (filled by an earlier run, which kept"
              + " it) instead of filling it anew.")
  boolean reuse;

  @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  /** The query mix: a family name and a request path for a random draw. */
  private record Family(String name, int weight) {}

  private static final List<Family> MIX =
      List.of(
          new Family("events by actor", 20),
          new Family("events by dyad", 10),
          new Family("events by code+month", 15),
          new Family("events by date range", 15),
          new Family("quotes full text", 10),
          new Family("quotes by speaker", 5),
          new Family("documents by date", 10),
          new Family("one document", 15));

  private static final List<String> ACTORS =
      List.of("USA", "CHN", "RUS", "UKR", "ISR", "GBR", "IRN", "IND", "FRA", "DEU", "JPN", "TUR");

  private static final String[] WORDS = {
    "cooperation", "sanctions", "talks", "security", "trade", "peace", "border", "energy"
  };

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (clients <= 0 || requests <= 0 || seconds <= 0 || ingestRate < 0 || warmup < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--clients, --requests and --seconds must be positive");
    }
    if (reuse && db == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--reuse needs --db");
    }
    boolean temporary = db == null;
    Path file = temporary ? Files.createTempFile("readout-serve-bench-", ".db") : db;
    boolean reused = reuse && Files.exists(file);
    if (!reused) {
      Files.deleteIfExists(file);
    }
    try {
      long t0 = System.nanoTime();
      long[] counts;
      if (reused) {
        counts = filledCounts(file);
        out.printf(
            Locale.ROOT,
            "reused %s: %d events, %d quotes in %d filled documents; store %.0f MiB%n",
            file,
            counts[0],
            counts[1],
            counts[2],
            Files.size(file) / 1048576.0);
      } else {
        try (SqliteStore bulk = SqliteStore.openForBulkLoad(file)) {
          counts = QueryBench.fill(bulk, events, seed);
        }
        out.printf(
            Locale.ROOT,
            "filled %d events, %d quotes in %d documents in %.1f s; store %.0f MiB%n",
            counts[0],
            counts[1],
            counts[2],
            (System.nanoTime() - t0) / 1e9,
            Files.size(file) / 1048576.0);
      }
      out.flush();
      try (PooledStore store = PooledStore.open(file, 4);
          SqliteStore ingestStore = SqliteStore.open(file);
          ReadoutServer server = ReadoutServer.builder(store).port(0).build().start()) {
        run(out, server.uri(), ingestStore, counts[2]);
      }
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

  /** Events, quotes and filled documents of a store an earlier run kept (its ingests excluded). */
  private static long[] filledCounts(Path file) throws java.sql.SQLException {
    // Opening migrates a store an older build kept to this build's schema (its indexes).
    SqliteStore.open(file).close();
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        java.sql.Statement s = c.createStatement()) {
      long[] counts = new long[3];
      String[] sql = {
        "SELECT count(*) FROM events",
        "SELECT count(*) FROM quotes",
        "SELECT count(*) FROM documents WHERE id NOT LIKE 'ingest/%'"
      };
      for (int i = 0; i < 3; i++) {
        try (java.sql.ResultSet r = s.executeQuery(sql[i])) {
          r.next();
          counts[i] = r.getLong(1);
        }
      }
      return counts;
    }
  }

  private void run(PrintWriter out, URI base, SqliteStore ingestStore, long documents)
      throws Exception {
    SyntheticEvents names = new SyntheticEvents(seed);
    // Warm-up: each family a few times, so the first timed requests do not pay class loading.
    Random warm = new Random(seed);
    try (LoopbackClient client = new LoopbackClient(base)) {
      for (int i = 0; i < 20 * MIX.size(); i++) {
        client.get(path(MIX.get(i % MIX.size()), warm, names, documents));
      }
    }
    out.printf(
        Locale.ROOT,
        "mix (JSON pages of 50 rows): %s%n",
        String.join(", ", MIX.stream().map(f -> f.name() + " " + f.weight() + "%").toList()));
    out.flush();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong ingested = new AtomicLong();
    Thread ingest = new Thread(() -> ingest(ingestStore, stop, ingested), "bench-ingest");
    ingest.setDaemon(true);
    if (ingestRate > 0) {
      ingest.start();
    }
    if (warmup > 0) {
      // The same load, unmeasured, until the JIT compilers have done most of their work: their
      // CPU early in a run is a cost of starting the JVM, not of serving a request.
      long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
      List<Thread> warmers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random random = new Random(seed * 17 + c);
        warmers.add(
            new Thread(
                () -> {
                  try (LoopbackClient client = new LoopbackClient(base)) {
                    while (System.nanoTime() < warmEnd) {
                      client.get(path(MIX.get(draw(random)), random, names, documents));
                    }
                  } catch (java.io.IOException e) {
                    // The measured load below reports failures.
                  }
                },
                "bench-warmup-" + c));
      }
      warmers.forEach(Thread::start);
      for (Thread t : warmers) {
        t.join();
      }
    }
    String loadBefore = loadAverage();
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    double[][] latencies = new double[MIX.size()][requests];
    AtomicInteger[] filled = new AtomicInteger[MIX.size()];
    Arrays.setAll(filled, i -> new AtomicInteger());
    // CPU the client threads spend, each measured by its own thread, and the ingest's, so the rest
    // of the JVM's CPU during the load is the server's.
    AtomicLong clientCpu = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(seed * 31 + c);
      threads.add(
          new Thread(
              () -> {
                try (LoopbackClient client = new LoopbackClient(base)) {
                  while (issued.getAndIncrement() < requests && System.nanoTime() < deadline) {
                    int f = draw(random);
                    String path = path(MIX.get(f), random, names, documents);
                    long t = System.nanoTime();
                    int status = client.get(path);
                    double ms = (System.nanoTime() - t) / 1e6;
                    if (status != 200) {
                      failures.incrementAndGet();
                    }
                    latencies[f][filled[f].getAndIncrement()] = ms;
                  }
                } catch (java.io.IOException e) {
                  failures.incrementAndGet();
                } finally {
                  clientCpu.addAndGet(threadCpu());
                }
              },
              "bench-client-" + c));
    }
    long ingestedBefore = ingested.get();
    long ingestCpuStart = threadCpu(ingest);
    long start = System.nanoTime();
    long cpuStart = processCpu();
    long[] vmStart = vmThreadCpu();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    long cpu = processCpu() - cpuStart;
    long[] vmEnd = vmThreadCpu();
    long jit = vmEnd[0] - vmStart[0];
    long gc = vmEnd[1] - vmStart[1];
    long ingestCpu = threadCpu(ingest) - ingestCpuStart;
    long ingestedDuring = ingested.get() - ingestedBefore;
    stop.set(true);
    ingest.join(10_000);
    List<Double> all = new ArrayList<>();
    out.printf(
        Locale.ROOT,
        "load average (1, 5, 15 min) before the load: %s; after: %s (%d cores)%n",
        loadBefore,
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        Locale.ROOT,
        "%d clients (one kept-alive HTTP/1.1 connection each), after a %d s unmeasured warm-up:"
            + " %d requests in %.1f s: %.0f req/s; %d failed; ingest wrote %d documents (%d events, %.1f documents/s) meanwhile%n",
        clients,
        warmup,
        Arrays.stream(filled).mapToInt(AtomicInteger::get).sum(),
        wall,
        Arrays.stream(filled).mapToInt(AtomicInteger::get).sum() / wall,
        failures.get(),
        ingestedDuring,
        ingestedDuring * 10,
        ingestedDuring / wall);
    int answered = Arrays.stream(filled).mapToInt(AtomicInteger::get).sum();
    if (cpu > 0 && answered > 0) {
      long server = cpu - clientCpu.get() - ingestCpu - jit - gc;
      out.printf(
          Locale.ROOT,
          "JVM CPU during the load: %.1f s (%.2f of %d cores), %.3f ms per request; per request:"
              + " server threads %.3f ms, clients %.3f ms, JIT compiler %.3f ms, GC %.3f ms;"
              + " ingest %.1f s in all%n",
          cpu / 1e9,
          cpu / 1e9 / wall,
          Runtime.getRuntime().availableProcessors(),
          cpu / 1e6 / answered,
          server / 1e6 / answered,
          clientCpu.get() / 1e6 / answered,
          jit / 1e6 / answered,
          gc / 1e6 / answered,
          ingestCpu / 1e9);
    }
    for (int f = 0; f < MIX.size(); f++) {
      double[] ms = Arrays.copyOf(latencies[f], filled[f].get());
      for (double m : ms) {
        all.add(m);
      }
      report(out, MIX.get(f).name(), ms);
    }
    report(out, "all", all.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static void report(PrintWriter out, String name, double[] ms) {
    if (ms.length == 0) {
      return;
    }
    Arrays.sort(ms);
    out.printf(
        Locale.ROOT,
        "  %-22s %6d req   p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms%n",
        name,
        ms.length,
        ms[ms.length / 2],
        ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)],
        ms[ms.length - 1]);
    out.flush();
  }

  private static int draw(Random random) {
    int total = MIX.stream().mapToInt(Family::weight).sum();
    int r = random.nextInt(total);
    for (int i = 0; i < MIX.size(); i++) {
      r -= MIX.get(i).weight();
      if (r < 0) {
        return i;
      }
    }
    return MIX.size() - 1;
  }

  private static String path(Family f, Random random, SyntheticEvents names, long documents) {
    String a = pick(random);
    LocalDate day = SyntheticEvents.DEFAULT_FROM.plusDays(random.nextInt(1400));
    return switch (f.name()) {
      case "events by actor" -> "/api/events?actor=" + a;
      case "events by dyad" -> "/api/events?actor=" + a + "&with=" + pick(random);
      case "events by code+month" ->
          "/api/events?code=0"
              + (1 + random.nextInt(9))
              + "&from="
              + day
              + "&to="
              + day.plusDays(30);
      case "events by date range" -> "/api/events?from=" + day + "&to=" + day.plusDays(7);
      case "quotes full text" -> "/api/quotes?search=" + WORDS[random.nextInt(WORDS.length)];
      case "quotes by speaker" -> "/api/quotes?speaker=" + a + "GOV";
      case "documents by date" -> "/api/documents?from=" + day + "&to=" + day.plusDays(3);
      default -> "/api/documents/" + names.documentId(Math.floorMod(random.nextLong(), documents));
    };
  }

  private static String pick(Random random) {
    return ACTORS.get(Math.min(ACTORS.size() - 1, (int) Math.abs(random.nextGaussian() * 4)));
  }

  /** This thread's CPU time in nanoseconds, or 0 where the JVM does not measure it. */
  private static long threadCpu() {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    return t.isCurrentThreadCpuTimeSupported() ? Math.max(0, t.getCurrentThreadCpuTime()) : 0;
  }

  /** {@code thread}'s CPU time in nanoseconds, or 0 when not started, ended or not measured. */
  private static long threadCpu(Thread thread) {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    return t.isThreadCpuTimeSupported() ? Math.max(0, t.getThreadCpuTime(thread.getId())) : 0;
  }

  /**
   * CPU time so far of the JVM's own threads, {JIT compilers, garbage collector}, in nanoseconds,
   * from {@code /proc/self/task} (zeros off Linux): the JVM does not report them as Java threads.
   * Their share of a short load is large while the compilers warm up, and it is not the server's.
   */
  private static long[] vmThreadCpu() {
    long[] ticks = new long[2];
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (java.io.IOException gone) {
          continue; // the thread ended meanwhile
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String name = stat.substring(open + 1, close);
        int kind =
            name.contains("CompilerThre")
                ? 0
                : name.startsWith("GC Thread") || name.startsWith("G1 ") ? 1 : -1;
        if (kind >= 0) {
          // After the name: state is field 3, utime and stime fields 14 and 15 (clock ticks).
          String[] f = stat.substring(close + 2).split(" ");
          ticks[kind] += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return new long[2];
    }
    // Linux's USER_HZ is 100 on every architecture the JVM runs on.
    return new long[] {ticks[0] * 10_000_000L, ticks[1] * 10_000_000L};
  }

  /** The JVM's CPU time in nanoseconds (user and system), or 0 where unknown. */
  private static long processCpu() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  /** The machine's load average from {@code /proc/loadavg}, or "unknown" off Linux. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * Writes synthetic documents of ten events each at {@link #ingestRate} per second, in batches of
   * a tenth of a second's worth, until stopped.
   */
  private void ingest(SqliteStore store, AtomicBoolean stop, AtomicLong written) {
    SyntheticEvents rows = new SyntheticEvents(seed + 1);
    int perBatch = Math.max(1, ingestRate / 10);
    long n = 0;
    long next = System.nanoTime();
    while (!stop.get()) {
      List<AnnotatedArticle> batch = new ArrayList<>();
      for (int d = 0; d < perBatch; d++, n++) {
        batch.add(document(rows, n));
      }
      store.write(batch, Instant.now());
      written.addAndGet(batch.size());
      next += 1_000_000_000L * perBatch / ingestRate;
      long sleep = next - System.nanoTime();
      if (sleep > 0) {
        try {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Tells this run's ingested documents from an earlier run's, so a reused store gets new ones. */
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  private static AnnotatedArticle document(SyntheticEvents rows, long n) {
    StringBuilder text = new StringBuilder();
    List<Event> evs = new ArrayList<>();
    LocalDate date = null;
    for (int i = 0; i < 10; i++) {
      SyntheticEvents.EventRow r = rows.event(n * 10 + i);
      date = r.date();
      int start = text.length();
      text.append(r.sourceCode()).append(' ').append(r.code()).append(".\n");
      evs.add(r.event(new Span(start, text.length() - 2)));
    }
    Article a =
        new Article("ingest/" + RUN + "/" + n, null, text.toString(), date, DateSource.GIVEN, null);
    return AnnotatedArticle.of(a).withEvents(evs);
  }
}
