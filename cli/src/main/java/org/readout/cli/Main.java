package org.readout.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code readout} command. Exit codes: 0 ok, 1 some inputs failed, 2 usage error. */
@Command(
    name = "readout",
    mixinStandardHelpOptions = true,
    version = "readout 0.1.0",
    description = "Reads news: actors, quotes, times and events, each with character offsets.",
    subcommands = {
      ExtractCommand.class,
      org.readout.cli.ingest.IngestCommand.class,
      org.readout.cli.query.EventsCommand.class,
      org.readout.cli.query.QuotesCommand.class,
      org.readout.cli.query.ActorsCommand.class,
      org.readout.cli.query.DocumentsCommand.class,
      org.readout.cli.query.FlagsCommand.class,
      org.readout.cli.query.StoriesCommand.class,
      ShowCommand.class,
      org.readout.cli.export.ExportCommand.class,
      org.readout.cli.serve.ServeCommand.class,
      org.readout.cli.corrections.CorrectionsCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: extract, ingest, events, quotes, actors, documents, flags, show, export, serve, corrections, bench or eval");
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams, for tests and {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    // --format JSON means json: the case of a word is no reason to refuse it.
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("readout: " + describe(ex));
          if (System.getenv("READOUT_TRACE") != null) {
            ex.printStackTrace(commandLine.getErr());
          }
          return 1;
        });
    // A usage error is one line naming the problem, and where to read more; exit 2.
    cl.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine failed = ex.getCommandLine();
          failed.getErr().println("readout: " + ex.getMessage());
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

  /**
   * The one line an unexpected failure prints: its message, or, when it has none (a bug such as a
   * null pointer), its kind and where it was thrown, so that a report can name the place; the whole
   * trace with {@code READOUT_TRACE=1}.
   */
  static String describe(Exception ex) {
    if (ex.getMessage() != null) {
      return ex.getMessage();
    }
    StackTraceElement[] trace = ex.getStackTrace();
    String at = trace.length == 0 ? "" : " at " + trace[0];
    return "internal error: "
        + ex.getClass().getName()
        + at
        + " (READOUT_TRACE=1 prints the trace)";
  }
}
