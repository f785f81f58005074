package org.readout.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark job's {@code main}, for {@code spark-submit --class org.readout.spark.SparkMain} and
 * for {@code ./readout spark}. Exit codes as {@code readout}'s: 0 ok, 1 some records failed (see
 * the {@code errors} table), 2 usage error.
 */
@Command(
    name = "readout spark",
    mixinStandardHelpOptions = true,
    version = "readout 0.1.0",
    description = "Readout's batch jobs on Apache Spark.",
    subcommands = {SparkIngestCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: ingest");
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams, for tests and {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("readout spark: " + ex);
          return 1;
        });
    cl.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine failed = ex.getCommandLine();
          failed.getErr().println("readout spark: " + ex.getMessage());
          failed
              .getErr()
              .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
          return 2;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
