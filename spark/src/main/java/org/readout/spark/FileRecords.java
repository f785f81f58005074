package org.readout.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.Diagnostic;
import org.readout.ingest.IngestResult;

/**
 * Reads the records of one input file inside a task, lazily, with {@link ArticleReader} exactly as
 * {@code readout ingest} reads it: a file on a Hadoop file system is first copied to the task's
 * local disk, and its ids renamed back to its URI. Pages that are no article are left out (as in
 * ingest); a record that cannot be read is a failed {@link ReadRecord}, never a failed task.
 * Reading is cheap next to extraction, which runs in the next stage on every core.
 */
final class FileRecords implements Iterator<ReadRecord> {
  private final InputFile file;
  private final Path scratch;
  private final Stream<IngestResult> results;
  private final Iterator<IngestResult> inputs;
  private @Nullable ReadRecord next;
  private long record;
  private boolean closed;

  private FileRecords(InputFile file, JobSettings settings) throws IOException {
    this.file = file;
    this.scratch = Files.createTempDirectory("readout-read-");
    this.results = open(file, settings, scratch);
    this.inputs = results.iterator();
  }

  /** The records of every file of one partition, in file then record order. */
  static Iterator<ReadRecord> read(Iterator<InputFile> files, JobSettings settings) {
    return new Iterator<>() {
      private @Nullable FileRecords current;

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
      public ReadRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static FileRecords start(InputFile file, JobSettings settings) {
    try {
      FileRecords x = new FileRecords(file, settings);
      TaskEnd.onTaskEnd(x::close);
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
                rename(a.id(), from, to),
                a.title(),
                a.text(),
                a.date(),
                a.dateSource(),
                a.url(),
                a.outlet());
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
    while (next == null) {
      if (closed) {
        return false;
      }
      if (!inputs.hasNext()) {
        close();
        return false;
      }
      IngestResult in = inputs.next();
      long order = TaggedRow.order(file.index(), record++);
      if (in.skipped()) {
        continue; // No article by design (a listing page, a redirect): counted nowhere.
      }
      Article a = in.article();
      next =
          a == null
              ? ReadRecord.failed(file.path(), order, in.id(), String.valueOf(in.error()))
              : ReadRecord.of(file.path(), order, a);
    }
    return true;
  }

  @Override
  public ReadRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadRecord r = next;
    next = null;
    return r;
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
