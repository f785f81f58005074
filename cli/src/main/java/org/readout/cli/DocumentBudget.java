package org.readout.cli;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;

/**
 * Runs one document's extraction within a time budget, and turns every way it can fail (an
 * exception, a stack overflow, running out of memory, running out of time) into a message, so that
 * one document never stops or stalls a batch.
 *
 * <p>Design decision: the extraction runs on a thread of its own while the calling worker waits at
 * most the budget. A document over budget is reported at once and the batch goes on; its thread is
 * interrupted, which the pipeline checks between stages, and with sentences capped in length
 * ({@code CoreNlpAnalyzer}) no single stage runs long. Java cannot stop a thread that ignores
 * interruption, so the budget bounds waiting, not CPU: that is what the sentence cap is for.
 */
public final class DocumentBudget implements AutoCloseable {
  /** The default per-document budget: a long article takes well under a second. */
  public static final Duration DEFAULT = Duration.ofSeconds(60);

  private final Function<Article, AnnotatedArticle> extraction;
  private final Duration limit;
  private final @Nullable ExecutorService runner;

  /** One document's result: an annotated article, or an error naming what went wrong. */
  public record Outcome(@Nullable AnnotatedArticle doc, @Nullable String error) {}

  /**
   * @param extraction thread-safe
   * @param limit the time budget per document; zero for none
   */
  public DocumentBudget(Function<Article, AnnotatedArticle> extraction, Duration limit) {
    if (limit.isNegative()) {
      throw new IllegalArgumentException("negative time budget: " + limit);
    }
    this.extraction = extraction;
    this.limit = limit;
    this.runner =
        limit.isZero()
            ? null
            : Executors.newCachedThreadPool(
                r -> {
                  Thread t = new Thread(r, "readout-document");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** Extracts {@code article}, or says why not; never throws for a bad document. */
  public Outcome apply(Article article) {
    if (runner == null) {
      return run(article);
    }
    Future<Outcome> running = runner.submit(() -> run(article));
    try {
      return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      return new Outcome(
          null,
          "over the time budget of "
              + seconds(limit)
              + " per document (--doc-timeout): skipped, the batch goes on");
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted");
    } catch (ExecutionException e) {
      // run() catches what a document can cause; anything else is a bug worth surfacing.
      throw new IllegalStateException(e.getCause());
    }
  }

  private Outcome run(Article article) {
    try {
      return new Outcome(extraction.apply(article), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(null, "analysis failed: " + e);
    } catch (OutOfMemoryError e) {
      // The document's own allocations are garbage once we are here, so the batch can go on.
      return new Outcome(
          null,
          "out of memory while analysing "
              + article.text().length()
              + " characters: skipped (give Java more memory with READOUT_JAVA_OPTS=-Xmx..., see"
              + " README)");
    }
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
  }

  @Override
  public void close() {
    if (runner != null) {
      runner.shutdownNow();
    }
  }
}
