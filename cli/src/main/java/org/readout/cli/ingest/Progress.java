package org.readout.cli.ingest;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an ingest run's progress: a progress bar on a terminal (documents done, rate, ETA when the
 * total is known, errors), plain lines every few seconds otherwise, or nothing.
 */
public interface Progress extends AutoCloseable {
  /** Called by the writer after each document: documents done and failed so far. */
  void update(long done, long failed);

  @Override
  void close();

  /** No output. */
  static Progress none() {
    return new Progress() {
      @Override
      public void update(long done, long failed) {}

      @Override
      public void close() {}
    };
  }

  /** A terminal progress bar on {@code terminal}; {@code total} is -1 when unknown. */
  static Progress bar(PrintStream terminal, long total) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(total)
            .setUnit(" docs", 1)
            .showSpeed()
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .build();
    return new Progress() {
      @Override
      public void update(long done, long failed) {
        bar.stepTo(done);
        if (failed > 0) {
          bar.setExtraMessage(failed + " failed");
        }
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** A line on {@code err} at most every {@code interval}; {@code total} is -1 when unknown. */
  static Progress lines(PrintWriter err, long total, Duration interval) {
    return new Progress() {
      // The clock starts at the first document, so model loading does not count against the rate.
      private long start = -1;
      private long last;

      @Override
      public void update(long done, long failed) {
        long now = System.nanoTime();
        if (start < 0) {
          start = now;
          last = now;
          return;
        }
        if (now - last < interval.toNanos()) {
          return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        String of = total >= 0 ? "/" + total : "";
        String eta =
            total >= 0 && rate > 0
                ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate)
                : "";
        err.printf(
            Locale.ROOT,
            "ingest: %d%s documents, %.1f/s%s, %d failed%n",
            done,
            of,
            rate,
            eta,
            failed);
        err.flush();
      }

      @Override
      public void close() {}
    };
  }
}
