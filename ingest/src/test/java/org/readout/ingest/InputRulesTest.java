package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input bullets of issue 13: sniffing, JSONL fields, symbolic links, special files, gzip. */
class InputRulesTest {
  @TempDir Path dir;

  private static List<IngestResult> read(Path path, ReadOptions options) {
    try (Stream<IngestResult> results = new ArticleReader().read(path, options)) {
      return results.toList();
    }
  }

  private static List<IngestResult> read(Path path) {
    return read(path, ReadOptions.defaults());
  }

  // --- JSON Lines -------------------------------------------------------------------------------

  @Test
  void jsonLinesWithoutAJsonlNameAreSniffedWithAWarning() throws IOException {
    Path noExtension = dir.resolve("batch");
    Path txt = dir.resolve("batch.txt");
    String lines =
        "{\"id\":\"a\",\"text\":\"First story.\"}\n{\"id\":\"b\",\"text\":\"Second.\"}\n";
    Files.writeString(noExtension, lines);
    Files.writeString(txt, lines);

    for (Path file : List.of(noExtension, txt)) {
      List<IngestResult> results = read(file);
      assertThat(results).extracting(IngestResult::id).containsExactly("a", "b");
      assertThat(results.get(0).warnings())
          .singleElement()
          .satisfies(d -> assertThat(d.message()).startsWith(file + ": read as JSON Lines"));
      assertThat(results.get(1).diagnostics()).isEmpty();
    }
  }

  @Test
  void nonStringTextIsRefusedNamingTheField() throws IOException {
    Path file = dir.resolve("typed.jsonl");
    Files.writeString(file, "{\"id\":\"n\",\"text\":12345}\n{\"id\":\"t\",\"text\":true}\n");

    List<IngestResult> results = read(file);

    assertThat(results)
        .extracting(IngestResult::error)
        .containsExactly(
            file + " line 1 (n): field \"text\" must be a string, not number",
            file + " line 2 (t): field \"text\" must be a string, not boolean");
  }

  @Test
  void duplicateIdsAreWarnedNamingBothLines() throws IOException {
    Path file = dir.resolve("dup.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n{\"id\":\"x\",\"text\":\"Three.\"}\n");

    List<IngestResult> results = read(file);

    assertThat(results).allMatch(IngestResult::ok);
    assertThat(results.get(0).diagnostics()).isEmpty();
    assertThat(results.get(2).warnings())
        .extracting(Diagnostic::message)
        .containsExactly(file + " line 3 (x): duplicate id \"x\" (first on line 1)");
  }

  @Test
  void unreadableDateAndMistypedFieldsAreWarningsNamingDocumentAndField() throws IOException {
    Path file = dir.resolve("dates.jsonl");
    Files.writeString(
        file, "{\"id\":\"w\",\"text\":\"Rain.\",\"date\":\"yesterday\",\"title\":7}\n");

    IngestResult result = read(file).get(0);

    assertThat(result.ok()).isTrue();
    assertThat(result.warnings())
        .extracting(Diagnostic::message)
        .containsExactly(
            file + " line 1 (w): field \"date\": unreadable date \"yesterday\" on line 1 (ignored)",
            file + " line 1 (w): field \"title\" is not a string (number): ignored");
  }

  // --- Links and special files ------------------------------------------------------------------

