package org.readout.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.Main;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.SimplePipeline;
import org.readout.store.Table;
import org.readout.store.gdelt.GdeltMentionsWriter;
import org.readout.store.gdelt.GdeltWriter;
import org.readout.store.sqlite.SqliteStore;

/** {@code readout export} in every format, read back by other readers (issue 10). */
class ExportCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String TALKS =
      "India and Japan signed a defence agreement on Tuesday, officials said.\n\n"
          + "\"Trust is built step by step,\" a Japanese official said.\n\n"
          + "The European Union imposed sanctions on Belarus on Monday.";

  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void store() {
    db = dir.resolve("readout.db");
    List<AnnotatedArticle> docs = new ArrayList<>();
    docs.add(doc("talks", TALKS, LocalDate.of(2025, 3, 12), "https://www.wire.example/talks"));
    docs.add(
        doc(
            "rocket",
            "\uD83D\uDE80 Russia and China held talks in Moscow on Friday, state media said.",
            LocalDate.of(2025, 5, 9),
            "https://other.example/rocket"));
    try (SqliteStore s = SqliteStore.open(db)) {
      s.write(docs, Instant.parse("2026-12-01T09:00:00Z"));
    }
  }

  static AnnotatedArticle doc(String id, String text, LocalDate date, String url) {
    return SimplePipeline.runChecked(
        new Article(id, "Title, with a comma", text, date, DateSource.METADATA, url));
  }

  static int export(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 3];
    full[0] = "export";
    full[1] = "--db";
    full[2] = db.toString();
    System.arraycopy(args, 0, full, 3, args.length);
    return Main.run(full, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void everyTableIsWrittenAsJsonLinesWithEvidence() throws Exception {
    Path out = dir.resolve("jsonl");
    assertThat(export("--format", "jsonl", "--out", out.toString())).isZero();
    for (Table t : Table.values()) {
      assertThat(out.resolve(t.label() + ".jsonl")).exists();
    }
    List<JsonNode> events = lines(out.resolve("events.jsonl"));
    assertThat(events).isNotEmpty();
    for (JsonNode e : events) {
      String text = e.get("document").asText().equals("talks") ? TALKS : null;
      if (text != null) {
        assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
            .isEqualTo(e.get("text").asText());
      }
    }
    // Evidence after a character outside the BMP is cut in UTF-16 units too.
    JsonNode rocketEvent =
        events.stream()
            .filter(e -> e.get("document").asText().equals("rocket"))
            .findFirst()
            .orElseThrow();
    String rocket =
        lines(out.resolve("documents.jsonl")).stream()
            .filter(d -> d.get("id").asText().equals("rocket"))
            .findFirst()
            .orElseThrow()
            .get("text")
            .asText();
    assertThat(rocket.substring(rocketEvent.get("start").asInt(), rocketEvent.get("end").asInt()))
        .isEqualTo(rocketEvent.get("text").asText());
  }

  @Test
  void parquetFilesAreReadableByAnotherImplementation() throws Exception {
    Path out = dir.resolve("parquet");
    Path jsonl = dir.resolve("parquet-vs-jsonl");
    assertThat(export("--format", "parquet", "--out", out.toString())).isZero();
    assertThat(export("--format", "jsonl", "--out", jsonl.toString())).isZero();
    for (Table t : Table.values()) {
      List<Group> rows = readParquet(out.resolve(t.label() + ".parquet"));
      List<JsonNode> expected = lines(jsonl.resolve(t.label() + ".jsonl"));
      assertThat(rows).as(t.label()).hasSize(expected.size());
      for (int i = 0; i < rows.size(); i++) {
        for (Table.Column c : t.columns()) {
          JsonNode want = expected.get(i).get(c.name());
          Group g = rows.get(i);
          if (want.isNull()) {
            assertThat(g.getFieldRepetitionCount(c.name())).as(t + "." + c.name()).isZero();
            continue;
          }
          Object got =
              switch (c.type()) {
                case TEXT -> g.getString(c.name(), 0);
                case INTEGER -> g.getLong(c.name(), 0);
                case REAL -> g.getDouble(c.name(), 0);
              };
          Object wanted =
              switch (c.type()) {
                case TEXT -> want.asText();
                case INTEGER -> want.asLong();
                case REAL -> want.asDouble();
              };
          assertThat(got).as(t + "." + c.name() + " row " + i).isEqualTo(wanted);
        }
      }
    }
  }

  @Test
  void csvHasAHeaderAndQuotesFieldsThatNeedIt() throws Exception {
    Path out = dir.resolve("csv");
    assertThat(export("--format", "csv", "--out", out.toString(), "--tables", "documents,quotes"))
        .isZero();
    assertThat(out.resolve("events.csv")).doesNotExist();
    List<String> lines = Files.readAllLines(out.resolve("documents.csv"));
    assertThat(lines.get(0))
        .isEqualTo("id,url,title,date,date_source,outlet,language,content_hash,ingested_at,text");
    assertThat(Files.readString(out.resolve("documents.csv"))).contains("\"Title, with a comma\"");
    // A field with quote marks is quoted, its marks doubled.
    assertThat(Files.readString(out.resolve("documents.csv"))).contains("\"\"Trust is built");
    assertThat(Files.readAllLines(out.resolve("quotes.csv"))).hasSizeGreaterThan(1);
  }

  @Test
  void gdeltExportHasGdeltsColumnsInGdeltsOrder() throws Exception {
    Path out = dir.resolve("gdelt");
    assertThat(export("--format", "gdelt", "--out", out.toString())).isZero();
    List<String> rows = Files.readAllLines(out.resolve("events.tsv"));
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      String[] cols = row.split("\t", -1);
      assertThat(cols).hasSize(GdeltWriter.COLUMNS.size());
      assertThat(cols[GdeltWriter.COLUMNS.indexOf("EventCode")]).matches("\\d{2,4}");
      assertThat(cols[GdeltWriter.COLUMNS.indexOf("SQLDATE")]).matches("\\d{8}");
      assertThat(cols[GdeltWriter.COLUMNS.indexOf("QuadClass")]).matches("[1-4]");
      // DATEADDED is when the document was ingested, so a re-export prints the same rows.
      assertThat(cols[GdeltWriter.COLUMNS.indexOf("DATEADDED")]).isEqualTo("20261201090000");
    }
    assertThat(GdeltWriter.COLUMNS.subList(0, 6))
        .containsExactly(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code");
    assertThat(GdeltWriter.COLUMNS.get(GdeltWriter.GDELT_COLUMNS - 1)).isEqualTo("SOURCEURL");
  }

  @Test
  void gdeltMentionsJoinTheEventsByGlobalEventId() throws Exception {
    Path events = dir.resolve("gdelt-e");
    Path mentions = dir.resolve("gdelt-m");
    assertThat(export("--format", "gdelt", "--out", events.toString())).isZero();
    assertThat(export("--format", "GDELT-Mentions", "--out", mentions.toString())).isZero();
    List<String> eventIds =
        Files.readAllLines(events.resolve("events.tsv")).stream()
            .map(l -> l.split("\t", -1)[0])
            .toList();
    List<String> rows = Files.readAllLines(mentions.resolve("mentions.tsv"));
    assertThat(rows).hasSameSizeAs(eventIds);
    String text = null;
    for (String row : rows) {
      String[] c = row.split("\t", -1);
      assertThat(c).hasSize(GdeltMentionsWriter.COLUMNS.size());
      assertThat(eventIds).contains(c[0]);
      assertThat(c[1]).isEqualTo("20261201090000");
      if (c[18].equals("rocket")) {
        text = "\uD83D\uDE80 Russia and China held talks in Moscow on Friday, state media said.";
        assertThat(c[4]).isEqualTo("other.example");
        assertThat(c[3]).isEqualTo("1");
        // Offsets in UTF-16 units: the rocket emoji is two.
        assertThat(Integer.parseInt(c[7])).isIn(3, 14); // "Russia" or "China"
        assertThat(text.substring(Integer.parseInt(c[9]))).startsWith("held talks");
        assertThat(c[12]).isEqualTo(Integer.toString(text.length()));
        assertThat(c[13]).isEmpty();
      }
    }
    assertThat(text).as("the rocket document has a mention row").isNotNull();
  }

  @Test
  void filtersSelectDocumentsForEveryTable() throws Exception {
    Path out = dir.resolve("filtered");
    assertThat(export("--format", "jsonl", "--out", out.toString(), "--outlet", "other.example"))
        .isZero();
    assertThat(lines(out.resolve("documents.jsonl")))
        .extracting(d -> d.get("id").asText())
        .containsExactly("rocket");
    assertThat(lines(out.resolve("events.jsonl")))
        .isNotEmpty()
        .allMatch(e -> e.get("document").asText().equals("rocket"));
    assertThat(export("--format", "jsonl", "--out", out.toString(), "--from", "2025-04-01"))
        .isZero();
    assertThat(lines(out.resolve("documents.jsonl"))).hasSize(1);
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(export("--format", "xml", "--out", dir.resolve("x").toString())).isEqualTo(2);
    assertThat(export("--format", "csv", "--out", dir.resolve("x").toString(), "--tables", "cars"))
        .isEqualTo(2);
    assertThat(
            Main.run(
                new String[] {
                  "export",
                  "--db",
                  dir.resolve("none.db").toString(),
                  "--format",
                  "csv",
                  "--out",
                  "x"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))
        .isEqualTo(2);
  }

  static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file)) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  static List<Group> readParquet(Path file) throws Exception {
    List<Group> rows = new ArrayList<>();
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      PageReadStore pages;
      while ((pages = r.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            new ColumnIOFactory()
                .getColumnIO(schema)
                .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          rows.add(records.read());
        }
      }
    }
    return rows;
  }
}
