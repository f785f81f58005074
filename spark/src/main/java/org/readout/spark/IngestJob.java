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

/**
 * The Spark ingest job: input files in, one Parquet folder per table out ({@code documents}, {@code
 * actors}, {@code mentions}, {@code quotes}, {@code times}, {@code events}, {@code flags}, with the
 * columns of {@code readout export --format parquet}, and {@code errors}). Each input file is one
 * partition, read whole by one task ({@link FileExtraction}), so a 1 GB WARC.gz is never split in
 * the middle of a gzip member. The extracted rows are kept (memory, then local disk) while the
 * tables are written from them.
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
    JavaRDD<TaggedRow> tagged =
        jsc.parallelize(files, Math.max(1, files.size()))
            .mapPartitions(partition -> FileExtraction.rows(partition, job))
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
