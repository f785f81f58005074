package org.readout.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.ExtractCommandTest;
import org.readout.cli.ExtractCommandTest.Run;
import org.readout.cli.TestPipelines;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.sqlite.SqliteStore;

/** {@code readout ingest --encoding}: the same charset rule as {@code extract} (issue 13). */
class IngestEncodingTest {
  @TempDir Path dir;

  private static final String TEXT =
      "Poland and Germany held talks in \u0141\u00f3d\u017a on Monday.";

  @Test
  void aNamedCharsetIsUsedInsteadOfTheWindows1252Fallback() throws Exception {
    TestPipelines.standard();
    Path file = dir.resolve("lodz.txt");
    Files.write(file, TEXT.getBytes(Charset.forName("ISO-8859-2")));
    Path db = dir.resolve("readout.db");
    Run r =
        ExtractCommandTest.run(
            "ingest", "--db", db.toString(), "--encoding", "ISO-8859-2", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("windows-1252");
    try (SqliteStore store = SqliteStore.open(db)) {
      var doc = store.documents(new DocumentQuery(DateRange.ALL, null, 10)).get(0);
      assertThat(store.document(doc.id()).orElseThrow().text()).isEqualTo(TEXT);
    }
  }

  @Test
  void withoutItTheFallbackIsWarnedAbout() throws Exception {
    TestPipelines.standard();
    Path file = dir.resolve("lodz.txt");
    Files.write(file, TEXT.getBytes(Charset.forName("ISO-8859-2")));
    Run r =
        ExtractCommandTest.run("ingest", "--db", dir.resolve("b.db").toString(), file.toString());
    assertThat(r.err()).contains("lodz.txt").contains("read as windows-1252");
  }

  @Test
  void anUnknownCharsetIsAUsageError() {
    Run r =
        ExtractCommandTest.run(
            "ingest", "--db", dir.resolve("c.db").toString(), "--encoding", "no-such", "x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("--encoding")
        .contains("unknown charset 'no-such'")
        .doesNotContain("Exception");
  }
}
