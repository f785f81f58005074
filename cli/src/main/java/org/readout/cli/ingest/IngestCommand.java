package org.readout.cli.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.readout.cli.ExtractionOptions;
import org.readout.cli.OrderedWorkers;
import org.readout.cli.Readout;
import org.readout.cli.query.StoreOptions;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout ingest}: reads articles, extracts them on all cores and writes them to the store
 * in batches, one transaction per batch.
 *
 * <p>The pipeline is bounded end to end: the reader streams documents, at most {@code 4 × threads}
 * wait for or leave extraction ({@link OrderedWorkers}), and one writer commits at most {@code
 * --batch} documents at a time, so memory does not grow with the input. A document whose content
 * hash is already stored is not extracted again; kill the process at any moment and the same
 * command resumes, each document stored exactly once.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles into the store (idempotent: unchanged articles are skipped).",
      "PATH is a text, HTML or JSONL file, a folder (read recursively), or - for standard input."
    })
public final class IngestCommand implements Callable<Integer> {
  enum ProgressMode {
    auto,
    bar,
    lines,
    none
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file, created when absent (default: readout.db).")
  Path db = StoreOptions.DEFAULT_DB;

  @Option(names = "--batch", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
  int batch = 50;

  @Option(
      names = "--progress",
      description =
          "auto (a bar on a terminal, lines otherwise), bar, lines or none (default: ${DEFAULT-VALUE}).")
  ProgressMode progress = ProgressMode.auto;

  // --date, --threads, --max-bytes, --doc-timeout, --actors: as extract. Documents already stored
  // unchanged are not extracted again, so a new --actors file applies to new or changed ones.
  @CommandLine.Mixin ExtractionOptions extraction = new ExtractionOptions();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    validate(cl);
    Readout readout = extraction.readout(cl);
    ReadOptions options = extraction.readOptions();
    long started = System.nanoTime();
    IngestTally tally;
    try (SqliteStore store = SqliteStore.open(db);
        Progress shown = progress(err);
        Stream<IngestResult> inputs = new ArticleReader().readAll(paths, System.in, options)) {
      tally =
          new IngestPipeline(
                  store,
                  extraction.threads(),
                  batch,
                  a -> readout.pipeline().apply(a),
                  extraction.docTimeout())
              .run(inputs.iterator(), shown, err);
    }
    tally.print(err, (System.nanoTime() - started) / 1e9);
    return tally.failedCount() > 0 ? 1 : 0;
  }

  private void validate(CommandLine cl) {
    extraction.check(cl);
    if (batch <= 0) {
      throw new CommandLine.ParameterException(cl, "--batch must be a positive number: " + batch);
    }
    for (String p : paths) {
      if (!p.equals("-") && !Files.exists(Path.of(p))) {
        throw new CommandLine.ParameterException(cl, p + ": no such file or directory");
      }
    }
  }

  private Progress progress(PrintWriter err) {
    boolean terminal = System.console() != null;
    ProgressMode mode =
        progress == ProgressMode.auto
            ? (terminal ? ProgressMode.bar : ProgressMode.lines)
            : progress;
    return switch (mode) {
      case bar -> Progress.bar(System.err, knownTotal());
      case lines -> Progress.lines(err, knownTotal(), Duration.ofSeconds(5));
      case none, auto -> Progress.none();
    };
  }

  /**
   * The number of documents when every input is a file holding one (text, HTML), or -1 when some
   * input holds an unknown number (JSON Lines, feeds, archives, standard input).
   */
  private long knownTotal() {
    long total = 0;
    for (String p : paths) {
      if (p.equals("-")) {
        return -1;
      }
      try (Stream<Path> files = Files.walk(Path.of(p))) {
        Iterator<Path> it = files.filter(Files::isRegularFile).iterator();
        while (it.hasNext()) {
          String name = it.next().getFileName().toString().toLowerCase(Locale.ROOT);
          if (name.startsWith(".") || name.startsWith("readme") || name.endsWith(".md")) {
            continue;
          }
          if (!(name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"))) {
            return -1;
          }
          total++;
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        return -1; // The reader reports the problem; progress just shows no total.
      }
    }
    return total;
  }
}
