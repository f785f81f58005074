package org.readout.cli.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.readout.cli.DocumentBudget;
import org.readout.cli.OrderedWorkers;
import org.readout.cli.Readout;
import org.readout.core.analysis.LanguageGuess;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.ingest.Diagnostic;
import org.readout.ingest.IngestResult;
import org.readout.ingest.SkipReason;
import org.readout.store.ArticleStore;
import org.readout.store.ContentHash;
import org.readout.store.WriteOutcome;

/**
 * Read, extract, write: the ingest pipeline behind {@code readout ingest} and {@code readout bench
 * ingest}, bounded end to end. The calling thread reads and writes; at most {@code 4 × threads}
 * documents wait for or leave extraction ({@link OrderedWorkers}); the writer commits at most
 * {@code batch} documents per transaction, or what it holds after {@link #MAX_BATCH_AGE}. A
 * document whose content hash is already stored is not extracted again, so a killed run resumes
 * where its last commit ended. Time spent in each stage is summed for benchmarks.
 */
public final class IngestPipeline {
  /** How long a partial batch may wait for more documents before it is committed. */
  static final Duration MAX_BATCH_AGE = Duration.ofSeconds(2);

  private static final Set<SkipReason> FILE_SYSTEM_SKIPS =
      EnumSet.of(SkipReason.NOT_A_FILE, SkipReason.BROKEN_LINK, SkipReason.LINK_LOOP);

  private final ArticleStore store;
  private final int threads;
  private final int batch;

  /** The summary's label for documents in another language than English. */
  static final String NOT_ENGLISH = "not English";

  private static final int MAX_NOT_ENGLISH_SHOWN = 20;

  private final Function<Article, AnnotatedArticle> extraction;
  private final Duration docTimeout;
  private int notEnglishShown;
  private final AtomicLong extractNanos = new AtomicLong();
  private long readNanos;
  private long writeNanos;

  /** One document after extraction: to write, unchanged (not extracted), or failed. */
  private record Extracted(
      IngestResult input,
      @Nullable AnnotatedArticle doc,
      @Nullable String error,
      boolean unchanged,
      @Nullable LanguageGuess notEnglish) {}

  /** The standard pipeline, with CoreNLP, loaded on the first document that needs it. */
  public IngestPipeline(ArticleStore store, int threads, int batch) {
    this(store, threads, batch, DocumentBudget.DEFAULT);
  }

  /** The standard pipeline with a time budget per document (zero: none). */
  public IngestPipeline(ArticleStore store, int threads, int batch, Duration docTimeout) {
    this(store, threads, batch, a -> Readout.load().pipeline().apply(a), docTimeout);
  }

  /**
   * A pipeline with another extraction (tests of the pipeline's own bounds).
   *
   * @param extraction thread-safe
   */
  public IngestPipeline(
      ArticleStore store, int threads, int batch, Function<Article, AnnotatedArticle> extraction) {
    this(store, threads, batch, extraction, DocumentBudget.DEFAULT);
  }

  /**
   * A pipeline with another extraction and a time budget per document (zero: none).
   *
   * @param extraction thread-safe
   */
  public IngestPipeline(
      ArticleStore store,
      int threads,
      int batch,
      Function<Article, AnnotatedArticle> extraction,
      Duration docTimeout) {
    this.extraction = extraction;
    this.docTimeout = docTimeout;
    if (threads <= 0 || batch <= 0) {
      throw new IllegalArgumentException("threads and batch must be positive");
    }
    this.store = store;
    this.threads = threads;
    this.batch = batch;
  }

  /** Runs the inputs through; diagnostics and failures are printed on {@code err} as they come. */
  public IngestTally run(Iterator<IngestResult> inputs, Progress progress, PrintWriter err)
      throws InterruptedException {
    IngestTally tally = new IngestTally();
    try (DocumentBudget budget = new DocumentBudget(extraction, docTimeout)) {
      runBudgeted(inputs, progress, err, tally, budget);
    }
    return tally;
  }

