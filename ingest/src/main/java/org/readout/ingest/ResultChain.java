package org.readout.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Streams one after another, each opened only when the one before it is used up and closed then.
 *
 * <p>Design decision: not {@link Stream#flatMap}, which on JDK 17 pushes a whole inner stream into
 * a buffer when the result is read through {@link Stream#iterator()}, as the CLI's ordered workers
 * do: one 10 GB JSONL or WARC file would then be read into memory before its first document is
 * analysed.
 */
final class ResultChain implements Iterator<IngestResult> {
  private final Iterator<Supplier<Stream<IngestResult>>> sources;
  private @Nullable Stream<IngestResult> current;
  private @Nullable Iterator<IngestResult> currentIterator;

  private ResultChain(Iterator<Supplier<Stream<IngestResult>>> sources) {
    this.sources = sources;
  }

  /**
   * A lazy stream of the streams {@code sources} opens, in order; closing it closes the open one.
   */
  static Stream<IngestResult> of(Iterator<Supplier<Stream<IngestResult>>> sources) {
    ResultChain chain = new ResultChain(sources);
    Spliterator<IngestResult> split =
        Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(chain::closeCurrent);
  }

  @Override
  public boolean hasNext() {
    while (currentIterator == null || !currentIterator.hasNext()) {
      closeCurrent();
      if (!sources.hasNext()) {
        return false;
      }
      Stream<IngestResult> next = sources.next().get();
      current = next;
      currentIterator = next.iterator();
    }
    return true;
  }

  @Override
  public IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return currentIterator.next();
  }

  private void closeCurrent() {
    if (current != null) {
      Stream<IngestResult> open = current;
      current = null;
      currentIterator = null;
      open.close();
    }
  }
}
