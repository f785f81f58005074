package org.readout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.pipeline.Stage;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout bench}: throughput of the standard pipeline on one thread and on all cores, time
 * per stage, and peak heap. Speed targets live here, never in unit tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure articles/s, tokens/s, time per stage and peak heap.",
    subcommands = {
      org.readout.cli.bench.IngestBench.class,
      org.readout.cli.bench.QueryBench.class,
      org.readout.cli.bench.StoryBench.class,
      org.readout.cli.bench.ServeBench.class
    })
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--seconds",
      description = "Minimum measured seconds per phase (default: ${DEFAULT-VALUE}).")
  double seconds = 20;

  @Option(
      names = "--warmup",
      description = "Warm-up seconds before measuring (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 5;

  @Option(
      names = "--threads",
      description = "Threads for the all-cores phase (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--date",
      description = "Document date for articles without one (default: ${DEFAULT-VALUE}).")
  LocalDate date = LocalDate.of(2025, 3, 1);

  @Option(
      names = "--corenlp-quotes",
      description =
          "Also time CoreNLP's own quote pipeline (with coref and quote"
              + " attribution) on the same articles and compare its quotes and speakers with Readout's.")
  boolean corenlpQuotes;

  @Option(
      names = "--corenlp-seconds",
      description =
          "Minimum measured seconds for the CoreNLP baseline; it always"
              + " runs each article once after one warm-up article (default: ${DEFAULT-VALUE}).")
  double corenlpSeconds = 0;

  @Option(
      names = "--depparse",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Run the events stage with its dependency parse (the default; --no-depparse without it)"
              + " and report the share of sentences parsed.")
  boolean depparse = true;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Articles to run (default: samples).")
  List<Path> paths = new ArrayList<>(List.of(Path.of("samples")));

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    Readout readout = Readout.load(List.of(), depparse);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    List<Article> articles = new ArrayList<>();
    ReadOptions options = new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, date);
    for (Path p : paths) {
      try (var s = new ArticleReader().read(p, options)) {
        s.map(IngestResult::article).filter(a -> a != null).forEach(articles::add);
      }
    }
    if (articles.isEmpty()) {
      spec.commandLine().getErr().println("readout bench: no readable articles in " + paths);
      return 1;
    }
    long tokens = 0;
    long sentences = 0;
    long parsed0 = org.readout.nlp.DependencyArguments.parsedSentences();
    long parsedTokens0 = org.readout.nlp.DependencyArguments.parsedTokens();
    for (Article a : articles) {
      AnnotatedArticle doc = readout.pipeline().apply(a);
      tokens += doc.tokens().size();
      sentences += doc.sentences().size();
    }
    if (depparse) {
      out.printf(
          "depparse: %d of %d sentences parsed (%.1f%%), %d of %d tokens (%.1f%%)%n",
          org.readout.nlp.DependencyArguments.parsedSentences() - parsed0,
          sentences,
          100.0 * (org.readout.nlp.DependencyArguments.parsedSentences() - parsed0) / sentences,
          org.readout.nlp.DependencyArguments.parsedTokens() - parsedTokens0,
          tokens,
          100.0 * (org.readout.nlp.DependencyArguments.parsedTokens() - parsedTokens0) / tokens);
    }
    double tokensPerArticle = (double) tokens / articles.size();
    out.printf(
        "machine: %d cores, %s %s, max heap %d MiB%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf(
        "articles: %d (%.0f tokens each on average); models loaded in %.1f s%n",
        articles.size(), tokensPerArticle, loadSeconds);
    runFor(readout, articles, warmupSeconds, new LinkedHashMap<>());
    org.readout.cli.bench.HeapPeaks.reset();

    Map<String, Long> stageNanos = new LinkedHashMap<>();
    long t1 = System.nanoTime();
    long done = runFor(readout, articles, seconds, stageNanos);
    double single = done / ((System.nanoTime() - t1) / 1e9);
    out.printf("1 thread:  %8.1f articles/s  %10.0f tokens/s%n", single, single * tokensPerArticle);
    for (Map.Entry<String, Long> e : stageNanos.entrySet()) {
      out.printf("  %-22s %8.2f ms/article%n", e.getKey(), e.getValue() / 1e6 / done);
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t2 = System.nanoTime();
      List<Future<Long>> fs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        fs.add(pool.submit(() -> runFor(readout, articles, seconds, null)));
      }
      long total = 0;
      for (Future<Long> f : fs) {
        total += f.get();
      }
      double all = total / ((System.nanoTime() - t2) / 1e9);
      out.printf(
          "%d threads: %8.1f articles/s  %10.0f tokens/s (%.1f per core)%n",
          threads, all, all * tokensPerArticle, all / threads);
    } finally {
      pool.shutdownNow();
    }
    out.printf("peak heap: %d MiB%n", org.readout.cli.bench.HeapPeaks.bytes() >> 20);
    out.flush();
    if (corenlpQuotes) {
      // After the peak-heap line, so that line stays Readout's alone.
      long t3 = System.nanoTime();
      CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
      out.printf(
          "CoreNLP quote pipeline (%s, coref.algorithm=%s): models loaded in %.1f s%n",
          CoreNlpQuoteBaseline.properties().getProperty("annotators"),
          CoreNlpQuoteBaseline.properties().getProperty("coref.algorithm"),
          (System.nanoTime() - t3) / 1e9);
      baseline.bench(
          out,
          readout,
          articles,
          1000 / single,
          corenlpSeconds,
          Path.of("..", "shared", "corpus", "xi-putin-video-call.txt"),
          options);
      out.flush();
    }
    return 0;
  }

  /**
   * Runs the pipeline over the articles, repeatedly, for at least {@code secs}; returns articles
   * processed.
   */
  private static long runFor(
      Readout readout, List<Article> articles, double secs, Map<String, Long> stageNanos) {
    long end = System.nanoTime() + (long) (secs * 1e9);
    long n = 0;
    List<Stage> stages = readout.pipeline().stages();
    while (System.nanoTime() < end || n < articles.size()) {
      for (Article a : articles) {
        AnnotatedArticle doc = AnnotatedArticle.of(a);
        for (Stage s : stages) {
          long t = System.nanoTime();
          doc = s.apply(doc);
          if (stageNanos != null) {
            stageNanos.merge(s.getClass().getSimpleName(), System.nanoTime() - t, Long::sum);
          }
        }
        n++;
      }
    }
    return n;
  }
}