  private void runBudgeted(
      Iterator<IngestResult> inputs,
      Progress progress,
      PrintWriter err,
      IngestTally tally,
      DocumentBudget budget)
      throws InterruptedException {
    List<AnnotatedArticle> pending = new ArrayList<>();
    long[] batchStart = {System.nanoTime()};
    new OrderedWorkers<IngestResult, Extracted>(threads, in -> extract(in, budget))
        .run(
            timed(inputs),
            x -> {
              tally.read();
              report(x, tally, err);
              if (x.doc != null) {
                pending.add(x.doc);
              }
              if (pending.size() >= batch
                  || System.nanoTime() - batchStart[0] > MAX_BATCH_AGE.toNanos()) {
                commit(pending, tally);
                batchStart[0] = System.nanoTime();
              }
              progress.update(tally.done() + pending.size(), tally.failedCount());
            });
    commit(pending, tally);
    progress.update(tally.done(), tally.failedCount());
  }

  /** Time spent reading inputs (parsing files into articles), on the calling thread. */
  public long readNanos() {
    return readNanos;
  }

  /** Time spent extracting, summed over the worker threads. */
  public long extractNanos() {
    return extractNanos.get();
  }

  /** Time spent writing to the store, on the calling thread. */
  public long writeNanos() {
    return writeNanos;
  }

  private Iterator<IngestResult> timed(Iterator<IngestResult> inputs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        long t = System.nanoTime();
        try {
          return inputs.hasNext();
        } finally {
          readNanos += System.nanoTime() - t;
        }
      }

      @Override
      public IngestResult next() {
        long t = System.nanoTime();
        try {
          return inputs.next();
        } finally {
          readNanos += System.nanoTime() - t;
        }
      }
    };
  }

  /**
   * Extracts one document, unless its content is stored already. The models load on the first
   * document that needs them, so a run over an unchanged corpus takes seconds, not a model load.
   */
  private Extracted extract(IngestResult in, DocumentBudget budget) {
    if (in.skipped()) {
      return new Extracted(in, null, null, false, null);
    }
    if (in.article() == null) {
      return new Extracted(in, null, in.error(), false, null);
    }
    if (ContentHash.of(in.article()).equals(store.storedHash(in.article().id()))) {
      return new Extracted(in, null, null, true, null);
    }
    LanguageGuess language = LanguageGuess.of(in.article().text());
    if (!language.english()) {
      return new Extracted(in, null, null, false, language);
    }
    long t = System.nanoTime();
    try {
      // One bad document must not stop the run; the message names it.
      DocumentBudget.Outcome outcome = budget.apply(in.article());
      return new Extracted(in, outcome.doc(), outcome.error(), false, null);
    } finally {
      extractNanos.addAndGet(System.nanoTime() - t);
    }
  }

  private void report(Extracted x, IngestTally tally, PrintWriter err) {
    if (x.notEnglish != null) {
      tally.skipped(NOT_ENGLISH);
      // A WARC of a month of news holds thousands: name the first ones, count the rest.
      if (++notEnglishShown <= MAX_NOT_ENGLISH_SHOWN) {
        err.println(
            "readout: "
                + x.input.id()
                + ": not English ("
                + x.notEnglish.language()
                + ": "
                + x.notEnglish.reason()
                + "): skipped"
                + (notEnglishShown == MAX_NOT_ENGLISH_SHOWN
                    ? " (further ones are only counted)"
                    : ""));
      }
      return;
    }
    SkipReason skip = x.input.skipReason();
    if (skip != null) {
      tally.skipped(skip.label());
      if (FILE_SYSTEM_SKIPS.contains(skip)) {
        // A path the user named or a folder holds is worth a line; a WARC's non-article records
        // (redirects, images, index pages) are thousands per file and are only counted.
        x.input.warnings().forEach(w -> err.println("readout: " + w.message()));
      }
      return;
    }
    for (Diagnostic d : x.input.diagnostics()) {
      if (d.severity() == Diagnostic.Severity.WARNING) {
        err.println("readout: warning: " + d.message());
      }
    }
    if (x.error != null) {
      tally.failed(x.input.id(), x.error);
      err.println(
          "readout: "
              + (x.error.startsWith(x.input.id()) ? x.error : x.input.id() + ": " + x.error));
    } else if (x.unchanged) {
      tally.outcome(WriteOutcome.UNCHANGED);
    }
  }

  private void commit(List<AnnotatedArticle> pending, IngestTally tally) {
    if (pending.isEmpty()) {
      return;
    }
    long t = System.nanoTime();
    for (WriteOutcome o : store.write(pending, Instant.now())) {
      tally.outcome(o);
    }
    writeNanos += System.nanoTime() - t;
    pending.clear();
  }
}
