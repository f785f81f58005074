package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
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

/** JSON Lines input through {@link ArticleReader} (issue 2). */
class JsonLinesTest {
  @TempDir Path dir;
  private final ArticleReader reader = new ArticleReader();

  private List<IngestResult> readFile(String content, ReadOptions options) throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, content);
    try (Stream<IngestResult> results = reader.read(file, options)) {
      return results.toList();
    }
  }

  @Test
  void readsEveryFieldOfAGoodLine() throws IOException {
    String line =
        "{\"id\":\"w1\",\"title\":\"Storm\",\"date\":\"2025-02-03\",\"url\":\"https://x.example/s\","
            + "\"text\":\"ROME, February 2, 2025 — Rain.\\r\\nMore rain.\"}\n";

    List<IngestResult> results = readFile(line, ReadOptions.defaults());

    assertThat(results).hasSize(1);
    Article a = results.get(0).article();
    assertThat(results.get(0).id()).isEqualTo("w1");
    assertThat(a.id()).isEqualTo("w1");
    assertThat(a.title()).isEqualTo("Storm");
    assertThat(a.text()).isEqualTo("ROME, February 2, 2025 — Rain.\nMore rain.");
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 2, 3)); // metadata beats the dateline
    assertThat(a.dateSource()).isEqualTo(DateSource.METADATA);
    assertThat(a.url()).isEqualTo("https://x.example/s");
  }

  @Test
  void sourceNamesTheOutletAndIsAbsentWhenNotGiven() throws IOException {
    String content =
        """
        {"id":"o1","source":"Harbour Gazette","url":"https://hg.example/a","text":"Ferries resumed."}
        {"id":"o2","url":"https://hg.example/b","text":"Ferries stopped."}
        """;

    List<IngestResult> results = readFile(content, ReadOptions.defaults());

    assertThat(results)
        .extracting(r -> r.article().outlet())
        .containsExactly("Harbour Gazette", null);
  }

  @Test
  void malformedLineInTheMiddleFailsAloneAndIdsDefaultToFileAndLine() throws IOException {
    String content =
        """
        {"text":"First story."}

        {"text": "broken
        {"text":"Third story.","date":"2025-07-01T23:30:00-05:00"}
        """;
    Path file = dir.resolve("batch.jsonl");

    List<IngestResult> results = readFile(content, ReadOptions.defaults());

    assertThat(results).hasSize(3);
    assertThat(results.get(0).id()).isEqualTo(file + ":1");
    assertThat(results.get(0).article().text()).isEqualTo("First story.");
    assertThat(results.get(1).id()).isEqualTo(file + ":3");
    assertThat(results.get(1).article()).isNull();
    assertThat(results.get(1).error()).startsWith(file + ": malformed JSON on line 3: ");
    assertThat(results.get(2).id()).isEqualTo(file + ":4");
    assertThat(results.get(2).article().date()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void reportsMissingTextNonObjectsTrailingGarbageAndEmptyText() throws IOException {
    String content =
        """
        {"id":"a"}
        [1,2]
        {"text":"x"} extra
        {"id":"d","text":"  "}
        {"text":"ab\\u0000"}
        """;

    List<IngestResult> results = readFile(content, ReadOptions.defaults());

    assertThat(results).extracting(IngestResult::error).allSatisfy(e -> assertThat(e).isNotNull());
    assertThat(results.get(0).id()).isEqualTo("a");
    assertThat(results.get(0).error()).endsWith("no \"text\" field on line 1");
    assertThat(results.get(1).error()).endsWith("malformed JSON on line 2: expected an object");
    assertThat(results.get(2).error()).contains("malformed JSON on line 3");
    assertThat(results.get(3).error()).endsWith("line 4 (d): empty document");
    assertThat(results.get(4).error())
        .endsWith("binary content (NUL character at offset 2 of \"text\") on line 5");
  }

  @Test
  void unreadableDateIsAWarningAndTheDatelineOrDefaultIsUsed() throws IOException {
    String content = "{\"text\":\"Quiet day.\",\"date\":\"yesterday\"}\n";
    ReadOptions options = ReadOptions.defaults().withDefaultDate(LocalDate.of(2024, 5, 1));

    IngestResult r = readFile(content, options).get(0);

    assertThat(r.ok()).isTrue();
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
              assertThat(d.message()).contains("unreadable date \"yesterday\" on line 1");
            });
    assertThat(r.article().dateSource()).isEqualTo(DateSource.GIVEN);
  }

  @Test
  void overlongLineFailsAloneWithItsSize() throws IOException {
    String longLine = "{\"text\":\"" + "x".repeat(500) + "\"}";
    String content = "{\"text\":\"ok\"}\n" + longLine + "\n{\"text\":\"after\"}";

    List<IngestResult> results = readFile(content, ReadOptions.defaults().withMaxBytes(100));

    assertThat(results).hasSize(3);
    assertThat(results.get(1).error())
        .endsWith("line 2 is larger than the 100-byte limit (" + longLine.length() + " bytes)");
    assertThat(results.get(2).article().text()).isEqualTo("after");
  }

  @Test
  void invalidUtf8OrNulInALineFailsThatLine() throws IOException {
    Path file = dir.resolve("bad.ndjson");
    byte[] good = "{\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    byte[] nul = {'{', 0, '}', '\n'};
    Files.write(file, concat(good, bad, nul, good));

    List<IngestResult> results;
    try (Stream<IngestResult> s = reader.read(file, ReadOptions.defaults())) {
      results = s.toList();
    }

    assertThat(results).extracting(IngestResult::ok).containsExactly(true, false, false, true);
    assertThat(results.get(1).error()).endsWith("not valid UTF-8 at byte 6 on line 2");
    assertThat(results.get(2).error()).endsWith("binary content (NUL bytes at offset 1) on line 3");
  }

  @Test
  void readsLazilyInInputOrder() {
    InputStream first =
        new ByteArrayInputStream("{\"text\":\"one\"}\n".getBytes(StandardCharsets.UTF_8));
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };

    List<IngestResult> results;
    try (Stream<IngestResult> s =
        reader.readStdin(new SequenceInputStream(first, failing), ReadOptions.defaults())) {
      results = s.limit(1).toList();
    }

    assertThat(results)
        .singleElement()
        .satisfies(r -> assertThat(r.article().text()).isEqualTo("one"));
  }

  @Test
  void readErrorMidStreamEndsWithAnErrorResult() {
    InputStream first =
        new ByteArrayInputStream("{\"text\":\"one\"}\n".getBytes(StandardCharsets.UTF_8));
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };

    List<IngestResult> results;
    try (Stream<IngestResult> s =
        reader.readStdin(new SequenceInputStream(first, failing), ReadOptions.defaults())) {
      results = s.toList();
    }

    assertThat(results).hasSize(2);
    assertThat(results.get(0).id()).isEqualTo("-:1");
    assertThat(results.get(1).error()).isEqualTo("stdin: read failed on line 2: disk gone");
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
