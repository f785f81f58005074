package org.readout.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.readout.cli.Readout;
import org.readout.cli.ingest.IngestPipeline;
import org.readout.cli.ingest.IngestTally;
import org.readout.cli.ingest.Progress;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout bench ingest}: writes a generated corpus ({@link SyntheticCorpus}) as JSON Lines,
 * ingests it into a fresh store with every stage on, exactly as {@code readout ingest} does ({@link
 * IngestPipeline}), and reports articles/s end to end, time per stage, peak heap and store size per
 * 1,000 articles. The models are loaded before the clock starts.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Ingest a generated corpus into a fresh store: articles/s, time per stage, heap.")
public final class IngestBench implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", description = "Generated articles (default: ${DEFAULT-VALUE}).")
  long articles = 5000;

  @Option(names = "--tokens", description = "Tokens per article (default: ${DEFAULT-VALUE}).")
  int tokens = SyntheticCorpus.DEFAULT_TARGET_TOKENS;

  @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed = 11;

  @Option(
      names = "--work",
      description = "Folder for the corpus and store (default: a temporary one).")
  Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir =
        work != null
            ? Files.createDirectories(work)
            : Files.createTempDirectory("readout-bench-ingest");
    Path corpus = dir.resolve("corpus.jsonl");
    Path db = dir.resolve("bench.db");
    Files.deleteIfExists(db);
    SyntheticCorpus generated =
        new SyntheticCorpus(
            seed, articles, tokens, SyntheticCorpus.DEFAULT_FROM, SyntheticCorpus.DEFAULT_TO);
    CorpusJsonlWriter.Written written = CorpusJsonlWriter.write(generated.iterator(), corpus);
    out.printf(
        Locale.ROOT,
        "corpus: %d articles, %.1f MiB of JSON Lines (seed %d, ~%d tokens each)%n",
        written.articles(),
        written.bytes() / 1048576.0,
        seed,
        tokens);
    out.flush();
    long loadStart = System.nanoTime();
    Readout.load();
    out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
    HeapPeaks.reset();
    IngestPipeline pipeline;
    IngestTally tally;
    long storyNanos;
    long storyCpuNanos;
    long start = System.nanoTime();
    try (SqliteStore store = SqliteStore.open(db);
        Stream<IngestResult> inputs = new ArticleReader().read(corpus, ReadOptions.defaults())) {
      pipeline = new IngestPipeline(store, threads, 50);
      tally =
          pipeline.run(
              inputs.iterator(),
              Progress.lines(
                  spec.commandLine().getErr(), written.articles(), Duration.ofSeconds(30)),
              spec.commandLine().getErr());
      storyNanos = store.storyNanos();
      storyCpuNanos = store.storyCpuNanos();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double storyMs = storyNanos / 1e6 / Math.max(1, tally.stored());
    long n = tally.stored();
    long size = Files.size(db) + sizeOr0(Path.of(db + "-wal"));
    out.printf(
        Locale.ROOT,
        "ingested %d articles in %.1f s: %.1f articles/s end to end on %d threads (%d failed)%n",
        n,
        seconds,
        n / seconds,
        threads,
        tally.failedCount());
    double extractMs = pipeline.extractNanos() / 1e6 / n;
    double writeMs = pipeline.writeNanos() / 1e6 / n;
    out.printf(
        Locale.ROOT,
        "  read     %7.2f ms/article (reader thread)%n",
        pipeline.readNanos() / 1e6 / n);
    out.printf(Locale.ROOT, "  extract  %7.2f ms/article (summed over workers)%n", extractMs);
    out.printf(
        Locale.ROOT,
        "  write    %7.2f ms/article (writer thread) = %.1f%% of extract%n",
        writeMs,
        100 * writeMs / extractMs);
    out.printf(
        Locale.ROOT,
        "  stories  %7.2f ms/article (inside write: candidates, links, dedup events; %.2f CPU)%n",
        storyMs,
        storyCpuNanos / 1e6 / Math.max(1, tally.stored()));
    out.printf(Locale.ROOT, "peak heap: %d MiB%n", HeapPeaks.bytes() >> 20);
    out.printf(
        Locale.ROOT,
        "store: %.1f MiB, %.2f MiB per 1,000 articles%n",
        size / 1048576.0,
        size / 1048576.0 / n * 1000);
    out.flush();
    if (work == null) {
      Files.deleteIfExists(corpus);
      Files.deleteIfExists(db);
      Files.deleteIfExists(Path.of(db + "-wal"));
      Files.deleteIfExists(Path.of(db + "-shm"));
      Files.deleteIfExists(dir);
    }
    return tally.failedCount() > 0 ? 1 : 0;
  }

  private static long sizeOr0(Path p) throws java.io.IOException {
    return Files.exists(p) ? Files.size(p) : 0;
  }
}