  @Test
  void aLinkedFolderGivenAsPathIsRead() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("a.txt"), "A story.");
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);

    // Before: no output at all, exit 0.
    assertThat(read(link)).extracting(r -> r.article().text()).containsExactly("A story.");
    assertThat(read(Path.of(link + "/")))
        .extracting(r -> r.article().text())
        .containsExactly("A story.");
  }

  @Test
  void linksInsideFoldersAreFollowedAndLoopsAndBrokenLinksReported() throws IOException {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("b.txt"), "B story.");
    Files.writeString(root.resolve("a.txt"), "A story.");
    Files.createSymbolicLink(root.resolve("linked"), other);
    Files.createSymbolicLink(root.resolve("loop"), root);
    Files.createSymbolicLink(root.resolve("broken.txt"), dir.resolve("gone.txt"));

    List<IngestResult> results = read(root);

    assertThat(results)
        .extracting(IngestResult::id)
        .containsExactly(
            root.resolve("a.txt").toString(),
            root.resolve("broken.txt").toString(),
            root.resolve("linked/b.txt").toString(),
            root.resolve("loop").toString());
    assertThat(results.get(1).skipReason()).isEqualTo(SkipReason.BROKEN_LINK);
    assertThat(results.get(1).warnings().get(0).message())
        .isEqualTo(
            root.resolve("broken.txt")
                + " -> "
                + dir.resolve("gone.txt")
                + ": skipped: broken symbolic link");
    assertThat(results.get(2).article().text()).isEqualTo("B story.");
    assertThat(results.get(3).skipReason()).isEqualTo(SkipReason.LINK_LOOP);
    assertThat(results.get(3).error()).isNull();
  }

  @Test
  void fifosAndSocketsInFoldersAreReportedNotSilentlyDropped() throws Exception {
    Path root = Files.createDirectories(dir.resolve("special"));
    Files.writeString(root.resolve("a.txt"), "A story.");
    Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe").toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      socket.bind(UnixDomainSocketAddress.of(root.resolve("sock")));

      List<IngestResult> results = read(root);

      assertThat(results)
          .extracting(IngestResult::id)
          .containsExactly(
              root.resolve("a.txt").toString(),
              root.resolve("pipe").toString(),
              root.resolve("sock").toString());
      assertThat(results.subList(1, 3))
          .allSatisfy(
              r -> {
                assertThat(r.skipReason()).isEqualTo(SkipReason.NOT_A_FILE);
                assertThat(r.warnings().get(0).message()).endsWith(": skipped: not a regular file");
              });
    }
  }

  @Test
  void aFifoNamedAsPathIsReadOnce() throws Exception {
    Path fifo = dir.resolve("named.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, "A story through a pipe.");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();

    List<IngestResult> results = read(fifo);

    writer.join(10_000);
    assertThat(results)
        .extracting(r -> r.article().text())
        .containsExactly("A story through a pipe.");
  }

  @Test
  void aBrokenLinkGivenAsPathSaysSo() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere"));

    assertThat(read(link))
        .extracting(IngestResult::error)
        .containsExactly(link + ": broken symbolic link");
  }

  // --- Laziness --------------------------------------------------------------------------------

  @Test
  void readAllOpensInputsOneAfterAnotherWithoutBufferingAWholeFile() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A story.");
    String line = "{\"text\":\"" + "word ".repeat(200) + "\"}\n";
    long[] served = {0};
    java.io.InputStream stdin =
        new java.io.ByteArrayInputStream(line.repeat(5000).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            served[0] += Math.max(n, 0);
            return n;
          }
        };

    try (Stream<IngestResult> all =
        new ArticleReader()
            .readAll(
                List.of(dir.resolve("a.txt").toString(), "-"), stdin, ReadOptions.defaults())) {
      java.util.Iterator<IngestResult> it = all.iterator();
      assertThat(it.next().article().text()).isEqualTo("A story.");
      assertThat(served[0]).isZero(); // standard input is not touched before it is reached
      assertThat(it.next().ok()).isTrue();
      // Paths.stream().flatMap(...).iterator() would have read all 5 MB here.
      assertThat(served[0]).isLessThan(200_000);
    }
  }

  // --- gzip -------------------------------------------------------------------------------------

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void gzFilesAreReadByTheirInnerName() throws IOException {
    Files.write(dir.resolve("a.txt.gz"), gzip("A story.".getBytes(StandardCharsets.UTF_8)));
    Files.write(dir.resolve("b.html.gz"), gzip("<p>B story.</p>".getBytes(StandardCharsets.UTF_8)));
    Files.write(
        dir.resolve("c.jsonl.gz"),
        gzip(
            "{\"id\":\"c1\",\"text\":\"C one.\"}\n{\"id\":\"c2\",\"text\":\"C two.\"}\n"
                .getBytes(StandardCharsets.UTF_8)));

    assertThat(read(dir))
        .extracting(r -> r.article().text())
        .containsExactly("A story.", "B story.", "C one.", "C two.");
  }

  @Test
  void aGzipBombIsRefusedNotInflated() throws IOException {
    byte[] zeros = new byte[200 << 20]; // 200 MiB of NUL bytes: about 200 KB of gzip.
    Path bomb = dir.resolve("bomb.txt.gz");
    Files.write(bomb, gzip(zeros));

    List<IngestResult> results = read(bomb);

    assertThat(results)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.error())
                    .isEqualTo(
                        bomb
                            + ": gzip member at offset 0 inflates more than 100 times its size (a gzip bomb?): refused"));
  }

  @Test
  void aGzFileOverTheDecompressedBoundOrTruncatedIsAnError() throws IOException {
    byte[] story = "A story that goes on. ".repeat(100).getBytes(StandardCharsets.UTF_8);
    Path big = dir.resolve("big.txt.gz");
    Files.write(big, gzip(story));
    byte[] whole = gzip(story);
    Path cut = dir.resolve("cut.txt.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 12));

    assertThat(read(big, ReadOptions.defaults().withMaxBytes(1000)).get(0).error())
        .isEqualTo(big + ": decompresses to more than the 1000-byte limit");
    assertThat(read(cut).get(0).error()).isEqualTo(cut + ": truncated gzip member at offset 0");
  }
}
