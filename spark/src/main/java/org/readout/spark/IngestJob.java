package org.readout.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.readout.store.Table;
import scala.Tuple2;

/**
 * The Spark ingest job: input files in, one Parquet folder per table out ({@code documents}, {@code
 * actors}, {@code mentions}, {@code quotes}, {@code times}, {@code events}, {@code flags}, the
 * story tables {@code stories}, {@code story_members}, {@code dedup_events}, {@code
 * dedup_mentions}, with the columns of {@code readout export --format parquet}, and {@code
 * errors}). Three stages: each input file is read whole by one task ({@link FileRecords}), so a 1
 * GB WARC.gz is never split in the middle of a gzip member; its records are spread over {@link
 * JobSettings#partitions()} tasks that extract them ({@link RecordExtraction}), so one file keeps
 * every core busy; and the stories are formed across all documents ({@link StoryStage}). The
 * extracted rows are kept (memory, then local disk) while the tables are written from them.
 *
 * <p>Of several documents with one id (a URL crawled twice), the last in input order wins, as in
 * {@code readout ingest} where it replaces the earlier one: file order first, then record order,
 * never task order. The {@code events} folder is partitioned by the filing day of each event
 * ({@value #EVENT_DAY}{@code =YYYY-MM-DD}, a copy of its {@code day} column), so a data file holds
 * exactly the export's columns and a reader of the folder sees {@value #EVENT_DAY} last.
 */
final class IngestJob {
  /** The partition column of the events table: the event's filing day. */
  static final String EVENT_DAY = "event_day";

  /** Extraction tasks per core when {@link JobSettings#partitions()} leaves it to the job. */
  static final int RECORD_PARTITIONS_PER_CORE = 4;

  private static final String DOC = "_doc";
  private static final String ORDER = "_order";

  private IngestJob() {}

  /**
   * Runs the job and returns the rows written per table ({@value TaggedRow#ERRORS} included), in
   * output order.
   */
  static Map<String, Long> run(
      SparkSession spark, List<String> inputs, String out, JobSettings settings, PrintWriter err)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputFiles.list(inputs, conf, err);
    Map<String, String> hadoop = new LinkedHashMap<>();
    conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
    JobSettings job = settings.withHadoop(hadoop);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions =
        job.partitions() > 0
            ? job.partitions()
            : Math.max(files.size(), RECORD_PARTITIONS_PER_CORE * jsc.defaultParallelism());
    JavaRDD<TaggedRow> tagged =
        jsc.parallelize(files, Math.max(1, files.size()))
            .mapPartitions(partition -> FileRecords.read(partition, job))
            // Records, not files, are spread over the cores: one large WARC uses every core.
            .repartition(partitions)
            .mapPartitions(records -> RecordExtraction.rows(records, job))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Dataset<Row> winners =
          frame(spark, tagged, Table.DOCUMENTS.label(), OutputSchemas.of(Table.DOCUMENTS))
              .groupBy(DOC)
              .agg(functions.max(ORDER).as("_winner_order"))
              .withColumnRenamed(DOC, "_winner_doc")
              .cache();
      Map<String, Long> written = new LinkedHashMap<>();
      for (Table t : OutputSchemas.TABLES) {
        Dataset<Row> rows =
            frame(spark, tagged, t.label(), OutputSchemas.of(t))
                .join(
                    winners,
                    functions
                        .col(DOC)
                        .equalTo(functions.col("_winner_doc"))
                        .and(functions.col(ORDER).equalTo(functions.col("_winner_order"))),
                    "left_semi")
                .drop(DOC, ORDER);
        DataFrameWriter<Row> writer;
        if (t == Table.EVENTS) {
          writer = rows.withColumn(EVENT_DAY, functions.col("day")).write().partitionBy(EVENT_DAY);
        } else {
          writer = rows.write();
        }
        written.put(t.label(), write(spark, writer, out + "/" + t.label()));
      }
      JavaRDD<TaggedRow> stories =
          StoryStage.rows(
                  tagged
                      .filter(r -> r.table().equals(RecordExtraction.STORY_INPUT))
                      .mapToPair(r -> new Tuple2<>(r.document(), r))
                      .reduceByKey((a, b) -> a.order() >= b.order() ? a : b)
                      .mapValues(r -> (StoryInput) r.row().get(0)))
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      for (Table t : OutputSchemas.STORY_TABLES) {
        Dataset<Row> rows =
            spark.createDataFrame(
                stories.filter(r -> r.table().equals(t.label())).map(TaggedRow::row),
                OutputSchemas.of(t));
        written.put(t.label(), write(spark, rows.write(), out + "/" + t.label()));
      }
      stories.unpersist();
      Dataset<Row> errors =
          frame(spark, tagged, TaggedRow.ERRORS, OutputSchemas.ERRORS).drop(DOC, ORDER);
      written.put(TaggedRow.ERRORS, write(spark, errors.write(), out + "/" + TaggedRow.ERRORS));
      winners.unpersist();
      return written;
    } finally {
      tagged.unpersist();
    }
  }

  private static long write(SparkSession spark, DataFrameWriter<Row> writer, String folder) {
    writer.mode(SaveMode.Overwrite).option("compression", "zstd").parquet(folder);
    return spark.read().parquet(folder).count();
  }

  /** One table's rows, each led by its document's id and input order. */
  private static Dataset<Row> frame(
      SparkSession spark, JavaRDD<TaggedRow> tagged, String table, StructType schema) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(DOC, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(ORDER, DataTypes.LongType, false));
    fields.addAll(List.of(schema.fields()));
    JavaRDD<Row> rows =
        tagged
            .filter(r -> r.table().equals(table))
            .map(
                r -> {
                  Object[] values = new Object[r.row().size() + 2];
                  values[0] = r.document();
                  values[1] = r.order();
                  for (int i = 0; i < r.row().size(); i++) {
                    values[i + 2] = r.row().get(i);
                  }
                  return RowFactory.create(values);
                });
    return spark.createDataFrame(rows, DataTypes.createStructType(fields));
  }
}
