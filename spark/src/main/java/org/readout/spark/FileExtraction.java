package org.readout.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.TaskCompletionListener;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.Diagnostic;
import org.readout.ingest.IngestResult;
import org.readout.nlp.StandardPipeline;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.Table;
import org.readout.store.sqlite.SqliteStore;

/**
 * Reads one input file inside a task and turns it into output rows, lazily: memory holds one
 * record's payload and one batch of documents, whatever the file's size. The file is read with
 * {@link ArticleReader}, exactly as {@code readout ingest} reads it (a file on a Hadoop file system
 * is first copied to the task's local disk, and its ids renamed back to its URI); each article goes
 * through the JVM's {@link StandardPipeline}, loaded on the executor's first document and shared by
 * every task after it. A record that cannot be read or analysed becomes an error row, never a
 * failed task.
 *
 * <p>Design decision: the rows are made by the store's own code. Each batch of documents is written
 * to a scratch SQLite store on the task's local disk and read back with {@link
 * SqliteStore#scanTable}, the query behind {@code readout export}, then deleted. So the Spark
 * tables cannot drift from the export's (derived columns such as {@code outlet}, {@code day},
 * speaker names and evidence text included), at the price of a store write per document, small next
 * to extraction ({@code BENCHMARKS.md}: the store is about 7% of the time of extraction).
 */
final class FileExtraction implements Iterator<TaggedRow> {
  private static final DocumentQuery ALL =
      new DocumentQuery(DateRange.ALL, null, Integer.MAX_VALUE);

  private final InputFile file;
  private final JobSettings settings;
  private final Path scratch;
  private final Stream<IngestResult> results;
  private final Iterator<IngestResult> inputs;
  private final ArrayDeque<TaggedRow> ready = new ArrayDeque<>();
  private final Map<String, Long> batchOrder = new LinkedHashMap<>();
  private final List<AnnotatedArticle> batch = new ArrayList<>();
  private long record;
  private int batches;
  private boolean closed;

  private FileExtraction(InputFile file, JobSettings settings) throws IOException {
    this.file = file;
    this.settings = settings;
    this.scratch = Files.createTempDirectory("readout-task-");
    this.results = open(file, settings, scratch);
    this.inputs = results.iterator();
  }

  /** The rows of every file of one partition (one file, as the job lays out its partitions). */
  static Iterator<TaggedRow> rows(Iterator<InputFile> files, JobSettings settings) {
    return new Iterator<>() {
      private @Nullable FileExtraction current;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (!files.hasNext()) {
            return false;
          }
          current = start(files.next(), settings);
        }
        return true;
      }

      @Override
      public TaggedRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static FileExtraction start(InputFile file, JobSettings settings) {
    try {
      FileExtraction x = new FileExtraction(file, settings);
      TaskContext task = TaskContext.get();
      if (task != null) {
        // A task that fails or is cut short (a limit() downstream) still removes its scratch files.
        task.addTaskCompletionListener(
            new TaskCompletionListener() {
              @Override
              public void onTaskCompletion(TaskContext context) {
                x.close();
              }
            });
      }
      return x;
    } catch (IOException e) {
      throw new UncheckedIOException(file.path() + ": cannot start reading", e);
    }
  }

  /** Results of the file, with ids as {@code readout ingest} gives them for this path. */
  private static Stream<IngestResult> open(InputFile file, JobSettings settings, Path scratch)
      throws IOException {
    ArticleReader reader = new ArticleReader();
    if (file.local()) {
      return reader.read(file.localPath(), settings.readOptions());
    }
    Configuration conf = new Configuration(false);
    settings.hadoop().forEach(conf::set);
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file.path());
    Path copy = scratch.resolve(InputFile.fileName(file.path()));
    try (FileSystem fs = FileSystem.newInstance(remote.toUri(), conf);
        InputStream in = fs.open(remote)) {
      // A whole local copy: the readers stream it like any local file (CC-NEWS files are ~1 GB).
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      return Stream.of(IngestResult.failed(file.path(), file.path() + ": cannot read: " + e));
    }
    String local = copy.toString();
    return reader.read(copy, settings.readOptions()).map(r -> renamed(r, local, file.path()));
  }

  /** The result with {@code from} (the local copy's path) replaced by {@code to} (its URI). */
  static IngestResult renamed(IngestResult r, String from, String to) {
    Article a = r.article();
    Article article =
        a == null
            ? null
            : new Article(
                rename(a.id(), from, to), a.title(), a.text(), a.date(), a.dateSource(), a.url());
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) {
      diagnostics.add(new Diagnostic(d.severity(), d.message().replace(from, to)));
    }
    return new IngestResult(rename(r.id(), from, to), article, diagnostics, r.skipReason());
  }

  private static String rename(String id, String from, String to) {
    return id.startsWith(from) ? to + id.substring(from.length()) : id;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (closed) {
        return false;
      }
      if (inputs.hasNext()) {
        take(inputs.next());
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

  private void take(IngestResult in) {
    long order = TaggedRow.order(file.index(), record++);
    if (in.skipped()) {
      return; // No article by design (a listing page, a redirect): counted nowhere, as in ingest.
    }
    Article a = in.article();
    if (a == null) {
      error(in.id(), order, String.valueOf(in.error()));
      return;
    }
    AnnotatedArticle doc;
    try {
      doc = StandardPipeline.load().pipeline().apply(a);
    } catch (RuntimeException | StackOverflowError e) {
      // One bad document must not fail the task; the error table names it.
      error(in.id(), order, a.id() + ": analysis failed: " + e);
      return;
    }
    if (batchOrder.containsKey(a.id())) {
      flush(); // One id twice in a batch: the store would keep one; keep both, the job picks.
    }
    batchOrder.put(a.id(), order);
    batch.add(doc);
  }

  private void error(String record, long order, String reason) {
    ready.add(
        new TaggedRow(
            TaggedRow.ERRORS, record, order, RowFactory.create(file.path(), record, reason)));
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    Path db = scratch.resolve("batch-" + batches++ + ".db");
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
            });
      }
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
    results.close();
    try (Stream<Path> left = Files.walk(scratch)) {
      for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(scratch + ": cannot delete scratch files", e);
    }
  }
}
