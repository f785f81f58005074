package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;

/**
 * Arbitrary bytes saved as {@code .txt}, {@code .html} or {@code .jsonl} never make {@link
 * ArticleReader#read} throw: every result has an article or an error, and JSON Lines give one
 * result per non-blank line, in order.
 */
class ArticleReaderPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] MARKUP = {
    "<p>",
    "</p>",
    "<article>",
    "</article>",
    "<script>",
    "<meta charset=\"",
    "\">",
    "<title>",
    "<!--",
    "-->",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<br>",
    "<time datetime=\"",
    "{",
    "}",
    "\"text\":",
    "\"",
    ":",
    ","
  };

  @TempDir Path dir;

  @Test
  void arbitraryBytesInEveryFormatGiveResultsNotExceptions() {
    String[] extensions = {"txt", "html", "jsonl"};
    int[] file = {0};
    RandomCheck.forAll(
        "arbitrary files read without throwing",
        150,
        r -> new Input(extensions[r.nextInt(extensions.length)], bytes(r)),
        in -> {
          Path path = dir.resolve("doc" + file[0]++ + "." + in.extension());
          write(path, in.bytes());
          List<IngestResult> results = readAll(path);
          // JSON Lines with no non-blank line hold no document at all; text whose first line is
          // a JSON object is read as JSON Lines, with a warning saying so (issue 13).
          boolean sniffedLines =
              !results.isEmpty()
                  && results.get(0).warnings().stream()
                      .anyMatch(d -> d.message().contains("read as JSON Lines"));
          if (!in.extension().equals("jsonl") && !sniffedLines) {
            assertThat(results).as("one result per file").hasSize(1);
          }
          for (IngestResult res : results) {
            assertThat(res.ok() || res.error() != null)
                .as("article or error for %s", res.id())
                .isTrue();
            if (res.ok()) {
              assertThat(res.article().text())
                  .as("text of %s", res.id())
                  .doesNotContain("\r", "\u0000");
            }
          }
        },
        in ->
            in.extension()
                + " "
                + RandomCheck.escape(new String(in.bytes(), StandardCharsets.ISO_8859_1)));
  }

  @Test
  void jsonLinesGiveOneResultPerNonBlankLineInOrder() {
    int[] file = {0};
    RandomCheck.forAll(
        "one result per JSON line",
        150,
        ArticleReaderPropertiesTest::jsonLines,
        lines -> {
          Path path = dir.resolve("lines" + file[0]++ + ".jsonl");
          List<String> expectedIds = new ArrayList<>();
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            sb.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
            if (line.isBlank()) {
              continue;
            }
            expectedIds.add(line.startsWith("{\"id\":\"doc-") ? "doc-" + i : path + ":" + (i + 1));
          }
          write(path, sb.toString().getBytes(StandardCharsets.UTF_8));
          List<IngestResult> results = readAll(path);
          assertThat(results).extracting(IngestResult::id).containsExactlyElementsOf(expectedIds);
          assertThat(results)
              .allSatisfy(res -> assertThat(res.ok() || res.error() != null).isTrue());
        },
        lines -> RandomCheck.escape(String.join("\n", lines)));
  }

  private record Input(String extension, byte[] bytes) {}

  /** Raw random bytes, UTF-8 of hostile text, or markup pieces around it. */
  private static byte[] bytes(Random r) {
    int k = r.nextInt(3);
    if (k == 0) {
      byte[] b = new byte[r.nextInt(600)];
      r.nextBytes(b);
      return b;
    }
    String text = ArticleArbitraries.mixedText(r, 1500);
    if (k == 2) {
      text =
          RandomCheck.concat(
              r,
              2000,
              x ->
                  x.nextInt(3) == 0
                      ? MARKUP[x.nextInt(MARKUP.length)]
                      : ArticleArbitraries.anyPiece(x));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Lines of JSON Lines: objects with id {@code doc-<index>} and random text, garbage that is no
   * JSON (its id is {@code file:lineNumber}), and blank lines, which give no result.
   */
  private static List<String> jsonLines(Random r) {
    int n = r.nextInt(30);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(6);
      if (k < 3) {
        lines.add(json(Map.of("id", "doc-" + i, "text", ArticleArbitraries.mixedText(r, 300))));
      } else if (k < 5) {
        lines.add("x" + ArticleArbitraries.mixedText(r, 100).replace("\n", " "));
      } else {
        lines.add(r.nextBoolean() ? "" : " \t ");
      }
    }
    return lines;
  }

  private static String json(Map<String, String> fields) {
    try {
      // id first, so that the test can tell object lines by their prefix.
      return "{\"id\":"
          + JSON.writeValueAsString(fields.get("id"))
          + ",\"text\":"
          + JSON.writeValueAsString(fields.get("text"))
          + "}";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path path, byte[] bytes) {
    try {
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<IngestResult> readAll(Path path) {
    try (Stream<IngestResult> s = new ArticleReader().read(path, ReadOptions.defaults())) {
      return s.toList();
    }
  }
}
