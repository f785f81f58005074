package org.readout.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.readout.cli.Readout;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout eval time PATH...}: runs the standard pipeline over TimeML ({@code .tml}) files,
 * each with its creation time as the document date ({@link DateSource#METADATA}), and prints TIMEX3
 * extraction precision, recall and F1 (strict and relaxed spans) and value accuracy over relaxed
 * matches. Folders are searched recursively. Exit code 0, or 1 when some files could not be read
 * (reported on stderr and skipped).
 */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description =
        "Score temporal expressions against TimeML (.tml) files: P/R/F1 strict and relaxed, value accuracy.")
public final class TimeEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = ".tml files or folders holding them.")
  List<Path> paths;

  @Option(names = "--verbose", description = "Also print the scores of each file.")
  boolean verbose;

  @Option(
      names = "--errors",
      description = "Print every missed, spurious and wrongly valued expression.")
  boolean errors;

  /** The pipeline to score, or null for the standard one (loaded on first use). */
  private final @Nullable Pipeline pipeline;

  public TimeEvalCommand() {
    this(null);
  }

  /**
   * A command that scores {@code pipeline} instead of the standard one; for tests without CoreNLP.
   */
  TimeEvalCommand(@Nullable Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".tml")).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    Pipeline pipeline = this.pipeline != null ? this.pipeline : Readout.load().pipeline();
    TimeScorer.Counts total = new TimeScorer.Counts();
    boolean failed = false;
    for (Path f : files) {
      try {
        TimeMlDocument doc = TimeMlDocument.read(f);
        Article a =
            new Article(
                doc.id(),
                null,
                doc.text(),
                doc.dct(),
                doc.dct() == null ? DateSource.NONE : DateSource.METADATA,
                null);
        AnnotatedArticle result = pipeline.apply(a);
        TimeScorer.Counts c =
            TimeScorer.score(
                doc,
                result.times(),
                line -> {
                  if (errors) {
                    out.println(doc.id() + "  " + line);
                  }
                });
        total.add(c);
        if (verbose) {
          out.println(doc.id());
          print(c, out);
        }
      } catch (IOException | RuntimeException e) {
        err.println(f + ": " + e.getMessage());
        failed = true;
      }
    }
    out.println("overall");
    print(total, out);
    out.flush();
    return failed ? 1 : 0;
  }

  static void print(TimeScorer.Counts c, PrintWriter out) {
    out.printf(
        Locale.ROOT, "  documents %d, gold %d, predicted %d%n", c.documents, c.gold, c.predicted);
    row(out, "strict", c.strict, c);
    row(out, "relaxed", c.relaxed, c);
    out.printf(
        Locale.ROOT,
        "  value accuracy %.3f (%d/%d), type accuracy %.3f%n",
        Scores.ratio(c.valueCorrect, c.relaxed),
        c.valueCorrect,
        c.relaxed,
        Scores.ratio(c.typeCorrect, c.relaxed));
  }

  private static void row(PrintWriter out, String what, int tp, TimeScorer.Counts c) {
    Scores.row(out, "  %-8s", what, Scores.ratio(tp, c.predicted), Scores.ratio(tp, c.gold), tp);
  }
}
