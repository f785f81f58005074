package org.readout.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads files, folders and standard input into {@link IngestResult}s, one per document (one per
 * line for JSON Lines). Bad data never throws: it yields a result with an error {@link Diagnostic},
 * and reading goes on.
 *
 * <p>Formats are chosen by extension: {@code .txt}, {@code .text} or none → plain text; {@code
 * .html}, {@code .htm}, {@code .xhtml} → HTML; {@code .jsonl}, {@code .ndjson} → JSON Lines;
 * anything else is sniffed from its first non-blank character (<code>{</code> → JSON Lines, <code>
 * &lt;</code> → HTML, else text).
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
   * Reads a file, or every non-hidden file under a folder (recursively, in sorted path order). Ids
   * are paths as given: relative when {@code path} is relative. A missing path yields one error
   * result.
   */
  public Stream<IngestResult> read(Path path, ReadOptions options) {
    String id = path.toString();
    if (!Files.exists(path)) {
      return Stream.of(IngestResult.failed(id, id + ": no such file or directory"));
    }
    if (!Files.isDirectory(path)) {
      return readFile(path, options);
    }
    List<Path> files;
    try {
      files = listFiles(path);
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(IngestResult.failed(id, id + ": cannot list folder: " + e.getMessage()));
    }
    return files.stream().flatMap(file -> readFile(file, options));
  }

  /**
   * Reads one document, or JSON Lines, from {@code in}, sniffing the format from its first
   * non-blank character. The id is {@value #STDIN_ID} ({@code -:N} for line N of JSON Lines). Does
   * not close {@code in}.
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
    Format format = Format.byName(file.getFileName() == null ? "" : file.getFileName().toString());
    try {
      if (format == Format.JSONL) {
        return lines(new JsonLines(Files.newInputStream(file), id, id, options));
      }
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        return Stream.of(tooLarge(id, id, size, options));
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > options.maxBytes()) { // The file grew after Files.size.
        return Stream.of(tooLarge(id, id, bytes.length, options));
      }
      if (format == Format.UNKNOWN) {
        format = Format.sniff(bytes, bytes.length);
        if (format == Format.JSONL) {
          return lines(new JsonLines(new ByteArrayInputStream(bytes), id, id, options));
        }
      }
      return Stream.of(parse(format, id, id, bytes, options));
    } catch (NoSuchFileException e) {
      return Stream.of(IngestResult.failed(id, id + ": no such file or directory"));
    } catch (IOException e) {
      return Stream.of(failedRead(id, id, e));
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
    Spliterator<IngestResult> split =
        Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false)
        .onClose(
            () -> {
              try {
                lines.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Regular files under {@code root}, sorted by path, skipping hidden files and folders (names
   * starting ".") and the documentation that travels with a folder of articles ({@code README*},
   * {@code *.md}), which is no article.
   */
  private static List<Path> listFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // Files.isRegularFile follows a symbolic link to a file; sockets and devices are
            // skipped.
            if (!isHidden(file)
                && !isFolderDocumentation(file)
                && (attrs.isRegularFile() || Files.isRegularFile(file))) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // Listed anyway: reading it fails again and yields that entry's error result, in order.
            if (!isHidden(file)) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return files;
  }

  private static boolean isFolderDocumentation(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith("README") || name.endsWith(".md");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
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
