package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readout.core.model.DateSource;

/** Standard input: the format is sniffed from the first non-blank character (issue 2). */
class ReadStdinTest {
  private final ArticleReader reader = new ArticleReader();

  private List<IngestResult> read(String input, ReadOptions options) {
    var in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    try (Stream<IngestResult> results = reader.readStdin(in, options)) {
      return results.toList();
    }
  }

  @Test
  void plainTextKeepsItsTextAndGetsTheDashId() {
    String text = "OSLO, April 2, 2025 (Readout Wire) — Snow closed the airport.\r\n";

    List<IngestResult> results = read(text, ReadOptions.defaults());

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo("-");
              assertThat(r.article().text())
                  .isEqualTo("OSLO, April 2, 2025 (Readout Wire) — Snow closed the airport.\n");
              assertThat(r.article().dateSource()).isEqualTo(DateSource.DATELINE);
            });
  }

  @Test
  void leadingAngleBracketMeansHtml() {
    List<IngestResult> results =
        read("\n  <title>T</title><p>Body one.</p><p>Body two.</p>", ReadOptions.defaults());

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.article().text()).isEqualTo("Body one.\n\nBody two.");
              assertThat(r.article().title()).isEqualTo("T");
            });
  }

  @Test
  void leadingBraceMeansJsonLines() {
    List<IngestResult> results =
        read("\n{\"text\":\"a\"}\n{\"id\":\"n2\",\"text\":\"b\"}", ReadOptions.defaults());

    assertThat(results).extracting(IngestResult::id).containsExactly("-:2", "n2");
  }

  @Test
  void emptyAndOversizedInputAreErrors() {
    assertThat(read("", ReadOptions.defaults()))
        .singleElement()
        .satisfies(r -> assertThat(r.error()).isEqualTo("stdin: empty document"));
    assertThat(read("x".repeat(300), ReadOptions.defaults().withMaxBytes(100)))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.error())
                    .isEqualTo("stdin: larger than the 100-byte limit (300 bytes)"));
  }
}
