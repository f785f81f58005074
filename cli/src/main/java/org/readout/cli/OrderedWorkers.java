package org.readout.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps inputs on a pool of threads and hands the results on in input order. At most {@code 4 ×
 * threads} results wait at once, so memory stays bounded however many documents stream through.
 */
public final class OrderedWorkers<I, O> {
  private final int threads;
  private final Function<I, O> work;

  public OrderedWorkers(int threads, Function<I, O> work) {
    this.threads = Math.max(1, threads);
    this.work = work;
  }

  public void run(Iterator<I> inputs, Consumer<O> sink) throws InterruptedException {
    if (threads == 1) {
      inputs.forEachRemaining(i -> sink.accept(work.apply(i)));
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "readout-worker");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<O>> pending = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        I in = inputs.next();
        pending.add(pool.submit(() -> work.apply(in)));
        if (pending.size() >= threads * 4) {
          sink.accept(get(pending.poll()));
        }
      }
      while (!pending.isEmpty()) {
        sink.accept(get(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O get(Future<O> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      // work functions catch their own failures; anything here is a bug worth surfacing
      throw new IllegalStateException(e.getCause());
    }
  }
}
