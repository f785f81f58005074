package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.readout.cli.Main;
import org.readout.store.Table;

/**
 * Spark {@code local[2]} over WARC.gz files made from the sample articles gives, table by table and
 * row by row, what {@code readout ingest} then {@code readout export --format parquet} give on the
 * same files (issue #12). The inputs hold what a crawl holds besides articles: a page crawled twice
 * with different content (the later one wins in both), a 404 page (skipped by both), and a
 * truncated record (an error: an error row in Spark, a failure in ingest). Story fixtures of
 * several articles each, spread over two files, give the story tables, equal row by row too.
 *
 * <p>One column may differ, and is compared apart: {@code documents.ingested_at}, the time a
 * document was written ({@code readout ingest} stamps each batch when it commits it, the Spark job
 * stamps every document with its start on the driver). Both must be instants.
 */
class SparkParityTest {
  @TempDir static Path dir;

  private static SparkSession spark;
  private static Path warcs;
  private static Path export;
  private static Path sparkOut;
  private static int ingestCode;
  private static int sparkCode;
  private static String sparkErr = "";

  @BeforeAll
  static void runBoth() throws IOException {
    warcs = Files.createDirectories(dir.resolve("crawl"));
    List<WarcResponse> pages = TestWarcs.samplePages(Path.of("..", "samples"));
    assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
    int half = pages.size() / 2;
    List<WarcRecord> first = new ArrayList<>(pages.subList(0, half));
    first.add(TestWarcs.response(TestWarcs.HOST + "missing", 404, "gone".getBytes()));
    // Stories of several articles (the story fixtures of issue 11), spread over two files.
    Path stories = Path.of("..", "cli", "src", "test", "resources", "stories");
    List<WarcResponse> fiveReports = TestWarcs.jsonlPages(stories.resolve("five-reports.jsonl"));
    first.addAll(fiveReports.subList(0, 2));
    TestWarcs.write(warcs.resolve("crawl-a.warc.gz"), first);
    List<WarcRecord> third = new ArrayList<>(fiveReports.subList(2, fiveReports.size()));
    third.addAll(TestWarcs.jsonlPages(stories.resolve("two-calls.jsonl")));
    TestWarcs.write(warcs.resolve("crawl-c.warc.gz"), third);
    List<WarcRecord> second = new ArrayList<>(pages.subList(half, pages.size()));
    // The first file's first page again, crawled later with a corrected headline.
    String recrawled = first.get(0) instanceof WarcResponse r ? r.target() : "";
    second.add(
        TestWarcs.page(
            recrawled,
            TestWarcs.html(
                "Corrected: leaders hold talks",
                "2025-03-12",
                "NEW DELHI, March 12, 2025 (Readout Wire) — Prime Minister Narendra Modi held"
                    + " talks with Japanese Prime Minister Shigeru Ishiba in New Delhi on Tuesday,"
                    + " and the two leaders agreed to expand defence cooperation.\n\n"
                    + "\"We have opened a new chapter,\" Modi told reporters after the meeting,"
                    + " adding that Ishiba had invited him to visit Tokyo next year.")));
    Path b = warcs.resolve("crawl-b.warc.gz");
    TestWarcs.write(b, second);
    // A record cut off in its gzip member: the file's last bytes are lost.
    byte[] whole = Files.readAllBytes(b);
    Path cut = dir.resolve("cut.warc.gz");
    TestWarcs.write(cut, List.of(TestWarcs.page(TestWarcs.HOST + "cut", "<p>cut</p>")));
    byte[] partial = Files.readAllBytes(cut);
    byte[] withCut = new byte[whole.length + partial.length / 2];
    System.arraycopy(whole, 0, withCut, 0, whole.length);
    System.arraycopy(partial, 0, withCut, whole.length, partial.length / 2);
    Files.write(b, withCut);

    Path db = dir.resolve("readout.db");
    export = dir.resolve("export");
    ingestCode = cli("ingest", "--db", db.toString(), "--progress", "none", warcs.toString());
    assertThat(
            cli("export", "--db", db.toString(), "--format", "parquet", "--out", export.toString()))
        .isZero();

    sparkOut = dir.resolve("spark");
    StringWriter err = new StringWriter();
    sparkCode =
        SparkMain.run(
            new String[] {
              "ingest", "--master", "local[2]", "--out", sparkOut.toString(), warcs.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    sparkErr = err.toString();
    spark =
        SparkSession.builder().master("local[1]").config("spark.ui.enabled", false).getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static int cli(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void bothReportTheTruncatedRecordAsAFailure() {
    assertThat(ingestCode).isEqualTo(1);
    assertThat(sparkCode).as(sparkErr).isEqualTo(1);
    List<Row> errors = spark.read().parquet(sparkOut.resolve("errors").toString()).collectAsList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getString(0)).endsWith("crawl-b.warc.gz");
    assertThat(errors.get(0).getString(2)).contains("crawl-b.warc.gz");
  }

  @Test
  void everyTableHasTheExportSchemaAndRows() {
    for (Table t : OutputSchemas.TABLES) {
      Dataset<Row> exported =
          spark.read().parquet(export.resolve(t.label() + ".parquet").toString());
      Dataset<Row> ours = spark.read().parquet(sparkOut.resolve(t.label()).toString());
      if (t == Table.EVENTS) {
        ours = ours.drop(IngestJob.EVENT_DAY);
      }
      assertThat(fields(ours)).as(t.label()).isEqualTo(fields(exported));
      assertThat(fields(exported)).as(t.label()).hasSize(t.columns().size());
      List<String> expected = rows(exported, t);
      assertThat(expected).as(t.label()).isNotEmpty();
      assertThat(rows(ours, t)).as(t.label()).isEqualTo(expected);
    }
  }

  @Test
  void storyTablesEqualTheStoresRowByRow() {
    for (Table t : OutputSchemas.STORY_TABLES) {
      Dataset<Row> exported =
          spark.read().parquet(export.resolve(t.label() + ".parquet").toString());
      Dataset<Row> ours = spark.read().parquet(sparkOut.resolve(t.label()).toString());
      assertThat(fields(ours)).as(t.label()).isEqualTo(fields(exported));
      List<String> expected = rows(exported, t);
      assertThat(expected).as(t.label()).isNotEmpty();
      assertThat(rows(ours, t)).as(t.label()).isEqualTo(expected);
    }
  }

  @Test
  void theStoryFixturesMakeStoriesOfSeveralArticlesAcrossFiles() {
    List<Row> sizes =
        spark
            .read()
            .parquet(sparkOut.resolve("stories").toString())
            .where("documents >= 3")
            .collectAsList();
    // The five reports of the Lula-Macron call (in two files), and the first Turkey-Ukraine call.
    assertThat(sizes).extracting(r -> r.getLong(5)).contains(5L, 3L);
    List<String> call =
        spark
            .read()
            .parquet(sparkOut.resolve("story_members").toString())
            .where("document LIKE '%lula%' OR document LIKE '%macron%'")
            .select("story")
            .distinct()
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(call).hasSize(1);
    assertThat(
            spark
                .read()
                .parquet(sparkOut.resolve("dedup_events").toString())
                .where("story = '" + call.get(0) + "' AND num_articles >= 3")
                .count())
        .isPositive();
  }

  @Test
  void theRecrawledPageIsStoredOnceInItsLaterVersion() {
    List<Row> titles =
        spark
            .read()
            .parquet(sparkOut.resolve("documents").toString())
            .where("title LIKE 'Corrected:%'")
            .collectAsList();
    assertThat(titles).hasSize(1);
    assertThat(spark.read().parquet(sparkOut.resolve("documents").toString()).count())
        .isEqualTo(spark.read().parquet(export.resolve("documents.parquet").toString()).count());
  }

  @Test
  void eventFilesHoldExactlyTheExportColumnsAndArePartitionedByDay() throws IOException {
    Path events = sparkOut.resolve("events");
    Path file;
    try (Stream<Path> files = Files.walk(events)) {
      file =
          files
              .filter(p -> p.toString().endsWith(".parquet"))
              .filter(p -> p.getParent().getFileName().toString().startsWith("event_day=2"))
              .min(Comparator.naturalOrder())
              .orElseThrow();
    }
    Dataset<Row> one = spark.read().parquet(file.toString());
    assertThat(fields(one))
        .isEqualTo(fields(spark.read().parquet(export.resolve("events.parquet").toString())));
    String day = file.getParent().getFileName().toString().substring("event_day=".length());
    assertThat(one.select("day").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly(day);
  }

  @Test
  void aHadoopUriFolderIsListedAndReadWithIdsNamingTheUri() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("uri-input"));
    String lines = Files.readString(Path.of("..", "samples", "batch.jsonl"));
    Files.writeString(folder.resolve("batch.jsonl"), lines.strip() + "\n{\"id\": broken\n");
    Files.writeString(folder.resolve("README.md"), "Not an article.");
    Files.writeString(folder.resolve(".hidden.txt"), "Not read either.");
    String uri = folder.toUri().toString();
    Path out = dir.resolve("uri-out");
    JobSettings settings =
        new JobSettings(5_000_000, null, null, Instant.now(), 2, 0, java.util.Map.of());
    var written =
        IngestJob.run(
            spark, List.of(uri), out.toString(), settings, new PrintWriter(new StringWriter()));
    assertThat(written.get("documents")).isEqualTo(3);
    List<String> ids =
        spark
            .read()
            .parquet(out.resolve("documents").toString())
            .select("id")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(ids).containsExactlyInAnyOrder("wire-2025-0301", "wire-2025-0612", "wire-2025-0918");
    List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
    assertThat(errors).hasSize(1);
    String file = errors.get(0).getString(0);
    assertThat(file).startsWith("file:").endsWith("/uri-input/batch.jsonl");
    assertThat(errors.get(0).getString(1)).isEqualTo(file + ":4");
    assertThat(errors.get(0).getString(2)).startsWith(file).doesNotContain("readout-task-");
  }

  private static List<String> fields(Dataset<Row> d) {
    List<String> fields = new ArrayList<>();
    for (StructField f : d.schema().fields()) {
      fields.add(f.name() + " " + f.dataType().simpleString());
    }
    return fields;
  }

  /**
   * The rows as sorted strings; {@code documents.ingested_at} checked to be an instant, then left
   * out, as it says when a document was written, not what was read.
   */
  private static List<String> rows(Dataset<Row> d, Table t) {
    List<String> rows = new ArrayList<>();
    int ingestedAt = t == Table.DOCUMENTS ? d.schema().fieldIndex("ingested_at") : -1;
    for (Row r : d.collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        if (i == ingestedAt) {
          assertThat(Instant.parse(r.getString(i))).isBefore(Instant.now());
          continue;
        }
        values.add(r.isNullAt(i) ? "<null>" : r.get(i));
      }
      rows.add(values.toString());
    }
    rows.sort(null);
    return rows;
  }
}
