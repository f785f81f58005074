package org.readout.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.readout.ingest.internal.GzipMembers;
import org.readout.ingest.rss.FeedReader;
import org.readout.ingest.warc.WarcFileReader;

/**
 * Reads files, folders and standard input into {@link IngestResult}s, one per document (one per
 * line for JSON Lines, per item for feeds, per HTML response for WARC files). Bad data never
 * throws: it yields a result with an error {@link Diagnostic}, and reading goes on. Inputs that are
 * no article (a listing page in a WARC file, a FIFO in a folder) yield a skipped result ({@link
 * IngestResult#skipReason()}).
 *
 * <p>Formats are chosen by extension where it names one: {@code .txt}, {@code .text} or none →
 * plain text; {@code .html}, {@code .htm}, {@code .xhtml} → HTML; {@code .jsonl}, {@code .ndjson} →
 * JSON Lines; {@code .rss}, {@code .atom} → feed ({@link FeedReader}); {@code .warc}, {@code
 * .warc.gz} → WARC ({@link WarcFileReader}); any other {@code .gz} is decompressed (bounded) and
 * read by its inner name. Otherwise the content decides ({@link Format#choose}): {@code WARC/} →
 * WARC, an {@code rss}/{@code feed}/{@code rdf:RDF} root → feed, <code>{</code> → JSON Lines (for
 * text names: a first line that is a JSON object), <code>&lt;</code> → HTML, else text; a guessed
 * JSON Lines or feed format comes with a warning on the file's first result. {@code docs/inputs.md}
 * has the whole set of rules.
 *
 * <p>The returned streams are lazy and may hold an open file: close them (try-with-resources) when
 * not read to the end. Stateless and thread-safe.
 */
public final class ArticleReader {
  /** The id of a document read from standard input. */
  public static final String STDIN_ID = "-";

  private static final String STDIN_NAME = "stdin";

  /** How far to look for the first non-blank character when sniffing standard input. */
  private static final int SNIFF_BYTES = 1 << 16;

  /**
   * Reads a file, or every non-hidden file under a folder (recursively, following links, in sorted
   * path order). Ids are paths as given: relative when {@code path} is relative. A missing path
   * yields one error result; a path in a folder that is no file, one skipped result.
   */
  public Stream<IngestResult> read(Path path, ReadOptions options) {
    String id = path.toString();
    if (!Files.exists(path)) {
      return Stream.of(
          IngestResult.failed(
              id,
              Files.isSymbolicLink(path)
                  ? id + ": broken symbolic link"
                  : id + ": no such file or directory"));
    }
    if (!Files.isDirectory(path)) {
      return readFile(path, options);
    }
    List<FolderWalker.Entry> entries;
    try {
      entries = FolderWalker.list(path);
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(IngestResult.failed(id, id + ": cannot list folder: " + e.getMessage()));
    }
    return ResultChain.of(
        entries.stream()
            .<Supplier<Stream<IngestResult>>>map(
                e ->
                    () ->
                        e.skip() == null
                            ? readFile(e.path(), options)
                            : Stream.of(
                                IngestResult.skipped(
                                    e.path().toString(), e.skip(), FolderWalker.message(e))))
            .iterator());
  }

  /**
   * Reads every input in order, {@code -} being {@code stdin}: the lazy way to read many paths
   * (each file is opened when the one before it is used up). Prefer it to {@code
   * paths.stream().flatMap(...)}, which on JDK 17 buffers each file's results whole when read
   * through an iterator.
   */
  public Stream<IngestResult> readAll(List<String> paths, InputStream stdin, ReadOptions options) {
    return ResultChain.of(
        paths.stream()
            .<Supplier<Stream<IngestResult>>>map(
                p -> () -> p.equals("-") ? readStdin(stdin, options) : read(Path.of(p), options))
            .iterator());
  }

