package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

/** Plain-text files, folders and the bad-input cases every format shares (issue 2). */
class ArticleReaderTextTest {
  private static final String STORY =
      """
      Ministers agree on river treaty

      LISBON, Portugal, June 3, 2025 (Readout Wire) \u2014 Portugal and Spain signed a treaty on Tuesday.

      "It is a good day for both banks," the minister said.
      """;

  @TempDir Path dir;
  private final ArticleReader reader = new ArticleReader();

  private List<IngestResult> read(Path path, ReadOptions options) {
    try (Stream<IngestResult> results = reader.read(path, options)) {
      return results.toList();
    }
  }

  private IngestResult readOne(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    List<IngestResult> results = read(file, ReadOptions.defaults());
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @Test
  void readsTextWithDatelineDateAndHeadlineTitle() throws IOException {
    IngestResult result = readOne("story.txt", STORY.getBytes(StandardCharsets.UTF_8));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.error()).isNull();
    Article article = result.article();
    assertThat(article).isNotNull();
    assertThat(article.text()).isEqualTo(STORY);
    assertThat(article.id()).isEqualTo(dir.resolve("story.txt").toString());
    assertThat(article.title()).isEqualTo("Ministers agree on river treaty");
    assertThat(article.date()).isEqualTo(LocalDate.of(2025, 6, 3));
    assertThat(article.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(article.url()).isNull();
  }

  @Test
  void normalizesCrLfAndCrToLfAndStripsByteOrderMark() throws IOException {
    String windows = STORY.replace("\n", "\r\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = windows.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);

    Article crlf = readOne("crlf.txt", bytes).article();
    Article cr =
        readOne("cr.txt", STORY.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)).article();

    assertThat(crlf.text()).isEqualTo(STORY);
    assertThat(cr.text()).isEqualTo(STORY);
    int quote = STORY.indexOf('"');
    assertThat(crlf.text().indexOf('"')).isEqualTo(quote);
  }

  @Test
  void usesDefaultDateOnlyWhenTheDocumentHasNone() throws IOException {
    Path undated = dir.resolve("undated.txt");
    Files.writeString(undated, "The council met again.\n");
    Path dated = dir.resolve("dated.txt");
    Files.writeString(dated, STORY);
    ReadOptions options = ReadOptions.defaults().withDefaultDate(LocalDate.of(2024, 1, 2));

    Article a = read(undated, options).get(0).article();
    Article b = read(dated, options).get(0).article();
    Article c = read(undated, ReadOptions.defaults()).get(0).article();

    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(a.dateSource()).isEqualTo(DateSource.GIVEN);
    assertThat(b.date()).isEqualTo(LocalDate.of(2025, 6, 3));
    assertThat(b.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(c.date()).isNull();
    assertThat(c.dateSource()).isEqualTo(DateSource.NONE);
    assertThat(c.title()).isNull();
  }

  @Test
  void rejectsEmptyAndWhitespaceOnlyDocuments() throws IOException {
    IngestResult empty = readOne("empty.txt", new byte[0]);
    IngestResult blank = readOne("blank.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8));
    IngestResult bomOnly = readOne("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    for (IngestResult r : List.of(empty, blank, bomOnly)) {
      assertThat(r.article()).isNull();
      assertThat(r.ok()).isFalse();
      assertThat(r.error()).endsWith(": empty document").startsWith(dir.toString());
    }
  }

  @Test
  void rejectsBinaryContentNamingTheFirstNulOffset() throws IOException {
    byte[] bytes = "0123456789AB\0\0tail".getBytes(StandardCharsets.UTF_8);

    IngestResult result = readOne("image.txt", bytes);

    assertThat(result.article()).isNull();
    assertThat(result.error())
        .isEqualTo(dir.resolve("image.txt") + ": binary content (NUL bytes at offset 12)");
  }

  @Test
  void readsInvalidUtf8AsWindows1252WithAWarningNamingTheByteOffset() throws IOException {
    // Issue 13: cp1252 text was refused as "not valid UTF-8".
    byte[] bytes = "Caf\u00e9 au lait \u2014 \u20ac5".getBytes(TextDecoder.WINDOWS_1252);

    IngestResult result = readOne("latin1.txt", bytes);

    assertThat(result.article().text()).isEqualTo("Caf\u00e9 au lait \u2014 \u20ac5");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "warning: "
                + dir.resolve("latin1.txt")
                + ": not valid UTF-8 at byte 3: read as windows-1252");
  }

  @Test
  void keepsUtf8WithReplacementWhenValidUtf8CameBeforeTheBadByte() throws IOException {
    byte[] head = "Caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xE2; // A sequence cut short at the end of the file.
    bytes[head.length + 1] = (byte) 0x80;

    IngestResult result = readOne("cut.txt", bytes);

    assertThat(result.article().text()).startsWith("Caf\u00e9 ").endsWith("\uFFFD");
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .endsWith("not valid UTF-8 at byte 6: bad bytes replaced by U+FFFD"));
  }

  @Test
  void refusesInvalidUtf8WithControlBytesAsNeitherUtf8NorWindows1252() throws IOException {
    byte[] bytes = {'a', (byte) 0xE9, 0x01, 'b'};

    assertThat(readOne("junk.txt", bytes).error()).endsWith("not valid UTF-8 at byte 1");
  }

  @Test
  void rejectsDocumentsOverTheSizeLimitWithoutReadingThem() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "a".repeat(2048));

