package org.readout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.nlp.StandardPipeline;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.Table;
import org.readout.store.sqlite.SqliteStore;
import org.readout.story.FeatureExtractor;
import org.readout.story.StoryFeatures;

/**
 * Turns read records into output rows inside a task, lazily: memory holds one batch of documents.
 * Each article goes through the JVM's {@link StandardPipeline}, loaded on the executor's first
 * document and shared by every task after it. A record that could not be read or analysed becomes
 * an error row, never a failed task. Each document also gives one {@value #STORY_INPUT} row, the
 * input of the story stage ({@link StoryStage}).
 *
 * <p>Design decision: the rows are made by the store's own code. Each batch of documents is written
 * to a scratch SQLite store on the task's local disk and read back with {@link
 * SqliteStore#scanTable}, the query behind {@code readout export}, then deleted. So the Spark
 * tables cannot drift from the export's (derived columns such as {@code outlet}, {@code day},
 * speaker names and evidence text included), at the price of a store write per document, small next
 * to extraction ({@code BENCHMARKS.md}: the store is about 7% of the time of extraction). The story
 * input takes its events from the same rows, as the store's deduplication reads them back.
 */
final class RecordExtraction implements Iterator<TaggedRow> {
  /** The tag of the story stage's input rows, one per document; never written as a table. */
  static final String STORY_INPUT = "_story_input";

  private static final DocumentQuery ALL =
      new DocumentQuery(DateRange.ALL, null, Integer.MAX_VALUE);

  private final Iterator<ReadRecord> records;
  private final JobSettings settings;
  private final Path scratch;
  private final FeatureExtractor features = new FeatureExtractor();
  private final ArrayDeque<TaggedRow> ready = new ArrayDeque<>();
  private final Map<String, Long> batchOrder = new LinkedHashMap<>();
  private final List<AnnotatedArticle> batch = new ArrayList<>();
  private int batches;
  private boolean closed;

  private RecordExtraction(Iterator<ReadRecord> records, JobSettings settings) throws IOException {
    this.records = records;
    this.settings = settings;
    this.scratch = Files.createTempDirectory("readout-task-");
  }

  /** The rows of one partition's records. */
  static Iterator<TaggedRow> rows(Iterator<ReadRecord> records, JobSettings settings) {
    try {
      RecordExtraction x = new RecordExtraction(records, settings);
      TaskEnd.onTaskEnd(x::close);
      return x;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a scratch folder", e);
    }
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (closed) {
        return false;
      }
      if (records.hasNext()) {
        take(records.next());
        if (batch.size() >= settings.batch()) {
          flush();
        }
      } else {
        flush();
        close();
      }
    }
    return true;
  }

  @Override
  public TaggedRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void take(ReadRecord in) {
    if (in.error() != null) {
      error(in.file(), in.id(), in.order(), in.error());
      return;
    }
    Article a = in.article();
    AnnotatedArticle doc;
    try {
      doc = StandardPipeline.load().pipeline().apply(a);
    } catch (RuntimeException | StackOverflowError e) {
      // One bad document must not fail the task; the error table names it.
      error(in.file(), in.id(), in.order(), a.id() + ": analysis failed: " + e);
      return;
    }
    if (batchOrder.containsKey(a.id())) {
      flush(); // One id twice in a batch: the store would keep one; keep both, the job picks.
    }
    batchOrder.put(a.id(), in.order());
    batch.add(doc);
  }

  private void error(String file, String record, long order, String reason) {
    ready.add(
        new TaggedRow(TaggedRow.ERRORS, record, order, RowFactory.create(file, record, reason)));
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    Path db = scratch.resolve("batch-" + batches++ + ".db");
    Map<String, List<List<@Nullable Object>>> events = new HashMap<>();
    Map<String, List<@Nullable Object>> documents = new HashMap<>();
    try (SqliteStore store = SqliteStore.openForBulkLoad(db)) {
      store.write(batch, settings.ingestedAt());
      for (Table t : OutputSchemas.TABLES) {
        store.scanTable(
            t,
            ALL,
            values -> {
              String document = String.valueOf(values.get(0)); // id, or the row's document
              ready.add(
                  new TaggedRow(
                      t.label(),
                      document,
                      batchOrder.getOrDefault(document, 0L),
                      RowFactory.create(values.toArray())));
              if (t == Table.DOCUMENTS) {
                documents.put(document, values);
              } else if (t == Table.EVENTS) {
                events.computeIfAbsent(document, k -> new ArrayList<>()).add(values);
              }
            });
      }
    }
    for (AnnotatedArticle doc : batch) {
      String id = doc.article().id();
      List<@Nullable Object> stored = documents.get(id);
      if (stored == null) {
        continue; // Not stored, so in no story (the store makes a story of every document).
      }
      StoryFeatures f = features.features(doc);
      StoryInput input = StoryInput.of(f, stored, events.getOrDefault(id, List.of()));
      ready.add(new TaggedRow(STORY_INPUT, id, batchOrder.get(id), RowFactory.create(input)));
    }
    deleteStore(db);
    batch.clear();
    batchOrder.clear();
  }

  private static void deleteStore(Path db) {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      try {
        Files.deleteIfExists(Path.of(db + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException(db + ": cannot delete the scratch store", e);
      }
    }
  }

  private synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (Stream<Path> left = Files.walk(scratch)) {
      for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(scratch + ": cannot delete scratch files", e);
    }
  }
}