  /**
   * Reads one document, JSON Lines or a feed from {@code in}, sniffing the format from its first
   * non-blank character (and, for markup, its root element). The id is {@value #STDIN_ID} ({@code
   * -:N} for line N of JSON Lines). Does not close {@code in}.
   */
  public Stream<IngestResult> readStdin(InputStream in, ReadOptions options) {
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
    Format format;
    try {
      format = sniff(buffered);
    } catch (IOException e) {
      return Stream.of(failedRead(STDIN_ID, STDIN_NAME, e));
    }
    if (format == Format.JSONL) {
      return lines(new JsonLines(new UnclosedInputStream(buffered), STDIN_ID, STDIN_NAME, options));
    }
    try {
      byte[] bytes = buffered.readNBytes((int) options.maxBytes() + 1);
      if (bytes.length > options.maxBytes()) {
        long total = bytes.length + buffered.transferTo(OutputStream.nullOutputStream());
        return Stream.of(tooLarge(STDIN_ID, STDIN_NAME, total, options));
      }
      if (format == Format.HTML && Format.isFeed(bytes, bytes.length)) {
        return FeedReader.read(bytes, STDIN_ID, STDIN_NAME, options).stream();
      }
      return Stream.of(parse(format, STDIN_ID, STDIN_NAME, bytes, options));
    } catch (IOException e) {
      return Stream.of(failedRead(STDIN_ID, STDIN_NAME, e));
    }
  }

