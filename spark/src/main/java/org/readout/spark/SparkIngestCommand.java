package org.readout.spark;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.readout.ingest.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout spark ingest}: reads the inputs on Spark and writes the export's Parquet tables
 * and an error table under {@code --out}. Without {@code --master} and outside {@code
 * spark-submit}, it runs in this JVM on every core ({@code local[*]}).
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Read WARC, JSONL, text and HTML files or folders (local or Hadoop URIs) on Spark and"
            + " write the tables of `readout export --format parquet` under --out.")
final class SparkIngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--master",
      description =
          "Spark master (local[N], yarn, k8s://...); default: spark-submit's, else local[*].")
  @Nullable String master;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder or URI.")
  String out = "";

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Document date for inputs that carry none.")
  @Nullable LocalDate date;

  @Option(names = "--encoding", description = "Charset of text, HTML and JSONL inputs.")
  @Nullable String encoding;

  @Option(names = "--max-bytes", description = "Largest document, in bytes (default 5000000).")
  long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--batch", description = "Documents per scratch store in a task (default 50).")
  int batch = 50;

  @Option(
      names = "--partitions",
      description =
          "Extraction tasks the records are spread over (default: 4 per core, at least one per"
              + " file).")
  int partitions;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or URIs.")
  List<String> inputs = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (batch <= 0 || maxBytes <= 0 || partitions < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--batch and --max-bytes must be positive, --partitions not negative");
    }
    SparkSession.Builder builder = SparkSession.builder().appName("readout spark ingest");
    String chosen = master;
    if (chosen == null && !new SparkConf().contains("spark.master")) {
      chosen = "local[*]";
    }
    if (chosen != null) {
      builder.master(chosen);
      if (chosen.startsWith("local")) {
        builder.config("spark.ui.enabled", false); // No web UI for a run on one machine.
      }
    }
    JobSettings settings =
        new JobSettings(maxBytes, date, encoding, Instant.now(), batch, partitions, Map.of());
    long start = System.nanoTime();
    Map<String, Long> rows;
    try (SparkSession spark = builder.getOrCreate()) {
      rows = IngestJob.run(spark, inputs, out, settings, err);
    }
    rows.forEach((table, n) -> err.printf("spark ingest: %s/%s: %d rows%n", out, table, n));
    err.printf("spark ingest: %.1f s%n", (System.nanoTime() - start) / 1e9);
    err.flush();
    return rows.getOrDefault(TaggedRow.ERRORS, 0L) > 0 ? 1 : 0;
  }
}
