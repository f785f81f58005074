package org.readout.store.sqlite;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.store.ActorQuery;
import org.readout.store.ActorSummary;
import org.readout.store.ArticleStore;
import org.readout.store.Correction;
import org.readout.store.CorrectionDraft;
import org.readout.store.CorrectionQuery;
import org.readout.store.DictionaryRule;
import org.readout.store.DocumentQuery;
import org.readout.store.DocumentSummary;
import org.readout.store.EventQuery;
import org.readout.store.FlagQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.Seek;
import org.readout.store.StoreException;
import org.readout.store.StoreStats;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredEvent;
import org.readout.store.StoredFlag;
import org.readout.store.StoredQuote;
import org.readout.store.StoredStory;
import org.readout.store.StoryQuery;
import org.readout.store.Table;
import org.readout.store.WriteOutcome;
import org.readout.story.StoryFeatures;

/**
 * One store file behind several connections, for a server: writes go to one connection, reads to
 * whichever of the reader connections is free, so a fast query does not wait behind a slow one
 * (each {@link SqliteStore} serializes its calls). WAL mode lets the readers see every committed
 * write. Thread-safe.
 */
public final class PooledStore implements ArticleStore {
  private final SqliteStore writer;

  // Never writes, so its data version moves with every commit of the others (writer, ingest
  // processes) and a version check never waits behind a write or a slow read.
  private final SqliteStore watcher;

  private final List<SqliteStore> all = new ArrayList<>();
  private final BlockingQueue<SqliteStore> readers;

  private PooledStore(Path path, int readers) {
    this.writer = SqliteStore.open(path);
    this.readers = new ArrayBlockingQueue<>(readers);
    try {
      this.watcher = SqliteStore.open(path);
      all.add(watcher);
      for (int i = 0; i < readers; i++) {
        SqliteStore r = SqliteStore.open(path);
        all.add(r);
        this.readers.add(r);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Opens (creating when absent) the store at {@code path} with {@code readers} read connections.
   */
  public static PooledStore open(Path path, int readers) {
    if (readers <= 0) {
      throw new IllegalArgumentException("readers must be positive: " + readers);
    }
    return new PooledStore(path, readers);
  }

  private <T> T read(Function<SqliteStore, T> call) {
    SqliteStore s;
    try {
      s = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a reader connection", e);
    }
    try {
      return call.apply(s);
    } finally {
      readers.add(s);
    }
  }

  @Override
  public @Nullable String storedHash(String documentId) {
    return writer.storedHash(documentId);
  }

  @Override
  public List<WriteOutcome> write(List<AnnotatedArticle> documents, Instant ingestedAt) {
    return writer.write(documents, ingestedAt);
  }

  @Override
  public Optional<AnnotatedArticle> document(String documentId) {
    return read(s -> s.document(documentId));
  }

  @Override
  public @Nullable Instant ingestedAt(String documentId) {
    return read(s -> s.ingestedAt(documentId));
  }

  @Override
  public void scanEvents(EventQuery query, Consumer<StoredEvent> sink) {
    read(
        s -> {
          s.scanEvents(query, sink);
          return null;
        });
  }

  @Override
  public void scanEvents(EventQuery query, @Nullable Seek after, Seek.Sink<StoredEvent> sink) {
    read(
        s -> {
          s.scanEvents(query, after, sink);
          return null;
        });
  }

  @Override
  public void scanQuotes(QuoteQuery query, @Nullable Seek after, Seek.Sink<StoredQuote> sink) {
    read(
        s -> {
          s.scanQuotes(query, after, sink);
          return null;
        });
  }

  @Override
  public void scanDocuments(
      DocumentQuery query, @Nullable Seek after, Seek.Sink<DocumentSummary> sink) {
    read(
        s -> {
          s.scanDocuments(query, after, sink);
          return null;
        });
  }

  @Override
  public void scanQuotes(QuoteQuery query, Consumer<StoredQuote> sink) {
    read(
        s -> {
          s.scanQuotes(query, sink);
          return null;
        });
  }

  @Override
  public List<ActorSummary> actors(ActorQuery query) {
    return read(s -> s.actors(query));
  }

  @Override
  public void scanDocuments(DocumentQuery query, Consumer<DocumentSummary> sink) {
    read(
        s -> {
          s.scanDocuments(query, sink);
          return null;
        });
  }

  @Override
  public void scanFlags(FlagQuery query, @Nullable Seek after, Seek.Sink<StoredFlag> sink) {
    read(
        s -> {
          s.scanFlags(query, after, sink);
          return null;
        });
  }

  @Override
  public void scanFlags(FlagQuery query, Consumer<StoredFlag> sink) {
    read(
        s -> {
          s.scanFlags(query, sink);
          return null;
        });
  }

  @Override
  public void scanTable(
      Table table, DocumentQuery documents, Consumer<List<@Nullable Object>> sink) {
    read(
        s -> {
          s.scanTable(table, documents, sink);
          return null;
        });
  }

  @Override
  public Correction propose(CorrectionDraft draft, Instant at) {
    return writer.propose(draft, at);
  }

  @Override
  public Correction review(long id, boolean accept, String reviewer, Instant at) {
    return writer.review(id, accept, reviewer, at);
  }

  @Override
  public Optional<Correction> correction(long id) {
    return read(s -> s.correction(id));
  }

  @Override
  public void scanCorrections(CorrectionQuery query, Consumer<Correction> sink) {
    read(
        s -> {
          s.scanCorrections(query, sink);
          return null;
        });
  }

  @Override
  public Optional<DictionaryRule> rule(long id) {
    return read(s -> s.rule(id));
  }

  @Override
  public void scanRules(
      Correction.@Nullable Status status, int limit, Consumer<DictionaryRule> sink) {
    read(
        s -> {
          s.scanRules(status, limit, sink);
          return null;
        });
  }

  @Override
  public DictionaryRule reviewRule(long id, DictionaryRule.Decision decision, Instant at) {
    return writer.reviewRule(id, decision, at);
  }

  @Override
  public void scanStories(StoryQuery query, Consumer<StoredStory> sink) {
    read(
        s -> {
          s.scanStories(query, sink);
          return null;
        });
  }

  @Override
  public Optional<StoredStory> story(String storyId) {
    return read(s -> s.story(storyId));
  }

  @Override
  public Optional<String> storyOf(String documentId) {
    return read(s -> s.storyOf(documentId));
  }

  @Override
  public List<StoryFeatures> storyFeatures(String storyId) {
    return read(s -> s.storyFeatures(storyId));
  }

  @Override
  public void scanDedupEvents(EventQuery query, Consumer<StoredDedupEvent> sink) {
    read(
        s -> {
          s.scanDedupEvents(query, sink);
          return null;
        });
  }

  @Override
  public long dataVersion() {
    return watcher.dataVersion();
  }

  @Override
  public StoreStats stats() {
    return read(SqliteStore::stats);
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (SqliteStore s : all) {
      try {
        s.close();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    writer.close();
    if (failure != null) {
      throw failure;
    }
  }
}