  /**
   * Sniffs the format from the first non-blank byte and rewinds. Reads no further than that byte,
   * so an interactive or slow standard input is not waited on, and a read error later on is
   * reported in order.
   */
  private static Format sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = new byte[SNIFF_BYTES];
    int length = 0;
    int b;
    while (length < SNIFF_BYTES && (b = in.read()) >= 0) {
      head[length++] = (byte) b;
      if (!Character.isWhitespace(b) && (length > 3 || (b & 0xFF) < 0xBB)) {
        break; // The first byte that is neither blank nor part of a byte-order mark decides.
      }
    }
    in.reset();
    return Format.sniff(head, length);
  }

  private Stream<IngestResult> readFile(Path file, ReadOptions options) {
    String id = file.toString();
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
    try {
      if (!Files.isRegularFile(file)) {
        return readPipe(file, fileName, options);
      }
      byte[] head = head(file);
      boolean gzip =
          fileName.toLowerCase(Locale.ROOT).endsWith(".gz")
              && GzipMembers.isGzip(head, head.length);
      String innerName = gzip ? fileName.substring(0, fileName.length() - 3) : fileName;
      Format format =
          gzip
              ? Format.byName(innerName)
              : Format.choose(Format.byName(fileName), head, head.length);
      if (format == Format.WARC) {
        return WarcFileReader.read(file, id, options);
      }
      if (gzip) {
        return readGzip(file, id, innerName, format, options);
      }
      if (format == Format.JSONL) {
        return guessed(
            fileName,
            format,
            id,
            lines(new JsonLines(Files.newInputStream(file), id, id, options)));
      }
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        return Stream.of(tooLarge(id, id, size, options));
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > options.maxBytes()) { // The file grew after Files.size.
        return Stream.of(tooLarge(id, id, bytes.length, options));
      }
      return fromBytes(id, fileName, format, bytes, options);
    } catch (NoSuchFileException e) {
      return Stream.of(IngestResult.failed(id, id + ": no such file or directory"));
    } catch (IOException e) {
      return Stream.of(failedRead(id, id, e));
    }
  }

  /**
   * A pipe or device named as a path ({@code <(zcat a.txt.gz)}): read once, as it can be read only
   * once, up to {@link ReadOptions#maxBytes()}, and sniffed like standard input.
   */
  private Stream<IngestResult> readPipe(Path file, String fileName, ReadOptions options)
      throws IOException {
    String id = file.toString();
    byte[] bytes;
    long total;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) options.maxBytes() + 1);
      total =
          bytes.length
              + (bytes.length > options.maxBytes()
                  ? in.transferTo(OutputStream.nullOutputStream())
                  : 0);
    }
    if (bytes.length > options.maxBytes()) {
      return Stream.of(tooLarge(id, id, total, options));
    }
    Format format = Format.choose(Format.byName(fileName), bytes, bytes.length);
    return fromBytes(id, fileName, format == Format.WARC ? Format.TEXT : format, bytes, options);
  }

  /**
   * A {@code .gz} file other than WARC: JSON Lines stream through bounded decompression, anything
   * else is decompressed up to {@link ReadOptions#maxBytes()} and read by its inner name.
   */
  private Stream<IngestResult> readGzip(
      Path file, String id, String innerName, Format named, ReadOptions options)
      throws IOException {
    GzipMembers members =
        new GzipMembers(Files.newInputStream(file), options.maxDecompressedBytes());
    InputStream in = members.concatenated();
    if (named == Format.JSONL) {
      return lines(new JsonLines(in, id, id, options));
    }
    byte[] bytes;
    try (in) {
      bytes = in.readNBytes((int) options.maxBytes() + 1);
    } catch (IOException e) {
      return Stream.of(IngestResult.failed(id, id + ": " + e.getMessage()));
    }
    if (bytes.length > options.maxBytes()) {
      return Stream.of(
          IngestResult.failed(
              id, id + ": decompresses to more than the " + options.maxBytes() + "-byte limit"));
    }
    Format format = Format.choose(named, bytes, bytes.length);
    return fromBytes(id, innerName, format == Format.WARC ? Format.TEXT : format, bytes, options);
  }

  private static Stream<IngestResult> fromBytes(
      String id, String fileName, Format format, byte[] bytes, ReadOptions options) {
    Stream<IngestResult> results =
        switch (format) {
          case JSONL -> lines(new JsonLines(new ByteArrayInputStream(bytes), id, id, options));
          case FEED -> FeedReader.read(bytes, id, id, options).stream();
          default -> Stream.of(parse(format, id, id, bytes, options));
        };
    return guessed(fileName, format, id, results);
  }

  /** Adds a warning to the first result when the format was guessed from content. */
  private static Stream<IngestResult> guessed(
      String fileName, Format format, String name, Stream<IngestResult> results) {
    if (!Format.guessed(fileName, format)) {
      return results;
    }
    Diagnostic warning =
        Diagnostic.warning(
            name
                + ": read as "
                + (format == Format.JSONL ? "JSON Lines" : "a feed")
                + ", guessed from its content (its name does not say so)");
    boolean[] first = {true};
    return results.map(
        r -> {
          if (!first[0]) {
            return r;
          }
          first[0] = false;
          return r.withFirst(warning);
        });
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Format.SNIFF_BYTES);
    }
  }

  private static IngestResult parse(
      Format format, String id, String name, byte[] bytes, ReadOptions options) {
    if (bytes.length == TextDecoder.bomLength(bytes, 0, bytes.length)) {
      return IngestResult.failed(id, name + ": empty document");
    }
    return format == Format.HTML
        ? DocumentParser.html(id, name, bytes, bytes.length, options)
        : DocumentParser.text(id, name, bytes, bytes.length, options);
  }

  private static Stream<IngestResult> lines(JsonLines lines) {
    return stream(lines, lines);
  }

  /** A lazy, ordered stream over {@code results} that closes {@code resource} when closed. */
  static Stream<IngestResult> stream(Iterator<IngestResult> results, java.io.Closeable resource) {
    Spliterator<IngestResult> split =
        Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false)
        .onClose(
            () -> {
              try {
                resource.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static IngestResult tooLarge(String id, String name, long size, ReadOptions options) {
    return IngestResult.failed(
        id, name + ": larger than the " + options.maxBytes() + "-byte limit (" + size + " bytes)");
  }

  private static IngestResult failedRead(String id, String name, IOException e) {
    return IngestResult.failed(id, name + ": cannot read: " + e);
  }

  /** Keeps {@link JsonLines#close()} from closing the caller's standard input. */
  private static final class UnclosedInputStream extends java.io.FilterInputStream {
    UnclosedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