    List<IngestResult> results = read(big, ReadOptions.defaults().withMaxBytes(1000));

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.article()).isNull();
              assertThat(r.error())
                  .isEqualTo(big + ": larger than the 1000-byte limit (2048 bytes)");
            });
  }

  @Test
  void missingPathGivesOneErrorResult() {
    Path missing = dir.resolve("nope/missing.txt");

    List<IngestResult> results = read(missing, ReadOptions.defaults());

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(missing.toString());
              assertThat(r.error()).isEqualTo(missing + ": no such file or directory");
            });
  }

  @Test
  void readsFolderRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/inner/z.txt"), "Zeta story.");
    Files.writeString(dir.resolve("b/a.txt"), "Alpha story.");
    Files.writeString(dir.resolve("c"), "Gamma story without extension.");
    Files.writeString(dir.resolve("a.html"), "<p>Html story.</p>");
    Files.writeString(dir.resolve(".hidden.txt"), "secret");
    Files.writeString(dir.resolve(".git/config.txt"), "secret");

    List<IngestResult> results = read(dir, ReadOptions.defaults());

    assertThat(results)
        .extracting(IngestResult::id)
        .containsExactly(
            dir.resolve("a.html").toString(), dir.resolve("b/a.txt").toString(),
            dir.resolve("b/inner/z.txt").toString(), dir.resolve("c").toString());
    assertThat(results)
        .extracting(r -> r.article().text())
        .containsExactly(
            "Html story.", "Alpha story.", "Zeta story.", "Gamma story without extension.");
  }

  @Test
  void sniffsUnknownExtensions() throws IOException {
    Files.writeString(dir.resolve("page.php"), "  <html><body><p>From PHP.</p></body></html>");
    Files.writeString(dir.resolve("feed.log"), "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
    Files.writeString(dir.resolve("notes.rst"), "Notes\n\nPlain words.");

    List<IngestResult> results = read(dir, ReadOptions.defaults());

    assertThat(results)
        .extracting(r -> r.article().text())
        .containsExactly("One.", "Two.", "Notes\n\nPlain words.", "From PHP.");
  }

  @Test
  void folderDocumentationIsNoArticle() throws IOException {
    Files.writeString(dir.resolve("README.md"), "# What these articles exercise");
    Files.writeString(dir.resolve("notes.md"), "# Notes");
    Files.writeString(dir.resolve("story.txt"), "A story.");

    assertThat(read(dir, ReadOptions.defaults()))
        .extracting(IngestResult::id)
        .containsExactly(dir.resolve("story.txt").toString());
    // Named on its own, a Markdown file is still read.
    assertThat(read(dir.resolve("notes.md"), ReadOptions.defaults()))
        .extracting(r -> r.article().text())
        .containsExactly("# Notes");
  }

  @Test
  void idsStayRelativeWhenThePathIsRelative() throws IOException {
    Path relativeDir = Path.of("target-ingest-relative-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(relativeDir);
      Files.writeString(relativeDir.resolve("one.txt"), "A story.");
      List<IngestResult> results = read(relativeDir, ReadOptions.defaults());
      assertThat(results)
          .extracting(IngestResult::id)
          .containsExactly(relativeDir.resolve("one.txt").toString());
      assertThat(results.get(0).id()).doesNotStartWith("/");
    } finally {
      Files.deleteIfExists(relativeDir.resolve("one.txt"));
      Files.deleteIfExists(relativeDir);
    }
  }
}
